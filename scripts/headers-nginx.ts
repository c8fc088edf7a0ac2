/**
 * `npm run headers:nginx [-- <dist>]`: prints the headers of `<dist>/_headers` (the built copy,
 * which carries the CSP hashes added after the build) as an nginx snippet to `include` inside a
 * `server { }` block. See README "Deploy".
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseHeadersFile } from '#scripts/lib/headers-file.ts';
import { nginxConfig } from '#scripts/lib/csp.ts';

const dist = resolve(parseArgs({ allowPositionals: true }).positionals[0] ?? 'dist');
const file = join(dist, '_headers');
if (!existsSync(file)) {
  console.error(`${file} not found: run npm run build first (the built copy carries the CSP hashes).`);
  process.exit(1);
}
process.stdout.write(nginxConfig(parseHeadersFile(readFileSync(file, 'utf8'))));
