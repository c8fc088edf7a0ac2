/**
 * The comparison of national practices: jurisdictions × dimensions, as pure data, and its compact
 * form for island props. The /compare/ page, the picker island, the jurisdiction pages and
 * `/data/comparison.csv` all build on this module, so a cell is read the same way everywhere.
 * No DOM, no Astro. The picker's view is in view.ts, the downloads in export.ts.
 */
import { splitIntoParts } from '#src/lib/parts.ts';
import { compareText } from '#src/lib/i18n/format.ts';
import { DEFAULT_LOCALE, type Locale } from '#src/lib/i18n/locale.ts';

/** The fixed scale of a cell, in display order (mirrors `COMPARISON_VALUES` in the schema). */
export const COMPARE_VALUES = ['yes', 'partial', 'no', 'unknown'] as const;
export type CompareValue = (typeof COMPARE_VALUES)[number];

/** The symbol shown (aria-hidden) before each value's word. */
export const VALUE_SYMBOLS: Record<CompareValue, string> = { yes: '✓', partial: '◐', no: '✗', unknown: '?' };

/** How many jurisdictions a picked view compares at least (at most: all of them). */
export const MIN_PICK = 2;

/** One cell of the matrix. `sourceUrl` is the cited document's address when it is known. */
export interface Cell {
  value: CompareValue;
  note: string;
  source: string;
  sourceUrl?: string | undefined;
  lastVerified: string;
  /** The day the cell's value last changed. */
  changed?: string | undefined;
  /** Ids of the tracker's instruments the cell rests on (titles in `Matrix.instruments`). */
  instruments?: string[] | undefined;
}

export interface MatrixJurisdiction {
  id: string;
  title: string;
  code: string;
  g7: boolean;
}

export interface MatrixDimension {
  id: string;
  title: string;
  order: number;
}

/** Jurisdictions (G7 first, then by name) × dimensions (by `order`); a missing cell is `null`. */
export interface Matrix {
  jurisdictions: MatrixJurisdiction[];
  dimensions: MatrixDimension[];
  /** jurisdiction id → dimension id → cell. */
  cells: Record<string, Record<string, Cell | null>>;
  /** instrument id → title, for the instruments the cells name (links to /tracker/<id>/). */
  instruments?: Record<string, string> | undefined;
}

/** The smallest shape of a content entry this module reads (works with `CollectionEntry` too). */
export interface EntryLike<D> {
  id: string;
  data: D;
}

export interface JurisdictionData {
  title: string;
  code: string;
  g7?: boolean | undefined;
  comparison: Record<
    string,
    {
      value: CompareValue;
      note: string;
      source: string;
      lastVerified: string;
      changed?: string | undefined;
      instruments?: string[] | undefined;
    }
  >;
}

export interface DimensionData {
  title: string;
  order: number;
}

/** G7 members first, then the rest, each group by name. */
export function compareJurisdictions(a: { g7: boolean; title: string }, b: { g7: boolean; title: string }): number {
  return jurisdictionOrder(DEFAULT_LOCALE)(a, b);
}

/** G7 members (and the EU) first, then by name in the locale's order. */
export function jurisdictionOrder(
  locale: Locale,
): (a: { g7: boolean; title: string }, b: { g7: boolean; title: string }) => number {
  const compare = compareText(locale);
  return (a, b) => Number(b.g7) - Number(a.g7) || compare(a.title, b.title);
}

/**
 * Builds the matrix from content entries; `sourceUrls` (source id → url) fills `Cell.sourceUrl`,
 * `instrumentTitles` (instrument id → title) the titles of the instruments the cells name.
 */
export function buildMatrix(
  jurisdictions: EntryLike<JurisdictionData>[],
  dimensions: EntryLike<DimensionData>[],
  sourceUrls: ReadonlyMap<string, string> = new Map(),
  instrumentTitles: ReadonlyMap<string, string> = new Map(),
  locale: Locale = DEFAULT_LOCALE,
): Matrix {
  const js = jurisdictions
    .map((j) => ({ id: j.id, title: j.data.title, code: j.data.code, g7: j.data.g7 ?? false }))
    .sort(jurisdictionOrder(locale));
  const compare = compareText(locale);
  const ds = dimensions
    .map((d) => ({ id: d.id, title: d.data.title, order: d.data.order }))
    .sort((a, b) => a.order - b.order || compare(a.title, b.title));
  const cells: Matrix['cells'] = {};
  const named = new Set<string>();
  for (const j of jurisdictions) {
    const row: Record<string, Cell | null> = {};
    for (const d of ds) {
      const c = j.data.comparison[d.id];
      if (!c) {
        row[d.id] = null;
        continue;
      }
      const url = sourceUrls.get(c.source);
      row[d.id] = {
        value: c.value,
        note: c.note,
        source: c.source,
        ...(url ? { sourceUrl: url } : {}),
        lastVerified: c.lastVerified,
        ...(c.changed ? { changed: c.changed } : {}),
        ...(c.instruments?.length ? { instruments: [...c.instruments] } : {}),
      };
      for (const id of c.instruments ?? []) named.add(id);
    }
    cells[j.id] = row;
  }
  const instruments = Object.fromEntries(
    [...named].filter((id) => instrumentTitles.has(id)).map((id) => [id, instrumentTitles.get(id)!]),
  );
  return { jurisdictions: js, dimensions: ds, cells, ...(named.size ? { instruments } : {}) };
}

