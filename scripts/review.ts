/**
 * `npm run review [-- --today YYYY-MM-DD] [--days 30] [--strict]`: lists the content entries past
 * their review date and those due within the next 30 days, soonest first, with the file to open.
 * A review means checking the WHOLE entry against its sources, then setting `lastReviewed` to that
 * day (content/README.md); a change note is not a review. `--strict` exits 1 when any is overdue.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatProblem } from './qa/entries.ts';
import { reviewList } from './qa/review.ts';
import { validateContent } from './qa/validate-content.ts';

const { values } = parseArgs({
  options: {
    today: { type: 'string' },
    days: { type: 'string', default: '30' },
    strict: { type: 'boolean', default: false },
  },
});
const today = values.today ?? new Date().toISOString().slice(0, 10);
if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) {
  console.error('--today must be a date written YYYY-MM-DD');
  process.exit(2);
}
const days = Number(values.days);
const { problems, entries } = validateContent(resolve('content'), process.cwd());
for (const p of problems) console.error(`  ! ${formatProblem(p)}`);
const rows = reviewList(entries, today, days);
const overdue = rows.filter((r) => r.state === 'overdue');
const soon = rows.filter((r) => r.state === 'due-soon');
const show = (title: string, list: typeof rows) => {
  console.log(`${title}: ${list.length}`);
  for (const r of list) console.log(`  ${r.nextReview}  (last reviewed ${r.lastReviewed})  ${r.file}`);
};
console.log(`Review dates on ${today} (${entries.length} entries)`);
show('Past their review date', overdue);
show(`Due within ${days} days`, soon);
if (values.strict && overdue.length > 0) process.exit(1);
