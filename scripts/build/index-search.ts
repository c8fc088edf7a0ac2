/**
 * `node scripts/build/index-search.ts [dist]`: the second step of `npm run build`. Indexes the `<main>` of
 * every page of the built site with Pagefind and writes the index to `<dist>/pagefind/`; then what
 * the search interface needs besides the index (src/features/search/README.md):
 *
 * 1. the pages, as Pagefind finds them (`data-pagefind-body`, filters and metadata in the markup),
 *    one language at a time (scripts/build/pagefind-languages.ts says why);
 * 2. the search records: every element marked `data-search-record` (a glossary term, a source) as a
 *    result of its own at `<page>#<id>` (scripts/build/search-records.ts), taken from the pages as
 *    Astro rendered them, with the words of the lexicon (scripts/build/page-pass.ts, which leaves
 *    them in `.astro/search-source.jsonl` for this step);
 * 3. for each language, `<dist>/search/lexicon.<lang>.json` (the synonyms a query is expanded with)
 *    and `<dist>/search/words.<lang>.json` (the site's own words, which "did you mean" suggests)
 *    (scripts/build/search-lexicon.ts);
 * 4. preload hints on the search page for the files every search needs first (entry, metadata,
 *    WebAssembly, lexicon, scripts), so that they load in parallel (scripts/build/search-preload.ts).
 *
 * Why a step of its own rather than an Astro hook: Pagefind works in a process of its own, and
 * inside the build hook it ran while Astro still held the whole build in memory; the two peaks
 * added up (3.3 GB at 5,000 entries). Run after Astro has exited, the build's peak is the larger of
 * the two, not their sum (test/bench/report.md).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import yaml from 'js-yaml';
import * as pagefind from 'pagefind';
import { pageJs } from '#scripts/bench/measure.ts';
import { fileForPath } from '#scripts/lib/dist-files.ts';
import { lexiconPath, wordsPath } from '#src/features/search/lexicon.ts';
import { SynonymsFile, synonymsFile } from '#src/features/search/synonyms.ts';
import { sitePathOfFile } from '#src/lib/served-path.ts';
import { buildLexicon, vocabulary } from './search-lexicon.ts';
import { type SearchDoc, searchSource, searchSourceFile } from './search-source.ts';
import { indexFilesOf, injectIntoHead, preloadLinks, withoutPreloads } from './search-preload.ts';
import { phase } from '#scripts/lib/phase.ts';
import { DEFAULT_LOCALE, LOCALES } from '#src/lib/i18n/locale.ts';
import { languageGlobs, mergeEntries, type PagefindEntry } from './pagefind-languages.ts';

const ENTRY = 'pagefind-entry.json';

const dist = resolve(parseArgs({ allowPositionals: true }).positionals[0] ?? 'dist');
if (!existsSync(join(dist, 'index.html'))) {
  console.error(`${dist}/index.html not found: run astro build first (npm run build runs both steps).`);
  process.exit(1);
}

function fail(message: string): never {
  console.error(`Pagefind: ${message}`);
  void pagefind.close();
  process.exit(1);
}

// Smaller index chunks: a search fetches the chunk of each word it looks up. Pagefind's default
// (20,000 word positions, about 30 kB) made the first search on a slow connection wait for 30 kB
// per word; at 5,000 a chunk is 5–15 kB, for 1 kB more of metadata (test/bench/report.md). The
// setting is Pagefind's own, marked unstable: should a later version drop it, the default returns
// and nothing breaks. Set PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE to override it.
process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= '5000';

const started = performance.now();

// Each language has an index of its own, written into a folder of its own; their entries are then
// merged (scripts/build/pagefind-languages.ts says why).
const globs = languageGlobs(
  readdirSync(dist, { withFileTypes: true }).map((e) => ({ name: e.name, directory: e.isDirectory() })),
  LOCALES,
  DEFAULT_LOCALE,
);
const order = [...globs];
const output = join(dist, 'pagefind');
rmSync(output, { recursive: true, force: true });
const entries: PagefindEntry[] = [];
let pageCount = 0;
let records = 0;

/** Starts a language's index; Pagefind reads them in its own process. */
async function startIndex(glob: string) {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) fail(`could not start: ${errors.join('; ')}`);
  return { index, added: index.addDirectory({ path: dist, glob }) };
}
type Index = Awaited<ReturnType<typeof startIndex>>['index'];

