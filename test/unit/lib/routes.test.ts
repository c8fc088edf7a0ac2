import { describe, expect, it } from 'vitest';
import { localeOfPath, localizePath, pathInLocales, unlocalizedPath, urlFor } from '#src/lib/routes.ts';

describe('routes', () => {
  it('routes entries to their published addresses', () => {
    expect(urlFor('areas', 'quantum')).toBe('/areas/quantum/');
    expect(urlFor('glossary', 'dual-use')).toBe('/glossary/#dual-use');
    expect(urlFor('guides', 'risk', { path: '/framework/risk/' })).toBe('/framework/risk/');
    expect(urlFor('modules', 'due-diligence')).toBe('/training/due-diligence/');
  });
});

describe('addresses in a locale', () => {
  it('prefixes page addresses for other locales only, keeping the query and fragment', () => {
    expect(localizePath('/areas/', 'en')).toBe('/areas/');
    expect(localizePath('/areas/', 'fr')).toBe('/fr/areas/');
    expect(localizePath('/', 'fr')).toBe('/fr/');
    expect(localizePath('/glossary/#dual-use', 'fr')).toBe('/fr/glossary/#dual-use');
    expect(localizePath('/compare/?j=france&j=japan#matrix', 'fr')).toBe('/fr/compare/?j=france&j=japan#matrix');
  });

  it('leaves files, other sites, relative links and fragments alone', () => {
    for (const href of [
      '/data/areas.json',
      '/feeds/whats-new.xml',
      '/favicon.svg',
      '/404.html',
      'https://example.org/a/',
      '//example.org/a/',
      '#cite-x',
      '../x/',
      'mailto:a@example.org',
    ])
      expect(localizePath(href, 'fr')).toBe(href);
  });

  it('never prefixes twice and moves an address to the locale asked for', () => {
    expect(localizePath('/fr/areas/', 'fr')).toBe('/fr/areas/');
    expect(localizePath('/fr/areas/', 'en')).toBe('/areas/');
    expect(localizePath('/fr/', 'en')).toBe('/');
  });

  it('reads the locale of a path and the same page in every locale', () => {
    expect(localeOfPath('/fr/areas/')).toBe('fr');
    expect(localeOfPath('/areas/')).toBe('en');
    expect(localeOfPath('/france/')).toBe('en');
    expect(unlocalizedPath('/fr/')).toBe('/');
    expect(unlocalizedPath('/fr/areas/quantum/')).toBe('/areas/quantum/');
    expect(unlocalizedPath('/jurisdictions/france/')).toBe('/jurisdictions/france/');
    expect(pathInLocales('/fr/training/export/')).toEqual({ en: '/training/export/', fr: '/fr/training/export/' });
    expect(pathInLocales('/')).toEqual({ en: '/', fr: '/fr/' });
  });
});
