import { describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile } from '#scripts/lib/headers-file.ts';

describe('_headers files', () => {
  it('applies _headers rules in order, later overriding', () => {
    const rules = parseHeadersFile('# c\n/*\n  X-A: 1\n  X-B: 1\n/data/*\n  X-B: 2\n');
    expect(headersFor(rules, '/data/a.json')).toEqual({ 'X-A': '1', 'X-B': '2' });
    expect(headersFor(rules, '/')).toEqual({ 'X-A': '1', 'X-B': '1' });
  });
});
