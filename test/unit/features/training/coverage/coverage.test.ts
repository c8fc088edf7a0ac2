import { describe, expect, it } from 'vitest';
import {
  buildCoverage,
  coverageRecords,
  lessonUrl,
  placeAnchor,
  topicsOfModule,
  topicsOfModules,
  type ModuleInput,
  type TopicInput,
} from '#src/features/training/coverage/coverage.ts';
import { CoverageRecordSchema } from '#src/features/training/coverage/coverage-record.ts';

const req = (over: Partial<TopicInput['requirements'][number]> = {}) => ({
  name: 'Act on training',
  jurisdiction: 'utopia',
  status: 'mandatory' as const,
  audience: ['researchers'],
  who: 'Everyone named on an application.',
  sources: ['official-doc'],
  ...over,
});

const topics: TopicInput[] = [
  {
    id: 'travel',
    title: 'Travel',
    summary: 'Trips abroad.',
    order: 2,
    requirements: [req(), req({ name: 'G7 paper', jurisdiction: undefined, scope: 'g7', status: 'recommended' })],
  },
  {
    id: 'basics',
    title: 'Basics',
    summary: 'What it is.',
    order: 1,
    requirements: [req({ name: 'Zeta guidance', status: 'recommended' })],
  },
  { id: 'funds', title: 'Funds', summary: 'Money rules.', order: 3, requirements: [req({ jurisdiction: 'arcadia' })] },
];

const lessons = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ slug: `lesson-${i + 1}-x`, text: `Lesson ${i + 1}: X` }));
const modules: ModuleInput[] = [
  {
    id: 'm2',
    title: 'Module two',
    order: 2,
    covers: [{ topic: 'travel', lessons: [1, 3], note: 'Before and after' }],
    lessons: lessons(4),
  },
  {
    id: 'm1',
    title: 'Module one',
    order: 1,
    covers: [
      { topic: 'travel', lessons: [2] },
      { topic: 'basics', lessons: [1, 9] },
    ],
    lessons: lessons(2),
  },
];

describe('the coverage map', () => {
  const map = buildCoverage(topics, modules);

  it('lists topics in order, each with the modules (in module order) and the lessons that teach it', () => {
    expect(map.topics.map((t) => t.id)).toEqual(['basics', 'travel', 'funds']);
    const travel = map.topics[1]!;
    expect(travel.modules.map((m) => m.id)).toEqual(['m1', 'm2']);
    expect(travel.modules[1]).toEqual({
      id: 'm2',
      title: 'Module two',
      url: '/training/m2/',
      note: 'Before and after',
      lessons: [
        { number: 1, title: 'Lesson 1: X', url: '/training/m2/#lesson-1-x' },
        { number: 3, title: 'Lesson 3: X', url: '/training/m2/#lesson-3-x' },
      ],
    });
    expect(travel.url).toBe('/training/coverage/#travel');
  });

  it('skips lesson numbers a module does not have', () => {
    expect(map.topics[0]!.modules[0]!.lessons.map((l) => l.number)).toEqual([1]);
  });

  it('shows a topic no module teaches as a gap, and counts it', () => {
    const funds = map.topics[2]!;
    expect(funds.gap).toBe(true);
    expect(funds.modules).toEqual([]);
    expect(map.counts).toEqual({ topics: 3, covered: 2, gaps: 1, requirements: 4 });
  });

  it('marks a topic that a mandatory requirement names', () => {
    expect(map.topics.map((t) => t.mandatory)).toEqual([false, true, true]);
  });

  it('groups requirements by jurisdiction or scope, mandatory first, one row per topic', () => {
    expect(map.places.map((p) => p.place)).toEqual(['arcadia', 'g7', 'utopia']);
    const utopia = map.places[2]!;
    expect(utopia.rows.map((r) => [r.requirement.name, r.topic])).toEqual([
      ['Act on training', 'travel'],
      ['Zeta guidance', 'basics'],
    ]);
    expect(map.places[0]!.rows[0]!.gap).toBe(true);
  });

  it('sorts places with the order it is given', () => {
    const g7First = buildCoverage(topics, modules, (a, b) => (a === 'g7' ? -1 : b === 'g7' ? 1 : a.localeCompare(b)));
    expect(g7First.places.map((p) => p.place)).toEqual(['g7', 'arcadia', 'utopia']);
    expect(placeAnchor('g7')).toBe('in-g7');
    expect(lessonUrl('m1', 'a')).toBe('/training/m1/#a');
  });

  it('gives the topics of one module or of several (for certificates)', () => {
    expect(topicsOfModule(map, 'm1').map((t) => [t.id, t.lessons.map((l) => l.number)])).toEqual([
      ['basics', [1]],
      ['travel', [2]],
    ]);
    expect(topicsOfModule(map, 'm2')[0]!.note).toBe('Before and after');
    expect(topicsOfModules(map, ['m2']).map((t) => t.id)).toEqual(['travel']);
    expect(topicsOfModules(map, ['m1', 'm2']).map((t) => t.id)).toEqual(['basics', 'travel']);
  });

  it('publishes records with sources resolved, official first, and nulls for absent fields', () => {
    const sources = {
      'official-doc': {
        id: 'official-doc',
        title: 'The Act',
        publisher: 'Ministry',
        url: 'https://gov.example/act',
        official: true,
      },
      'uni-page': {
        id: 'uni-page',
        title: 'Summary',
        publisher: 'A university',
        url: 'https://uni.example/',
        official: false,
      },
    };
    const withSecondary = buildCoverage(
      [{ ...topics[0]!, requirements: [req({ sources: ['uni-page', 'official-doc', 'unknown'] })] }],
      modules,
    );
    const out = coverageRecords(withSecondary, (id) => sources[id as keyof typeof sources]);
    const r = out[0]!.requirements[0]!;
    expect(r.sources.map((s) => s.id)).toEqual(['official-doc', 'uni-page']);
    expect(r).toMatchObject({ jurisdiction: 'utopia', scope: 'national', frequency: null, from: null, note: null });
    expect(out[0]!.modules[0]!.note).toBeNull();
    expect(CoverageRecordSchema().safeParse(out[0]).success).toBe(true);
    // Sorted by id, with the map's order kept in `order`.
    const all = coverageRecords(map, () => undefined);
    expect(all.map((t) => [t.id, t.order])).toEqual([
      ['basics', 1],
      ['funds', 3],
      ['travel', 2],
    ]);
  });
});
