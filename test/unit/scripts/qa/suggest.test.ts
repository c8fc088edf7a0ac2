import { describe, expect, it } from 'vitest';
import { authoringSchema } from '#src/features/open-data/json-schema.ts';
import { closest, editDistance, isoFromWritten, schemaAt, suggestFix, valueAt } from '#scripts/qa/suggest.ts';

const ids: Record<string, string[]> = {
  sources: [
    'g7-best-practices-2024',
    'g7-common-values-2022',
    'ca-strac-policy-2024',
    'eu-council-rs-recommendation-2024',
  ],
  jurisdictions: ['canada', 'france', 'european-union', 'finland'],
};
const ctx = (data: unknown, collection: 'sources' | 'glossary' = 'sources') => ({
  data,
  schema: authoringSchema(collection),
  idsOf: (c: string) => ids[c] ?? [],
  today: '2026-12-02',
});

describe('suggested fixes', () => {
  it('measure edit distance and pick the closest candidates', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('Canada', 'canada')).toBe(0);
    expect(closest('g7-best-practice-2024', ids.sources!)).toEqual([
      'g7-best-practices-2024',
      'ca-strac-policy-2024',
      'g7-common-values-2022',
    ]);
  });

  it('an unknown id → the 3 closest ids', () => {
    const issue = {
      code: 'custom',
      path: ['sources', 0],
      message: 'no entry',
      params: { reference: 'sources', id: 'g7-best-practice-2024' },
    };
    expect(suggestFix(issue, ctx({ sources: ['g7-best-practice-2024'] }))).toBe(
      'Did you mean "g7-best-practices-2024", "ca-strac-policy-2024", "g7-common-values-2022"?',
    );
    const jur = {
      code: 'custom',
      path: ['jurisdiction'],
      message: 'x',
      params: { reference: 'jurisdictions', id: 'internationl', also: ['g7', 'international'] },
    };
    expect(suggestFix(jur, ctx({}))).toMatch(/^Did you mean "international"/);
  });

  it('a bad date → the expected form with an example, or the ISO form of the day written', () => {
    const day = {
      code: 'invalid_format',
      path: ['lastReviewed'],
      message: 'x',
      pattern: String(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/),
    };
    expect(suggestFix(day, ctx({ lastReviewed: 'last week' }))).toBe('Write the day as YYYY-MM-DD, e.g. 2026-12-02.');
    expect(suggestFix(day, ctx({ lastReviewed: '21/11/2026' }))).toBe(
      'Write the day as YYYY-MM-DD, e.g. 2026-11-21 (for "21/11/2026").',
    );
    const partial = { ...day, path: ['date'], pattern: String(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/) };
    expect(suggestFix(partial, ctx({ date: 'May 2024' }))).toBe(
      'Write it as YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2026, 2026-12 or 2026-12-02.',
    );
    expect(isoFromWritten('1.2.2024')).toBe('2024-02-01');
    expect(isoFromWritten('2024/2/1')).toBe('2024-02-01');
    expect(isoFromWritten('31/02/2024')).toBeUndefined();
  });

  it('a value outside a fixed list → the allowed values, closest first', () => {
    const issue = {
      code: 'invalid_value',
      path: ['kind'],
      message: 'x',
      values: ['legislation', 'policy', 'guidance', 'news'],
    };
    expect(suggestFix(issue, ctx({ kind: 'polcy' }))).toBe('Allowed: policy, news, guidance, legislation.');
  });

  it('a missing required field → what it is for', () => {
    const issue = { code: 'invalid_type', path: ['publisher'], message: 'x', expected: 'string' };
    expect(suggestFix(issue, ctx({}))).toBe(
      'Missing required field "publisher": The body that published it (a ministry, funder, agency, parliament, journal…).',
    );
    // A wrong type (not a missing field) gets no such hint.
    expect(suggestFix(issue, ctx({ publisher: 3 }))).toBeUndefined();
  });

  it('an unknown field → the known field it probably misspells', () => {
    const issue = { code: 'unrecognized_keys', path: [], message: 'x', keys: ['lastReviwed'] };
    expect(suggestFix(issue, ctx({}))).toBe('Did you mean "lastReviwed" → "lastReviewed"?');
    expect(suggestFix({ ...issue, keys: ['colour'] }, ctx({}))).toMatch(/^Known fields here: title, publisher/);
  });

  it('read values and schema nodes along a path', () => {
    expect(valueAt({ a: [{ b: 1 }] }, ['a', 0, 'b'])).toBe(1);
    expect(valueAt({ a: 1 }, ['a', 'b'])).toBeUndefined();
    expect(schemaAt(authoringSchema('glossary'), ['related', 0, 'href'])?.type).toBe('string');
  });
});
