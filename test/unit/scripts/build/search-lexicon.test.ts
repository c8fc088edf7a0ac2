import { describe, expect, it } from 'vitest';
import { buildLexicon, pageWords, recordWords, titleForms, vocabulary } from '#scripts/build/search-lexicon.ts';

describe('lexicon', () => {
  it('takes a page’s headings and keyword metadata from its <main>', () => {
    const html = `<header><h2>Menu</h2></header><main><h1>Quantum <em>technologies</em></h1><h2 id="a">Key &amp; dates</h2><h4>Deep</h4>
      <span data-pagefind-meta="keywords[data-value]" data-value="qubit, trapped ion" hidden></span></main>`;
    expect(pageWords(html)).toEqual({
      phrases: ['Quantum technologies', 'Key & dates'],
      keywords: ['qubit', 'trapped ion'],
    });
  });
  it('splits a glossary title into its forms', () => {
    expect(titleForms('ATAS (Academic Technology Approval Scheme)')).toEqual([
      'ATAS',
      'Academic Technology Approval Scheme',
    ]);
    expect(titleForms('Senior responsible owner / research security lead')).toEqual([
      'Senior responsible owner',
      'research security lead',
    ]);
    expect(titleForms('Dual use')).toEqual(['Dual use']);
  });
  it('makes a glossary term’s title and other names a set of equivalents', () => {
    const term = {
      id: 'mfa',
      title: 'Multi-factor authentication',
      html: '<span data-pagefind-meta="aliases[data-value]" data-value="MFA, 2FA, multi-factor authentication" hidden></span><p>…</p>',
    };
    const words = recordWords(term);
    expect(words.aliasSet).toEqual(['Multi-factor authentication', 'MFA', '2FA']);
    expect(recordWords({ id: 's', title: 'A source', html: '<p>x</p>' }).aliasSet).toBeUndefined();
  });
  it('lists the vocabulary most frequent first, without short words, numbers or ignored words', () => {
    const pages = [
      { phrases: ['Quantum sensing', 'Quantum computing 2024'], keywords: ['qubit'] },
      { phrases: ['The quantum of it'], keywords: [] },
    ];
    expect(vocabulary(pages, ['the', 'of'])).toEqual(['quantum', 'computing', 'qubit', 'sensing']);
  });
  it('puts the synonyms file and the glossary together', () => {
    const lexicon = buildLexicon(
      'en',
      { equivalents: [['lab', 'laboratory']], rewrites: [{ from: 'hacked', to: ['incident'] }], ignore: ['my'] },
      [{ phrases: [], keywords: [], aliasSet: ['MFA', 'two-factor authentication'] }],
    );
    expect(lexicon).toEqual({
      lang: 'en',
      equivalents: [
        ['lab', 'laboratory'],
        ['MFA', 'two-factor authentication'],
      ],
      rewrites: [{ from: 'hacked', to: ['incident'] }],
      ignore: ['my'],
    });
  });
});
