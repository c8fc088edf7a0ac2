/**
 * `npm run bench [-- --sizes 1000,5000] [--builds 3] [--keep] [--out test/bench] [--search-runs 3] [--reference none]`:
 * the scale benchmark.
 * `npm run bench -- --search-only [--dist dist]`: only the search speed of a site already built.
 *
 * For each size, in a temporary folder: a copy of the site code (src, public, scripts, configs;
 * node_modules symlinked), the real content plus a synthetic corpus of that many entries across the
 * real collections (scripts/bench/corpus.ts), checked with the real validator; then a cold
 * production build with the real integrations (Pagefind included), timed, with the peak memory of
 * the whole process tree sampled from /proc. The smallest size, whose wall time the per-page budget
 * judges, is built `--builds` times (3 by default), each cold (the earlier build's output moved aside,
 * not deleted: `setAside` says why), and the build with the median wall time stands for it (its
 * phases, its CPU time; memory is the highest of all the builds): on a machine whose speed varies by
 * a third from one minute to the next, one build says more about the minute than about the code.
 * Beside each of those builds, just before or just after it in turn, the reference site is built
 * (scripts/bench/reference.ts: Starlight on 1,000 Markdown pages, installed once outside the
 * project), so that each of our builds has one of the reference's taken at the same moment to be
 * compared with (`--reference none` to skip it; without the npm registry it is skipped, and the
 * report says so).
 * The output is then measured (scripts/bench/measure.ts): size, HTML per page, Pagefind index,
 * start-up JavaScript per page type.
 *
 * Then, on each size's site, how fast search shows its first result on a slow phone (chromium with
 * CDP throttling, scripts/bench/search-speed.ts), with the budget on Lighthouse's "Slow 4G".
 *
 * Writes test/bench/report.json and test/bench/report.md and exits 1 when a budget is broken
 * (see BUDGETS in scripts/bench/measure.ts). `--search-only` writes test/bench/search-speed.json and
 * .md instead, for the site in `--dist`, with two harsher profiles besides the budget's.
 * Needs Node ≥ 22.12: run it through npm.
 * `--keep` keeps the temporary folders and their build logs.
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { cpus, freemem, loadavg, release, tmpdir, totalmem } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus } from '#scripts/bench/corpus.ts';
import { prepareReference, type Reference } from '#scripts/bench/reference.ts';
import { PhaseClock, phasesIn, type PhaseStats, TreeCpu } from '#scripts/bench/phases.ts';
import {
  BUDGETS,
  brotliSize,
  medianBuild,
  checkBudgets,
  perPageRatios,
  gzipSize,
  median,
  pageJs,
  pageTypeOf,
  routeOfPageFile,
  SCRIPT_PAGE_TYPES,
  type PageTypeStats,
  type SizeRun,
} from '#scripts/bench/measure.ts';
import {
  DEVTOOLS_SLOW_4G,
  measureSearchSpeed,
  SEARCH_BUDGET_MS,
  SLOW_4G,
  type SpeedRun,
  type SpeedSummary,
  searchBudgetHolds,
  summarise,
  type ThrottleProfile,
  VERY_SLOW,
  waterfall,
} from '#scripts/bench/search-speed.ts';
import { fileForPath, listFiles } from '#scripts/lib/dist-files.ts';
import { sitePathOfFile } from '#src/lib/served-path.ts';
import { formatProblem } from '#scripts/qa/entries.ts';
import { validateContent } from '#scripts/qa/validate-content.ts';

const { values: args } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,5000' },
    keep: { type: 'boolean', default: false },
    out: { type: 'string', default: 'test/bench' },
    'search-only': { type: 'boolean', default: false },
    'search-runs': { type: 'string', default: '3' },
    builds: { type: 'string', default: '3' },
    reference: { type: 'string', default: 'starlight' },
    dist: { type: 'string', default: 'dist' },
  },
});
const SEARCH_RUNS = Math.max(1, Number(args['search-runs']));
/** Cold builds of the smallest size (scripts/bench/measure.ts `medianBuild`). */
const BUILDS = Math.max(1, Math.floor(Number(args.builds)) || 1);
/** A one-word and a two-word query (the second needs two groups of index chunks). */
const SEARCH_QUERIES = ['quantum', 'export control'];
const SIZES = args.sizes
  .split(',')
  .map(Number)
  .filter((n) => n > 0);
const KEEP = args.keep;
/** `--reference none`: no Starlight builds in turn with the smallest size's (scripts/bench/reference.ts). */
const WITH_REFERENCE = args.reference !== 'none';
const PROJECT = process.cwd();
const OUT = resolve(args.out);