// One index per language, one after the other, so that Pagefind holds one language at a time
// (scripts/build/pagefind-languages.ts). At 1,000 entries this takes as long as one index of both
// languages; at 5,000 it halves Pagefind's peak.
const groups = order.map(([lang, glob]) => ({ lang, glob }));

// What the pages give besides Pagefind's own reading (the words of each indexed page for its
// language's lexicon, the records, the search pages) was collected as Astro rendered them
// (scripts/build/page-pass.ts, which leaves them in the project's .astro/ folder:
// scripts/build/search-source.ts), so no page is read here.
const sourceFile = searchSourceFile(dirname(dist));
if (!existsSync(sourceFile)) fail(`${sourceFile} not found: run the whole build (npm run build).`);
const source = searchSource(readFileSync(sourceFile, 'utf8'));
const languages = new Map(Object.entries(source.languages));
const searchPages = source.searchPages;

const pending: Promise<void>[] = [];
const addRecord = (index: Index, record: SearchDoc) =>
  index.addHTMLFile(record).then((r) => {
    if (r.errors.length > 0) fail(`${record.url}: ${r.errors.join('; ')}`);
  });

// What another step does meanwhile (scripts/build.ts sets it): named in the first phase, which it shares.
const alongside = process.env.ACADEMY_ALONGSIDE;
for (const [i, group] of groups.entries()) {
  phase(i === 0 && alongside ? `Pagefind index (pages), ${alongside} alongside` : 'Pagefind index (pages)');
  const { index, added: adding } = await startIndex(group.glob);
  const docs = languages.get(group.lang)?.records ?? [];
  records += docs.length;
  // The first language's records go in while Pagefind reads its pages (their order in the index is
  // as it has always been); the others' after.
  if (i === 0) for (const doc of docs) pending.push(addRecord(index, doc));
  const added = await adding;
  if (added.errors.length > 0) fail(added.errors.join('; '));
  pageCount += added.page_count;
  phase('search records (glossary terms, sources)');
  if (i > 0) for (const doc of docs) pending.push(addRecord(index, doc));
  await Promise.all(pending.splice(0));
  phase('Pagefind writing the index');
  // Every index is written into the same folder: Pagefind adds its files to what is there (each
  // language's are named by its own hash; the files all languages share, the scripts and the default
  // WebAssembly, are the same each time), and each write replaces the entry, kept here to be merged.
  const written = await index.writeFiles({ outputPath: output });
  if (written.errors.length > 0) fail(written.errors.join('; '));
  await index.deleteIndex();
  entries.push(JSON.parse(readFileSync(join(output, ENTRY), 'utf8')));
}
await pagefind.close();
try {
  writeFileSync(join(output, ENTRY), JSON.stringify(mergeEntries(entries)));
} catch (e) {
  fail((e as Error).message);
}
const wordsByLang = new Map([...languages].map(([lang, l]) => [lang, l.words]));

phase('search lexicon and preload hints');
// The lexicon of each language (a language without a synonyms file gets the glossary's and the vocabulary).
for (const [lang, pages] of wordsByLang) {
  const file = synonymsFile(lang);
  const parsed = existsSync(file)
    ? SynonymsFile.safeParse(yaml.load(readFileSync(file, 'utf8')))
    : SynonymsFile.safeParse({});
  if (!parsed.success) {
    console.error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    process.exit(1);
  }
  const out = join(dist, lexiconPath(lang));
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify(buildLexicon(lang, parsed.data, pages)));
  writeFileSync(join(dist, wordsPath(lang)), JSON.stringify(vocabulary(pages, parsed.data.ignore)));
}

// Preload hints on each language's search page.
const entry = JSON.parse(readFileSync(join(output, ENTRY), 'utf8'));
const read = (sitePath: string) => {
  const f = fileForPath(dist, sitePath);
  return f ? readFileSync(f) : undefined;
};
for (const { file, lang } of searchPages) {
  const files = indexFilesOf(entry, lang);
  if (!files) continue;
  const html = withoutPreloads(readFileSync(join(dist, file), 'utf8'));
  const own = pageJs(html, sitePathOfFile(file), read, new Map()).files;
  const links = preloadLinks({
    ...files,
    fetches: [...files.fetches, lexiconPath(lang)],
    modules: [...own, '/pagefind/pagefind.js'],
  });
  writeFileSync(join(dist, file), injectIntoHead(html, links));
}

// The benchmark reads this line (scripts/bench.ts).
console.log(
  `[search-index] pagefind: ${pageCount} pages indexed in ${Math.round(performance.now() - started)} ms, and ${records} records of their own`,
);
