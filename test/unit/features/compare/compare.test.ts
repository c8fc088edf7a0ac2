import { csvField, csvLines } from '#src/lib/csv.ts';
import { describe, expect, it } from 'vitest';
import {
  COMPARE_VALUES,
  EMPTY_VIEW,
  buildMatrix,
  countValues,
  differingDimensions,
  differsOn,
  downloadName,
  isComparable,
  matrixCsv,
  normaliseView,
  parseView,
  serialiseView,
  summarise,
  toCsv,
  toViewJson,
  toggleId,
  viewRows,
  type CompareValue,
  type DimensionData,
  type EntryLike,
  type JurisdictionData,
} from '#src/features/compare/compare.ts';
import { COMPARISON_VALUES } from '#src/schemas/jurisdiction.ts';

const cell = (value: CompareValue, note = `note ${value}`, source = 'src-a') => ({
  value,
  note,
  source,
  lastVerified: '2026-11-21',
});

const dimensions: EntryLike<DimensionData>[] = [
  { id: 'technology-list', data: { title: 'Technology list', order: 3 } },
  { id: 'binding-legislation', data: { title: 'Binding law', order: 1 } },
  { id: 'entity-list', data: { title: 'Entity list', order: 4 } },
];

const jurisdictions: EntryLike<JurisdictionData>[] = [
  {
    id: 'norway',
    data: {
      title: 'Norway',
      code: 'NO',
      g7: false,
      comparison: { 'binding-legislation': cell('no'), 'technology-list': cell('unknown'), 'entity-list': cell('no') },
    },
  },
  {
    id: 'france',
    data: {
      title: 'France',
      code: 'FR',
      g7: true,
      comparison: {
        'binding-legislation': cell('yes', 'ZRR, "PPST", decree'),
        'technology-list': cell('yes'),
        'entity-list': cell('no', 'none', 'src-b'),
      },
    },
  },
  {
    id: 'canada',
    data: {
      title: 'Canada',
      code: 'CA',
      g7: true,
      comparison: {
        'binding-legislation': cell('no'),
        'technology-list': cell('yes'),
        'entity-list': cell('yes', 'Named list\nupdated'),
      },
    },
  },
  // A jurisdiction with a missing cell (the validator forbids it, but the matrix must not break).
  { id: 'australia', data: { title: 'Australia', code: 'AU', comparison: { 'binding-legislation': cell('yes') } } },
];

const urls = new Map([['src-a', 'https://example.org/a']]);
const matrix = buildMatrix(jurisdictions, dimensions, urls);

describe('buildMatrix', () => {
  it('orders jurisdictions G7 first then by name, and dimensions by order', () => {
    expect(matrix.jurisdictions.map((j) => j.id)).toEqual(['canada', 'france', 'australia', 'norway']);
    expect(matrix.dimensions.map((d) => d.id)).toEqual(['binding-legislation', 'technology-list', 'entity-list']);
    expect(matrix.jurisdictions.find((j) => j.id === 'australia')?.g7).toBe(false);
  });
  it('fills cells with source urls where known and null where a cell is missing', () => {
    expect(matrix.cells.canada!['entity-list']).toMatchObject({
      value: 'yes',
      source: 'src-a',
      sourceUrl: 'https://example.org/a',
    });
    expect(matrix.cells.france!['entity-list']).not.toHaveProperty('sourceUrl');
    expect(matrix.cells.australia!['entity-list']).toBeNull();
  });
  it('counts values per jurisdiction', () => {
    expect(countValues(matrix, 'france')).toEqual({ yes: 2, partial: 0, no: 1, unknown: 0 });
    expect(countValues(matrix, 'australia')).toEqual({ yes: 1, partial: 0, no: 0, unknown: 0 });
  });
  it('uses the same value scale as the schema', () => {
    expect([...COMPARE_VALUES]).toEqual([...COMPARISON_VALUES]);
  });
});