if (Number(process.versions.node.split('.')[0]) < 22) {
  console.error(`Node ${process.version}: Astro needs Node ≥ 22.12. Run the benchmark with npm run bench.`);
  process.exit(1);
}

// ─── search speed ─────────────────────────────────────────────────────────────────────────────
interface SearchSpeed {
  summary: SpeedSummary[];
  /** The slowest run on the budget's profile, page scenario: where its time went. */
  slowest: SpeedRun | undefined;
}

async function searchSpeed(root: string, profiles: ThrottleProfile[]): Promise<SearchSpeed> {
  const summary: SpeedSummary[] = [];
  let slowest: SpeedRun | undefined;
  for (const profile of profiles) {
    console.log(`▶ search speed on ${root}: ${profile.name}`);
    const runs = await measureSearchSpeed({ root, queries: SEARCH_QUERIES, runs: SEARCH_RUNS, profile });
    summary.push(...summarise(profile, runs));
    if (profile === SLOW_4G) {
      slowest = runs
        .filter((r) => r.scenario === 'page')
        .reduce<SpeedRun | undefined>(
          (a, b) => (a === undefined || (b.ms ?? Infinity) > (a.ms ?? Infinity) ? b : a),
          undefined,
        );
    }
  }
  return { summary, slowest };
}

function searchSpeedMarkdown(speed: SearchSpeed, where: string): string[] {
  const ms = (n: number | null) => (n === null ? 'timed out' : `${(n / 1000).toFixed(2)} s`);
  return [
    `Time from opening search to the first result shown, ${where}; ${SEARCH_RUNS} run(s) of each of the queries ${SEARCH_QUERIES.map((q) => `"${q}"`).join(' and ')}, each from an empty cache, in Debian's chromium with CDP throttling (scripts/bench/search-speed.ts).`,
    "**page**: from the navigation to `/search/?q=…`; **dialog**: on the home page, from the click on the header's search link, the query typed at once.",
    '',
    '| profile | scenario | median | slowest | |',
    '|---|---|---:|---:|---|',
    ...speed.summary.map(
      (s) =>
        `| ${s.profile} | ${s.scenario} | ${ms(s.median)} | ${ms(s.max)} | ${s.profile === SLOW_4G.name ? (s.median !== null && s.median <= SEARCH_BUDGET_MS ? `budget ≤ ${SEARCH_BUDGET_MS / 1000} s: pass` : `budget ≤ ${SEARCH_BUDGET_MS / 1000} s: **FAIL**`) : 'reported, no budget'} |`,
    ),
    '',
    ...(speed.slowest
      ? [
          `Where the time went in the slowest page run on the budget's profile (${ms(speed.slowest.ms)}, "${speed.slowest.query}"); times from the navigation start:`,
          '',
          ...waterfall(speed.slowest),
          '',
        ]
      : []),
  ];
}

if (args['search-only']) {
  const root = resolve(args.dist);
  if (!existsSync(join(root, 'search', 'index.html')))
    fail(`${root}/search/index.html not found: run npm run build first`);
  const speed = await searchSpeed(root, [SLOW_4G, DEVTOOLS_SLOW_4G, VERY_SLOW]);
  const pass = searchBudgetHolds(speed.summary.filter((x) => x.profile === SLOW_4G.name));
  const out = resolve(args.out);
  mkdirSync(out, { recursive: true });
  const date = new Date().toISOString().slice(0, 10);
  writeFileSync(
    join(out, 'search-speed.json'),
    `${JSON.stringify({ date, load: loadavg(), budgetMs: SEARCH_BUDGET_MS, pass, ...speed }, null, 2)}\n`,
  );
  writeFileSync(
    join(out, 'search-speed.md'),
    [
      '# Search speed',
      '',
      `Generated by \`npm run bench -- --search-only\` on ${date} (load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores; a busy machine makes the CPU-bound part slower).`,
      '',
      ...searchSpeedMarkdown(speed, `on the site built in \`${args.dist}\``),
    ].join('\n'),
  );
  for (const x of speed.summary)
    console.log(`${x.profile.split(':')[0]} · ${x.scenario}: median ${x.median} ms, slowest ${x.max} ms`);
  console.log(
    `\nsearch speed (${SLOW_4G.name.split(':')[0]}): ${pass ? 'within' : 'OVER'} the ${SEARCH_BUDGET_MS} ms budget`,
  );
  process.exit(pass ? 0 : 1);
}

function fail(message: string): never {
  console.error(`✗ ${message}`);
  process.exit(1);
}

