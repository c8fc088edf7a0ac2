import { describe, expect, it } from 'vitest';
import { localizedPath } from '#src/lib/i18n/locale.ts';
import { DICTIONARIES, translatorFor } from '#src/ui/i18n.ts';

describe('i18n', () => {
  it('every locale has every key of the default locale', () => {
    const keys = Object.keys(DICTIONARIES.en).sort();
    for (const [locale, dict] of Object.entries(DICTIONARIES)) expect(Object.keys(dict).sort(), locale).toEqual(keys);
  });
  it('picks plural forms by locale and falls back to English for unknown locales', () => {
    expect(translatorFor('fr').tn('search.results', 3)).toBe('3 résultats');
    expect(translatorFor('fr').tn('search.results', 0)).toBe('0 résultat');
    expect(translatorFor('en').tn('search.results', 1)).toBe('1 result');
    expect(translatorFor('xx').tn('search.results', 2)).toBe('2 results');
  });
  it('prefixes non-default locales only', () => {
    expect(localizedPath('/areas/', 'en')).toBe('/areas/');
    expect(localizedPath('/areas/', 'fr')).toBe('/fr/areas/');
  });
});
