import { describe, expect, it } from 'vitest';
import {
  caseTags,
  emptyFilter,
  filterCases,
  filterHref,
  isEmptyFilter,
  matchesCase,
  normaliseFilter,
  optionCounts,
  parseFilter,
  packCases,
  relatedCases,
  selectedCount,
  serialiseFilter,
  toggleValue,
  unpackCases,
  type CaseRecord,
  type FilterOptions,
  type FilterState,
} from '#src/features/case-studies/filter.ts';

const options: FilterOptions = {
  kind: ['scenario', 'policy'],
  risk: ['infrastructure', 'people', 'funding'],
  stakeholder: ['governments', 'funders', 'institutions', 'researchers'],
  jurisdiction: ['canada', 'japan', 'united-kingdom'],
  area: ['quantum', 'biotechnology'],
  practice: ['awareness-and-dialogue', 'risk-mitigation'],
};

const rec = (id: string, data: Parameters<typeof caseTags>[0]): CaseRecord => ({ id, tags: caseTags(data) });
const cases: CaseRecord[] = [
  rec('a', {
    kind: 'scenario',
    riskVectors: ['people'],
    stakeholders: ['funders', 'researchers'],
    jurisdictions: ['canada'],
    areas: ['quantum'],
    practices: ['risk-mitigation'],
  }),
  rec('b', {
    kind: 'scenario',
    riskVectors: ['people', 'funding'],
    stakeholders: ['researchers'],
    jurisdictions: ['japan'],
    areas: [],
    practices: ['awareness-and-dialogue'],
  }),
  rec('c', {
    kind: 'scenario',
    riskVectors: ['infrastructure'],
    stakeholders: ['institutions', 'funders'],
    areas: ['biotechnology'],
    practices: ['risk-mitigation'],
  }),
  rec('p', {
    kind: 'policy',
    riskVectors: ['people'],
    stakeholders: ['governments', 'funders'],
    jurisdictions: ['united-kingdom'],
    practices: ['awareness-and-dialogue'],
  }),
];
const f = (partial: Partial<FilterState>): FilterState => ({ ...emptyFilter(), ...partial });

describe('tags and matching', () => {
  it('builds tags from frontmatter, missing lists as empty', () => {
    expect(caseTags({ kind: 'policy', stakeholders: ['funders'] })).toEqual({
      kind: ['policy'],
      risk: [],
      stakeholder: ['funders'],
      jurisdiction: [],
      area: [],
      practice: [],
    });
  });

  it('an empty filter matches everything', () => {
    expect(isEmptyFilter(emptyFilter())).toBe(true);
    expect(filterCases(cases, emptyFilter())).toEqual(['a', 'b', 'c', 'p']);
  });

  it('ORs values within a group', () => {
    expect(filterCases(cases, f({ risk: ['infrastructure', 'funding'] }))).toEqual(['b', 'c']);
    expect(filterCases(cases, f({ jurisdiction: ['canada', 'japan'] }))).toEqual(['a', 'b']);
  });

  it('ANDs across groups', () => {
    expect(filterCases(cases, f({ risk: ['people'], stakeholder: ['funders'] }))).toEqual(['a', 'p']);
    expect(filterCases(cases, f({ risk: ['people'], stakeholder: ['funders'], kind: ['scenario'] }))).toEqual(['a']);
    expect(filterCases(cases, f({ area: ['biotechnology'], practice: ['awareness-and-dialogue'] }))).toEqual([]);
  });

  it('a case without tags in a filtered group does not match it', () => {
    expect(matchesCase(cases[2]!.tags, f({ jurisdiction: ['canada'] }))).toBe(false);
  });

  it('counts each value once per case', () => {
    const twice = rec('d', { kind: 'scenario', riskVectors: ['people', 'people'], stakeholders: ['funders'] });
    expect(optionCounts([...cases, twice], 'risk')).toEqual(
      new Map([
        ['people', 4],
        ['funding', 1],
        ['infrastructure', 1],
      ]),
    );
    expect(optionCounts(cases, 'kind').get('policy')).toBe(1);
    expect(optionCounts(cases, 'jurisdiction').has('norway')).toBe(false);
  });

  it('counts selected values', () => {
    expect(selectedCount(f({ risk: ['people'], stakeholder: ['funders', 'researchers'] }))).toBe(3);
  });
});

