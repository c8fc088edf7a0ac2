import { describe, expect, it } from 'vitest';
import {
  buildIndex,
  disciplineOptions,
  explore,
  isNear,
  isSignificant,
  levenshtein,
  normalise,
  stem,
  suggestKeywords,
  tokenize,
  toExplorerArea,
  type ExplorerArea,
} from '#src/features/areas/explorer/explorer.ts';
const area = (id: string, keywords: string[], extra: Partial<ExplorerArea> = {}): ExplorerArea => ({
  id,
  title: id.replace(/-/g, ' '),
  href: `/areas/${id}/`,
  kind: 'technology',
  keywords,
  disciplines: [],
  questions: ['A question to ask?'],
  nextSteps: [{ href: '/checklists/security-relevance/', label: 'Check' }],
  lists: [],
  ...extra,
});

describe('normalise and tokenize', () => {
  it('lower-cases and strips accents and punctuation', () => {
    expect(normalise('  Génome-Édition, CRISPR/Cas9!  ')).toBe('genome edition crispr cas9');
    expect(normalise("Alzheimer's")).toBe('alzheimers');
    expect(normalise('…')).toBe('');
  });
  it('splits into words, keeping digits', () => {
    expect(tokenize('5G and 3D-printing')).toEqual(['5g', 'and', '3d', 'printing']);
    expect(tokenize('   ')).toEqual([]);
  });
});

describe('stem', () => {
  it.each([
    ['qubits', 'qubit'],
    ['batteries', 'battery'],
    ['mosquitoes', 'mosquito'],
    ['lasers', 'laser'],
    ['editing', 'edit'],
    ['networked', 'network'],
    ['virus', 'virus'],
    ['analysis', 'analysis'],
    ['glass', 'glass'],
    ['5g', '5g'],
    ['ai', 'ai'],
    ['need', 'need'],
  ])('%s → %s', (word, out) => expect(stem(word)).toBe(out));
});

describe('word helpers', () => {
  it('ignores function words and words too general to mean anything alone', () => {
    expect(isSignificant('the')).toBe(false);
    expect(isSignificant(stem('research'))).toBe(false);
    expect(isSignificant(stem('technologies'))).toBe(false);
    expect(isSignificant('crispr')).toBe(true);
    expect(isSignificant('ai')).toBe(true);
  });
  it('treats words with a long shared prefix as near', () => {
    expect(isNear('quant', 'quantum')).toBe(true);
    expect(isNear('genome', 'genomic')).toBe(true);
    expect(isNear('virologist', 'virology')).toBe(true);
    expect(isNear('drive', 'driverless')).toBe(false);
    expect(isNear('sensitive', 'sensor')).toBe(false);
    expect(isNear('qub', 'qubit')).toBe(false);
    expect(isNear('laser', 'laser')).toBe(false);
  });
  it('measures edit distance', () => {
    expect(levenshtein('quantom', 'quantum')).toBe(1);
    expect(levenshtein('', 'abc')).toBe(3);
    expect(levenshtein('lidar', 'lidar')).toBe(0);
  });
});

describe('explore: behaviour', () => {
  const index = buildIndex([
    area('bio', ['crispr', 'gene editing', 'dual use research of concern']),
    area('genomics', ['genome', 'genomic data', 'genetic data']),
    area('quantum', ['quantum', 'qubit', 'quantum computing'], { disciplines: ['Physics'] }),
    area('computing', ['cloud computing', 'hpc'], { disciplines: ['Physics', 'Computer science'] }),
    area('dual', ['dual use', 'dual-use', 'export control'], { kind: 'category' }),
  ]);

  it('returns "empty" with the examples when nothing is typed or ticked', () => {
    expect(explore(index, { text: '  ' }, ['crispr'])).toEqual({
      status: 'empty',
      matches: [],
      suggestions: ['crispr'],
    });
  });
  it('returns "no-match" for function words only', () => {
    expect(explore(index, { text: 'I work on the' }).status).toBe('no-match');
  });
  it('ranks a whole phrase above a word inside a phrase', () => {
    const r = explore(index, { text: 'quantum computing' });
    expect(r.status).toBe('match');
    if (r.status !== 'match') return;
    expect(r.matches[0]!.area.id).toBe('quantum');
    expect(r.matches[0]!.matched.map((m) => m.label)).toEqual(['quantum computing', 'quantum']);
    expect(r.matches[0]!.matched.every((m) => m.word === undefined)).toBe(true);
    expect(r.matches.map((m) => m.area.id)).toContain('computing');
  });
  it('reports each matched keyword once, with where it came from', () => {
    const r = explore(index, { text: 'dual-use and dual use' });
    if (r.status !== 'match') throw new Error('expected a match');
    expect(r.matches[0]!.area.id).toBe('dual');
    const labels = r.matches[0]!.matched.filter((m) => m.via === 'keyword').map((m) => m.label);
    expect(labels).toEqual(['dual use']);
  });
  it('adds areas from ticked disciplines and boosts areas that match both', () => {
    const r = explore(index, { text: '', disciplines: ['Computer science'] });
    if (r.status !== 'match') throw new Error('expected a match');
    expect(r.matches.map((m) => m.area.id)).toEqual(['computing']);
    expect(r.matches[0]!.disciplines).toEqual(['Computer science']);
    const both = explore(index, { text: 'hpc', disciplines: ['Physics'] });
    if (both.status !== 'match') throw new Error('expected a match');
    expect(both.matches.map((m) => m.area.id)).toEqual(['computing', 'quantum']);
  });
  it('names the word typed when it matched part of a keyword or a near word', () => {
    const r = explore(index, { text: 'Gene' });
    if (r.status !== 'match') throw new Error('expected a match');
    expect(r.matches[0]!.area.id).toBe('bio');
    expect(r.matches[0]!.matched).toEqual([{ label: 'gene editing', via: 'keyword', word: 'gene' }]);
    expect(r.matches[1]!.matched).toEqual([{ label: 'genetic data', via: 'keyword', word: 'gene' }]);
  });
  it('does not score the words of a matched phrase again elsewhere', () => {
    const r = explore(index, { text: 'cloud computing' });
    if (r.status !== 'match') throw new Error('expected a match');
    expect(r.matches.map((m) => m.area.id)).toEqual(['computing']);
  });
  it('matches a half-typed word', () => {
    const r = explore(index, { text: 'crisp' });
    expect(r.status === 'match' && r.matches[0]!.area.id).toBe('bio');
  });
  it('suggests near keywords when nothing matches', () => {
    expect(suggestKeywords(index, 'quantom qbit')).toEqual(['qubit', 'quantum', 'quantum computing']);
    const r = explore(index, { text: 'quantom' }, ['crispr']);
    expect(r).toEqual({ status: 'no-match', matches: [], suggestions: ['quantum', 'quantum computing'] });
  });
  it('falls back to the examples when no keyword is near', () => {
    expect(explore(index, { text: 'zzzz wxyq' }, ['crispr', 'qubit'])).toEqual({
      status: 'no-match',
      matches: [],
      suggestions: ['crispr', 'qubit'],
    });
  });
});

