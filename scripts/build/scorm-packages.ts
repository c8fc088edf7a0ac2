/**
 * The SCORM packages of the training: every module and every role path, in SCORM 1.2 and SCORM 2004
 * 4th edition, for each package language (src/features/training/lms/package.ts says what a package
 * holds and why a path is one SCO). Made while Astro renders the site, in a process of their own
 * (`startScormPackager`, started by scripts/build/academy.ts):
 *
 * 1. the page pass (scripts/build/page-pass.ts) hands over each build-only page under
 *    `SCO_SOURCE_DIR` as it finishes it: a module's lessons (rendered with the package's components)
 *    and data, or a language's catalogue of modules and paths;
 * 2. the package runtime (src/features/training/lms/runtime/sco.ts) is bundled with esbuild once, as
 *    the packager starts;
 * 3. each module's two packages are made as soon as its page, its language's catalogue and the runtime
 *    are there, and a path's as soon as all its modules are. A package is `imsmanifest.xml`,
 *    `index.html`, `sco.js` and `sco.css` in a zip (scripts/lib/zip.ts, deterministic: fixed dates,
 *    files in a fixed order; the runtime compressed once for all packages) at the address
 *    `packageUrl` gives, written after checking that nothing in it refers to anything outside it;
 * 4. once every module of each catalogue is in and every package made, `<dist>/training/lms/packages.json`
 *    (every package with size and SHA-256, by language: modules by id, then paths in the catalogue's
 *    order); the process then stops, and its memory goes with it;
 * 5. at the end of the build (`completeListing`), the sizes are filled into each language's
 *    /training/lms/ page and the build-only pages deleted, so that neither the search index nor the
 *    offline list sees them.
 *
 * Why during rendering: Astro renders on one core. As a step of its own after `astro build` this was
 * about a second of the build's wall time at 1,000 entries (376 packages), plus a process to start and
 * every build-only page to read back; alongside the rendering it uses the other core. Why a process
 * that stops early: `startScormPackager`.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
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
import { DEFAULT_LOCALE, type Locale } from '#src/lib/i18n/locale.ts';
import { translatorFor } from '#src/ui/i18n.ts';

/** What the packager made. */
export interface ScormResult {
  records: PackageRecord[];
  /** From the packager's start to its last package. */
  ms: number;
}

/** The line the build prints about the packages. */
export function scormSummary(result: ScormResult): string {
  const bytes = result.records.reduce((sum, r) => sum + r.bytes, 0);
  return `scorm: ${result.records.length} packages (${formatBytes(bytes, 'en')}) made alongside the rendering, the last ${result.ms} ms after the start`;
}

interface Runtime {
  scoJs: string;
  scoCss: string;
  /** `sco.js` and `sco.css`, compressed once for every package. */
  entries: ReturnType<typeof zipEntry>[];
}

interface Package {
  ref: PackageRef;
  title: string;
  version: string;
  reviewed: string;
  modules: ShellModule[];
}

/** One package language: its catalogue once its page is there, its modules as they come. */
interface Language {
  locale: Locale;
  catalogue?: CatalogueSource;
  modules: Map<string, ShellModule>;
  /** Modules whose packages are still to make. */
  waiting: ShellModule[];
  /** The records of each module's packages, by module id. */
  made: Map<string, PackageRecord[]>;
  /** The records of each path's packages, by path id. */
  madePaths: Map<string, PackageRecord[]>;
}

/** The language and module of a build-only page (`/training/lms/build/en/` is the catalogue: no module). */
export function scoSourceOf(sitePath: string): { locale: string; module?: string } | undefined {
  if (!sitePath.startsWith(SCO_SOURCE_DIR)) return undefined;
  const [locale, module, ...rest] = sitePath.slice(SCO_SOURCE_DIR.length).split('/').filter(Boolean);
  if (!locale || rest.length > 0) return undefined;
  return module ? { locale, module } : { locale };
}

/**
 * The packager of a build writing into `dist`, in this thread: `add` each build-only page as it is
 * finished, then `finish`. `complete` is called once every module each catalogue lists is in and
 * every package is made (or once something has failed): `finish` then has nothing left to make.
 */
