import { describe, expect, it } from 'vitest';
import type { Lexicon } from '#src/features/search/lexicon.ts';
import { addedTerms, MAX_ALTERNATIVES, matcherFor, planQuery, searchStem, WEIGHT } from '#src/features/search/query.ts';

const lexicon: Lexicon = {
  lang: 'en',
  equivalents: [
    ['device', 'laptop', 'phone'],
    ['abroad', 'overseas', 'foreign'],
    ['phd student', 'doctoral candidate'],
    ['phishing', 'spear phishing', 'phishing email'],
    ['dual use', 'dual-use items'],
    ['export control', 'export-controlled', 'export licence'],
  ],
  rewrites: [
    { from: 'who do i contact', to: ['help', 'who to ask'] },
    { from: 'magnetometer', to: ['quantum sensing'] },
  ],
  ignore: ['can', 'i', 'my', 'to', 'a', 'do', 'who', 'what', 'is', 'take'],
};
const matcher = matcherFor(lexicon);
const texts = (q: string) => planQuery(q, matcher).groups.map((g) => g.alternatives.map((a) => a.text));

describe('query planning', () => {
  it('drops words without a subject and widens the rest with their equivalents', () => {
    const plan = planQuery('Can I take my laptop to a conference abroad?', matcher);
    expect(plan.ignored).toEqual(['can', 'i', 'take', 'my', 'to', 'a']);
    expect(plan.groups.map((g) => g.text)).toEqual(['laptop', 'conference', 'abroad']);
    expect(texts('Can I take my laptop to a conference abroad?')).toEqual([
      ['laptop', 'device', 'phone'],
      ['conference'],
      ['abroad', 'overseas', 'foreign'],
    ]);
    const laptop = plan.groups[0]!.alternatives;
    expect(laptop[0]).toEqual({ text: 'laptop', weight: WEIGHT.own, origin: 'own' });
    expect(laptop[1]).toEqual({ text: 'device', weight: WEIGHT.equivalent, origin: 'equivalent' });
  });
  it('recognises plurals of lexicon words', () => {
    expect(texts('laptops')).toEqual([['laptops', 'device', 'phone']]);
  });
  it('matches the longest phrase first, and keeps the phrase together', () => {
    expect(texts('my PhD student')).toEqual([['phd student', 'doctoral candidate']]);
    expect(planQuery('my PhD student', matcher).groups[0]!.plain).toBe(false);
  });
  it('rewrites a question to the site’s words, keeping its words with a subject', () => {
    const plan = planQuery('who do I contact about phishing', matcher);
    expect(plan.groups[0]!.alternatives).toEqual([
      { text: 'contact', weight: WEIGHT.own, origin: 'own' },
      { text: 'help', weight: WEIGHT.rewrite, origin: 'rewrite' },
      { text: 'who to ask', weight: WEIGHT.rewrite, origin: 'rewrite' },
    ]);
    expect(plan.groups.map((g) => g.text)).toEqual(['who do i contact', 'about', 'phishing']);
  });
  it('leaves out alternatives that only narrow the reader’s words', () => {
    // "spear phishing" and "phishing email" contain "phishing": every page they find, it finds.
    expect(texts('phishing')).toEqual([['phishing']]);
  });
  it('leaves out alternatives with the same stems as the reader’s words, which Pagefind would search again', () => {
    expect(texts('export control')).toEqual([['export control', 'export licence']]);
    expect(searchStem('controlled')).toBe('control');
    expect(searchStem('controlling')).toBe('control');
    expect(searchStem('licensed')).toBe('licens');
    expect(searchStem('need')).toBe('need');
    expect(searchStem('thing')).toBe('thing');
  });

  it('searches hyphenated words as separate words (Pagefind drops the hyphen from a query)', () => {
    expect(texts('dual-use')).toEqual([['dual use']]);
    expect(planQuery('dual-use', matcher).groups[0]!.text).toBe('dual use');
    // "dual-use items" only narrows "dual use": left out.
    expect(texts('dual use')).toEqual([['dual use']]);
  });
  it('searches words without a subject when nothing else is left', () => {
    const plan = planQuery('what is a', matcher);
    expect(plan.ignored).toEqual([]);
    expect(plan.groups.map((g) => g.text)).toEqual(['what', 'is', 'a']);
  });
  it('gives an empty plan for an empty or punctuation-only query', () => {
    expect(planQuery('  ?! ', matcher).groups).toEqual([]);
  });
  it('caps the alternatives of a group', () => {
    const big = matcherFor({ ...lexicon, equivalents: [['a1', 'b1', 'c1', 'd1', 'e1', 'f1', 'g1', 'h1']] });
    expect(planQuery('a1', big).groups[0]!.alternatives).toHaveLength(MAX_ALTERNATIVES);
  });
  it('lists what the lexicon added, once each, for "Also searching for"', () => {
    expect(addedTerms(planQuery('laptop abroad magnetometer', matcher))).toEqual([
      'device',
      'phone',
      'overseas',
      'foreign',
      'quantum sensing',
    ]);
  });
});