describe('toExplorerArea and disciplineOptions', () => {
  it('keeps only what the island needs', () => {
    const a = toExplorerArea(
      'quantum',
      {
        title: 'Quantum',
        kind: 'technology',
        keywords: ['qubit', 'qkd', 'quantum'],
        disciplines: ['Physics'],
        questions: ['Q1 long enough?', 'Q2 long enough?'],
        nextSteps: [{ href: '/x/', label: 'X' }],
      },
      '/areas/quantum/',
      [{ shortTitle: 'Canada STRA', jurisdiction: 'canada' }],
      (j) => (j === 'canada' ? 'Canada' : j),
    );
    expect(a.lists).toEqual([{ name: 'Canada STRA', jurisdiction: 'Canada' }]);
    expect(Object.keys(a).sort()).toEqual([
      'disciplines',
      'href',
      'id',
      'keywords',
      'kind',
      'lists',
      'nextSteps',
      'questions',
      'title',
    ]);
  });
  it('lists each discipline once, alphabetically', () => {
    expect(
      disciplineOptions([{ disciplines: ['Physics', 'Chemistry'] }, { disciplines: ['Physics', 'Biology'] }]),
    ).toEqual(['Biology', 'Chemistry', 'Physics']);
  });
});

describe('explore: generic words never match an area alone', () => {
  const index = buildIndex([
    area('advanced-computing', ['data centre', 'high-performance computing', 'simulation']),
    area('quantum', ['quantum sensing', 'nv centre', 'qubit']),
    area('advanced-sensing', ['magnetometer', 'lidar']),
    area('artificial-intelligence', ['neural network', 'foundation model', 'training data']),
    area('advanced-materials', ['smart materials', 'graphene']),
    area('cybersecurity', ['network security'], { disciplines: ['Information systems', 'Cryptography'] }),
  ]);
  const ids = (text: string) => {
    const r = explore(index, { text });
    return r.status === 'match' ? r.matches.map((m) => m.area.id) : [];
  };

  it.each([
    'centre',
    'data',
    'system',
    'research',
    'analysis',
    'model',
    'network',
    'method',
    'material',
    'device',
    'technology',
    'study',
  ])('"%s" alone matches nothing, though keywords contain it', (word) => {
    expect(isSignificant(stem(word))).toBe(false);
    expect(ids(word)).toEqual([]);
    expect(ids(`a ${word} of the ${word}s`)).toEqual([]);
  });

  it('"NV-centre magnetometers" reaches quantum and sensing, not computing through "centre"', () => {
    const found = ids('NV-centre magnetometers');
    expect(found).toContain('quantum');
    expect(found).toContain('advanced-sensing');
    expect(found).not.toContain('advanced-computing');
  });

  it('a keyword made of generic words still matches when typed whole', () => {
    expect(ids('cooling a data centre')).toEqual(['advanced-computing']);
    expect(ids('network security monitoring')).toEqual(['cybersecurity']);
  });

  it('"network analysis" and "statistical model" reach no area through "network" or "model"', () => {
    expect(ids('network analysis of medieval trade')).toEqual([]);
    expect(ids('a statistical model of crop yields')).toEqual([]);
    expect(ids('new teaching materials')).toEqual([]);
  });

  it('a discipline matches typed text only whole, and never when all its words are generic', () => {
    expect(ids('cryptography')).toEqual(['cybersecurity']);
    expect(ids('an information system for archives')).toEqual([]);
  });
});