export function scormPackager(dist: string, complete: () => void = () => {}) {
  const started = performance.now();
  const root = join(import.meta.dirname, '../..');
  let runtime: Runtime | undefined;
  let failure: unknown;
  const ready = build({
    entryPoints: [join(root, 'src/features/training/lms/runtime/sco.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2020',
    minify: true,
    legalComments: 'none',
    logLevel: 'error',
  }).then((out) => {
    const scoJs = out.outputFiles[0]!.text;
    const scoCss = readFileSync(join(root, 'src/features/training/lms/sco.css'), 'utf8');
    runtime = { scoJs, scoCss, entries: [zipEntry('sco.js', scoJs), zipEntry('sco.css', scoCss)] };
    pump();
  });
  ready.catch((error: unknown) => {
    failure ??= error;
  });

  const languages = new Map<string, Language>(
    PACKAGE_LOCALES.map((locale) => [
      locale,
      { locale, modules: new Map(), waiting: [], made: new Map(), madePaths: new Map() },
    ]),
  );

  function write(p: Package, language: Language, rt: Runtime): PackageRecord[] {
    const { locale } = language;
    const catalogue = language.catalogue!;
    const translator = translatorFor(locale);
    const strings = translator.pick(SCO_KEYS);
    const edition = {
      date: formatPartialDate(latestDay([p.reviewed]) ?? p.reviewed, locale),
      release: catalogue.release,
    };
    return SCORM_VERSIONS.map((scorm) => {
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
        ['sco.js', rt.scoJs],
        ['sco.css', rt.scoCss],
      ]);
      const problems = outsideReferences(texts);
      if (problems.length > 0)
        throw new Error(`${packageUrl(p.ref, scorm)} is not self-contained:\n  ${problems.join('\n  ')}`);
      const zip = zipArchive([zipEntry(MANIFEST_FILE, manifest), zipEntry('index.html', html), ...rt.entries]);
      const url = packageUrl(p.ref, scorm);
      const out = join(dist, url);
      mkdirSync(dirname(out), { recursive: true });
      writeFileSync(out, zip);
      return {
        url,
        locale,
        kind: p.ref.kind,
        id: p.ref.id,
        scorm,
        title: p.title,
        modules: p.modules.map((m) => m.id),
        bytes: zip.length,
        sha256: createHash('sha256').update(zip).digest('hex'),
      };
    });
  }

  const modulePackage = (locale: Locale, m: ShellModule): Package => ({
    ref: { locale, kind: 'module', id: m.id },
    title: m.title,
    version: m.version,
    reviewed: m.reviewed,
    modules: [m],
  });

  /** A path's package, once all its modules are there. */
  function pathPackage(language: Language, path: CatalogueSource['paths'][number]): Package | undefined {
    const modules = path.modules.map((id) => language.modules.get(id));
    if (!modules.every((m) => m !== undefined)) return undefined;
    return {
      ref: { locale: language.locale, kind: 'path', id: path.id },
      title: path.title,
      version: path.version,
      reviewed: path.reviewed,
      modules,
    };
  }

  /** Makes the packages of one waiting module, or else of one path whose modules are all there; true when it made some. */
  function makeOne(): boolean {
    if (!runtime || failure) return false;
    for (const language of languages.values()) {
      if (!language.catalogue) continue;
      const m = language.waiting.shift();
      if (m) {
        language.made.set(m.id, write(modulePackage(language.locale, m), language, runtime));
        return true;
      }
      for (const path of language.catalogue.paths) {
        if (language.madePaths.has(path.id)) continue;
        const p = pathPackage(language, path);
        if (!p) continue;
        language.madePaths.set(path.id, write(p, language, runtime));
        return true;
      }
    }
    return false;
  }

  // One module at a time, each in a turn of the event loop of its own, so that the pages the pass
  // works on are not held up behind a run of packages.
  let scheduled = false;
  function pump(): void {
    if (scheduled) return;
    scheduled = true;
    setImmediate(() => {
      scheduled = false;
      try {
        if (makeOne()) return pump();
      } catch (error) {
        failure ??= error;
      }
      if (failure || allMade()) complete();
    });
  }

  /** Whether each language's catalogue and every module it lists are in, and every package made. */
  function allMade(): boolean {
    return [...languages.values()].every(
      (l) =>
        l.catalogue !== undefined &&
        l.waiting.length === 0 &&
        l.catalogue.modules.every((id) => l.made.has(id)) &&
        l.catalogue.paths.every((p) => l.madePaths.has(p.id)),
    );
  }

  return {
    /**
     * A build-only page, finished: the catalogue of a language or a module's source. A page that
     * cannot be read fails `finish`, which names it.
     */
    add(sitePath: string, html: string): void {
      const source = scoSourceOf(sitePath);
      const language = source && languages.get(source.locale);
      if (!language) return;
      try {
        if (!source.module) {
          language.catalogue = readScoSource<CatalogueSource>(html, 'sco-catalogue').data;
        } else {
          const { data, html: lessons } = readScoSource<ModuleSource>(html, 'sco-source');
          const { html: body, refs } = takeRefs(lessons);
          const readMore = [...data.related];
          for (const r of refs) if (!readMore.some((x) => x.url === r.url)) readMore.push(r);
          const m: ShellModule = { ...data, lessons: splitLessons(body), readMore };
          language.modules.set(m.id, m);
          language.waiting.push(m);
        }
      } catch (error) {
        failure ??= new Error(`SCORM: ${sitePath}: ${(error as Error)?.message ?? error}`);
      }
      pump();
    },

    /** Once every build-only page is in: the packages still to make, and `packages.json`. */
    async finish(): Promise<ScormResult> {
      await ready;
      while (makeOne());
      if (failure) throw failure;
      const records: PackageRecord[] = [];
      for (const language of languages.values()) {
        const { locale, catalogue } = language;
        if (!catalogue) throw new Error(`SCORM: the catalogue page ${SCO_SOURCE_DIR}${locale}/ was not rendered`);
        const ids = [...language.made.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
        for (const id of ids) records.push(...language.made.get(id)!);
        for (const path of catalogue.paths) {
          const made = language.madePaths.get(path.id);
          if (!made) {
            const missing = path.modules.filter((id) => !language.modules.has(id));
            throw new Error(`SCORM: path ${path.id} (${locale}): module ${missing.join(', ')} was not rendered`);
          }
          records.push(...made);
        }
      }
      mkdirSync(join(dist, LMS_URL), { recursive: true });
      writeFileSync(join(dist, LMS_URL, 'packages.json'), `${JSON.stringify(records, null, 1)}\n`);
      return { records, ms: Math.round(performance.now() - started) };
    },
  };
}

/**
 * At the end of the build, once Astro has written every page: each language's LMS page gets the
 * sizes of its packages (known only once they are made), and the build-only pages go.
 */
export function completeListing(dist: string, records: readonly PackageRecord[]): void {
  for (const locale of PACKAGE_LOCALES) {
    const listing = join(dist, locale === DEFAULT_LOCALE ? '' : locale, LMS_URL, 'index.html');
    if (existsSync(listing)) writeFileSync(listing, fillPackageSizes(readFileSync(listing, 'utf8'), records));
  }
  rmSync(join(dist, SCO_SOURCE_DIR), { recursive: true, force: true });
}

type ToPackager = { path: string; bytes: Uint8Array } | { end: true };
type FromPackager = { result: ScormResult } | { error: string };

/** The argument that makes this module, run as a script, the packager's process. */
const AS_PROCESS = '--academy-scorm-packager';

/**
 * Starts the packager in a process of its own, for a build writing into `dist`. The process makes the
 * packages as the pages come and stops once every module its catalogues list is in and packaged:
 * `result` then gives what it made. `add` takes a finished page (the message is a copy: the caller
 * keeps its bytes); `end` says no more pages will come, at the end of the rendering.
 *
 * Why a process and not a worker thread: the packages' buffers are allocated outside V8's heap, and a
 * thread's share of them stayed in Astro's process after the thread had stopped (glibc keeps a
 * thread's memory arena). At 5,000 bench entries `astro build` peaked at 2.14–2.18 GB in three runs
 * with the packager in a worker thread; a process gives all of its memory back when it exits, as soon
 * as the last build-only page is packaged.
 */
export function startScormPackager(dist: string) {
  const child = fork(fileURLToPath(import.meta.url), [AS_PROCESS, dist], {
    execArgv: [],
    serialization: 'advanced',
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  let settled = false;
  const done = new Promise<ScormResult>((resolve, reject) => {
    child.on('message', (message: FromPackager) => {
      settled = true;
      if ('error' in message) reject(new Error(`SCORM packages: ${message.error}`));
      else resolve(message.result);
    });
    child.once('error', (error) => {
      settled = true;
      reject(error);
    });
    child.once('exit', (code) => {
      if (!settled) reject(new Error(`the SCORM packager stopped (code ${code}) before its last package`));
      settled = true;
    });
  });
  done.catch(() => {}); // Reported where the build waits for it (`result`).
  const late: string[] = [];
  const send = (message: ToPackager) => {
    if (!settled && child.connected) child.send(message);
  };
  return {
    add(path: string, bytes: Uint8Array): void {
      if (settled) late.push(path);
      else send({ path, bytes });
    },
    end(): void {
      send({ end: true });
    },
    /** What the packager made, once it is done; fails when it failed, or when a page came after it had finished. */
    async result(): Promise<ScormResult> {
      try {
        const made = await done;
        if (late.length > 0)
          throw new Error(
            `SCORM packages: ${late.join(', ')} came after the last package was made (a module missing from the catalogue?)`,
          );
        return made;
      } finally {
        if (child.exitCode === null) child.kill();
      }
    },
  };
}

if (process.argv[2] === AS_PROCESS && process.send) {
  let finishing = false;
  const answer = (message: FromPackager) => process.send!(message, () => process.exit(0));
  const finish = () => {
    if (finishing) return;
    finishing = true;
    packager.finish().then(
      (result) => answer({ result }),
      (error: unknown) => answer({ error: String((error as Error)?.stack ?? error) }),
    );
  };
  const packager = scormPackager(process.argv[3]!, finish);
  const decoder = new TextDecoder();
  process.on('message', (message: ToPackager) => {
    if ('end' in message) finish();
    else packager.add(message.path, decoder.decode(message.bytes));
  });
  // Astro's process gone (a failed build): nothing more will come.
  process.on('disconnect', () => process.exit(finishing ? 0 : 1));
}
