/**
 * `node scripts/build/index-search.ts [dist]`: the second step of `npm run build`. Indexes the `<main>` of
 * every page of the built site with Pagefind and writes the index to `<dist>/pagefind/`.
 *
 * Why a step of its own rather than an Astro hook: Pagefind works in a process of its own, and
 * inside the build hook it ran while Astro still held the whole build in memory; the two peaks
 * added up (3.3 GB at 5,000 entries). Run after Astro has exited, the build's peak is the larger of
 * the two, not their sum (test/bench/report.md).
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as pagefind from 'pagefind';
import { phase } from '#scripts/lib/phase.ts';

phase('Pagefind index');

const dist = resolve(parseArgs({ allowPositionals: true }).positionals[0] ?? 'dist');
if (!existsSync(join(dist, 'index.html'))) {
  console.error(`${dist}/index.html not found: run astro build first (npm run build runs both steps).`);
  process.exit(1);
}

const started = performance.now();
const { index, errors } = await pagefind.createIndex({});
if (!index) {
  console.error(`Pagefind could not start: ${errors.join('; ')}`);
  process.exit(1);
}
const added = await index.addDirectory({ path: dist });
if (added.errors.length > 0) {
  console.error(`Pagefind: ${added.errors.join('; ')}`);
  await pagefind.close();
  process.exit(1);
}
const written = await index.writeFiles({ outputPath: join(dist, 'pagefind') });
await pagefind.close();
if (written.errors.length > 0) {
  console.error(`Pagefind: ${written.errors.join('; ')}`);
  process.exit(1);
}
// The benchmark reads this line (scripts/bench.ts).
console.log(
  `[search-index] pagefind: ${added.page_count} pages indexed in ${Math.round(performance.now() - started)} ms`,
);
