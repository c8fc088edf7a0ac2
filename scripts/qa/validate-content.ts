/**
 * Validates every file of `content/` against the collection registry, before Astro builds.
 * Reports each problem as `content/<collection>/<file>: <field.path>: <message>` so that an author
 * knows which file and which field to fix. Checks, in order: file names (ids), duplicate ids,
 * unknown folders, YAML/frontmatter syntax, the schema (which includes every reference), the
 * cross-collection rules that no single schema can see, and the translations in `content/<locale>/`
 * (scripts/qa/translations.ts).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, extname, relative } from 'node:path';
import { parseContentFile } from '#scripts/lib/content-files.ts';
import { COLLECTIONS, type CollectionName } from '#src/schemas/index.ts';
import { entryIdFromPath, listEntryFiles, setContentRoot } from '#src/schemas/content-index.ts';
import { crossChecks } from './cross-checks.ts';
import { type ContentProblem, type LoadedEntry, usesMdx } from './entries.ts';
import { checkTranslations, isLocaleFolder, type TranslationReport } from './translations.ts';

const ID_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const FORMAT_EXTENSIONS = { mdx: ['.mdx', '.md'], yaml: ['.yaml', '.yml', '.json'] } as const;

export { usesMdx };

/** Validates the content folder `root`; returns the problems (empty when all is well) and the entries. */
export function validateContent(
  root: string,
  projectRoot = join(root, '..'),
): {
  problems: ContentProblem[];
  entries: LoadedEntry[];
  translations: TranslationReport[];
  warnings: ContentProblem[];
} {
  setContentRoot(root);
  const problems: ContentProblem[] = [];
  const entries: LoadedEntry[] = [];
  const rel = (p: string) => relative(projectRoot, p).split('\\').join('/');

  for (const name of readdirSync(root).sort()) {
    if (name.startsWith('.')) continue;
    if (statSync(join(root, name)).isDirectory() && !(name in COLLECTIONS) && !isLocaleFolder(name)) {
      problems.push({
        file: rel(join(root, name)),
        field: '',
        message: `unknown collection folder; known: ${Object.keys(COLLECTIONS).join(', ')}`,
      });
    }
  }

  for (const [collection, spec] of Object.entries(COLLECTIONS) as [
    CollectionName,
    (typeof COLLECTIONS)[CollectionName],
  ][]) {
    const seen = new Map<string, string>();
    const schema = spec.schema();
    for (const path of listEntryFiles(collection, root)) {
      const full = join(root, collection, path);
      const file = rel(full);
      const id = entryIdFromPath(path);
      const allowed = FORMAT_EXTENSIONS[spec.format] as readonly string[];
      if (!allowed.includes(extname(path))) {
        problems.push({ file, field: '', message: `a ${collection} entry must be ${allowed.join(' or ')}` });
        continue;
      }
      if (!id.split('/').every((part) => ID_RE.test(part))) {
        problems.push({
          file,
          field: '',
          message: 'file name must be lower-case letters, digits and single hyphens: it is the entry id',
        });
      }
      const other = seen.get(id);
      if (other) {
        problems.push({ file, field: '', message: `duplicate id "${id}": ${other} has the same id` });
        continue;
      }
      seen.set(id, file);

      const source = readFileSync(full, 'utf8');
      let raw: unknown;
      let body: string | undefined;
      try {
        const parsed = parseContentFile(source, full);
        raw = parsed.data;
        if (spec.format === 'mdx') {
          if (!parsed.hasFrontmatter) {
            problems.push({ file, field: '', message: 'missing YAML frontmatter between --- lines' });
            continue;
          }
          body = parsed.body ?? '';
          const mdx = usesMdx(body);
          if (extname(path) === '.mdx' && !mdx) {
            problems.push({
              file,
              field: '',
              message: 'uses no MDX component: rename it to .md (plain Markdown builds faster and with less memory)',
            });
          } else if (extname(path) === '.md' && mdx) {
            problems.push({
              file,
              field: '',
              message: 'uses an MDX component or import, which plain Markdown would print as text: rename it to .mdx',
            });
          }
        }
      } catch (error) {
        problems.push({ file, field: '', message: `cannot be parsed: ${(error as Error).message.split('\n')[0]}` });
        continue;
      }
      const result = schema.safeParse(raw ?? {});
      if (!result.success) {
        for (const issue of result.error.issues) {
          problems.push({ file, field: issue.path.map(String).join('.'), message: issue.message });
        }
        continue;
      }
      entries.push({ collection, id, file, data: result.data as Record<string, unknown>, body });
    }
  }

  if (problems.length === 0) problems.push(...crossChecks(entries));
  const translations = checkTranslations(root, entries, rel);
  problems.push(...translations.problems, ...translations.reports.flatMap((r) => r.problems));
  const warnings = translations.reports.flatMap((r) => r.warnings);
  return { problems, entries, translations: translations.reports, warnings };
}
