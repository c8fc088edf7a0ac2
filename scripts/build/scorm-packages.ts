/**
 * `node scripts/build/scorm-packages.ts [dist] [--sources <dir>]`: the step of `npm run build` after
 * `astro build`, run beside the search index (scripts/build.ts). Builds a SCORM package of every
 * module and every role path, in SCORM 1.2 and SCORM 2004 4th edition, for each package language
 * (src/features/training/lms/package.ts says what a package holds and why a path is one SCO):
 *
 * 1. reads the build-only pages Astro wrote under `<dist>/training/lms/build/<locale>/`, or from
 *    `--sources` when the build has already moved them out of the site: each module's lessons
 *    (rendered with the package's components) and data, and the catalogue of paths;
 * 2. bundles the package runtime (src/features/training/lms/runtime/sco.ts) with esbuild, once;
 * 3. for each package writes `imsmanifest.xml`, `index.html`, `sco.js` and `sco.css` into a zip
 *    (scripts/lib/zip.ts, deterministic: fixed dates, files in a fixed order; the runtime compressed
 *    once for all packages) at the address `packageUrl` gives,
 *    after checking that nothing in it refers to anything outside it;
 * 4. writes `<dist>/training/lms/packages.json` (every package with size and SHA-256), fills the
 *    sizes into the /training/lms/ page, and deletes the build-only pages.
 *
 * The search index reads the pages meanwhile: the LMS page is replaced in one step (written beside
 * it, then renamed), and its sizes are kept out of the index (src/features/training/lms/listing.ts),
 * so the index is the same whether Pagefind reads the page before or after.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import {
  MANIFEST_FILE,
  PACKAGE_LOCALES,
  SCO_SOURCE_DIR,
  manifestXml,
  outsideReferences,
  packageUrl,
  readScoSource,
  scoHtml,
  shellStrings,
  splitLessons,
  takeRefs,
  type CatalogueSource,
  type ModuleSource,
  type PackageRef,
  type ShellModule,
} from '#src/features/training/lms/package.ts';
import { zipArchive, zipEntry } from '#scripts/lib/zip.ts';
import { fillPackageSizes, type PackageRecord } from '#src/features/training/lms/listing.ts';
import { SCORM_VERSIONS, type ScoData } from '#src/features/training/lms/types.ts';
import { SCO_KEYS } from '#src/features/training/strings.ts';
import { LMS_URL } from '#src/features/training/training.ts';
import { formatBytes, formatPartialDate } from '#src/lib/i18n/format.ts';
import { latestDay } from '#src/lib/dates.ts';
import { DEFAULT_LOCALE } from '#src/lib/i18n/locale.ts';
import { translatorFor } from '#src/ui/i18n.ts';

const { values: options, positionals } = parseArgs({
  allowPositionals: true,
  options: { sources: { type: 'string' } },
});
// No phase marker of its own: it runs beside the search index, whose first phase names it
// (scripts/build.ts), and its time is on its own `[scorm]` line below.

const dist = resolve(positionals[0] ?? 'dist');
const sourceRoot = options.sources ? resolve(options.sources) : join(dist, SCO_SOURCE_DIR);
if (!existsSync(sourceRoot)) {
  console.error(`${sourceRoot} not found: run astro build first (npm run build runs every step).`);
  process.exit(1);
}
const started = performance.now();
const root = join(import.meta.dirname, '../..');

const runtime = await build({
  entryPoints: [join(root, 'src/features/training/lms/runtime/sco.ts')],
  bundle: true,
  write: false,
  format: 'iife',
  target: 'es2020',
  minify: true,
  legalComments: 'none',
  logLevel: 'error',
});
const scoJs = runtime.outputFiles[0]!.text;
const scoCss = readFileSync(join(root, 'src/features/training/lms/sco.css'), 'utf8');
// Every package carries the same runtime: compressed once (scripts/lib/zip.ts).
const runtimeEntries = [zipEntry('sco.js', scoJs), zipEntry('sco.css', scoCss)];

type BuiltModule = ShellModule;

const records: PackageRecord[] = [];
let totalBytes = 0;

for (const locale of PACKAGE_LOCALES) {
  const dir = join(sourceRoot, locale);
  const catalogue = readScoSource<CatalogueSource>(readFileSync(join(dir, 'index.html'), 'utf8'), 'sco-catalogue').data;
  const translator = translatorFor(locale);
  const strings = translator.pick(SCO_KEYS);

  const modules = new Map<string, BuiltModule>();
  for (const id of readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)) {
    const { data, html } = readScoSource<ModuleSource>(readFileSync(join(dir, id, 'index.html'), 'utf8'), 'sco-source');
    const { html: body, refs } = takeRefs(html);
    const readMore = [...data.related];
    for (const r of refs) if (!readMore.some((x) => x.url === r.url)) readMore.push(r);
    modules.set(data.id, { ...data, lessons: splitLessons(body), readMore });
  }

  const packages: { ref: PackageRef; title: string; version: string; reviewed: string; modules: BuiltModule[] }[] = [
    ...[...modules.values()].map((m) => ({
      ref: { locale, kind: 'module' as const, id: m.id },
      title: m.title,
      version: m.version,
      reviewed: m.reviewed,
      modules: [m],
    })),
    ...catalogue.paths.map((p) => ({
      ref: { locale, kind: 'path' as const, id: p.id },
      title: p.title,
      version: p.version,
      reviewed: p.reviewed,
      modules: p.modules.map((id) => {
        const m = modules.get(id);
        if (!m) throw new Error(`path ${p.id}: module ${id} was not rendered`);
        return m;
      }),
    })),
  ];

  for (const p of packages) {
    const edition = {
      date: formatPartialDate(latestDay([p.reviewed]) ?? p.reviewed, locale),
      release: catalogue.release,
    };
    for (const scorm of SCORM_VERSIONS) {
      const data: ScoData = {
        format: 1,
        kind: p.ref.kind,
        id: p.ref.id,
        title: p.title,
        version: p.version,
        scorm,
        locale,
        strings,
        modules: p.modules.map((m) => ({
          id: m.id,
          title: m.title,
          minutes: m.minutes,
          passMark: m.passMark,
          lessons: m.lessons.map((l, i) => ({ title: l.title, words: m.lessonWords[i] ?? 0 })),
          questions: m.questions,
          checks: m.checks,
        })),
      };
      const html = scoHtml(data, p.modules, shellStrings(translator.t, edition), catalogue.siteName);
      const manifest = manifestXml(
        p.ref,
        scorm,
        {
          title: p.title,
          contentVersion: p.version,
          ...(p.ref.kind === 'module' ? { masteryScore: Math.round(p.modules[0]!.passMark * 100) } : {}),
        },
        ['index.html', 'sco.js', 'sco.css'],
      );
      const texts = new Map([
        [MANIFEST_FILE, manifest],
        ['index.html', html],
        ['sco.js', scoJs],
        ['sco.css', scoCss],
      ]);
      const problems = outsideReferences(texts);
      if (problems.length > 0)
        throw new Error(`${packageUrl(p.ref, scorm)} is not self-contained:\n  ${problems.join('\n  ')}`);
      const zip = zipArchive([zipEntry(MANIFEST_FILE, manifest), zipEntry('index.html', html), ...runtimeEntries]);
      const url = packageUrl(p.ref, scorm);
      const out = join(dist, url);
      mkdirSync(dirname(out), { recursive: true });
      writeFileSync(out, zip);
      totalBytes += zip.length;
      records.push({
        url,
        locale,
        kind: p.ref.kind,
        id: p.ref.id,
        scorm,
        title: p.title,
        modules: p.modules.map((m) => m.id),
        bytes: zip.length,
        sha256: createHash('sha256').update(zip).digest('hex'),
      });
    }
  }
}

writeFileSync(join(dist, LMS_URL, 'packages.json'), `${JSON.stringify(records, null, 1)}\n`);
// Each language's LMS page lists that language's packages: the sizes are known only now.
for (const locale of PACKAGE_LOCALES) {
  const listing = join(dist, locale === DEFAULT_LOCALE ? '' : locale, LMS_URL, 'index.html');
  if (!existsSync(listing)) continue;
  writeFileSync(`${listing}.part`, fillPackageSizes(readFileSync(listing, 'utf8'), records));
  renameSync(`${listing}.part`, listing);
}
rmSync(sourceRoot, { recursive: true, force: true });

// The benchmark reads this line (scripts/bench.ts).
console.log(
  `[scorm] ${records.length} packages (${formatBytes(totalBytes, 'en')}) built in ${Math.round(performance.now() - started)} ms`,
);