describe('view state in the URL', () => {
  it('parses jurisdictions, dimensions, differences-only and values', () => {
    const view = parseView('?j=canada&j=france&d=entity-list&only=diff&v=yes', matrix);
    expect(view).toEqual({
      jurisdictions: ['canada', 'france'],
      dimensions: ['entity-list'],
      onlyDiff: true,
      values: ['yes'],
    });
  });
  it('ignores unknown ids, repeats, unknown values and parameters; keeps at most 4 jurisdictions', () => {
    const view = parseView(
      'j=narnia&j=canada&j=canada&j=norway&j=france&j=australia&j=norway&d=nope&v=maybe&only=yes&x=1',
      matrix,
    );
    expect(view.jurisdictions).toEqual(['canada', 'norway', 'france', 'australia']);
    expect(view.dimensions).toEqual([]);
    expect(view.values).toEqual([]);
    expect(view.onlyDiff).toBe(false);
    const five = parseView('j=canada&j=norway&j=france&j=australia&j=norway', matrix);
    expect(five.jurisdictions).toHaveLength(4);
  });
  it('accepts URLSearchParams and puts dimensions and values in matrix order', () => {
    const view = parseView(
      new URLSearchParams('j=france&j=canada&d=entity-list&d=binding-legislation&v=unknown&v=yes'),
      matrix,
    );
    expect(view.jurisdictions).toEqual(['france', 'canada']);
    expect(view.dimensions).toEqual(['binding-legislation', 'entity-list']);
    expect(view.values).toEqual(['yes', 'unknown']);
  });
  it('round-trips through serialiseView, and the empty view is the empty string', () => {
    const view = {
      jurisdictions: ['canada', 'france', 'norway'],
      dimensions: ['technology-list'],
      onlyDiff: true,
      values: ['no' as const],
    };
    const query = serialiseView(view);
    expect(query).toBe('j=canada&j=france&j=norway&d=technology-list&only=diff&v=no');
    expect(parseView(query, matrix)).toEqual(view);
    expect(serialiseView(EMPTY_VIEW)).toBe('');
  });
  it('normalises a partial view', () => {
    expect(normaliseView({ jurisdictions: ['france'] }, matrix)).toEqual({
      jurisdictions: ['france'],
      dimensions: [],
      onlyDiff: false,
      values: [],
    });
  });
  it('needs 2 to 4 jurisdictions to compare', () => {
    expect(isComparable({ jurisdictions: ['a'] })).toBe(false);
    expect(isComparable({ jurisdictions: ['a', 'b'] })).toBe(true);
    expect(isComparable({ jurisdictions: ['a', 'b', 'c', 'd'] })).toBe(true);
    expect(isComparable({ jurisdictions: ['a', 'b', 'c', 'd', 'e'] })).toBe(false);
  });
  it('toggles ids in order and refuses to go past the maximum', () => {
    expect(toggleId(['a'], 'b', true)).toEqual(['a', 'b']);
    expect(toggleId(['a', 'b'], 'a', false)).toEqual(['b']);
    expect(toggleId(['a', 'b'], 'a', true)).toEqual(['a', 'b']);
    expect(toggleId(['a', 'b'], 'c', true, 2)).toEqual(['a', 'b']);
  });
});

