/**
 * The UI dictionaries: every dictionary file has an English and a French version with the same
 * keys, keys are unique across files, plural strings come in pairs, and placeholders match.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DICTIONARIES, translatorFor } from '#src/ui/i18n.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
/** Every `i18n/` folder under src/ (the chrome's and each feature's). */
function i18nFolders(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const full = join(dir, entry.name);
    if (entry.name === 'i18n' && readdirSync(full).includes('en.json')) out.push(full);
    else out.push(...i18nFolders(full));
  }
  return out;
}
const read = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
const folders = i18nFolders(join(ROOT, 'src'));
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('UI dictionaries', () => {
  it('finds the dictionaries', () => expect(folders.length).toBeGreaterThan(5));

  it.each(folders.map((f) => relative(ROOT, f)))(
    '%s: en.json and fr.json have the same keys and placeholders',
    (folder) => {
      const en = read(join(ROOT, folder, 'en.json'));
      const fr = read(join(ROOT, folder, 'fr.json'));
      expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
      const differ = Object.keys(en).filter(
        (k) => fr[k] !== undefined && placeholders(en[k]!).join() !== placeholders(fr[k]!).join(),
      );
      expect(differ).toEqual([]);
    },
  );

  it('has each key in one dictionary only', () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const folder of folders) {
      for (const key of Object.keys(read(join(folder, 'en.json')))) {
        if (seen.has(key)) twice.push(`${key}: ${relative(ROOT, folder)} and ${seen.get(key)}`);
        seen.set(key, relative(ROOT, folder));
      }
    }
    expect(twice).toEqual([]);
  });

  it('gives every plural string its other form (x.one comes with x.other)', () => {
    const keys = new Set(Object.keys(DICTIONARIES.en));
    expect([...keys].filter((k) => k.endsWith('.one') && !keys.has(`${k.slice(0, -4)}.other`))).toEqual([]);
  });

  it('has every key in every locale', () => {
    const keys = Object.keys(DICTIONARIES.en).sort();
    for (const [locale, dict] of Object.entries(DICTIONARIES)) expect(Object.keys(dict).sort(), locale).toEqual(keys);
  });
});

describe('translator', () => {
  it('picks plural forms by locale (French 0 is singular) and falls back to English for unknown locales', () => {
    expect(translatorFor('fr').tn('search.results', 3)).toBe('3 résultats');
    expect(translatorFor('fr').tn('search.results', 0)).toBe('0 résultat');
    expect(translatorFor('en').tn('search.results', 0)).toBe('0 results');
    expect(translatorFor('en').tn('search.results', 1)).toBe('1 result');
    expect(translatorFor('xx').tn('search.results', 2)).toBe('2 results');
  });

  it('fills placeholders and hands an island exactly the strings it asks for', () => {
    const { t, pick } = translatorFor('en');
    expect(t('checklists.results.answeredOf', { answered: 2, total: 5 })).toBe('2 of 5');
    expect(pick(['search.label', 'search.loading'])).toEqual({
      'search.label': 'Search the academy',
      'search.loading': 'Loading search…',
    });
  });
});
