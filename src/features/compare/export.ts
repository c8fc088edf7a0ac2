/**
 * The comparison's downloads: the CSV and JSON of a view (made in the browser by the picker) and
 * the CSV of the whole matrix (`/data/comparison.csv`), with one CSV writer (src/lib/csv.ts).
 */
import { csvLines } from '#src/lib/csv.ts';
import type { Cell, Matrix, MatrixJurisdiction } from './matrix.ts';
import { EMPTY_VIEW, serialiseView, viewRows, type ViewRow, type ViewState } from './view.ts';

/** The column of a jurisdiction in a CSV: its value, note, source, day last verified, day last changed. */
export type CsvField = 'value' | 'note' | 'source' | 'lastVerified' | 'changed';

/** The header words of a CSV, in the reader's language (`dimension_id` is a key and never changes). */
export interface CsvHeadings {
  dimension: string;
  /** The heading of a jurisdiction's column: "France value". */
  column(name: string, field: CsvField): string;
}

const ENGLISH_FIELDS: Record<CsvField, string> = {
  value: 'value',
  note: 'note',
  source: 'source',
  lastVerified: 'last verified',
  changed: 'changed',
};

/** The headings of the published `/data/comparison.csv` (English, stable). */
export const ENGLISH_CSV_HEADINGS: CsvHeadings = {
  dimension: 'dimension',
  column: (name, field) => `${name} ${ENGLISH_FIELDS[field]}`,
};

/**
 * The CSV of a view: `dimension_id, dimension`, then for each jurisdiction `<Name> value`,
 * `<Name> note`, `<Name> source` (the document's url, or its id when the url is not known) and
 * `<Name> last verified`. One line per row of the view. With `changed`, the row ends with a
 * `<Name> changed` column per jurisdiction (the day the cell's value last changed): added after
 * every earlier column, so that no published column moves. `headings` words the header in the
 * reader's language (the picker's downloads); the values (`yes`, `partial`…) are the same keys in
 * every language.
 */
export function toCsv(
  matrix: Matrix,
  jurisdictions: string[],
  rows: ViewRow[],
  options: { changed?: boolean; headings?: CsvHeadings } = {},
): string {
  const names = jurisdictions.map((id) => matrix.jurisdictions.find((j) => j.id === id)?.title ?? id);
  const h = options.headings ?? ENGLISH_CSV_HEADINGS;
  const fields: CsvField[] = ['value', 'note', 'source', 'lastVerified'];
  const header = [
    'dimension_id',
    h.dimension,
    ...names.flatMap((n) => fields.map((f) => h.column(n, f))),
    ...(options.changed ? names.map((n) => h.column(n, 'changed')) : []),
  ];
  const body = rows.map((row) => [
    row.dimension.id,
    row.dimension.title,
    ...row.cells.flatMap((c) => (c ? [c.value, c.note, c.sourceUrl ?? c.source, c.lastVerified] : ['', '', '', ''])),
    ...(options.changed ? row.cells.map((c) => c?.changed ?? '') : []),
  ]);
  return csvLines([header, ...body]);
}

/** The CSV of the whole matrix (`/data/comparison.csv`): every jurisdiction, every dimension, with `changed`. */
export function matrixCsv(matrix: Matrix): string {
  const view = { ...EMPTY_VIEW, jurisdictions: matrix.jurisdictions.map((j) => j.id) };
  return toCsv(matrix, view.jurisdictions, viewRows(matrix, view), { changed: true });
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
  // Up to five ids read well in a file name; beyond that, the count keeps the name short.
  const part =
    view.jurisdictions.length <= 5
      ? view.jurisdictions.map((j) => `-${j}`).join('')
      : `-${view.jurisdictions.length}-jurisdictions`;
  return `comparison${part}.${extension}`;
}
