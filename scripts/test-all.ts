/**
 * `npm test`: every test, in order — content validation and the production build, the type check
 * (`astro check`), unit tests (Vitest), then browser tests (Playwright on Debian's chromium) against
 * the built site. Ends with one line `N passed, N failed` summing all suites; exits non-zero if
 * anything failed. `npm test -- --skip-build` reuses an existing `dist/`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const skipBuild = process.argv.includes('--skip-build');
let passed = 0;
let failed = 0;
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', VITEST_JSON: '1' };

function run(label: string, command: string, args: string[]): number {
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
  const started = performance.now();
  const r = spawnSync(command, args, { stdio: 'inherit', env });
  console.log(`◀ ${label}: exit ${r.status} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return r.status ?? 1;
}

rmSync('test-results', { recursive: true, force: true });
mkdirSync('test-results', { recursive: true });

if (!skipBuild || !existsSync('dist/index.html')) {
  const status = run('build', 'npm', ['run', 'build']);
  if (status === 0) passed += 1;
  else {
    failed += 1;
    console.log(`\n${passed} passed, ${failed} failed`);
    process.exit(1);
  }
}

// Type errors count as one failed test but stop nothing: the tests below still say what works.
if (run('types', 'npm', ['run', 'check']) === 0) passed += 1;
else failed += 1;

run('unit', 'npx', ['vitest', 'run']);
try {
  const unit = JSON.parse(readFileSync('test-results/unit.json', 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
  };
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
} catch {
  failed += 1;
  console.log('unit: no report (the run crashed)');
}

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

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
