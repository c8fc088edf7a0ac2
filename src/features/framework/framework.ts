/**
 * Pure helpers of the knowledge-base pages (framework, practices, stakeholders, values, principles,
 * crosswalk, glossary): A–Z grouping, two-way relations and the crosswalk table
 * model. No Astro, no DOM: pages pass plain data in.
 */
import { INTL_LOCALE, type Locale } from '#src/lib/i18n/locale.ts';

/** The letter a title files under: its first letter without accents, upper case; "#" for anything else. */
export function letterOf(title: string): string {
  const first = title
    .trim()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .charAt(0)
    .toUpperCase();
  return /^[A-Z]$/.test(first) ? first : '#';
}

export const ALPHABET = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];

export interface LetterGroup<T> {
  letter: string;
  items: T[];
}

/**
 * Items grouped by letter, A–Z (then "#" when some titles start with something else), each group
 * sorted by title without regard to case or accents. Letters with no items are kept (empty), so a
 * jump list can show every letter and mark the empty ones.
 */
export function alphabetGroups<T extends { title: string }>(items: T[], locale: Locale = 'en'): LetterGroup<T>[] {
  const collator = new Intl.Collator(INTL_LOCALE[locale], { sensitivity: 'base', numeric: true });
  const sorted = [...items].sort((a, b) => collator.compare(a.title, b.title));
  const groups = ALPHABET.map((letter): LetterGroup<T> => ({ letter, items: [] }));
  const other: LetterGroup<T> = { letter: '#', items: [] };
  for (const item of sorted) {
    const letter = letterOf(item.title);
    (groups.find((g) => g.letter === letter) ?? other).items.push(item);
  }
  return other.items.length > 0 ? [...groups, other] : groups;
}

/**
 * Two-way relations: the ids an entry lists itself, then the ids of other entries that list it
 * (values name principles and principles name values; either side may be the only one to say so).
 */
export function relatedBothWays(
  selfId: string,
  ownList: readonly string[],
  others: readonly { id: string; list: readonly string[] }[],
): string[] {
  const out = [...ownList];
  for (const other of others) if (other.list.includes(selfId) && !out.includes(other.id)) out.push(other.id);
  return out;
}

/* ------------------------------------------------------------------------------------------------
 * Crosswalk
 * --------------------------------------------------------------------------------------------- */

export interface CrosswalkItem {
  id: string;
  code: string;
  label: string;
  source: string;
}
export interface CrosswalkFrameworkInput {
  id: string;
  title: string;
  items: CrosswalkItem[];
}
export interface CrosswalkRowInput {
  id: string;
  practice?: string | undefined;
  principle?: string | undefined;
  cells: Record<string, { items: string[]; note: string; source: string }>;
}

export interface CrosswalkCell {
  framework: string;
  items: CrosswalkItem[];
  /** Item ids the cell names that its framework does not have (a content error; validation stops these). */
  missing: string[];
  note: string;
  source: string;
}
export interface CrosswalkTableRow {
  id: string;
  kind: 'practice' | 'principle';
  /** The practice or principle id. */
  target: string;
  /** One cell per framework column, in column order; undefined where the row has no cell. */
  cells: (CrosswalkCell | undefined)[];
}

/** The table: one column per framework (in the order given), one row per crosswalk row (in the order given). */
export function crosswalkTable(frameworks: CrosswalkFrameworkInput[], rows: CrosswalkRowInput[]): CrosswalkTableRow[] {
  const items = new Map(frameworks.map((f) => [f.id, new Map(f.items.map((i) => [i.id, i]))]));
  return rows.map((row) => ({
    id: row.id,
    kind: row.practice ? 'practice' : 'principle',
    target: (row.practice ?? row.principle)!,
    cells: frameworks.map((f) => {
      const cell = row.cells[f.id];
      if (!cell) return undefined;
      const known = items.get(f.id)!;
      return {
        framework: f.id,
        items: cell.items.map((id) => known.get(id)).filter((i): i is CrosswalkItem => i !== undefined),
        missing: cell.items.filter((id) => !known.has(id)),
        note: cell.note,
        source: cell.source,
      };
    }),
  }));
}

/**
 * What is wrong with a crosswalk: a cell naming an item its framework does not have, a cell for an
 * unknown framework, a row naming no (or an unknown) practice or principle. Empty when all resolve.
 */
export function crosswalkProblems(
  frameworks: CrosswalkFrameworkInput[],
  rows: CrosswalkRowInput[],
  known: { practices: Iterable<string>; principles: Iterable<string> },
): string[] {
  const practices = new Set(known.practices);
  const principles = new Set(known.principles);
  const items = new Map(frameworks.map((f) => [f.id, new Set(f.items.map((i) => i.id))]));
  const out: string[] = [];
  for (const row of rows) {
    if (row.practice && row.principle) out.push(`${row.id}: names both a practice and a principle`);
    else if (row.practice && !practices.has(row.practice)) out.push(`${row.id}: no practice "${row.practice}"`);
    else if (row.principle && !principles.has(row.principle)) out.push(`${row.id}: no principle "${row.principle}"`);
    else if (!row.practice && !row.principle) out.push(`${row.id}: names no practice or principle`);
    for (const [fw, cell] of Object.entries(row.cells)) {
      const have = items.get(fw);
      if (!have) {
        out.push(`${row.id}: no framework "${fw}"`);
        continue;
      }
      for (const item of cell.items) if (!have.has(item)) out.push(`${row.id}: "${item}" is not an item of ${fw}`);
    }
  }
  return out;
}
