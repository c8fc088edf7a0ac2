/**
 * Validates every file of `content/` against the collection registry, before Astro builds.
 * Reports each problem as `content/<collection>/<file>: <field.path>: <message>` so that an author
 * knows which file and which field to fix. Checks, in order: file names (ids), duplicate ids,
 * unknown folders, YAML/frontmatter syntax, the schema (which includes every reference; common
 * mistakes get a suggested fix, scripts/qa/suggest.ts), placeholder text left from `npm run new`,
 * the cross-collection rules that no single schema can see, and the translations in `content/<locale>/`
 * (scripts/qa/translations.ts). Drafts (`content/_drafts/<collection>/`) are checked against the same
 * schemas and reported apart: they are not published.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, extname, relative } from 'node:path';
import { parseContentFile } from '#scripts/lib/content-files.ts';
import { COLLECTIONS, type CollectionName } from '#src/schemas/index.ts';
import { entryIdFromPath, knownIds, listEntryFiles, setContentRoot } from '#src/schemas/content-index.ts';
import { authoringSchema } from '#src/features/open-data/json-schema.ts';
import { crossChecks } from './cross-checks.ts';
import { type ContentProblem, type LoadedEntry, usesMdx } from './entries.ts';
import { checkTranslations, isLocaleFolder, type TranslationReport } from './translations.ts';
import { type IssueLike, suggestFix } from './suggest.ts';

const ID_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const FORMAT_EXTENSIONS = { mdx: ['.mdx', '.md'], yaml: ['.yaml', '.yml', '.json'] } as const;

export { usesMdx };

/** Marks the text an author still has to write in an entry made by `npm run new` (scripts/lib/new-entry.ts). */
export const PLACEHOLDER = 'TODO:';

/** Folder of unpublished entries inside the content folder (`npm run new` writes there; the loaders ignore it). */
export const DRAFTS = '_drafts';

type Spec = (typeof COLLECTIONS)[CollectionName];

/**
 * Checks one entry file: extension, id, syntax, Markdown/MDX body, then the schema (with a suggested
 * fix for common mistakes). Returns the entry when it is valid.
 */
