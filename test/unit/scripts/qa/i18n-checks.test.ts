import { describe, expect, it } from 'vitest';
import { textWithLanguage } from '#scripts/lib/html-scan.ts';
import { telltaleStrings } from '#scripts/qa/i18n-checks.ts';

describe('English interface strings on pages in another language', () => {
  it('are the literal parts of at least N words that the other dictionary does not share', () => {
    const en = {
      a: 'Read the English version',
      b: 'Comparing {count} jurisdictions on {dimensions}',
      c: 'Search',
      d: 'Secure and Open Research Academy',
      e: 'G7 Best Practices for Secure and Open Research',
    };
    const fr = {
      a: 'Lire la version anglaise',
      b: 'Comparaison de {count} juridictions',
      c: 'Recherche',
      d: 'Académie',
    };
    expect(telltaleStrings(en, fr, { minWords: 3, allowed: ['Best Practices for Secure and Open Research'] })).toEqual([
      { key: 'a', text: 'Read the English version' },
      { key: 'd', text: 'Secure and Open Research Academy' },
    ]);
    // "Comparing … jurisdictions on": its parts have fewer than three words.
  });

  it('are found only in text marked in the page language', () => {
    const html = `<!doctype html><html lang="fr"><head><title>t</title></head><body>
      <p>Bonjour <span lang="en">Read the English version</span> fin</p>
      <a href="/x/" aria-label="Lire la suite">x</a><br><img alt="Logo">
      <script>const s = "not text";</script>
      <div lang="en"><p>Nested <em>English</em></p></div><p>après</p></body></html>`;
    const parts = textWithLanguage(html).map((p) => `${p.lang}:${p.from}:${p.text.trim()}`);
    expect(parts).toEqual([
      'fr:text:Bonjour',
      'en:text:Read the English version',
      'fr:text:fin',
      'fr:aria-label:Lire la suite',
      'fr:text:x',
      'fr:alt:Logo',
      'en:text:Nested',
      'en:text:English',
      'fr:text:après',
    ]);
  });
});
