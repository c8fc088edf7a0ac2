/**
 * `npm run i18n:stamp -- <file>…`: records that each translation now translates the English entry
 * as it is: writes the stamp of the English text (`translationOf`) and today's date (`translated`).
 * Run it after updating a translation to the changed English (`npm run i18n:status` says what changed).
 *
 * `npm run i18n:stamp -- --convert [<file>…]`: converts stamps in the form translators first write
 * (`git hash-object` of the English file they translated, 40 hex) into the final form: the stamp of
 * the English text AS IT WAS in that version, read from git. A translation of an English version that
 * has changed since is then reported stale, as it should be. Without files: every translation that
 * still has a git hash. `translated` is left as it is.
 *
 * Files are `content/<locale>/<collection>/<id>.<ext>`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, extname, join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { parseContentFile } from '#scripts/lib/content-files.ts';
import { readBlob } from '#scripts/lib/git.ts';
import { englishFileOf, stampOfSource, TRANSLATION_LOCALES } from '#scripts/qa/translations.ts';
import { listEntryFiles, setContentRoot } from '#src/schemas/content-index.ts';
import { GIT_BLOB_RE } from '#src/lib/i18n/translatable.ts';
import { COLLECTIONS, type CollectionName } from '#src/schemas/index.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { convert: { type: 'boolean', default: false }, content: { type: 'string', default: 'content' } },
});
const root = resolve(values.content);
const project = resolve(root, '..');
setContentRoot(root);
const today = new Date().toISOString().slice(0, 10);

/** Where a translation file sits: its locale, collection and English file. */
function locate(file: string): { locale: string; collection: CollectionName; english: string } {
  const parts = relative(root, resolve(file)).split(sep);
  const [locale, collection] = parts;
  if (
    parts.length < 3 ||
    !locale ||
    !TRANSLATION_LOCALES.includes(locale) ||
    !collection ||
    !(collection in COLLECTIONS)
  )
    throw new Error(`${file}: not a translation (content/<locale>/<collection>/<id>.<ext>)`);
  const id = join(...parts.slice(2));
  const english = englishFileOf(root, collection, id.slice(0, id.length - extname(id).length));
  if (!english) throw new Error(`${file}: no English entry content/${collection}/${basename(id, extname(id))}.*`);
  return { locale, collection: collection as CollectionName, english };
}

/** Rewrites the `translationOf` (and optionally `translated`) line of a translation, keeping the rest. */
function writeStamp(file: string, stamp: string, translated?: string): void {
  let text = readFileSync(file, 'utf8');
  const set = (key: string, value: string) => {
    const re = new RegExp(`^${key}:.*$`, 'm');
    if (re.test(text)) text = text.replace(re, `${key}: ${value}`);
    else if (text.startsWith('---')) text = text.replace(/^---\r?\n/, `---\n${key}: ${value}\n`);
    else text = `${key}: ${value}\n${text}`;
  };
  // `translated` first, so that a file lacking both gets translationOf on top.
  if (translated) set('translated', translated);
  // Quoted: an unquoted stamp of digits (or digits with one "e") would be read as a number.
  set('translationOf', `"${stamp}"`);
  writeFileSync(file, text);
}

function allTranslations(): string[] {
  return TRANSLATION_LOCALES.flatMap((locale) =>
    Object.keys(COLLECTIONS).flatMap((c) => listEntryFiles(c, join(root, locale)).map((p) => join(root, locale, c, p))),
  );
}

const rel = (f: string) => relative(project, f).split(sep).join('/');
let failed = 0;
let written = 0;
const files = positionals.length > 0 ? positionals.map((f) => resolve(f)) : values.convert ? allTranslations() : [];
if (files.length === 0) {
  console.error('Usage: npm run i18n:stamp -- <content/<locale>/<collection>/<id>.<ext>>…   (or -- --convert)');
  process.exit(2);
}
for (const file of files) {
  try {
    const { collection, english } = locate(file);
    const raw = parseContentFile(readFileSync(file, 'utf8'), file).data as Record<string, unknown> | undefined;
    const current = raw?.translationOf === undefined ? undefined : String(raw.translationOf);
    if (values.convert) {
      if (current === undefined || !GIT_BLOB_RE.test(current)) {
        if (positionals.length > 0) console.log(`  = ${rel(file)}: already stamped (${current ?? 'no stamp'})`);
        continue;
      }
      const source = readBlob(project, current);
      if (source === undefined) throw new Error(`git has no object ${current} (the English version translated)`);
      const stamp = stampOfSource(collection, source, english);
      writeStamp(file, stamp);
      console.log(`  ✓ ${rel(file)}: ${current.slice(0, 12)}… → ${stamp}`);
    } else {
      const stamp = stampOfSource(collection, readFileSync(english, 'utf8'), english);
      writeStamp(file, stamp, today);
      console.log(`  ✓ ${rel(file)}: ${stamp} (English ${rel(english)}), translated ${today}`);
    }
    written++;
  } catch (e) {
    failed++;
    console.error(`  ✗ ${(e as Error).message}`);
  }
}
console.log(`${written} translation${written === 1 ? '' : 's'} stamped${failed ? `, ${failed} failed` : ''}`);
process.exit(failed ? 1 : 0);
