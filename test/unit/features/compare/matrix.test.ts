import { describe, expect, it } from 'vitest';
import {
  buildMatrix,
  COMPARE_VALUES,
  countValues,
  matrixParts,
  packIndex,
  packMatrix,
  unpackMatrix,
  withJurisdictions,
} from '#src/features/compare/matrix.ts';
import { COMPARISON_VALUES } from '#src/schemas/jurisdiction.ts';
import { cell, dimensions, matrix, urls } from './helpers.ts';

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

describe('instrument links and changed dates', () => {
  const withLinks = buildMatrix(
    [
      {
        id: 'canada',
        data: {
          title: 'Canada',
          code: 'CA',
          g7: true,
          comparison: {
            'entity-list': { ...cell('yes'), instruments: ['ca-nro', 'ca-unknown'] },
            'technology-list': cell('no'),
          },
        },
      },
    ],
    dimensions,
    urls,
    new Map([['ca-nro', 'Named Research Organizations list']]),
  );
  it('keeps each cell’s instruments and changed date, and the titles of the instruments it knows', () => {
    expect(withLinks.cells.canada!['entity-list']).toMatchObject({
      changed: '2026-12-02',
      instruments: ['ca-nro', 'ca-unknown'],
    });
    expect(withLinks.cells.canada!['technology-list']).not.toHaveProperty('instruments');
    expect(withLinks.instruments).toEqual({ 'ca-nro': 'Named Research Organizations list' });
  });
  it('packs and unpacks them unchanged', () => {
    expect(unpackMatrix(packMatrix(withLinks))).toEqual(withLinks);
    expect(unpackMatrix(packMatrix(matrix))).toEqual(matrix);
  });
  it('packs only the names for the picker’s controls, every cell then missing', () => {
    const index = unpackMatrix(packIndex(withLinks));
    expect(index.jurisdictions).toEqual(withLinks.jurisdictions);
    expect(index.dimensions).toEqual(withLinks.dimensions);
    expect(
      Object.values(index.cells)
        .flatMap((row) => Object.values(row))
        .every((c) => c === null),
    ).toBe(true);
    expect(packIndex(withLinks).length).toBeLessThan(packMatrix(withLinks).length / 2);
  });
});

describe('matrixParts', () => {
  const ids = (n: number) => Array.from({ length: n }, (_, i) => `j${i}`);
  it('keeps the full table whole up to the single-table maximum', () => {
    expect(matrixParts(ids(24), 24, 16)).toEqual([ids(24)]);
  });
  it('past it, splits it into parts of the part size, in order', () => {
    const parts = matrixParts(ids(40), 24, 16);
    expect(parts.map((p) => p.length)).toEqual([16, 16, 8]);
    expect(parts.flat()).toEqual(ids(40));
  });
  it('keeps only the jurisdictions of a part, in the matrix order', () => {
    const m = {
      jurisdictions: ids(4).map((id) => ({ id, title: id, code: id, g7: false })),
      dimensions: [],
      cells: {},
    };
    expect(withJurisdictions(m, ['j3', 'j1']).jurisdictions.map((j) => j.id)).toEqual(['j1', 'j3']);
  });
});
