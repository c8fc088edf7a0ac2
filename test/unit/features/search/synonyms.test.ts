/** Every synonyms file (src/features/search/synonyms.<lang>.yaml) follows the schema and stays explainable. */
import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { stemKey, termsOf } from '#src/features/search/lexicon.ts';
import { SYNONYM_LANGS, SynonymsFile, synonymsFile } from '#src/features/search/synonyms.ts';

describe('the synonyms schema', () => {
  it('accepts the three parts, each optional', () => {
    expect(SynonymsFile.parse({})).toEqual({ equivalents: [], rewrites: [], ignore: [] });
  });
  it('rejects a set of one, a word twice in a set, unknown keys and empty targets', () => {
    expect(SynonymsFile.safeParse({ equivalents: [['alone']] }).success).toBe(false);
    expect(SynonymsFile.safeParse({ equivalents: [['Lab', 'lab']] }).success).toBe(false);
    expect(SynonymsFile.safeParse({ synonyms: [] }).success).toBe(false);
    expect(SynonymsFile.safeParse({ rewrites: [{ from: 'x', to: [] }] }).success).toBe(false);
  });
});

describe.each(SYNONYM_LANGS)('synonyms.%s.yaml', (lang) => {
  const file = SynonymsFile.parse(yaml.load(readFileSync(synonymsFile(lang), 'utf8')));
  const ignored = new Set(file.ignore.flatMap(termsOf));

  it('has entries with a subject: no equivalent or rewrite made only of ignored words', () => {
    const phrases = [...file.equivalents.flat(), ...file.rewrites.flatMap((r) => r.to)];
    for (const phrase of phrases)
      expect(
        termsOf(phrase).some((w) => !ignored.has(w)),
        phrase,
      ).toBe(true);
  });
  it('lists each word or phrase in one set of equivalents only', () => {
    const seen = new Map<string, number>();
    file.equivalents.forEach((set, i) => {
      for (const member of set) {
        const key = stemKey(member).join(' ');
        expect(seen.get(key), `${member} is in two sets`).toBeUndefined();
        seen.set(key, i);
      }
    });
  });
  it('rewrites each phrase once', () => {
    const froms = file.rewrites.map((r) => stemKey(r.from).join(' '));
    expect(new Set(froms).size).toBe(froms.length);
  });
});
