/**
 * `node scripts/build/offline-files.ts [dist]`: the last step of `npm run build`. Writes what the offline
 * copy needs (see src/features/offline/offline.ts):
 * - `<dist>/sw.js`: the service worker, bundled from src/features/offline/service-worker.ts;
 * - `<dist>/offline-manifest.json`: every file of the finished site that a reader can save, with the
 *   language each belongs to (or 'shared'), a version hash, and for each language the size and
 *   version of the copy a reader saves from that language's /offline/ page. It runs after the
 *   search index so that the index is part of the copy.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { listFiles } from '#scripts/lib/dist-files.ts';
import { formatBytes } from '#src/lib/i18n/format.ts';
import { LOCALES } from '#src/lib/i18n/locale.ts';
import { buildManifest, copyOf, MANIFEST_URL, offlinePathOf, WORKER_URL } from '#src/features/offline/offline.ts';
import { phase } from '#scripts/lib/phase.ts';

phase('offline manifest + service worker');

const dist = resolve(parseArgs({ allowPositionals: true }).positionals[0] ?? 'dist');
if (!existsSync(join(dist, 'index.html'))) {
  console.error(`${dist}/index.html not found: run astro build first (npm run build runs every step).`);
  process.exit(1);
}

await build({
  entryPoints: [join(import.meta.dirname, '../../src/features/offline/service-worker.ts')],
  outfile: join(dist, WORKER_URL),
  bundle: true,
  format: 'iife',
  target: 'es2022',
  minify: true,
  legalComments: 'none',
  logLevel: 'error',
});

const files = [];
for (const file of listFiles(dist)) {
  const path = offlinePathOf(file);
  if (path === undefined) continue;
  const data = readFileSync(join(dist, file));
  files.push({ path, bytes: data.length, hash: createHash('sha256').update(data).digest('hex') });
}
const manifest = await buildManifest(files, new Date());
writeFileSync(join(dist, MANIFEST_URL), `${JSON.stringify(manifest)}\n`);
const perLanguage = LOCALES.map((l) => {
  const copy = copyOf(manifest, l);
  return `${l} ${copy.files} files (${formatBytes(copy.bytes, 'en')})`;
});
console.log(
  `[offline] a reader saves one language for offline use: ${perLanguage.join(', ')}; ${manifest.files.length} files (${formatBytes(manifest.bytes, 'en')}) in all; version ${manifest.version}`,
);