export function cellOf(matrix: Matrix, jurisdiction: string, dimension: string): Cell | null {
  return matrix.cells[jurisdiction]?.[dimension] ?? null;
}

/** How many cells of one jurisdiction have each value (missing cells are not counted). */
export function countValues(matrix: Matrix, jurisdiction: string): Record<CompareValue, number> {
  const counts: Record<CompareValue, number> = { yes: 0, partial: 0, no: 0, unknown: 0 };
  for (const d of matrix.dimensions) {
    const c = cellOf(matrix, jurisdiction, d.id);
    if (c) counts[c.value] += 1;
  }
  return counts;
}

// Compact form, for island props

/**
 * The matrix as one compact JSON string: arrays instead of objects, each source url once. Island
 * props are serialised into an HTML attribute with every key and quote escaped; this keeps the
 * picker's copy of the 200-odd cells to a fraction of the size. `unpackMatrix` restores it exactly.
 */
export function packMatrix(matrix: Matrix): string {
  const urls: Record<string, string> = {};
  const cells = matrix.jurisdictions.map((j) =>
    matrix.dimensions.map((d) => {
      const c = cellOf(matrix, j.id, d.id);
      if (!c) return null;
      if (c.sourceUrl) urls[c.source] = c.sourceUrl;
      return [c.value, c.note, c.source, c.lastVerified, c.changed ?? '', c.instruments ?? []];
    }),
  );
  return JSON.stringify({
    j: matrix.jurisdictions.map((j) => [j.id, j.title, j.code, j.g7 ? 1 : 0]),
    d: matrix.dimensions.map((d) => [d.id, d.title, d.order]),
    u: urls,
    c: cells,
    ...(matrix.instruments ? { i: matrix.instruments } : {}),
  });
}

/**
 * Only the jurisdictions and dimensions of a matrix, packed like packMatrix: what the picker needs
 * to draw its controls before its data arrives (unpackMatrix gives every cell as missing).
 */
export function packIndex(matrix: Matrix): string {
  return JSON.stringify({
    j: matrix.jurisdictions.map((j) => [j.id, j.title, j.code, j.g7 ? 1 : 0]),
    d: matrix.dimensions.map((d) => [d.id, d.title, d.order]),
    u: {},
    c: [],
  });
}

export function unpackMatrix(packed: string): Matrix {
  const p = JSON.parse(packed) as {
    j: [string, string, string, number][];
    d: [string, string, number][];
    u: Record<string, string>;
    c: ([CompareValue, string, string, string, string?, string[]?] | null)[][];
    i?: Record<string, string>;
  };
  const jurisdictions = p.j.map(([id, title, code, g7]) => ({ id, title, code, g7: g7 === 1 }));
  const dimensions = p.d.map(([id, title, order]) => ({ id, title, order }));
  const cells: Matrix['cells'] = {};
  jurisdictions.forEach((j, ji) => {
    cells[j.id] = Object.fromEntries(
      dimensions.map((d, di) => {
        const c = p.c[ji]?.[di];
        if (!c) return [d.id, null];
        const [value, note, source, lastVerified, changed, instruments] = c;
        const url = p.u[source];
        return [
          d.id,
          {
            value,
            note,
            source,
            ...(url ? { sourceUrl: url } : {}),
            lastVerified,
            ...(changed ? { changed } : {}),
            ...(instruments?.length ? { instruments } : {}),
          },
        ];
      }),
    );
  });
  return { jurisdictions, dimensions, cells, ...(p.i ? { instruments: p.i } : {}) };
}

/** Up to this many jurisdictions, the full table is one table on /compare/. */
export const MATRIX_SINGLE_MAX = 24;
/** Past MATRIX_SINGLE_MAX, how many jurisdictions each part of the full table holds. */
export const MATRIX_PART_SIZE = 16;

/**
 * The parts of the full table: the jurisdiction ids of each, in the table's order. One part while
 * there are at most `single` jurisdictions; past that, parts of `size`, so that no page grows with
 * every jurisdiction added (the first on /compare/, the next on /compare/2/, …).
 */
export function matrixParts(ids: readonly string[], single = MATRIX_SINGLE_MAX, size = MATRIX_PART_SIZE): string[][] {
  return splitIntoParts(ids, single, size);
}

/** The same matrix with only some jurisdictions, in its own order. */
export function withJurisdictions(matrix: Matrix, ids: readonly string[]): Matrix {
  const keep = new Set(ids);
  return { ...matrix, jurisdictions: matrix.jurisdictions.filter((j) => keep.has(j.id)) };
}
