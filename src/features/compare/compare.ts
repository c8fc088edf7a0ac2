/**
 * The comparison of national practices: jurisdictions × dimensions, as pure data. The /compare/
 * page, the picker island, the jurisdiction pages and `/data/comparison.csv` all build on this
 * module, so a cell is read, filtered and exported the same way everywhere. No DOM, no Astro.
 *
 * View state in the address (documented for people who share links):
 *
 *   /compare/?j=canada&j=france&d=entity-list&d=technology-list&only=diff&v=yes&v=partial
 *
 *   j     a jurisdiction id; repeat it. A comparison needs 2 to 4; the first 4 valid, distinct ids
 *         are kept in the order given.
 *   d     a dimension id; repeat it. Absent: every dimension.
 *   only  `diff`: keep only dimensions on which the picked jurisdictions differ.
 *   v     a value (yes, partial, no, unknown); repeat it. Keep only dimensions on which at least one
 *         picked jurisdiction has one of these values. Absent: any value.
 *
 * Unknown parameters, unknown ids and repeated ids are ignored, so an old or edited link still
 * opens a sensible view. Serialising writes the same form back, dimensions and values in matrix
 * order, so equal views have equal addresses.
 */
import { csvLines } from '#src/lib/csv.ts';

/** The fixed scale of a cell, in display order (mirrors `COMPARISON_VALUES` in the schema). */
export const COMPARE_VALUES = ['yes', 'partial', 'no', 'unknown'] as const;
export type CompareValue = (typeof COMPARE_VALUES)[number];

/** The symbol shown (aria-hidden) before each value's word. */
export const VALUE_SYMBOLS: Record<CompareValue, string> = { yes: '✓', partial: '◐', no: '✗', unknown: '?' };

/** How many jurisdictions a picked view compares. */
export const MIN_PICK = 2;
export const MAX_PICK = 4;

/** One cell of the matrix. `sourceUrl` is the cited document's address when it is known. */
export interface Cell {
  value: CompareValue;
  note: string;
  source: string;
  sourceUrl?: string | undefined;
  lastVerified: string;
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
  comparison: Record<string, { value: CompareValue; note: string; source: string; lastVerified: string }>;
}

export interface DimensionData {
  title: string;
  order: number;
}

/** G7 members first, then the rest, each group by name. */
export function compareJurisdictions(a: { g7: boolean; title: string }, b: { g7: boolean; title: string }): number {
  return Number(b.g7) - Number(a.g7) || a.title.localeCompare(b.title, 'en');
}

/** Builds the matrix from content entries; `sourceUrls` (source id → url) fills `Cell.sourceUrl`. */
export function buildMatrix(
  jurisdictions: EntryLike<JurisdictionData>[],
  dimensions: EntryLike<DimensionData>[],
  sourceUrls: ReadonlyMap<string, string> = new Map(),
): Matrix {
  const js = jurisdictions
    .map((j) => ({ id: j.id, title: j.data.title, code: j.data.code, g7: j.data.g7 ?? false }))
    .sort(compareJurisdictions);
  const ds = dimensions
    .map((d) => ({ id: d.id, title: d.data.title, order: d.data.order }))
    .sort((a, b) => a.order - b.order || a.title.localeCompare(b.title, 'en'));
  const cells: Matrix['cells'] = {};
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
      };
    }
    cells[j.id] = row;
  }
  return { jurisdictions: js, dimensions: ds, cells };
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

/* ------------------------------------------------------------------------------------------------
 * Compact form, for island props
 * ---------------------------------------------------------------------------------------------- */

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
      return [c.value, c.note, c.source, c.lastVerified];
    }),
  );
  return JSON.stringify({
    j: matrix.jurisdictions.map((j) => [j.id, j.title, j.code, j.g7 ? 1 : 0]),
    d: matrix.dimensions.map((d) => [d.id, d.title, d.order]),
    u: urls,
    c: cells,
  });
}

