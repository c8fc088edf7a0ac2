/**
 * What the comparison picker shows: the view (jurisdictions, dimensions and filters picked), kept
 * in the address, and the rows it selects from the matrix (matrix.ts). Pure: no DOM.
 *
 * View state in the address (documented for people who share links):
 *
 *   /compare/?j=canada&j=france&d=entity-list&d=technology-list&only=diff&v=yes&v=partial
 *
 *   j     a jurisdiction id; repeat it. A comparison needs 2 or more, up to every jurisdiction;
 *         valid, distinct ids are kept in the order given.
 *   d     a dimension id; repeat it. Absent: every dimension.
 *   only  `diff`: keep only dimensions on which the picked jurisdictions differ.
 *   v     a value (yes, partial, no, unknown); repeat it. Keep only dimensions on which at least one
 *         picked jurisdiction has one of these values. Absent: any value.
 *
 * Unknown parameters, unknown ids and repeated ids are ignored, so an old or edited link still
 * opens a sensible view. Serialising writes the same form back, dimensions and values in matrix
 * order, so equal views have equal addresses.
 */
import {
  COMPARE_VALUES,
  cellOf,
  type Cell,
  type CompareValue,
  type Matrix,
  type MatrixDimension,
  type MatrixJurisdiction,
  MIN_PICK,
} from './matrix.ts';

export interface ViewState {
  /** Picked jurisdiction ids, in the order picked. */
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
 * Cleans a view against the matrix: unknown and repeated ids dropped, dimensions and values put in
 * matrix order.
 */
export function normaliseView(
  view: Partial<ViewState>,
  matrix: Pick<Matrix, 'jurisdictions' | 'dimensions'>,
): ViewState {
  const knownJ = new Set(matrix.jurisdictions.map((j) => j.id));
  const jurisdictions = [...new Set(view.jurisdictions ?? [])].filter((id) => knownJ.has(id));
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

/** Whether the view picks enough jurisdictions to compare (2 or more). */
export function isComparable(view: Pick<ViewState, 'jurisdictions'>): boolean {
  return view.jurisdictions.length >= MIN_PICK;
}

/** Adds or removes an id, keeping order. */
export function toggleId(list: string[], id: string, on: boolean): string[] {
  if (!on) return list.filter((x) => x !== id);
  if (list.includes(id)) return list;
  return [...list, id];
}

/** Adds several ids (those not yet picked, in the order given) after the ones already picked. */
export function addIds(list: string[], ids: readonly string[]): string[] {
  return [...list, ...ids.filter((id, i) => !list.includes(id) && ids.indexOf(id) === i)];
}

// Groups of the picker

/**
 * The picker's groups of jurisdictions: the G7 members (countries with `g7`), the European Union
 * (a union: it takes part in the G7 but is not a member) and the other jurisdictions, each in
 * matrix order.
 */
export interface JurisdictionGroups {
  members: string[];
  unions: string[];
  others: string[];
}

export function jurisdictionGroups(
  jurisdictions: readonly Pick<MatrixJurisdiction, 'id' | 'g7'>[],
  kinds: Readonly<Record<string, 'country' | 'union'>>,
): JurisdictionGroups {
  const groups: JurisdictionGroups = { members: [], unions: [], others: [] };
  for (const j of jurisdictions) {
    if (kinds[j.id] === 'union') groups.unions.push(j.id);
    else if (j.g7) groups.members.push(j.id);
    else groups.others.push(j.id);
  }
  return groups;
}

// Layout

/**
 * At most this many jurisdictions are shown as a table (on wide screens); more, or any number on a
 * narrow screen, are shown as cards: one per dimension, with a line per jurisdiction, which read
 * without sideways scrolling at any width.
 */
export const TABLE_MAX = 5;

export function layoutFor(view: Pick<ViewState, 'jurisdictions'>): 'table-or-cards' | 'cards' {
  return view.jurisdictions.length <= TABLE_MAX ? 'table-or-cards' : 'cards';
}

// Differences and filtering

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
