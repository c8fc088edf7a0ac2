/**
 * `npm test [-- --skip-build]`: every test, in order: lint and format (Biome), the production build,
 * the type check (`astro check`), then the Vitest tiers (unit, content, dist) and the browser tests
 * (Playwright on Debian's chromium) against the built site. Ends with one line `N passed, N failed`
 * summing all of them (lint, build and type check count one each); exits non-zero if anything failed.
 * `--skip-build` reuses an existing `dist/`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { 'skip-build': { type: 'boolean', default: false } } });
let passed = 0;
let failed = 0;
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };

function run(label: string, command: string, args: string[]): boolean {
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
  const started = performance.now();
  const r = spawnSync(command, args, { stdio: 'inherit', env });
  console.log(`◀ ${label}: exit ${r.status} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return r.status === 0;
}

/** A step that counts as one test. */
function step(label: string, command: string, args: string[]): boolean {
  const ok = run(label, command, args);
  if (ok) passed += 1;
  else failed += 1;
  return ok;
}

/** A Vitest tier: its own passed and failed tests, from its JSON report. */
function vitestTier(tier: 'unit' | 'content' | 'dist'): void {
  const report = `test-results/${tier}.json`;
  run(tier, 'npx', [
    'vitest',
    'run',
    '--project',
    tier,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
  ]);
  try {
    const r = JSON.parse(readFileSync(report, 'utf8')) as {
      numPassedTests: number;
      numFailedTests: number;
      numTotalTestSuites: number;
      numFailedTestSuites: number;
    };
    passed += r.numPassedTests;
    // A file that fails to load has no failed test, only a failed suite: count it.
    failed += Math.max(r.numFailedTests, r.numFailedTestSuites > 0 && r.numFailedTests === 0 ? 1 : 0);
  } catch {
    failed += 1;
    console.log(`${tier}: no report (the run crashed)`);
  }
}

function finish(): never {
  console.log(`\n${passed} passed, ${failed} failed`);
  process.exit(failed > 0 ? 1 : 0);
}

rmSync('test-results', { recursive: true, force: true });
mkdirSync('test-results', { recursive: true });

step('lint', 'npm', ['run', 'lint']);
if (!values['skip-build'] || !existsSync('dist/index.html')) {
  if (!step('build', 'npm', ['run', 'build'])) finish();
}
// Type errors count as one failed test but stop nothing: the tests below still say what works.
step('types', 'npm', ['run', 'check']);
vitestTier('unit');
vitestTier('content');
vitestTier('dist');

run('browser', 'npx', ['playwright', 'test']);
try {
  const e2e = JSON.parse(readFileSync('test-results/e2e.json', 'utf8')) as {
    stats: { expected: number; unexpected: number; flaky: number };
  };
  passed += e2e.stats.expected + e2e.stats.flaky;
  failed += e2e.stats.unexpected;
} catch {
  failed += 1;
  console.log('browser: no report (the run crashed)');
}
finish();