export function unpackMatrix(packed: string): Matrix {
  const p = JSON.parse(packed) as {
    j: [string, string, string, number][];
    d: [string, string, number][];
    u: Record<string, string>;
    c: ([CompareValue, string, string, string] | null)[][];
  };
  const jurisdictions = p.j.map(([id, title, code, g7]) => ({ id, title, code, g7: g7 === 1 }));
  const dimensions = p.d.map(([id, title, order]) => ({ id, title, order }));
  const cells: Matrix['cells'] = {};
  jurisdictions.forEach((j, ji) => {
    cells[j.id] = Object.fromEntries(
      dimensions.map((d, di) => {
        const c = p.c[ji]?.[di];
        if (!c) return [d.id, null];
        const [value, note, source, lastVerified] = c;
        const url = p.u[source];
        return [d.id, { value, note, source, ...(url ? { sourceUrl: url } : {}), lastVerified }];
      }),
    );
  });
  return { jurisdictions, dimensions, cells };
}

/* ------------------------------------------------------------------------------------------------
 * View state
 * ---------------------------------------------------------------------------------------------- */

export interface ViewState {
  /** Picked jurisdiction ids, in the order picked (at most MAX_PICK). */
  jurisdictions: string[];
  /** Picked dimension ids in matrix order; empty means every dimension. */
  dimensions: string[];
  /** Only dimensions on which the picked jurisdictions differ. */
  onlyDiff: boolean;
  /** Keep dimensions where a picked jurisdiction has one of these values; empty means any. */
  values: CompareValue[];
}

export const EMPTY_VIEW: ViewState = { jurisdictions: [], dimensions: [], onlyDiff: false, values: [] };

const isValue = (v: string): v is CompareValue => (COMPARE_VALUES as readonly string[]).includes(v);

/**
 * Cleans a view against the matrix: unknown and repeated ids dropped, at most MAX_PICK
 * jurisdictions (first ones kept), dimensions and values put in matrix order.
 */
export function normaliseView(
  view: Partial<ViewState>,
  matrix: Pick<Matrix, 'jurisdictions' | 'dimensions'>,
): ViewState {
  const knownJ = new Set(matrix.jurisdictions.map((j) => j.id));
  const jurisdictions = [...new Set(view.jurisdictions ?? [])].filter((id) => knownJ.has(id)).slice(0, MAX_PICK);
  const wantedD = new Set(view.dimensions ?? []);
  const dimensions = matrix.dimensions.map((d) => d.id).filter((id) => wantedD.has(id));
  const wantedV = new Set(view.values ?? []);
  const values = COMPARE_VALUES.filter((v) => wantedV.has(v));
  return { jurisdictions, dimensions, onlyDiff: view.onlyDiff === true, values };
}

/** Reads a view from a query string (with or without "?") or URLSearchParams. */
export function parseView(
  query: string | URLSearchParams,
  matrix: Pick<Matrix, 'jurisdictions' | 'dimensions'>,
): ViewState {
  const params =
    typeof query === 'string' ? new URLSearchParams(query.startsWith('?') ? query.slice(1) : query) : query;
  return normaliseView(
    {
      jurisdictions: params.getAll('j'),
      dimensions: params.getAll('d'),
      onlyDiff: params.getAll('only').includes('diff'),
      values: params.getAll('v').filter(isValue),
    },
    matrix,
  );
}

/** Writes a view as a query string without "?" (empty for the empty view). */
export function serialiseView(view: ViewState): string {
  const params = new URLSearchParams();
  for (const j of view.jurisdictions) params.append('j', j);
  for (const d of view.dimensions) params.append('d', d);
  if (view.onlyDiff) params.append('only', 'diff');
  for (const v of view.values) params.append('v', v);
  return params.toString();
}

/** Whether the view picks enough jurisdictions to compare (2 to 4). */
export function isComparable(view: Pick<ViewState, 'jurisdictions'>): boolean {
  return view.jurisdictions.length >= MIN_PICK && view.jurisdictions.length <= MAX_PICK;
}

/** Adds or removes an id, keeping order; adding beyond `max` is refused (the list is returned as is). */
export function toggleId(list: string[], id: string, on: boolean, max = Infinity): string[] {
  if (!on) return list.filter((x) => x !== id);
  if (list.includes(id) || list.length >= max) return list;
  return [...list, id];
}

/* ------------------------------------------------------------------------------------------------
 * Differences and filtering
 * ---------------------------------------------------------------------------------------------- */

/** Whether the jurisdictions' values differ on one dimension (a missing cell counts as its own value). */
export function differsOn(matrix: Matrix, jurisdictions: string[], dimension: string): boolean {
  if (jurisdictions.length < 2) return false;
  const values = new Set(jurisdictions.map((j) => cellOf(matrix, j, dimension)?.value ?? 'missing'));
  return values.size > 1;
}

