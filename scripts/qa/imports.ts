/**
 * The import graph of the code (src/ and scripts/): which module imports which, resolved through
 * relative paths and the package.json aliases (#src/, #scripts/, #test/). Used by the architecture
 * test: no import cycles, and `astro:content` read only by the data loaders.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

const CODE = /\.(ts|tsx|mjs|astro)$/;
const ALIASES: Record<string, string> = { '#src/': 'src/', '#scripts/': 'scripts/', '#test/': 'test/' };
/** `import … from 'x'`, `import 'x'`, `export … from 'x'` and `import('x')`. */
const SPECIFIER = /(?:\bimport|\bexport)\s*(?:type\s+)?(?:[\w$*{}\s,]+?\s*from\s*)?\(?\s*['"]([^'"\n]+)['"]/g;

/** Every code file under the given folders (relative to `root`, "/" separated), sorted. */
export function codeFiles(root: string, dirs: readonly string[]): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (CODE.test(name)) out.push(relative(root, full).split(sep).join('/'));
    }
  };
  for (const d of dirs) if (existsSync(join(root, d))) walk(join(root, d));
  return out;
}

/** The specifiers a module imports (static and dynamic, type-only included). */
export function specifiersOf(source: string): string[] {
  return [...new Set([...source.matchAll(SPECIFIER)].map((m) => m[1]!))];
}

/** The file a specifier names, relative to `root`, or undefined for packages and virtual modules. */
export function resolveSpecifier(root: string, from: string, specifier: string): string | undefined {
  let target: string | undefined;
  if (specifier.startsWith('.')) target = join(dirname(from), specifier);
  for (const [alias, dir] of Object.entries(ALIASES))
    if (specifier.startsWith(alias)) target = dir + specifier.slice(alias.length);
  if (target === undefined) return undefined;
  const rel = relative(root, resolve(root, target)).split(sep).join('/');
  return CODE.test(rel) ? rel : undefined;
}

/** file → the code files it imports. */
export function importGraph(root: string, files: readonly string[]): Map<string, string[]> {
  const known = new Set(files);
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const targets = specifiersOf(readFileSync(join(root, file), 'utf8'))
      .map((s) => resolveSpecifier(root, file, s))
      .filter((t): t is string => t !== undefined && known.has(t));
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/** Every import cycle, each as the files around it ("a → b → a"), each cycle once. */
export function findCycles(graph: ReadonlyMap<string, readonly string[]>): string[] {
  const cycles = new Set<string>();
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string) => {
    state.set(file, 'open');
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'open') {
        const loop = stack.slice(stack.indexOf(next));
        const start = loop.indexOf([...loop].sort()[0]!);
        const canonical = [...loop.slice(start), ...loop.slice(0, start)];
        cycles.add([...canonical, canonical[0]].join(' → '));
      } else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file);
  return [...cycles].sort();
}
