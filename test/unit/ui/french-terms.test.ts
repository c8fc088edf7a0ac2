/**
 * The French UI strings use the academy's one terminology (/work FRENCH.md, held in the glossary's
 * sourced equivalents) and French typography. A string that uses a superseded term fails here with
 * the term to use instead.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
function frenchDictionaries(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = join(dir, e.name);
    if (e.isDirectory()) return frenchDictionaries(full);
    return e.name === 'fr.json' && dir.endsWith('i18n') ? [full] : [];
  });
}
const strings = frenchDictionaries(join(ROOT, 'src')).flatMap((file) =>
  Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>).map(([key, value]) => ({
    where: `${relative(ROOT, file)}: ${key}`,
    value,
  })),
);

/** Superseded wording → the term to use. */
const TERMS: [RegExp, string][] = [
  [/\bfinanceurs?\b/i, 'organisme(s) de financement (funders)'],
  [/intégrité de la recherche/i, 'intégrité scientifique (research integrity)'],
  [/\bacteurs?\b/i, 'partie(s) prenante(s) (stakeholders)'],
  [
    /aussi sûre? que nécessaire/i,
    '« aussi ouverte que possible, aussi fermée que nécessaire » (the glossary’s equivalent)',
  ],
  [/\blistes? de contrôle\b(?! des)/i, 'liste(s) de vérification (checklist)'],
  [/\bquestions? de contrôle\b(?! des)/i, 'question(s) de vérification (knowledge check)'],
  [/conflits? d.engagement\b/i, 'conflit d’engagements (conflict of commitment)'],
];

describe('French UI strings', () => {
  it('are read', () => expect(strings.length).toBeGreaterThan(500));

  it.each(TERMS.map(([re, use]) => [String(re), re, use] as const))('do not use %s', (_, re, use) => {
    expect(strings.filter((s) => re.test(s.value)).map((s) => `${s.where}: use ${use}`)).toEqual([]);
  });

  it('write the apostrophe as ’ (as the French content does)', () => {
    // Fix: in the values of src/**/i18n/fr.json, replace each ' between two letters with ’.
    expect(strings.filter((s) => /\w'\w/.test(s.value)).map((s) => s.where)).toEqual([]);
  });
});
