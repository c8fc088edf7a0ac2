/**
 * `npm run lighthouse [-- --strict] [--base http://host:port]`: mobile Lighthouse (its default:
 * Moto G-class device, simulated slow 4G and 4× CPU slowdown) on the home page, a jurisdiction
 * page, a training module with its quiz and /compare/, against the built site served by
 * scripts/serve.ts (so with the headers of `_headers`). Pages that do not exist yet are skipped with
 * a note. Writes test/bench/lighthouse.json and test/bench/lighthouse.md. Target: 100 in every
 * category; `--strict` exits 1 below it.
 *
 * Lighthouse (about 110 packages) is kept OUT of the project's dependencies: it is installed on
 * first use into a cache folder (LIGHTHOUSE_DIR, default <tmp>/academy-lighthouse) and reused.
 * Needs network access to the npm registry once, and chromium (CHROME_PATH, default /usr/bin/chromium).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { listFiles } from '#scripts/lib/dist-files.ts';
import { sitePathOfFile } from '#src/lib/served-path.ts';
import { CHROMIUM_ARGS } from './lib/chromium.ts';
import { installOutside } from './lib/install-outside.ts';

const LIGHTHOUSE_VERSION = '13';
const { values: args } = parseArgs({
  options: {
    strict: { type: 'boolean', default: false },
    dist: { type: 'string', default: 'dist' },
    out: { type: 'string', default: 'test/bench' },
    base: { type: 'string' },
  },
});
const STRICT = args.strict;
const DIST = resolve(args.dist);
const OUT = resolve(args.out);
const LH_DIR = resolve(process.env.LIGHTHOUSE_DIR ?? join(tmpdir(), 'academy-lighthouse'));
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

function fail(message: string): never {
  console.error(`✗ ${message}`);
  process.exit(1);
}

if (!existsSync(join(DIST, 'index.html'))) fail(`${DIST}/index.html not found: run npm run build first.`);
if (!existsSync(CHROME)) fail(`chromium not found at ${CHROME}: apt-get install chromium (or set CHROME_PATH).`);

// ─── Lighthouse, installed on demand outside the project ──────────────────────────────────────
const cli = join(LH_DIR, 'node_modules/lighthouse/cli/index.js');
if (!installOutside(LH_DIR, [`lighthouse@${LIGHTHOUSE_VERSION}`], 'node_modules/lighthouse/cli/index.js'))
  fail(`could not install lighthouse into ${LH_DIR}`);

// ─── the pages ────────────────────────────────────────────────────────────────────────────────
interface Target {
  label: string;
  path?: string;
  note?: string;
}
const html = listFiles(DIST, '.html');
const firstPage = (prefix: string, test: (text: string) => boolean = () => true, prefer?: string) => {
  const candidates = html.filter(
    (f) => f.startsWith(prefix) && f.split('/').length === prefix.split('/').length + 1 && f.endsWith('/index.html'),
  );
  const ordered = prefer ? [...candidates.filter((f) => f.includes(`/${prefer}/`)), ...candidates] : candidates;
  const file = ordered.find((f) => test(readFileSync(join(DIST, f), 'utf8')));
  return file ? sitePathOfFile(file) : undefined;
};
const exists = (path: string) => existsSync(join(DIST, path, 'index.html'));
const targets: Target[] = [
  { label: 'Home', path: '/' },
  {
    label: 'A jurisdiction',
    ...(firstPage('jurisdictions/', () => true, 'canada')
      ? { path: firstPage('jurisdictions/', () => true, 'canada')! }
      : { note: 'no /jurisdictions/<id>/ page in the build yet' }),
  },
  {
    label: 'A module with its quiz',
    ...(firstPage('training/', (t) => /\bid="quiz"/.test(t), 'why-it-matters')
      ? { path: firstPage('training/', (t) => /\bid="quiz"/.test(t), 'why-it-matters')! }
      : { note: 'no /training/<module>/ page with a quiz (id="quiz") in the build yet' }),
  },
  { label: 'Compare', ...(exists('compare') ? { path: '/compare/' } : { note: 'no /compare/ page in the build yet' }) },
];

// ─── a local server with the site's own headers ───────────────────────────────────────────────
async function freePort(): Promise<number> {
  return new Promise((done) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => done(port));
    });
  });
}

let server: ChildProcess | undefined;
let base = args.base;
if (!base) {
  const port = await freePort();
  server = spawn(process.execPath, ['scripts/serve.ts', DIST], {
    env: { ...process.env, PORT: String(port) },
    stdio: 'ignore',
  });
  base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 50; i += 1) {
    if (
      await fetch(`${base}/`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    await new Promise((r) => setTimeout(r, 100));
  }
}

interface AuditSummary {
  id: string;
  title: string;
  score: number | null;
  displayValue?: string;
}
interface PageResult {
  label: string;
  path?: string;
  note?: string;
  scores?: Record<(typeof CATEGORIES)[number], number>;
  metrics?: Record<string, string>;
  /** Audits below full marks that count towards a category score. */
  issues?: Record<string, AuditSummary[]>;
}

interface LhReport {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<
    string,
    {
      id: string;
      title: string;
      score: number | null;
      scoreDisplayMode: string;
      displayValue?: string;
      numericValue?: number;
    }
  >;
}

