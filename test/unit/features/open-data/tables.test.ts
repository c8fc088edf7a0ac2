import { describe, expect, it } from 'vitest';
import {
  cellText,
  collectionTable,
  comparisonFields,
  entryTables,
  fieldFor,
  technologyListItemsTable,
} from '#src/features/open-data/tables.ts';

describe('open data tables', () => {
  it('map JSON Schema properties to Table Schema fields', () => {
    expect(
      fieldFor('d', { type: 'string', pattern: '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$' })?.field.type,
    ).toBe('date');
    expect(fieldFor('k', { type: 'string', enum: ['a', 'b'], description: 'K.' })?.field).toEqual({
      name: 'k',
      type: 'string',
      description: 'K.',
      constraints: { enum: ['a', 'b'] },
    });
    expect(fieldFor('j', { type: 'string', 'x-reference': 'jurisdictions' })?.reference).toBe('jurisdictions');
    expect(fieldFor('n', { type: 'integer', minimum: 1 })?.field).toMatchObject({
      type: 'integer',
      constraints: { minimum: 1 },
    });
    expect(fieldFor('ids', { type: 'array', items: { type: 'string', 'x-reference': 'areas' } })?.field).toMatchObject({
      type: 'list',
      delimiter: ';',
    });
    // Prose lists and objects stay in the JSON.
    expect(fieldFor('questions', { type: 'array', items: { type: 'string' } })).toBeUndefined();
    expect(fieldFor('tile', { type: 'object' })).toBeUndefined();
  });

  it('write cells: lists joined with ";", booleans as words, missing values empty', () => {
    expect(cellText(['a', 'b'])).toBe('a;b');
    expect(cellText(true)).toBe('true');
    expect(cellText(undefined)).toBeUndefined();
  });

  it('build a collection table: id and url first, a row per entry sorted by id, foreign keys for single ids', () => {
    const table = collectionTable('instruments');
    const names = table.schema.fields.map((f) => f.name);
    expect(names.slice(0, 2)).toEqual(['id', 'url']);
    expect(names).toEqual(expect.arrayContaining(['title', 'jurisdiction', 'scope', 'kind', 'status', 'sources']));
    expect(names).not.toContain('changes');
    expect(table.schema.primaryKey).toEqual(['id']);
    expect(table.schema.foreignKeys).toEqual([
      { fields: ['jurisdiction'], reference: { resource: 'jurisdictions-csv', fields: ['id'] } },
      { fields: ['supersededBy'], reference: { resource: 'instruments-csv', fields: ['id'] } },
    ]);
    const entry = (id: string) => ({
      id,
      data: {
        title: id,
        summary: 's',
        lastReviewed: '2026-11-21',
        sources: ['a', 'b'],
        scope: 'g7',
        kind: 'law',
        status: 'in-force',
      },
    });
    const rows = table.rows({ instruments: [entry('b'), entry('a')] });
    expect(rows.map((r) => r[0])).toEqual(['a', 'b']);
    expect(rows[0]![names.indexOf('sources')]).toEqual(['a', 'b']);
  });

  it('flatten nested lists into their own tables, keyed by parent and item id', () => {
    const table = technologyListItemsTable();
    expect(table.schema.primaryKey).toEqual(['list', 'id']);
    const rows = table.rows({
      'technology-lists': [
        {
          id: 'l',
          data: { items: [{ id: 'q', label: 'Quantum', areas: ['quantum'], highestRisk: true, source: 's' }] },
        },
      ],
    });
    expect(rows).toEqual([['l', 'q', 'Quantum', ['quantum'], true, undefined, 's']]);
  });

  it('make one table per public collection (but those written elsewhere) and the nested ones, with unique names', () => {
    const names = entryTables().map((t) => t.name);
    expect(names).toEqual(
      expect.arrayContaining(['jurisdictions', 'glossary', 'technology-list-items', 'checklist-items']),
    );
    expect(names).not.toContain('guides');
    expect(names).not.toContain('instruments');
    expect(new Set(names).size).toBe(names.length);
  });

  it('read the comparison Table Schema off its header, and refuse a column it cannot describe', () => {
    const fields = comparisonFields([
      'dimension_id',
      'dimension',
      'Canada value',
      'Canada note',
      'Canada source',
      'Canada last verified',
    ]);
    expect(fields.map((f) => f.type)).toEqual(['string', 'string', 'string', 'string', 'string', 'date']);
    expect(fields[2]!.constraints?.enum).toEqual(['yes', 'partial', 'no', 'unknown']);
    expect(() => comparisonFields(['dimension_id', 'Canada mood'])).toThrow(/Canada mood/);
  });
});
