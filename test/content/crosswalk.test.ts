/**
 * The crosswalk's references resolve: every row names an existing G7 practice or principle, and
 * every item a cell names exists in that cell's framework. Runs on the real content.
 */
import { describe, expect, it } from 'vitest';
import type { LoadedEntry } from '#scripts/qa/entries.ts';
import { validateContent } from '#scripts/qa/validate-content.ts';
import {
  crosswalkProblems,
  crosswalkTable,
  type CrosswalkFrameworkInput,
  type CrosswalkRowInput,
} from '#src/features/framework/framework.ts';
import { listEntryFiles, entryIdFromPath } from '#src/schemas/content-index.ts';

const { entries } = validateContent('content');
const of = (collection: string): LoadedEntry[] => entries.filter((e) => e.collection === collection);
const frameworks = of('crosswalk-frameworks').map(
  (f): CrosswalkFrameworkInput => ({
    id: f.id,
    title: String(f.data.title),
    items: f.data.items as CrosswalkFrameworkInput['items'],
  }),
);
const rows = of('crosswalk').map(
  (r): CrosswalkRowInput => ({
    id: r.id,
    practice: r.data.practice as string | undefined,
    principle: r.data.principle as string | undefined,
    cells: r.data.cells as CrosswalkRowInput['cells'],
  }),
);
// A practice or principle exists when its file does (its own validity is other tests' business).
const ids = (collection: string) => listEntryFiles(collection, 'content').map(entryIdFromPath);

describe('crosswalk content', () => {
  it('has frameworks and rows', () => {
    expect(frameworks.length).toBeGreaterThan(0);
    expect(rows.length).toBeGreaterThan(0);
  });

  it('has references that resolve (rows → practices/principles, cells → framework items)', () => {
    expect(crosswalkProblems(frameworks, rows, { practices: ids('practices'), principles: ids('principles') })).toEqual(
      [],
    );
  });

  it.each(rows.map((r) => [r.id, r] as const))('%s: every cell item exists in its framework', (_id, row) => {
    const items = new Map(frameworks.map((f) => [f.id, new Set(f.items.map((i) => i.id))]));
    for (const [fw, cell] of Object.entries(row.cells)) {
      expect(items.has(fw), `framework ${fw}`).toBe(true);
      for (const item of cell.items) expect(items.get(fw)!.has(item), `${fw}: ${item}`).toBe(true);
    }
  });

  it('names each G7 practice or principle at most once', () => {
    const targets = rows.map((r) => r.practice ?? r.principle);
    expect(new Set(targets).size).toBe(targets.length);
  });

  it('builds a table with one cell per framework and no missing items', () => {
    const table = crosswalkTable(frameworks, rows);
    expect(table).toHaveLength(rows.length);
    for (const row of table) {
      expect(row.cells).toHaveLength(frameworks.length);
      for (const cell of row.cells) expect(cell?.missing ?? []).toEqual([]);
    }
  });
});

describe('crosswalkProblems', () => {
  const fw: CrosswalkFrameworkInput[] = [
    { id: 'eu', title: 'EU', items: [{ id: 'a', code: 'A', label: 'Item A', source: 's' }] },
  ];
  const known = { practices: ['p1'], principles: ['q1'] };
  it('reports unknown items, frameworks, practices and principles', () => {
    const problems = crosswalkProblems(
      fw,
      [
        { id: 'r1', practice: 'p1', cells: { eu: { items: ['a', 'zz'], note: 'n', source: 's' } } },
        { id: 'r2', practice: 'nope', cells: { us: { items: [], note: 'n', source: 's' } } },
        { id: 'r3', principle: 'gone', cells: {} },
        { id: 'r4', cells: {} },
      ],
      known,
    );
    expect(problems).toEqual([
      'r1: "zz" is not an item of eu',
      'r2: no practice "nope"',
      'r2: no framework "us"',
      'r3: no principle "gone"',
      'r4: names no practice or principle',
    ]);
  });
  it('accepts a crosswalk that resolves', () => {
    expect(
      crosswalkProblems(
        fw,
        [{ id: 'r', principle: 'q1', cells: { eu: { items: ['a'], note: 'n', source: 's' } } }],
        known,
      ),
    ).toEqual([]);
  });
});
