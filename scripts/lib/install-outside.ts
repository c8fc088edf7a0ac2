/**
 * Tools the project measures itself with but does not depend on (Lighthouse, the benchmark's
 * Starlight reference) are installed on first use into a cache folder outside the project, and
 * reused after. Needs the npm registry once.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Installs `packages` (`name@version`) into `dir`, unless `probe` (a path inside `dir`) is already
 * there. True when it is there afterwards.
 */
export function installOutside(dir: string, packages: readonly string[], probe: string): boolean {
  if (existsSync(join(dir, probe))) return true;
  console.log(`Installing ${packages.join(', ')} into ${dir} (once; not a project dependency)…`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), '{ "private": true, "type": "module" }\n');
  // npm under the same Node as the caller (Node 24 via npm run), so that engines resolve alike.
  const npmCli = process.env.npm_execpath;
  const [cmd, pre] = npmCli?.endsWith('.js') ? [process.execPath, [npmCli]] : ['npm', []];
  const r = spawnSync(cmd, [...pre, 'install', '--no-audit', '--no-fund', '--ignore-scripts', ...packages], {
    cwd: dir,
    stdio: 'inherit',
  });
  return r.status === 0 && existsSync(join(dir, probe));
}
