/**
 * `npm run schemas [-- --check]`: writes the editor schemas of the content (`content/.schemas/<collection>.json`,
 * generated from the Zod schemas) and the first line of every YAML entry that points editors at them
 * (scripts/lib/schema-files.ts). Idempotent: run it after changing a schema, adding a collection or
 * merging branches; it changes only what is out of date. With `--check` it changes nothing and exits 1
 * when something is out of date; with `--schemas-only` it leaves the YAML entries alone.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { schemaFileChanges } from './lib/schema-files.ts';

const { values } = parseArgs({
  options: { check: { type: 'boolean', default: false }, 'schemas-only': { type: 'boolean', default: false } },
});
const root = process.cwd();
const changes = schemaFileChanges(root).filter((c) => !values['schemas-only'] || c.file.endsWith('.json'));

if (values.check) {
  for (const c of changes) console.error(`  ✗ ${c.file}: ${c.why}`);
  if (changes.length > 0) {
    console.error(`${changes.length} file(s) out of date: run npm run schemas`);
    process.exit(1);
  }
  console.log('Editor schemas and schema lines are up to date.');
} else {
  for (const c of changes) {
    const full = join(root, c.file);
    if (c.text === undefined) rmSync(full);
    else {
      mkdirSync(dirname(full), { recursive: true });
      writeFileSync(full, c.text);
    }
  }
  const schemas = changes.filter((c) => c.file.endsWith('.json')).length;
  console.log(`Updated ${schemas} schema file(s) and ${changes.length - schemas} YAML entry file(s).`);
}
