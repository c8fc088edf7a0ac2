import { describe, expect, it } from 'vitest';
import { toLocale } from '#src/lib/i18n/locale.ts';

describe('toLocale', () => {
  it('keeps a known locale and falls back to the default', () => {
    expect(toLocale('fr')).toBe('fr');
    expect(toLocale('de')).toBe('en');
    expect(toLocale(undefined)).toBe('en');
  });
});
