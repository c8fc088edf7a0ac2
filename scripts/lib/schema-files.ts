/**
 * The editor schemas of the content: one JSON Schema per collection in `content/.schemas/`
 * (generated from the Zod schemas, see src/features/open-data/json-schema.ts), and a first line in
 * every YAML entry that points the YAML language server (VS Code's YAML extension, and any editor
 * that runs yaml-language-server) at it:
 *
 *     # yaml-language-server: $schema=../.schemas/sources.json
 *
 * The path is relative, so editors work offline and in any clone. `npm run schemas` writes both;
 * `test/content/schemas.test.ts` fails when either is stale. Everything here is idempotent: running
 * it again after a merge changes only what is out of date.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { authoringSchema, SCHEMA_DIR, schemaText } from '#src/features/open-data/json-schema.ts';
import { COLLECTIONS, COLLECTION_NAMES, type CollectionName } from '#src/schemas/index.ts';

/** Folder of entries written by `npm run new`, not yet published (ignored by the loaders). */
export const DRAFTS_DIR = 'content/_drafts';

const MODELINE_RE = /^# yaml-language-server: \$schema=\S*[ \t]*(?:\r?\n|$)/;
const YAML_EXT = /\.ya?ml$/;

/** The committed schema file of a collection, relative to the project root. */
export const schemaPath = (collection: string) => `${SCHEMA_DIR}/${collection}.json`;

/** The schema files that should exist, with their text. */
export function expectedSchemas(): Map<string, string> {
  return new Map(COLLECTION_NAMES.map((c) => [schemaPath(c), schemaText(authoringSchema(c))]));
}

/** The first line a YAML entry at `file` (relative to the project root) should start with. */
export function modelineFor(file: string, collection: string): string {
  const rel = relative(dirname(file), schemaPath(collection)).split('\\').join('/');
  return `# yaml-language-server: $schema=${rel}`;
}

/** `text` with `line` as its first line: an existing modeline is replaced, otherwise the line is added. */
export function withModeline(text: string, line: string): string {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  return `${line}${eol}${text.replace(MODELINE_RE, '')}`;
}

/** Every YAML entry file of the YAML collections, published or draft, with its collection (paths relative to `root`). */
export function yamlEntryFiles(root: string): { file: string; collection: CollectionName }[] {
  const out: { file: string; collection: CollectionName }[] = [];
  const walk = (dir: string, collection: CollectionName, includeUnderscore: boolean) => {
    if (!existsSync(join(root, dir))) return;
    for (const name of readdirSync(join(root, dir)).sort()) {
      if (name.startsWith('.') || (!includeUnderscore && name.startsWith('_'))) continue;
      const path = `${dir}/${name}`;
      if (statSync(join(root, path)).isDirectory()) walk(path, collection, false);
      else if (YAML_EXT.test(name)) out.push({ file: path, collection });
    }
  };
  for (const collection of COLLECTION_NAMES) {
    if (COLLECTIONS[collection].format !== 'yaml') continue;
    walk(`content/${collection}`, collection, false);
    walk(`${DRAFTS_DIR}/${collection}`, collection, false);
  }
  return out;
}

export interface SchemaFileChange {
  file: string;
  /** The text the file should have; undefined: the file should not exist. */
  text: string | undefined;
  why: string;
}

/** What `npm run schemas` would change under the project root `root` (empty when all is up to date). */
export function schemaFileChanges(root: string): SchemaFileChange[] {
  const changes: SchemaFileChange[] = [];
  const expected = expectedSchemas();
  for (const [file, text] of expected) {
    const full = join(root, file);
    if (!existsSync(full)) changes.push({ file, text, why: 'missing schema' });
    else if (readFileSync(full, 'utf8') !== text) changes.push({ file, text, why: 'stale schema' });
  }
  if (existsSync(join(root, SCHEMA_DIR))) {
    for (const name of readdirSync(join(root, SCHEMA_DIR))) {
      const file = `${SCHEMA_DIR}/${name}`;
      if (!expected.has(file))
        changes.push({ file, text: undefined, why: 'schema of a collection that no longer exists' });
    }
  }
  for (const { file, collection } of yamlEntryFiles(root)) {
    const text = readFileSync(join(root, file), 'utf8');
    const wanted = withModeline(text, modelineFor(file, collection));
    if (wanted !== text) changes.push({ file, text: wanted, why: 'missing or outdated schema line' });
  }
  return changes;
}