describe('differences and filters', () => {
  it('finds the dimensions on which the picked jurisdictions differ', () => {
    expect(differingDimensions(matrix, ['canada', 'france'])).toEqual(['binding-legislation', 'entity-list']);
    expect(differingDimensions(matrix, ['canada', 'norway'])).toEqual(['technology-list', 'entity-list']);
    expect(differingDimensions(matrix, ['canada'])).toEqual([]);
  });
  it('treats a missing cell as different from any value', () => {
    expect(differsOn(matrix, ['norway', 'australia'], 'entity-list')).toBe(true);
    expect(differsOn(matrix, ['canada', 'france'], 'technology-list')).toBe(false);
  });
  it('returns every dimension by default, one cell per picked jurisdiction in pick order', () => {
    const rows = viewRows(matrix, { ...EMPTY_VIEW, jurisdictions: ['france', 'canada'] });
    expect(rows.map((r) => r.dimension.id)).toEqual(['binding-legislation', 'technology-list', 'entity-list']);
    expect(rows[0]!.cells.map((c) => c?.value)).toEqual(['yes', 'no']);
    expect(rows.map((r) => r.differs)).toEqual([true, false, true]);
  });
  it('keeps only differences, only picked dimensions, and only rows with a picked value', () => {
    const base = { ...EMPTY_VIEW, jurisdictions: ['canada', 'france'] };
    expect(viewRows(matrix, { ...base, onlyDiff: true }).map((r) => r.dimension.id)).toEqual([
      'binding-legislation',
      'entity-list',
    ]);
    expect(viewRows(matrix, { ...base, dimensions: ['technology-list'] }).map((r) => r.dimension.id)).toEqual([
      'technology-list',
    ]);
    expect(viewRows(matrix, { ...base, values: ['no'] }).map((r) => r.dimension.id)).toEqual([
      'binding-legislation',
      'entity-list',
    ]);
    expect(viewRows(matrix, { ...base, values: ['unknown'] })).toEqual([]);
    expect(viewRows(matrix, { ...base, dimensions: ['technology-list'], onlyDiff: true })).toEqual([]);
  });
  it('summarises a view for the live message', () => {
    const view = { ...EMPTY_VIEW, jurisdictions: ['canada', 'france', 'norway'] };
    expect(summarise(view, viewRows(matrix, view))).toEqual({ jurisdictions: 3, dimensions: 3, differ: 3 });
  });
});

describe('CSV and JSON export', () => {
  it('quotes fields with commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\rhere')).toBe('"cr\rhere"');
    expect(
      csvLines([
        ['a', 'b'],
        ['c', 'd'],
      ]),
    ).toBe('a,b\r\nc,d\r\n');
  });
  it('writes the header and one line per row of the view, sources as urls when known', () => {
    const view = { ...EMPTY_VIEW, jurisdictions: ['france', 'canada'] };
    const csv = toCsv(matrix, view.jurisdictions, viewRows(matrix, view));
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(
      'dimension_id,dimension,France value,France note,France source,France last verified,Canada value,Canada note,Canada source,Canada last verified',
    );
    expect(lines[1]).toBe(
      'binding-legislation,Binding law,yes,"ZRR, ""PPST"", decree",https://example.org/a,2026-11-21,no,note no,https://example.org/a,2026-11-21',
    );
    // A note with a line break stays inside one quoted field; the unknown url falls back to the id.
    expect(csv).toContain(
      'entity-list,Entity list,no,none,src-b,2026-11-21,yes,"Named list\nupdated",https://example.org/a,2026-11-21\r\n',
    );
    expect(csv.endsWith('\r\n')).toBe(true);
  });
  it('leaves missing cells empty and exports the whole matrix', () => {
    const csv = matrixCsv(matrix);
    const header = csv.split('\r\n')[0]!;
    expect(header.split(',')).toHaveLength(2 + 4 * 4);
    expect(csv).toContain(
      'technology-list,Technology list,yes,note yes,https://example.org/a,2026-11-21,yes,note yes,https://example.org/a,2026-11-21,,,,,unknown',
    );
  });
  it('builds the JSON of a view with its query and cells keyed by jurisdiction', () => {
    const view = { ...EMPTY_VIEW, jurisdictions: ['canada', 'norway'], onlyDiff: true };
    const json = toViewJson(matrix, view, viewRows(matrix, view));
    expect(json.query).toBe('j=canada&j=norway&only=diff');
    expect(json.jurisdictions.map((j) => j.title)).toEqual(['Canada', 'Norway']);
    expect(json.rows.map((r) => r.dimension.id)).toEqual(['technology-list', 'entity-list']);
    expect(json.rows[0]!.cells.norway?.value).toBe('unknown');
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });
  it('names downloads after the picked jurisdictions', () => {
    expect(downloadName({ jurisdictions: ['canada', 'france'] }, 'csv')).toBe('comparison-canada-france.csv');
    expect(downloadName({ jurisdictions: [] }, 'json')).toBe('comparison.json');
  });
});
