/**
 * `npm run validate [-- <content folder>]`: checks all content and exits 1 with one line per
 * problem (file, field, message) and, for common mistakes, a suggested fix. `npm run build` runs it
 * first. Drafts (`content/_drafts/`, written by `npm run new`) are checked too and listed apart: they
 * are not published, so their problems do not fail the run.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatProblem } from './qa/entries.ts';
import { validateContent } from './qa/validate-content.ts';

const root = resolve(parseArgs({ allowPositionals: true }).positionals[0] ?? 'content');
const started = performance.now();
const { problems, entries, drafts, translations, warnings } = validateContent(root, process.cwd());
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

if (drafts.entries.length > 0 || drafts.problems.length > 0) {
  console.log(
    `Drafts (content/_drafts/, not published): ${plural(drafts.entries.length, 'valid draft')}, ${plural(drafts.problems.length, 'problem')}`,
  );
  for (const p of drafts.problems) console.log(`  ✗ ${formatProblem(p)}`);
}
if (problems.length > 0) {
  console.error(`Content validation failed: ${plural(problems.length, 'problem')}`);
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
