import { describe, expect, it } from 'vitest';
import { COMPARE_VALUES, countValues } from '#src/features/compare/matrix.ts';
import { COMPARISON_VALUES } from '#src/schemas/jurisdiction.ts';
import { matrix } from './helpers.ts';

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