function checkFile(
  collection: CollectionName,
  spec: Spec,
  full: string,
  path: string,
  file: string,
  problems: ContentProblem[],
  schemaCache: Map<CollectionName, ReturnType<Spec['schema']>>,
): LoadedEntry | undefined {
  const id = entryIdFromPath(path);
  const allowed = FORMAT_EXTENSIONS[spec.format] as readonly string[];
  if (!allowed.includes(extname(path))) {
    problems.push({ file, field: '', message: `a ${collection} entry must be ${allowed.join(' or ')}` });
    return undefined;
  }
  if (!id.split('/').every((part) => ID_RE.test(part))) {
    problems.push({
      file,
      field: '',
      message: 'file name must be lower-case letters, digits and single hyphens: it is the entry id',
    });
  }
  const source = readFileSync(full, 'utf8');
  let raw: unknown;
  let body: string | undefined;
  try {
    const parsed = parseContentFile(source, full);
    raw = parsed.data;
    if (spec.format === 'mdx') {
      if (!parsed.hasFrontmatter) {
        problems.push({ file, field: '', message: 'missing YAML frontmatter between --- lines' });
        return undefined;
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
    return undefined;
  }
  let schema = schemaCache.get(collection);
  if (!schema) {
    schema = spec.schema();
    schemaCache.set(collection, schema);
  }
  const result = schema.safeParse(raw ?? {});
  if (!result.success) {
    const context = {
      data: raw,
      schema: authoringSchema(collection),
      idsOf: (c: string) => knownIds(c),
      today: new Date().toISOString().slice(0, 10),
    };
    for (const issue of result.error.issues) {
      const hint = suggestFix(issue as IssueLike, context);
      problems.push({
        file,
        field: issue.path.map(String).join('.'),
        message: issue.message,
        ...(hint ? { hint } : {}),
      });
    }
    return undefined;
  }
  return { collection, id, file, data: result.data as Record<string, unknown>, body, source };
}

/** Lines of a published entry that still hold placeholder text from `npm run new`. */
function placeholderProblems(entry: LoadedEntry): ContentProblem[] {
  return (entry.source ?? '').split(/\r?\n/).flatMap((line, i) =>
    line.includes(PLACEHOLDER)
      ? [
          {
            file: entry.file,
            field: `line ${i + 1}`,
            message: `placeholder left from npm run new: ${line.trim().slice(0, 100)}`,
            hint: 'Write the real value and remove the TODO note.',
          },
        ]
      : [],
  );
}

export interface ValidationResult {
  problems: ContentProblem[];
  entries: LoadedEntry[];
  /** The translations of `content/<locale>/`, each with its state. */
  translations: TranslationReport[];
  /** Notes that do not fail validation (parts of stale translations shown in English). */
  warnings: ContentProblem[];
  /** Entries in content/_drafts/: checked against the same schemas, not published, never fail the build. */
  drafts: { problems: ContentProblem[]; entries: LoadedEntry[] };
}

/** Validates the content folder `root`; returns the problems (empty when all is well) and the entries. */
export function validateContent(root: string, projectRoot = join(root, '..')): ValidationResult {
  setContentRoot(root);
  const problems: ContentProblem[] = [];
  const entries: LoadedEntry[] = [];
  const drafts: ValidationResult['drafts'] = { problems: [], entries: [] };
  const rel = (p: string) => relative(projectRoot, p).split('\\').join('/');
  const schemaCache = new Map<CollectionName, ReturnType<Spec['schema']>>();

  for (const name of readdirSync(root).sort()) {
    if (name.startsWith('.') || name.startsWith('_')) continue;
    if (statSync(join(root, name)).isDirectory() && !(name in COLLECTIONS) && !isLocaleFolder(name)) {
      problems.push({
        file: rel(join(root, name)),
        field: '',
        message: `unknown collection folder; known: ${Object.keys(COLLECTIONS).join(', ')}`,
      });
    }
  }

  for (const [collection, spec] of Object.entries(COLLECTIONS) as [CollectionName, Spec][]) {
    const seen = new Map<string, string>();
    for (const path of listEntryFiles(collection, root)) {
      const full = join(root, collection, path);
      const file = rel(full);
      const id = entryIdFromPath(path);
      const other = seen.get(id);
      if (other) {
        problems.push({ file, field: '', message: `duplicate id "${id}": ${other} has the same id` });
        continue;
      }
      seen.set(id, file);
      const entry = checkFile(collection, spec, full, path, file, problems, schemaCache);
      if (entry) {
        problems.push(...placeholderProblems(entry));
        entries.push(entry);
      }
    }
  }

  const draftRoot = join(root, DRAFTS);
  if (existsSync(draftRoot)) {
    for (const name of readdirSync(draftRoot).sort()) {
      if (name.startsWith('.')) continue;
      if (!(name in COLLECTIONS)) {
        drafts.problems.push({ file: rel(join(draftRoot, name)), field: '', message: 'not a collection folder' });
        continue;
      }
      const collection = name as CollectionName;
      for (const path of listEntryFiles(collection, draftRoot)) {
        const full = join(draftRoot, collection, path);
        const entry = checkFile(
          collection,
          COLLECTIONS[collection],
          full,
          path,
          rel(full),
          drafts.problems,
          schemaCache,
        );
        if (entry) {
          if (knownIds(collection).has(entry.id))
            drafts.problems.push({
              file: entry.file,
              field: '',
              message: `content/${collection}/ already has an entry "${entry.id}": choose another file name`,
            });
          drafts.entries.push(entry);
        }
      }
    }
  }

  if (problems.length === 0) problems.push(...crossChecks(entries));
  const translations = checkTranslations(root, entries, rel);
  problems.push(...translations.problems, ...translations.reports.flatMap((r) => r.problems));
  const warnings = translations.reports.flatMap((r) => r.warnings);
  return { problems, entries, drafts, translations: translations.reports, warnings };
}