// ─── the real content, which the corpus is added to ───────────────────────────────────────────
const realContent = join(PROJECT, 'content');
const real = validateContent(realContent, PROJECT);
if (real.problems.length > 0) {
  fail(
    `the real content does not validate (${real.problems.length} problems; npm run validate):\n${real.problems
      .slice(0, 20)
      .map((p) => `  ${formatProblem(p)}`)
      .join('\n')}`,
  );
}
const idsOf = (c: string) => real.entries.filter((e) => e.collection === c).map((e) => e.id);
const dimensions = idsOf('dimensions');
const practices = idsOf('practices');

// ─── memory and CPU time of a process tree, sampled from /proc ─────────────────────────────────
/** Clock ticks per second of /proc/<pid>/stat's CPU times (100 on Linux, asked once). */
const CLOCK_TICKS = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout?.trim()) || 100;

/**
 * The process tree under `root`, read from /proc: its resident memory in bytes, and the CPU time
 * (user + system, seconds) each of its processes has used so far, keyed by id and start time
 * (scripts/bench/phases.ts, TreeCpu).
 */
function treeSample(root: number): { bytes: number; cpu: Map<string, number> } {
  const procs = new Map<number, { ppid: number; key: string; seconds: number }>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // Fields after the command name: state (3), ppid (4), … utime (14), stime (15), … starttime (22).
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      procs.set(Number(name), {
        ppid: Number(fields[1]),
        key: `${name}:${fields[19]}`,
        seconds: (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS,
      });
    } catch {
      /* the process ended meanwhile */
    }
  }
  const tree = new Set([root]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, p] of procs) {
      if (!tree.has(pid) && tree.has(p.ppid)) {
        tree.add(pid);
        grew = true;
      }
    }
  }
  let bytes = 0;
  const cpu = new Map<string, number>();
  for (const pid of tree) {
    const p = procs.get(pid);
    if (p) cpu.set(p.key, p.seconds);
    try {
      bytes += Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * 4096;
    } catch {
      /* ended */
    }
  }
  return { bytes, cpu };
}

interface BuildResult {
  seconds: number;
  peakTreeMB: number;
  /** Largest single process, from /usr/bin/time -v, when available. (Its CPU time is not used: it misses Pagefind's.) */
  maxProcessMB?: number;
  /**
   * User + system CPU time of the build's whole process tree, sampled from /proc (TreeCpu in
   * scripts/bench/phases.ts); less sensitive to a busy machine than wall time.
   */
  cpuSeconds: number;
  /** 1-minute load average when the build ended. */
  load: number;
  /** The build step running when memory peaked (the last phase line of the log before the peak). */
  peakPhase: string;
  /** Wall time and memory peak of each phase (scripts/bench/phases.ts). */
  phases: PhaseStats[];
  log: string;
  status: number;
}

/** What `npm run build` runs (its steps, as one process tree), with the bench's config. */
const ACADEMY_BUILD = [process.execPath, 'scripts/build.ts', '--config', 'astro.bench.config.mjs'];

