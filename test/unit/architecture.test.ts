/**
 * The architecture as rules the code must keep (README "What is where"): no import cycles in src/
 * and scripts/, content read through the features' loaders only, and browser code that never
 * reaches into the build tooling.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeFiles, findCycles, importGraph, specifiersOf } from '#scripts/qa/imports.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const files = codeFiles(ROOT, ['src', 'scripts']);
const graph = importGraph(ROOT, files);

describe('architecture', () => {
  it('reads the code', () => expect(files.length).toBeGreaterThan(50));

  it('has no import cycles in src/ and scripts/', () => {
    expect(findCycles(graph)).toEqual([]);
  });

  it('finds a cycle when there is one', () => {
    const g = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts']],
      ['d.ts', ['a.ts']],
    ]);
    expect(findCycles(g)).toEqual(['a.ts → b.ts → c.ts → a.ts']);
  });

  it('reads content collections only in the loaders (features/*/load.ts, lib/content.ts)', () => {
    const readers = files.filter((f) =>
      /import\s*\{[^}]*\b(getCollection|getEntry|render)\b[^}]*\}\s*from\s*'astro:content'/.test(
        readFileSync(resolve(ROOT, f), 'utf8'),
      ),
    );
    expect(readers.filter((f) => !/^src\/features\/[^/]+\/load\.ts$/.test(f) && f !== 'src/lib/content.ts')).toEqual(
      [],
    );
  });

  it('keeps src/ free of the build, QA and benchmark tooling in scripts/', () => {
    const leaks = files
      .filter((f) => f.startsWith('src/'))
      .flatMap((f) => (graph.get(f) ?? []).filter((t) => t.startsWith('scripts/')).map((t) => `${f} → ${t}`));
    expect(leaks).toEqual([]);
  });

  it('reads the specifiers of static, dynamic and type imports', () => {
    const src =
      "import a from './a.ts';\nimport type { B } from '#src/b.ts';\nexport { c } from './c.ts';\nconst d = await import('./d.ts');";
    expect(specifiersOf(src)).toEqual(['./a.ts', '#src/b.ts', './c.ts', './d.ts']);
  });
});
