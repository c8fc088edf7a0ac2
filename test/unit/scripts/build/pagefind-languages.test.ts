import { describe, expect, it } from 'vitest';
import { languageGlobs, mergeEntries, type PagefindEntry } from '#scripts/build/pagefind-languages.ts';
import { localeOfPath } from '#src/lib/routes.ts';

const LOCALES = ['en', 'fr'];

describe('the language of a built page (localeOfPath of its file, as the index step asks)', () => {
  const languageOfFile = (file: string) => localeOfPath(`/${file}`);
  it('reads the language from the first folder, the default otherwise', () => {
    expect(languageOfFile('fr/glossary/index.html')).toBe('fr');
    expect(languageOfFile('fr/404.html')).toBe('fr');
    expect(languageOfFile('glossary/index.html')).toBe('en');
    expect(languageOfFile('index.html')).toBe('en');
    expect(languageOfFile('frameworks/index.html')).toBe('en');
  });
});

describe('languageGlobs', () => {
  const top = [
    { name: '404.html', directory: false },
    { name: '_astro', directory: true },
    { name: 'about', directory: true },
    { name: 'favicon.svg', directory: false },
    { name: 'fr', directory: true },
    { name: 'glossary', directory: true },
    { name: 'index.html', directory: false },
    { name: 'pagefind', directory: true },
  ];
  it('gives the default language every other HTML file and folder, and each prefixed language its folder', () => {
    expect(Object.fromEntries(languageGlobs(top, LOCALES, 'en'))).toEqual({
      en: '{404.html,about/**/*.html,glossary/**/*.html,index.html}',
      fr: 'fr/**/*.html',
    });
  });
  it('leaves out a language that has no folder', () => {
    expect([
      ...languageGlobs(
        top.filter((e) => e.name !== 'fr'),
        LOCALES,
        'en',
      ).keys(),
    ]).toEqual(['en']);
  });
});

describe('mergeEntries', () => {
  const entry = (lang: string, count: number): PagefindEntry => ({
    version: '1.6.0',
    languages: { [lang]: { hash: `${lang}_abc`, wasm: lang, page_count: count } },
    include_characters: ['_'],
  });
  it('lists the languages of every index, with the other fields of the first', () => {
    expect(mergeEntries([entry('en', 3), entry('fr', 2)])).toEqual({
      version: '1.6.0',
      languages: {
        en: { hash: 'en_abc', wasm: 'en', page_count: 3 },
        fr: { hash: 'fr_abc', wasm: 'fr', page_count: 2 },
      },
      include_characters: ['_'],
    });
  });
  it('refuses a language found in two indexes, and indexes of two Pagefind versions', () => {
    expect(() => mergeEntries([entry('en', 3), entry('en', 2)])).toThrow(/two indexes/);
    expect(() => mergeEntries([entry('en', 3), { ...entry('fr', 2), version: '1.5.0' }])).toThrow(/versions differ/);
    expect(() => mergeEntries([])).toThrow();
  });
});
