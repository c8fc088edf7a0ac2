import { describe, expect, it } from 'vitest';
import { authoringSchema, recordItemSchema, recordsSchema } from '#src/features/open-data/json-schema.ts';
import { RECORD_FIELDS } from '#src/features/open-data/records.ts';
import { COLLECTION_NAMES } from '#src/schemas/index.ts';
import { compile, newAjv } from '#scripts/qa/json-schema-check.ts';

type Props = Record<string, Record<string, unknown>>;

describe('JSON Schemas generated from the Zod schemas', () => {
  it.each(COLLECTION_NAMES)('%s: an object of known fields, with help text on the common ones', (collection) => {
    const schema = authoringSchema(collection);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.type).toBe('object');
    expect(schema.additionalProperties).toBe(false);
    const props = schema.properties as Props;
    expect(props.title?.description).toBeTruthy();
    expect(props.lastReviewed?.description).toBeTruthy();
    // A valid schema for a standard validator.
    expect(() => compile(newAjv(), schema)).not.toThrow();
  });

  it('describes what an author writes: defaults are optional, a year may be a number, references say their collection', () => {
    const schema = authoringSchema('sources');
    expect(schema.required).not.toContain('official');
    const validate = compile(newAjv(), { ...schema, required: [] });
    expect(validate({ date: 2024 })).toBe(true);
    expect(validate({ date: '2024-13' })).toBe(false);
    const areas = authoringSchema('areas').properties as Props;
    expect((areas.sources!.items as Record<string, unknown>)['x-reference']).toBe('sources');
  });

  it('gives an absolute $id only when the site address is known', () => {
    expect(authoringSchema('areas').$id).toBeUndefined();
    expect(authoringSchema('areas', 'https://academy.example.org').$id).toBe(
      'https://academy.example.org/data/schema/areas.json',
    );
    expect(recordsSchema('areas', 'https://academy.example.org/').$id).toBe(
      'https://academy.example.org/data/schema/records/areas.json',
    );
  });

  it('describes published records: defaults applied (required), plus id, url and computed fields', () => {
    const item = recordItemSchema('areas');
    expect(Object.keys(item.properties as Props).slice(0, 2)).toEqual(['id', 'url']);
    expect(item.required).toEqual(expect.arrayContaining(['id', 'url', 'disciplines', 'lists']));
    const fields = Object.keys(RECORD_FIELDS('sources').shape);
    expect(fields).toEqual(['id', 'url', 'sources', 'page']);
  });
});
