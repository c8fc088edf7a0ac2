import { describe, expect, it } from 'vitest';
import { urlFor } from '#src/lib/routes.ts';

describe('routes', () => {
  it('routes entries to their published addresses', () => {
    expect(urlFor('areas', 'quantum')).toBe('/areas/quantum/');
    expect(urlFor('glossary', 'dual-use')).toBe('/glossary/#dual-use');
    expect(urlFor('guides', 'risk', { path: '/framework/risk/' })).toBe('/framework/risk/');
    expect(urlFor('modules', 'due-diligence')).toBe('/training/due-diligence/');
  });
});
