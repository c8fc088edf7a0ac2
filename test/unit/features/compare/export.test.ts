import { csvField, csvLines } from '#src/lib/csv.ts';
import { describe, expect, it } from 'vitest';
import { EMPTY_VIEW, viewRows } from '#src/features/compare/view.ts';
import { downloadName, matrixCsv, toCsv, toViewJson } from '#src/features/compare/export.ts';
import { matrix } from './helpers.ts';

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
    // Four columns per jurisdiction, then one `changed` column each at the end (no published column moves).
    expect(header.split(',')).toHaveLength(2 + 4 * 4 + 4);
    expect(header.split(',').slice(-4)).toEqual([
      'Canada changed',
      'France changed',
      'Australia changed',
      'Norway changed',
    ]);
    expect(csv.split('\r\n')[1]!.split(',').slice(-4)).toEqual([
      '2026-12-02',
      '2026-12-02',
      '2026-12-02',
      '2026-12-02',
    ]);
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
    const seven = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
    expect(downloadName({ jurisdictions: seven }, 'csv')).toBe('comparison-7-jurisdictions.csv');
  });
});