function build(dir: string, cmd = ACADEMY_BUILD): Promise<BuildResult> {
  const time = existsSync('/usr/bin/time') ? ['/usr/bin/time', '-v'] : [];
  const [bin, ...rest] = [...time, ...cmd];
  return new Promise((done) => {
    const started = performance.now();
    const child = spawn(bin!, rest, {
      cwd: dir,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', ACADEMY_PHASES: '1' },
    });
    let log = '';
    const clock = new PhaseClock(started);
    // A phase line may be split across two chunks: only complete lines are read.
    let partial = '';
    const onData = (d: Buffer) => {
      const text = d.toString();
      log += text;
      const lines = (partial + text).split('\n');
      partial = lines.pop()!;
      for (const name of phasesIn(lines.join('\n'))) clock.enter(name, performance.now());
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    let peak = 0;
    let peakPhase = 'start';
    const cpu = new TreeCpu();
    const timer = setInterval(() => {
      if (!child.pid) return;
      const { bytes: rss, cpu: times } = treeSample(child.pid);
      clock.sample(rss / 2 ** 20, cpu.update(times));
      if (rss > peak) {
        peak = rss;
        peakPhase = clock.phase;
      }
    }, 100);
    child.on('close', (status) => {
      clearInterval(timer);
      const ended = performance.now();
      const seconds = (ended - started) / 1000;
      const phases = clock.finish(ended);
      const maxRss = /Maximum resident set size \(kbytes\): (\d+)/.exec(log);
      done({
        seconds,
        peakTreeMB: peak / 2 ** 20,
        ...(maxRss ? { maxProcessMB: Number(maxRss[1]) / 1024 } : {}),
        cpuSeconds: cpu.seconds,
        load: loadavg()[0]!,
        peakPhase,
        phases,
        log,
        status: status ?? 1,
      });
    });
  });
}

function dirStats(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  const files = listFiles(dir);
  for (const f of files) bytes += statSync(join(dir, f)).size;
  return { bytes, files: files.length };
}

interface SizeReport extends SizeRun {
  synthetic: number;
  realEntries: number;
  pages: number;
  pagefindSeconds: number | null;
  pagefindPages: number | null;
  maxProcessMB: number | null;
  peakPhase: string;
  phases: PhaseStats[];
  cpuSeconds: number;
  /** Wall time of each build of this size, in the order they ran (one unless it is the smallest size). */
  builds: number[];
  loadAtStart: number;
  loadAtEnd: number;
  output: { bytes: number; files: number };
  html: { pages: number; medianRaw: number; maxRaw: number; medianGzip: number; maxGzip: number; maxPage: string };
  pagefind: { bytes: number; files: number };
  shellFiles: string[];
  /** The largest pages (gzip), largest first. */
  largestPages: { path: string; gzip: number; raw: number }[];
  search: SearchSpeed;
}

/**
 * Moves a folder of an earlier build out of the way, into the benchmark's `trash/` folder, deleted with
 * the rest of its folder at the end. Why not delete it at once: on a machine whose ext4 file system
 * has no journal (this one's), the kernel does not reuse an inode freed less than a minute ago (five
 * while its inode table is not yet written back), and looks past each of them for every file it
 * creates. A build that starts just after the 7,000 files of the one before are deleted spends 4–5 s
 * more CPU creating its own (measured with perf at 1,000 entries: the kernel's `recently_deleted`,
 * `find_inode_bit` and the directory lock's spinning, 8% of all samples against 0.3% after a move).
 * That is the benchmark's own cleaning, not the build's work: a first build on a fresh clone has no
 * such files to wait for.
 */
function setAside(folder: string, tag: string, trash = join(dirname(dirname(folder)), 'trash')): void {
  if (!existsSync(folder)) return;
  mkdirSync(trash, { recursive: true });
  renameSync(folder, join(trash, `${tag}-${basename(folder).replace(/^\./, '')}`));
}

/** A reference build (scripts/bench/reference.ts), cold: its wall time and pages, or undefined if it failed. */
async function referenceBuild(
  reference: Reference,
  work: string,
  tag: string,
): Promise<{ seconds: number; pages: number } | undefined> {
  // Its folders from an earlier build (of this run or of an earlier one) go to this run's trash.
  for (const f of ['dist', '.astro', '.cache'])
    setAside(join(reference.dir, f), `reference-${tag}`, join(work, 'trash'));
  const run = await build(reference.dir, reference.command);
  const log = join(work, `reference-build-${tag}.log`);
  writeFileSync(log, run.log);
  const pages = /(\d+) page\(s\) built in/.exec(run.log);
  if (run.status !== 0 || !pages) {
    console.warn(`  the reference build failed (log: ${log}); the report goes without it`);
    return undefined;
  }
  console.log(`  reference: ${reference.label}, ${pages[1]} pages in ${run.seconds.toFixed(1)} s`);
  return { seconds: run.seconds, pages: Number(pages[1]) };
}

async function runSize(total: number, work: string, reference?: Reference): Promise<SizeReport> {
  const dir = join(work, String(total));
  mkdirSync(dir, { recursive: true });
  for (const f of ['src', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    if (existsSync(join(PROJECT, f))) cpSync(join(PROJECT, f), join(dir, f), { recursive: true });
  }
  symlinkSync(join(PROJECT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  // A cache folder of its own: a cold build, and no writes to the shared node_modules/.astro.
  writeFileSync(
    join(dir, 'astro.bench.config.mjs'),
    "import config from './astro.config.mjs';\nexport default { ...config, cacheDir: './.bench-cache' };\n",
  );
  cpSync(realContent, join(dir, 'content'), { recursive: true });

  const corpus = generateCorpus({ total, dimensions, practices });
  for (const f of corpus) {
    const file = join(dir, 'content', f.path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, f.text);
  }
  const checked = validateContent(join(dir, 'content'), dir);
  if (checked.problems.length > 0) {
    fail(
      `the synthetic corpus does not validate — update scripts/bench/corpus.ts to the schemas:\n${checked.problems
        .slice(0, 30)
        .map((p) => `  ${formatProblem(p)}`)
        .join('\n')}`,
    );
  }
  console.log(`▶ ${total} entries (+ ${real.entries.length} real): building in ${dir}`);

  const loadAtStart = loadavg()[0]!;
  const results: BuildResult[] = [];
  const smallest = total === Math.min(...SIZES);
  const times = smallest ? BUILDS : 1;
  // The reference builds at the smallest size, one beside each of ours: pairs taken in turn, the
  // reference first in the first, third… pair and second in the others, so that the machine
  // speeding up or slowing down within a pair does not always favour the same side.
  const referenceRuns: { seconds: number; pages: number }[] = [];
  // Dropped for the rest of the run if one of its builds fails.
  let pairedWith = smallest ? reference : undefined;
  const referenceStep = async (i: number) => {
    if (!pairedWith) return;
    const ref = await referenceBuild(pairedWith, work, `${total}-${i}`);
    if (ref) referenceRuns.push(ref);
    else pairedWith = undefined;
  };
  for (let i = 0; i < times; i++) {
    if (i % 2 === 0) await referenceStep(i);
    // Each build cold: no output, no content store, no Vite cache left by the one before. They are
    // moved aside, not deleted, until the benchmark ends (`setAside`).
    for (const f of ['dist', '.astro', '.bench-cache']) setAside(join(dir, f), `${total}-${i}`);
    if (times > 1) console.log(`  build ${i + 1} of ${times}`);
    const run = await build(dir);
    writeFileSync(join(dir, times > 1 ? `build-${i + 1}.log` : 'build.log'), run.log);
    if (run.status !== 0)
      fail(
        `the build failed at ${total} entries; last lines of its log in ${dir}:\n${run.log.split('\n').slice(-30).join('\n')}`,
      );
    results.push(run);
    if (i % 2 === 1) await referenceStep(i);
  }
  // The reference's last output leaves its folder with this run's trash.
  if (smallest && reference)
    for (const f of ['dist', '.astro', '.cache'])
      setAside(join(reference.dir, f), 'reference-last', join(work, 'trash'));
  const result = { ...medianBuild(results), peakTreeMB: Math.max(...results.map((r) => r.peakTreeMB)) };
  const pf = /pagefind: (\d+) pages indexed in (\d+) ms/.exec(result.log);
  const built = /(\d+) page\(s\) built in/.exec(result.log);

  const dist = join(dir, 'dist');
  const routes = listFiles(join(dir, 'src/pages'))
    .map(routeOfPageFile)
    .filter((r): r is string => r !== undefined);
  const read = (sitePath: string) => {
    const file = fileForPath(dist, sitePath);
    return file ? readFileSync(file) : undefined;
  };
  const importCache = new Map<string, string[]>();
  const gzipCache = new Map<string, number>();
  const brCache = new Map<string, number>();
  const sized = (cache: Map<string, number>, size: (d: Uint8Array) => number) => (p: string) => {
    let n = cache.get(p);
    if (n === undefined) {
      const data = read(p);
      n = data ? size(data) : 0;
      cache.set(p, n);
    }
    return n;
  };
  const gz = sized(gzipCache, gzipSize);
  const br = sized(brCache, brotliSize);

  interface PageRow {
    path: string;
    type: string;
    raw: number;
    gzip: number;
    files: string[];
    islands: number;
    inlineGzip: number;
    inline: string;
  }
  const rows: PageRow[] = [];
  for (const file of listFiles(dist, '.html')) {
    const data = readFileSync(join(dist, file));
    const html = data.toString('utf8');
    const path = sitePathOfFile(file);
    const js = pageJs(html, path, read, importCache);
    rows.push({
      path,
      type: pageTypeOf(path, routes),
      raw: data.length,
      gzip: gzipSize(data),
      files: js.files,
      islands: js.islands,
      inlineGzip: js.inlineGzip,
      inline: js.inline,
    });
  }
  // The site-wide shell: scripts every page loads (the header search trigger).
  const shell =
    rows.reduce<string[] | null>(
      (acc, r) => (acc === null ? [...r.files] : acc.filter((f) => r.files.includes(f))),
      null,
    ) ?? [];
  const shellJsGzip = shell.reduce((s, f) => s + gz(f), 0);
  const byType = new Map<string, PageRow[]>();
  for (const r of rows) byType.set(r.type, [...(byType.get(r.type) ?? []), r]);
  const types: PageTypeStats[] = [...byType]
    .map(([type, list]) => {
      const weigh = (r: PageRow) => r.files.reduce((s, f) => s + gz(f), 0) + r.inlineGzip;
      const heaviest = list.reduce((a, b) => (weigh(b) > weigh(a) ? b : a));
      const extra = heaviest.files.filter((f) => !shell.includes(f));
      if (heaviest.inlineGzip > 0) extra.push('(inline scripts)');
      return {
        type,
        pages: list.length,
        islands: Math.max(...list.map((r) => r.islands)),
        htmlGzipMedian: median(list.map((r) => r.gzip)),
        htmlGzipMax: Math.max(...list.map((r) => r.gzip)),
        jsGzipMax: weigh(heaviest),
        jsBrotliMax:
          heaviest.files.reduce((s, f) => s + br(f), 0) + (heaviest.inline ? brotliSize(heaviest.inline) : 0),
        extraFiles: extra,
      };
    })
    .sort((a, b) => b.pages - a.pages || a.type.localeCompare(b.type));
  const maxRow = rows.reduce((a, b) => (b.gzip > a.gzip ? b : a));
  const search = await searchSpeed(dist, [SLOW_4G]);

  const report: SizeReport = {
    entries: total,
    synthetic: corpus.length,
    realEntries: real.entries.length,
    pages: built ? Number(built[1]) : rows.length,
    buildSeconds: result.seconds,
    pagefindSeconds: pf ? Number(pf[2]) / 1000 : null,
    pagefindPages: pf ? Number(pf[1]) : null,
    peakMemoryMB: result.peakTreeMB,
    maxProcessMB: result.maxProcessMB ?? null,
    peakPhase: result.peakPhase,
    phases: result.phases,
    cpuSeconds: result.cpuSeconds,
    builds: results.map((r) => r.seconds),
    loadAtStart,
    loadAtEnd: result.load,
    output: dirStats(dist),
    html: {
      pages: rows.length,
      medianRaw: median(rows.map((r) => r.raw)),
      maxRaw: Math.max(...rows.map((r) => r.raw)),
      medianGzip: median(rows.map((r) => r.gzip)),
      maxGzip: maxRow.gzip,
      maxPage: maxRow.path,
    },
    medianHtmlGzip: median(rows.map((r) => r.gzip)),
    maxPageGzip: maxRow.gzip,
    maxPage: maxRow.path,
    largestPages: [...rows]
      .sort((a, b) => b.gzip - a.gzip)
      .slice(0, 8)
      .map((r) => ({ path: r.path, gzip: r.gzip, raw: r.raw })),
    pagefind: dirStats(join(dist, 'pagefind')),
    shellFiles: shell,
    shellJsGzip,
    types,
    search,
    ...(pairedWith && referenceRuns.length === results.length
      ? {
          reference: {
            label: pairedWith.label,
            pages: referenceRuns[0]!.pages,
            builds: referenceRuns.map((r) => r.seconds),
          },
        }
      : {}),
  };
  console.log(
    `◀ ${total} entries: ${report.pages} pages, ${report.buildSeconds.toFixed(1)} s, peak ${Math.round(report.peakMemoryMB)} MB`,
  );
  console.table(
    Object.fromEntries(
      report.phases.map((p) => [
        p.name,
        {
          seconds: Number(p.seconds.toFixed(1)),
          share: `${Math.round((100 * p.seconds) / report.buildSeconds)}%`,
          // A phase shorter than the 100 ms sampling interval has no memory reading.
          'peak MB': p.peakMB > 0 ? Math.round(p.peakMB) : '—',
        },
      ]),
    ),
  );
  return report;
}

// ─── the report ───────────────────────────────────────────────────────────────────────────────
const kB = (n: number) => `${(n / 1024).toFixed(1)} kB`;
const MB = (n: number) => `${(n / 2 ** 20).toFixed(1)} MB`;

/** Phase names in the order they ran, over all runs. */
function phaseNames(runs: SizeReport[]): string[] {
  const names: string[] = [];
  for (const r of runs) for (const p of r.phases) if (!names.includes(p.name)) names.push(p.name);
  return names;
}

function markdown(
  runs: SizeReport[],
  budgets: ReturnType<typeof checkBudgets>,
  machine: Record<string, string | number>,
  referenceNote: string,
): string {
  const col = (f: (r: SizeReport) => string) => runs.map(f).join(' | ');
  const lines = [
    '# Benchmark report',
    '',
    `Generated by \`npm run bench\` on ${machine.date}: ${machine.cpus} × ${machine.cpu}, ${machine.memory} RAM, Node ${machine.node}.`,
    ...(referenceNote ? [referenceNote, ''] : []),
    `Each size is the real content plus a synthetic corpus (scripts/bench/corpus.ts), built cold with the real site code${BUILDS > 1 ? `; the smallest size ${BUILDS} times, the build with the median wall time standing for it (peak memory: the highest of them)` : ''}.`,
    // The build itself keeps about one load unit per core busy; well above that, others were running.
    ...(runs.some((r) => Math.max(r.loadAtStart, r.loadAtEnd) > 2 * Number(machine.cpus))
      ? [
          '',
          `> The machine was busy during the run (load average above twice its ${machine.cpus} cores): wall times are pessimistic; CPU time is the steadier figure.`,
        ]
      : []),
    '',
    `| | ${col((r) => `${r.entries} entries`)} |`,
    `|---|${runs.map(() => '---:').join('|')}|`,
    `| synthetic + real entries | ${col((r) => `${r.synthetic} + ${r.realEntries}`)} |`,
    `| pages built | ${col((r) => String(r.pages))} |`,
    `| build + index (wall) | ${col((r) => `${r.buildSeconds.toFixed(1)} s${r.builds.length > 1 ? ` (median of ${r.builds.length} builds: ${r.builds.map((b) => b.toFixed(1)).join(', ')} s)` : ''}`)} |`,
    ...(runs.some((r) => r.reference)
      ? [
          `| reference build in the same run, one beside each of ours, before and after in turn (scripts/bench/reference.ts) | ${col(
            (r) => {
              const ref = r.reference;
              if (!ref) return '—';
              const mid = median(ref.builds);
              const ratios = perPageRatios(r, ref);
              return `${ref.label}, ${ref.pages} pages: ${mid.toFixed(1)} s (median of ${ref.builds.map((b) => b.toFixed(1)).join(', ')} s), ${((1000 * mid) / ref.pages).toFixed(1)} s per 1,000 pages; ours per page ÷ its, pair by pair: ${ratios.map((x) => x.toFixed(2)).join(', ')}`;
            },
          )} |`,
        ]
      : []),
    `| CPU time (user + system, whole process tree) | ${col((r) => `${r.cpuSeconds.toFixed(1)} s`)} |`,
    // No schedule of the build's steps can make it shorter than its CPU time spread over every core.
    `| CPU time ÷ ${machine.cpus} cores: the least wall time this work could take here | ${col((r) => `${(r.cpuSeconds / Number(machine.cpus)).toFixed(1)} s (${((1000 * r.cpuSeconds) / Number(machine.cpus) / r.pages).toFixed(1)} s per 1,000 pages)`)} |`,
    `| load average (start → end) | ${col((r) => `${r.loadAtStart.toFixed(1)} → ${r.loadAtEnd.toFixed(1)}`)} |`,
    `| of which Pagefind | ${col((r) => (r.pagefindSeconds === null ? 'n/a' : `${r.pagefindSeconds.toFixed(1)} s (${r.pagefindPages} pages)`))} |`,
    `| peak memory (process tree) | ${col((r) => `${Math.round(r.peakMemoryMB)} MB`)} |`,
    `| memory peaked during | ${col((r) => r.peakPhase.replace(/\|/g, '/'))} |`,
    `| largest single process | ${col((r) => (r.maxProcessMB === null ? 'n/a' : `${Math.round(r.maxProcessMB)} MB`))} |`,
    `| output | ${col((r) => `${MB(r.output.bytes)}, ${r.output.files} files`)} |`,
    `| HTML per page, median (raw / gzip) | ${col((r) => `${kB(r.html.medianRaw)} / ${kB(r.html.medianGzip)}`)} |`,
    `| HTML per page, max (raw / gzip) | ${col((r) => `${kB(r.html.maxRaw)} / ${kB(r.html.maxGzip)} (${r.html.maxPage})`)} |`,
    `| Pagefind index | ${col((r) => `${MB(r.pagefind.bytes)}, ${r.pagefind.files} files`)} |`,
    `| header search trigger (JS on every page) | ${col((r) => `${kB(r.shellJsGzip)} gzip`)} |`,
    '',
    '## Where the time goes',
    '',
    "Wall time, CPU time (user + system) and peak memory (RSS) of each phase of the build, for the whole process tree (Pagefind's own process included), sampled every 100 ms from /proc. Cores: CPU time ÷ wall time, how many cores the phase kept busy on average. A phase starts at a line of the build log: Astro's own, or a `[phase]` marker of our steps (scripts/lib/phase.ts), and lasts until the next one.",
    '',
    `| phase | ${col((r) => `${r.entries} entries: time · CPU (cores) · peak`)} |`,
    `|---|${runs.map(() => '---:').join('|')}|`,
    ...phaseNames(runs).map(
      (name) =>
        `| ${name} | ${col((r) => {
          const p = r.phases.find((x) => x.name === name);
          return p
            ? `${p.seconds.toFixed(1)} s (${Math.round((100 * p.seconds) / r.buildSeconds)}%) · ${p.cpuSeconds.toFixed(1)} s (${p.seconds > 0 ? (p.cpuSeconds / p.seconds).toFixed(1) : '0.0'}) · ${p.peakMB > 0 ? `${Math.round(p.peakMB)} MB` : '— (under 100 ms)'}`
            : '—';
        })} |`,
    ),
    '',
    '## Largest pages',
    '',
    ...runs.flatMap((r) => [
      `${r.entries} entries: ${r.largestPages.map((p) => `\`${p.path}\` ${kB(p.gzip)} gzip (${kB(p.raw)} raw)`).join(', ')}`,
      '',
    ]),
    `## JavaScript at start-up, per page type (${runs.at(-1)!.entries} entries)`,
    '',
    'Sum of the gzip sizes of the scripts a page loads when it opens: `<script src>`, island component and renderer modules, their static imports, and inline scripts. Code loaded on demand (the search UI and the Pagefind index, when search is opened) is not counted.',
    '',
    '| page type | pages | islands | HTML gzip (median / max) | JS gzip (heaviest page) | JS brotli | beyond the header trigger |',
    '|---|---:|---:|---:|---:|---:|---|',
    ...runs
      .at(-1)!
      .types.map(
        (t) =>
          `| \`${t.type}\` | ${t.pages} | ${t.islands} | ${kB(t.htmlGzipMedian)} / ${kB(t.htmlGzipMax)} | ${kB(t.jsGzipMax)} | ${kB(t.jsBrotliMax)} | ${t.extraFiles.length ? t.extraFiles.map((f) => `\`${f.replace(/^\/_astro\//, '')}\``).join(', ') : '—'} |`,
      ),
    '',
    '## Search speed',
    '',
    ...runs.flatMap((r) => searchSpeedMarkdown(r.search, `on the ${r.entries}-entry site`)),
    '## Budgets',
    '',
    '| budget | limit | actual | |',
    '|---|---|---|---|',
    ...budgets.map((b) => `| ${b.name} | ${b.limit} | ${b.actual} | ${b.pass ? 'pass' : '**FAIL**'} |`),
    '',
    `Pages that may run a script without an island: ${[...SCRIPT_PAGE_TYPES].join(', ')} (held to the island budget).`,
    '',
  ];
  return lines.join('\n');
}

const work = mkdtempSync(join(tmpdir(), 'academy-bench-'));
const runs: SizeReport[] = [];
let referenceNote = '';
try {
  let reference: Reference | undefined;
  if (WITH_REFERENCE) {
    const prepared = prepareReference(PROJECT);
    if ('error' in prepared) {
      referenceNote = `No reference build in this run: ${prepared.error}.`;
      console.warn(`! ${referenceNote}`);
    } else reference = prepared;
  }
  for (const size of SIZES) runs.push(await runSize(size, work, reference));
} finally {
  if (!KEEP) rmSync(work, { recursive: true, force: true });
  else console.log(`kept ${work}`);
}

const budgets = [
  ...checkBudgets(runs, BUDGETS),
  ...runs.flatMap((r) =>
    r.search.summary.map((x) => ({
      name: `search: first result, ${x.scenario}, ${r.entries} entries (${SLOW_4G.name.split(':')[0]})`,
      limit: `≤ ${SEARCH_BUDGET_MS / 1000} s (median)`,
      actual: x.median === null ? 'timed out' : `${(x.median / 1000).toFixed(2)} s`,
      pass: searchBudgetHolds([x]),
    })),
  ),
];
const gitHead = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).stdout.trim();
const machine = {
  date: new Date().toISOString().slice(0, 10),
  cpus: cpus().length,
  cpu: cpus()[0]?.model.trim() ?? 'unknown',
  memory: `${Math.round(totalmem() / 2 ** 30)} GiB`,
  freeMemoryAtStart: `${Math.round(freemem() / 2 ** 30)} GiB`,
  node: process.version,
  os: release(),
  commit: gitHead || 'unknown',
};
mkdirSync(OUT, { recursive: true });
const pass = budgets.every((b) => b.pass);
writeFileSync(
  join(OUT, 'report.json'),
  `${JSON.stringify({ machine, options: { sizes: SIZES, builds: BUILDS }, budgets: BUDGETS, pass, results: budgets, runs }, null, 2)}\n`,
);
writeFileSync(join(OUT, 'report.md'), markdown(runs, budgets, machine, referenceNote));
console.log(`\n${budgets.map((b) => `${b.pass ? '✓' : '✗'} ${b.name}: ${b.actual} (${b.limit})`).join('\n')}`);
console.log(`\nReport: ${join(OUT, 'report.md')}`);
process.exit(pass ? 0 : 1);