const results: PageResult[] = [];
const work = mkdtempSync(join(tmpdir(), 'academy-lh-'));
try {
  for (const t of targets) {
    if (!t.path) {
      console.log(`– ${t.label}: skipped (${t.note})`);
      results.push({ label: t.label, ...(t.note ? { note: t.note } : {}) });
      continue;
    }
    const url = new URL(t.path, base).href;
    const out = join(work, 'report.json');
    console.log(`▶ ${t.label}: ${url}`);
    const lighthouse = () =>
      spawnSync(
        process.execPath,
        [
          cli,
          url,
          '--output=json',
          `--output-path=${out}`,
          '--quiet',
          `--only-categories=${CATEGORIES.join(',')}`,
          `--chrome-flags=${CHROMIUM_ARGS.join(' ')}`,
        ],
        { env: { ...process.env, CHROME_PATH: CHROME }, encoding: 'utf8', timeout: 180_000 },
      );
    // A run now and then fails to start or to connect to chromium: one retry.
    let r = lighthouse();
    if (r.status !== 0 || !existsSync(out)) {
      console.log('  Lighthouse failed; retrying once');
      r = lighthouse();
    }
    if (r.status !== 0 || !existsSync(out)) {
      console.error(r.stderr?.slice(-2000));
      results.push({ label: t.label, path: t.path, note: `Lighthouse failed (exit ${r.status})` });
      continue;
    }
    const report = JSON.parse(readFileSync(out, 'utf8')) as LhReport;
    rmSync(out);
    const scores = Object.fromEntries(
      CATEGORIES.map((c) => [c, Math.round((report.categories[c]?.score ?? 0) * 100)]),
    ) as Record<(typeof CATEGORIES)[number], number>;
    const metric = (id: string) => report.audits[id]?.displayValue ?? 'n/a';
    const issues: Record<string, AuditSummary[]> = {};
    for (const c of CATEGORIES) {
      const list = (report.categories[c]?.auditRefs ?? [])
        .map((ref) => report.audits[ref.id])
        .filter(
          (a): a is NonNullable<typeof a> =>
            !!a &&
            a.score !== null &&
            a.score < 1 &&
            ['binary', 'numeric', 'metricSavings'].includes(a.scoreDisplayMode),
        )
        .map((a) => ({
          id: a.id,
          title: a.title,
          score: a.score,
          ...(a.displayValue ? { displayValue: a.displayValue } : {}),
        }));
      if (list.length > 0) issues[c] = list;
    }
    results.push({
      label: t.label,
      path: t.path,
      scores,
      metrics: {
        FCP: metric('first-contentful-paint'),
        LCP: metric('largest-contentful-paint'),
        TBT: metric('total-blocking-time'),
        CLS: metric('cumulative-layout-shift'),
        'Speed Index': metric('speed-index'),
      },
      issues,
    });
    console.log(`  ${CATEGORIES.map((c) => `${c} ${scores[c]}`).join(' · ')}`);
  }
} finally {
  server?.kill();
  rmSync(work, { recursive: true, force: true });
}

// ─── the report ───────────────────────────────────────────────────────────────────────────────
const version = JSON.parse(readFileSync(join(LH_DIR, 'node_modules/lighthouse/package.json'), 'utf8'))
  .version as string;
const chromeVersion = spawnSync(CHROME, ['--version'], { encoding: 'utf8' }).stdout.trim();
const measured = results.filter((r) => r.scores);
const allFull = measured.every((r) => CATEGORIES.every((c) => r.scores![c] === 100));
mkdirSync(OUT, { recursive: true });
writeFileSync(
  join(OUT, 'lighthouse.json'),
  `${JSON.stringify({ date: new Date().toISOString().slice(0, 10), lighthouse: version, chrome: chromeVersion, formFactor: 'mobile', results }, null, 2)}\n`,
);
const md = [
  '# Lighthouse (mobile)',
  '',
  `Generated by \`npm run lighthouse\` on ${new Date().toISOString().slice(0, 10)} with Lighthouse ${version} and ${chromeVersion}: mobile emulation, simulated slow 4G and 4× CPU slowdown, against the built site served by scripts/serve.ts with the headers of _headers. Target: 100 everywhere.`,
  '',
  '| page | performance | accessibility | best practices | SEO | FCP | LCP | TBT | CLS |',
  '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
  ...results.map((r) =>
    r.scores
      ? `| ${r.label} (\`${r.path}\`) | ${r.scores.performance} | ${r.scores.accessibility} | ${r.scores['best-practices']} | ${r.scores.seo} | ${r.metrics!.FCP} | ${r.metrics!.LCP} | ${r.metrics!.TBT} | ${r.metrics!.CLS} |`
      : `| ${r.label}${r.path ? ` (\`${r.path}\`)` : ''} | skipped: ${r.note} | | | | | | | |`,
  ),
  '',
  ...(measured.some((r) => Object.keys(r.issues ?? {}).length > 0)
    ? ['Audits below full marks (most are insights that do not lower the score):', '']
    : []),
  ...measured.flatMap((r) =>
    Object.entries(r.issues ?? {}).map(
      ([c, list]) =>
        `- ${r.label}, ${c}: ${list.map((a) => `${a.title}${a.displayValue ? ` (${a.displayValue})` : ''}`).join('; ')}`,
    ),
  ),
  '',
].join('\n');
writeFileSync(join(OUT, 'lighthouse.md'), md);
console.log(`\n${md}`);
if (STRICT && !allFull) process.exit(1);