describe('the filter in the address', () => {
  it('round-trips in a fixed order of groups and values', () => {
    const filter = normaliseFilter(
      { stakeholder: ['researchers', 'funders'], risk: ['people'], kind: ['scenario'] },
      options,
    );
    const query = serialiseFilter(filter);
    expect(query).toBe('kind=scenario&risk=people&stakeholder=funders&stakeholder=researchers');
    expect(parseFilter(query, options)).toEqual(filter);
    expect(parseFilter(`?${query}`, options)).toEqual(filter);
    expect(parseFilter(new URLSearchParams(query), options)).toEqual(filter);
  });

  it('ignores unknown groups, unknown values and repeats', () => {
    expect(parseFilter('?risk=people&risk=people&risk=aliens&colour=blue&area=quantum', options)).toEqual(
      f({ risk: ['people'], area: ['quantum'] }),
    );
    expect(parseFilter('', options)).toEqual(emptyFilter());
  });

  it('serialises an empty filter as nothing, and builds addresses', () => {
    expect(serialiseFilter(emptyFilter())).toBe('');
    expect(filterHref('/case-studies/', emptyFilter())).toBe('/case-studies/');
    expect(filterHref('/case-studies/', f({ risk: ['people'] }), '#list')).toBe('/case-studies/?risk=people#list');
  });

  it('toggles values in the options order without touching other groups', () => {
    let filter = toggleValue(emptyFilter(), 'stakeholder', 'researchers', true, options);
    filter = toggleValue(filter, 'stakeholder', 'funders', true, options);
    filter = toggleValue(filter, 'risk', 'people', true, options);
    expect(filter).toEqual(f({ stakeholder: ['funders', 'researchers'], risk: ['people'] }));
    expect(toggleValue(filter, 'stakeholder', 'funders', false, options)).toEqual(
      f({ stakeholder: ['researchers'], risk: ['people'] }),
    );
    expect(toggleValue(filter, 'risk', 'people', true, options).risk).toEqual(['people']);
  });
});

describe('related cases', () => {
  const all = [
    { id: 'x', title: 'X', topics: ['a', 'b'], areas: ['q'] },
    { id: 'y', title: 'Y', topics: ['a'], areas: ['q'] },
    { id: 'z', title: 'Z', topics: ['a', 'b'], areas: [] },
    { id: 'w', title: 'W', topics: ['c'], areas: ['q'] },
    { id: 'v', title: 'V', topics: ['b'] },
  ];

  it('ranks by shared topics, then areas, then title; never itself; only with a shared topic', () => {
    expect(relatedCases(all[0]!, all, 5).map((c) => c.id)).toEqual(['z', 'y', 'v']);
  });

  it('respects the limit', () => {
    expect(relatedCases(all[0]!, all, 1).map((c) => c.id)).toEqual(['z']);
    expect(relatedCases({ id: 'n', title: 'N', topics: [] }, all)).toEqual([]);
  });
});

describe('the cases as the library page carries them', () => {
  const records: CaseRecord[] = [
    {
      id: 'conference-cultivation',
      tags: { ...emptyFilter(), kind: ['scenario'], risk: ['people', 'funding'], jurisdiction: ['norway'] },
    },
    {
      id: 'policy-eu-sops4ri',
      tags: { ...emptyFilter(), kind: ['policy'], risk: ['people'], practice: ['due-diligence-and-transparency'] },
    },
    { id: 'no-tags', tags: emptyFilter() },
  ];

  it('packs every tag once and gives the same cases back', () => {
    const packed = packCases(records);
    expect(packed.values.filter((v) => v === 'risk:people')).toHaveLength(1);
    expect(unpackCases(JSON.parse(JSON.stringify(packed)))).toEqual(records);
  });

  it('is smaller than the cases as JSON objects', () => {
    const many = Array.from({ length: 200 }, (_, i) => ({ ...records[i % 2]!, id: `case-${i}` }));
    expect(JSON.stringify(packCases(many)).length).toBeLessThan(
      JSON.stringify(many.map((c) => [c.id, c.tags])).length / 3,
    );
  });

  it('reads bad or missing data as no cases, or as cases without the unknown tags', () => {
    expect(unpackCases({})).toEqual([]);
    expect(unpackCases({ values: ['risk:people', 'colour:red', 'oops'], cases: 'a:0.1.2.zz' })).toEqual([
      { id: 'a', tags: { ...emptyFilter(), risk: ['people'] } },
    ]);
  });
});
