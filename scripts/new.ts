/**
 * `npm run new <collection> <id>`: writes a minimal entry that validates as written, with today's
 * date and every field to fill marked "TODO:", as a draft in content/_drafts/<collection>/ (never
 * published; scripts/lib/new-entry.ts). Fill it in, remove the TODO notes, check it with
 * `npm run validate`, then move it to content/<collection>/.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { COLLECTIONS, COLLECTION_NAMES, type CollectionName } from '#src/schemas/index.ts';
import { knownIds } from '#src/schemas/content-index.ts';
import { draftEntry } from './lib/new-entry.ts';
import { closest } from './qa/suggest.ts';

const { positionals } = parseArgs({ allowPositionals: true });
const [collection, id] = positionals;
const fail = (message: string) => {
  console.error(message);
  process.exit(1);
};

if (!collection || !id) fail(`Usage: npm run new <collection> <id>\nCollections: ${COLLECTION_NAMES.join(', ')}`);
if (!(collection! in COLLECTIONS))
  fail(`No collection "${collection}". Did you mean ${closest(collection!, COLLECTION_NAMES).join(', ')}?`);
if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id!))
  fail(
    `"${id}" cannot be an id: use lower-case letters, digits and single hyphens (e.g. "dual-use"). It is the file name and the address.`,
  );
const name = collection as CollectionName;
if (knownIds(name).has(id!)) fail(`content/${name}/ already has an entry "${id}".`);

const today = new Date().toISOString().slice(0, 10);
const draft = draftEntry(name, id!, { today, idsOf: (c) => [...knownIds(c)].sort() });
const full = join(process.cwd(), draft.path);
if (existsSync(full)) fail(`${draft.path} exists already: edit it, or choose another id.`);
mkdirSync(dirname(full), { recursive: true });
writeFileSync(full, draft.text);
console.log(`Wrote ${draft.path}
Next:
  1. Replace every "TODO:" (text, and the notes after dates, ids and fixed values); the schema's help shows in
     editors with a YAML language server (see content/README.md).
  2. npm run validate   (drafts are checked too; a published entry may not contain "TODO:")
  3. git mv ${draft.path} content/${name}/ && npm run schemas   (the second command points its first line at the right schema)`);