/** The dimension ids (in matrix order) on which the jurisdictions differ. */
export function differingDimensions(matrix: Matrix, jurisdictions: string[]): string[] {
  return matrix.dimensions.map((d) => d.id).filter((d) => differsOn(matrix, jurisdictions, d));
}

export interface ViewRow {
  dimension: MatrixDimension;
  /** One cell per picked jurisdiction, in pick order. */
  cells: (Cell | null)[];
  differs: boolean;
}

/** The rows of a view after its dimension, difference and value filters. */
export function viewRows(matrix: Matrix, view: ViewState): ViewRow[] {
  const wanted = new Set(view.dimensions);
  const values = new Set<string>(view.values);
  return matrix.dimensions
    .filter((d) => wanted.size === 0 || wanted.has(d.id))
    .map((d) => ({
      dimension: d,
      cells: view.jurisdictions.map((j) => cellOf(matrix, j, d.id)),
      differs: differsOn(matrix, view.jurisdictions, d.id),
    }))
    .filter((row) => !view.onlyDiff || row.differs)
    .filter((row) => values.size === 0 || row.cells.some((c) => c !== null && values.has(c.value)));
}

export interface ViewSummary {
  jurisdictions: number;
  dimensions: number;
  differ: number;
}

/** Counts for the live message: jurisdictions compared, rows shown, rows that differ. */
export function summarise(view: ViewState, rows: ViewRow[]): ViewSummary {
  return {
    jurisdictions: view.jurisdictions.length,
    dimensions: rows.length,
    differ: rows.filter((r) => r.differs).length,
  };
}

/* ------------------------------------------------------------------------------------------------
 * Export
 * ---------------------------------------------------------------------------------------------- */

/**
 * The CSV of a view: `dimension_id, dimension`, then for each jurisdiction `<Name> value`,
 * `<Name> note`, `<Name> source` (the document's url, or its id when the url is not known) and
 * `<Name> last verified`. One line per row of the view.
 */
export function toCsv(matrix: Matrix, jurisdictions: string[], rows: ViewRow[]): string {
  const names = jurisdictions.map((id) => matrix.jurisdictions.find((j) => j.id === id)?.title ?? id);
  const header = [
    'dimension_id',
    'dimension',
    ...names.flatMap((n) => [`${n} value`, `${n} note`, `${n} source`, `${n} last verified`]),
  ];
  const body = rows.map((row) => [
    row.dimension.id,
    row.dimension.title,
    ...row.cells.flatMap((c) => (c ? [c.value, c.note, c.sourceUrl ?? c.source, c.lastVerified] : ['', '', '', ''])),
  ]);
  return csvLines([header, ...body]);
}

/** The CSV of the whole matrix: every jurisdiction, every dimension. */
export function matrixCsv(matrix: Matrix): string {
  const view = { ...EMPTY_VIEW, jurisdictions: matrix.jurisdictions.map((j) => j.id) };
  return toCsv(matrix, view.jurisdictions, viewRows(matrix, view));
}

export interface ViewJson {
  /** The view's query string, to reopen it at /compare/?… */
  query: string;
  view: ViewState;
  jurisdictions: MatrixJurisdiction[];
  rows: { dimension: { id: string; title: string }; differs: boolean; cells: Record<string, Cell | null> }[];
}

/** The JSON document of a view (plain data; `JSON.stringify` it). */
export function toViewJson(matrix: Matrix, view: ViewState, rows: ViewRow[]): ViewJson {
  const picked = view.jurisdictions
    .map((id) => matrix.jurisdictions.find((j) => j.id === id))
    .filter((j): j is MatrixJurisdiction => j !== undefined);
  return {
    query: serialiseView(view),
    view,
    jurisdictions: picked,
    rows: rows.map((row) => ({
      dimension: { id: row.dimension.id, title: row.dimension.title },
      differs: row.differs,
      cells: Object.fromEntries(view.jurisdictions.map((j, i) => [j, row.cells[i] ?? null])),
    })),
  };
}

/** A file name for a view's download: `comparison-canada-france.csv`. */
export function downloadName(view: Pick<ViewState, 'jurisdictions'>, extension: 'csv' | 'json'): string {
  return `comparison${view.jurisdictions.map((j) => `-${j}`).join('')}.${extension}`;
}
