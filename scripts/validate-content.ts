/**
 * `npm run validate [-- <content folder>]`: checks all content and exits 1 with one line per
 * problem (file, field, message). `npm run build` runs it first.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatProblem } from './qa/entries.ts';
import { validateContent } from './qa/validate-content.ts';

const root = resolve(parseArgs({ allowPositionals: true }).positionals[0] ?? 'content');
const started = performance.now();
const { problems, entries, translations, warnings } = validateContent(root, process.cwd());
if (problems.length > 0) {
  console.error(`Content validation failed: ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
  for (const p of problems) console.error(`  ✗ ${formatProblem(p)}`);
  process.exit(1);
}
const stale = translations.filter((t) => t.state === 'stale').length;
console.log(
  `Content valid: ${entries.length} entries and ${translations.length} translations (${stale} stale: npm run i18n:status) in ${Math.round(performance.now() - started)} ms`,
);
if (warnings.length > 0) {
  console.log(
    `${warnings.length} note${warnings.length === 1 ? '' : 's'} on stale translations (the parts concerned show in English):`,
  );
  for (const w of warnings) console.log(`  ! ${formatProblem(w)}`);
}
