/**
 * The policy timeline as pure data: ordering and grouping milestones, the geometry of the build-time
 * SVG chart, and the jurisdiction filter (its address form and which milestones it keeps). The
 * /timeline/ page, its filter island and the jurisdiction pages use it. No DOM, no Astro.
 *
 * Filter in the address: `/timeline/?j=canada&j=g7` — `j` repeats; a value is a jurisdiction id or
 * a scope (`g7`, `international`) for milestones that belong to no single jurisdiction. Unknown
 * values are ignored; no `j` shows every milestone.
 */

import { compareText } from '#src/lib/i18n/format.ts';
import { DEFAULT_LOCALE, type Locale } from '#src/lib/i18n/locale.ts';

export interface MilestoneLike {
  id: string;
  title: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  date: string;
  jurisdiction?: string | undefined;
  scope: 'national' | 'g7' | 'international';
}

/** The filter key of a milestone: its jurisdiction, or its scope when it has none. */
export function filterKey(m: Pick<MilestoneLike, 'jurisdiction' | 'scope'>): string {
  return m.jurisdiction ?? m.scope;
}

/** Oldest first; same date by title. A year-only date sorts before the months of that year. */
export function sortMilestones<M extends MilestoneLike>(
  milestones: M[],
  newestFirst = false,
  locale: Locale = DEFAULT_LOCALE,
): M[] {
  const compare = compareText(locale);
  const sorted = [...milestones].sort((a, b) => a.date.localeCompare(b.date) || compare(a.title, b.title));
  return newestFirst ? sorted.reverse() : sorted;
}

export interface YearGroup<M> {
  year: number;
  items: M[];
}

/** Milestones grouped by year, years ascending, items oldest first. */
export function groupByYear<M extends MilestoneLike>(milestones: M[], locale: Locale = DEFAULT_LOCALE): YearGroup<M>[] {
  const groups = new Map<number, M[]>();
  for (const m of sortMilestones(milestones, false, locale)) {
    const year = Number(m.date.slice(0, 4));
    const items = groups.get(year);
    if (items) items.push(m);
    else groups.set(year, [m]);
  }
  return [...groups].sort(([a], [b]) => a - b).map(([year, items]) => ({ year, items }));
}

/**
 * A partial date as a fractional year for placing a dot: month and day move it within the year;
 * a year-only date sits in the middle of its year.
 */
export function fractionalYear(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  if (m === undefined || Number.isNaN(m)) return y! + 0.5;
  return y! + (m - 1) / 12 + ((d ?? 15) - 1) / 366;
}

export interface ChartRow {
  /** A filter key: jurisdiction id or scope. */
  key: string;
  label: string;
}

export interface ChartLayout {
  width: number;
  height: number;
  /** Where the plot starts (after the row labels) and ends. */
  plotLeft: number;
  plotRight: number;
  /** Width of one year on the x axis. */
  yearWidth: number;
  axisY: number;
  years: { year: number; x: number }[];
  rows: (ChartRow & { y: number; count: number })[];
  dots: { id: string; title: string; date: string; x: number; y: number }[];
}

export interface ChartOptions {
  labelWidth?: number;
  yearWidth?: number;
  rowHeight?: number;
  top?: number;
  bottom?: number;
}

/** Places one dot per milestone: x from its date, y from its row. Rows without milestones are left out. */
export function chartLayout(milestones: MilestoneLike[], rows: ChartRow[], options: ChartOptions = {}): ChartLayout {
  const { labelWidth = 170, yearWidth = 64, rowHeight = 26, top = 12, bottom = 36 } = options;
  const counts = new Map<string, number>();
  for (const m of milestones) counts.set(filterKey(m), (counts.get(filterKey(m)) ?? 0) + 1);
  const used = rows.filter((r) => (counts.get(r.key) ?? 0) > 0);
  const yearsOf = milestones.map((m) => Number(m.date.slice(0, 4)));
  const first = yearsOf.length ? Math.min(...yearsOf) : new Date().getUTCFullYear();
  const last = yearsOf.length ? Math.max(...yearsOf) : first;
  const span = last - first + 1;
  const plotLeft = labelWidth;
  const plotRight = labelWidth + span * yearWidth;
  const xOf = (fy: number) => plotLeft + (fy - first) * yearWidth;
  const rowsOut = used.map((r, i) => ({ ...r, y: top + rowHeight * i + rowHeight / 2, count: counts.get(r.key) ?? 0 }));
  const yOf = new Map(rowsOut.map((r) => [r.key, r.y]));
  const axisY = top + rowHeight * used.length + 4;
  return {
    width: plotRight + 16,
    height: axisY + bottom,
    plotLeft,
    plotRight,
    yearWidth,
    axisY,
    years: Array.from({ length: span }, (_, i) => ({ year: first + i, x: xOf(first + i) })),
    rows: rowsOut,
    dots: milestones
      .filter((m) => yOf.has(filterKey(m)))
      .map((m) => ({
        id: m.id,
        title: m.title,
        date: m.date,
        x: xOf(fractionalYear(m.date)),
        y: yOf.get(filterKey(m))!,
      })),
  };
}

/** Reads the filter from a query string: known keys only, each once, in the order given. */
export function parseTimelineFilter(query: string | URLSearchParams, known: Iterable<string>): string[] {
  const params =
    typeof query === 'string' ? new URLSearchParams(query.startsWith('?') ? query.slice(1) : query) : query;
  const ok = new Set(known);
  return [...new Set(params.getAll('j'))].filter((k) => ok.has(k));
}

/** Writes the filter as a query string without "?" (empty when nothing is picked). */
export function serialiseTimelineFilter(keys: string[]): string {
  const params = new URLSearchParams();
  for (const k of keys) params.append('j', k);
  return params.toString();
}

/** Whether a milestone shows under the filter (an empty filter shows everything). */
export function matchesFilter(key: string, selected: readonly string[]): boolean {
  return selected.length === 0 || selected.includes(key);
}
