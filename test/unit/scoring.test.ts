import { csvField } from '../../src/lib/csv.ts';
import { parseCsv } from '../helpers/csv-reader.ts';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ChecklistSchema } from '../../src/schemas/checklist.ts';
import {
  answerStore,
  scoreInstrument,
  toCsv,
  toJson,
  toMarkdown,
  type Answers,
  type Instrument,
} from '../../src/lib/scoring.ts';
import type { StorageLike } from '../../src/lib/storage.ts';
import {
  absoluteHref,
  exportFileName,
  flagAnswerLabels,
  formatShare,
  levelBands,
  levelTone,
  linkedPageIds,
  markedScales,
  markOf,
  scaleTitle,
  setAnswer,
} from '../../src/lib/scoring.ts';

// ---------------------------------------------------------------------------------------------
// Fixtures
// ---------------------------------------------------------------------------------------------

type Mode = Instrument['mode'];
const SOURCE = 'g7-best-practices-2024';

const YES_PARTLY_NO = [
  { value: 'yes', label: 'Yes', score: 1 },
  { value: 'partly', label: 'Partly', score: 0.5 },
  { value: 'no', label: 'No', score: 0 },
  { value: 'na', label: 'Not applicable', score: null },
];

const LEVELS: Record<Mode, { id: string; label: string; min: number; description: string; onFlag?: 'low' | 'medium' | 'high' }[]> = {
  maturity: [
    { id: 'initial', label: '1 Initial', min: 0, description: 'Level one of four.' },
    { id: 'developing', label: '2 Developing', min: 30, description: 'Level two of four.', onFlag: 'high' },
    { id: 'established', label: '3 Established', min: 55, description: 'Level three of four.' },
    { id: 'leading', label: '4 Leading', min: 80, description: 'Level four of four.' },
  ],
  risk: [
    { id: 'low', label: 'Low risk', min: 0, description: 'Little risk was found.' },
    { id: 'medium', label: 'Medium risk', min: 25, description: 'Some risk was found.', onFlag: 'medium' },
    { id: 'high', label: 'High risk', min: 50, description: 'Serious risk was found.', onFlag: 'high' },
  ],
  reflection: [
    { id: 'consult', label: 'Consult', min: 0, description: 'Consult a committee first.', onFlag: 'high' },
    { id: 'discuss', label: 'Discuss', min: 45, description: 'Talk it through with someone.' },
    { id: 'note', label: 'Keep a note', min: 80, description: 'Nothing special is needed.' },
  ],
};

interface ItemSpec {
  id: string;
  weight?: number;
  flagOn?: string[];
  flagLevel?: 'low' | 'medium' | 'high';
  question?: string;
  scale?: string;
  /** Actions by answer; by default one for every answer that needs one. */
  actions?: Record<string, string>;
}

/** Builds an instrument and runs it through the real schema (defaults, cross-field checks). */
function make(mode: Mode, sections: Record<string, ItemSpec[]>, extra: Record<string, unknown> = {}): Instrument {
  /** One action for every answer the schema requires one for: below the best score, or raising a flag. */
  const actionsFor = (i: ItemSpec) => {
    const scales = (extra.scales ?? {}) as Record<string, typeof YES_PARTLY_NO>;
    const scale = (i.scale ? scales[i.scale] : undefined) ?? YES_PARTLY_NO;
    const best = Math.max(...scale.flatMap((o) => (o.score === null ? [] : [o.score])));
    const needed = scale.filter((o) => (o.score !== null && o.score < best) || (i.flagOn ?? []).includes(o.value));
    return Object.fromEntries(needed.map((o) => [o.value, `Do something about ${i.id} (${o.value}).`]));
  };
  const raw = {
    title: `Test ${mode} instrument`,
    summary: 'A small instrument used by the unit tests of the scoring engine.',
    lastReviewed: '2026-11-21',
    sources: [SOURCE],
    order: 1,
    mode,
    modelledOn: [{ label: 'Nothing official', source: SOURCE }],
    audience: 'The unit tests only.',
    scoringInstructions: 'Add the points and divide by the total weight.',
    scale: YES_PARTLY_NO,
    levels: LEVELS[mode],
    sections: Object.entries(sections).map(([id, items]) => ({
      id,
      title: `Section ${id}`,
      items: items.map((i) => ({
        id: i.id,
        question: i.question ?? `Question ${i.id}?`,
        guidance: 'What a good answer looks like.',
        weight: i.weight ?? 1,
        ...(i.scale ? { scale: i.scale } : {}),
        ...(i.flagOn ? { flagOn: i.flagOn, flagLevel: i.flagLevel } : {}),
        action: `Do something about ${i.id}.`,
        actions: i.actions ?? actionsFor(i),
        links: [{ href: `/practices/risk-mitigation/#${i.id}`, label: 'Risk mitigation' }],
        source: SOURCE,
      })),
    })),
    ...extra,
  };
  return { id: `test-${mode}`, ...ChecklistSchema().parse(raw) };
}

const MODES: Mode[] = ['maturity', 'risk', 'reflection'];
const simple = (mode: Mode) =>
  make(mode, {
    a: [{ id: 'a1' }, { id: 'a2', weight: 2 }],
    b: [{ id: 'b1' }, { id: 'b2', weight: 3 }],
  });

/** A map-backed fake of localStorage. */
function memoryStorage(initial: Record<string, string> = {}): StorageLike & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}


// ---------------------------------------------------------------------------------------------
// Scores, completion, levels
// ---------------------------------------------------------------------------------------------

describe('scores and completion', () => {
  it.each(MODES)('%s: all "not applicable" gives no score and no level', (mode) => {
    const inst = simple(mode);
    const r = scoreInstrument(inst, { a1: 'na', a2: 'na', b1: 'na', b2: 'na' });
    expect(r.score).toBeNull();
    expect(r.points).toBeNull();
    expect(r.level).toBeNull();
    expect(r.scoreLevel).toBeNull();
    expect(r.sections.map((s) => s.score)).toEqual([null, null]);
    expect(r.completion).toBe(1);
    expect(r.notApplicable).toBe(4);
    expect(r.unanswered).toBe(0);
    expect(r.actions).toEqual([]);
  });

  it.each(MODES)('%s: nothing answered gives no score, no level and zero completion', (mode) => {
    const r = scoreInstrument(simple(mode), {});
    expect([r.score, r.level, r.completion, r.unanswered]).toEqual([null, null, 0, 4]);
  });

  // a1 (w1) yes, a2 (w2) partly -> (1 + 1) / 3 = 66.7 -> 67; section b unanswered.
  it.each([
    ['maturity', 67, 67, null],
    ['reflection', 67, 67, null],
    ['risk', 67, 33, null],
  ] as const)('%s: partial completion scores answered items only', (mode, points, score, sectionB) => {
    const r = scoreInstrument(simple(mode), { a1: 'yes', a2: 'partly' });
    expect(r.points).toBe(points);
    expect(r.score).toBe(score);
    expect(r.sections[0]!.score).toBe(score);
    expect(r.sections[1]!.score).toBe(sectionB);
    expect(r.completion).toBe(0.5);
    expect([r.answered, r.unanswered, r.total]).toEqual([2, 2, 4]);
  });

  it.each([
    // answers, expected points: N/A is left out of numerator and denominator
    [{ a1: 'yes', a2: 'na', b1: 'no', b2: 'na' }, 50],
    [{ a1: 'na', a2: 'yes', b1: 'na', b2: 'no' }, 40],
    [{ a1: 'yes', a2: 'yes', b1: 'yes', b2: 'partly' }, 79], // (1+2+1+1.5)/7
    [{ a1: 'no', a2: 'no', b1: 'no', b2: 'no' }, 0],
  ] as [Answers, number][])('weights and "not applicable": %j → %i points', (answers, points) => {
    expect(scoreInstrument(simple('maturity'), answers).points).toBe(points);
  });

  it('ignores answers for unknown items and values that are not on the scale', () => {
    const r = scoreInstrument(simple('maturity'), { a1: 'yes', ghost: 'yes', a2: 'maybe' } as Answers);
    expect(r.answered).toBe(1);
    expect(r.points).toBe(100);
  });
});

describe('level boundaries', () => {
  /** One item whose scale has an option for every reading we need. */
  const boundaryInstrument = (mode: Mode, readings: number[]) =>
    make(
      mode,
      { s: [{ id: 'x', scale: 'points' }] },
      {
        scales: {
          points: [
            ...readings.map((t) => ({ value: `r${t}`, label: `Reading ${t}`, score: (mode === 'risk' ? 100 - t : t) / 100 })),
            { value: 'na', label: 'Not applicable', score: null },
          ],
        },
      },
    );
  const rows = MODES.flatMap((mode) =>
    LEVELS[mode].flatMap((level, i) => {
      const below = LEVELS[mode][i - 1];
      const out: [Mode, number, string][] = [[mode, level.min, level.id]];
      if (below) out.push([mode, level.min - 1, below.id]);
      return out;
    }),
  );
  it.each(rows)('%s: a score of %i gives level "%s"', (mode, reading, levelId) => {
    const inst = boundaryInstrument(mode, [reading]);
    const r = scoreInstrument(inst, { x: `r${reading}` });
    expect(r.score).toBe(reading);
    expect(r.level?.id).toBe(levelId);
  });

  it.each([
    [100, 'high'],
    [0, 'low'],
  ] as const)('risk: a risk score of %i gives "%s"', (reading, levelId) => {
    const r = scoreInstrument(boundaryInstrument('risk', [reading]), { x: `r${reading}` });
    expect(r.level?.id).toBe(levelId);
  });
});

// ---------------------------------------------------------------------------------------------
// Actions by answer
// ---------------------------------------------------------------------------------------------

describe('actions by answer', () => {
  const EXPOSURE = [
    { value: 'yes', label: 'Yes', score: 0 },
    { value: 'unsure', label: 'Not sure', score: 0.25 },
    { value: 'no', label: 'No', score: 1 },
    { value: 'na', label: 'Not applicable', score: null },
  ];
  const one = (item: ItemSpec) => () => make('risk', { s: [item] }, { scales: { exposure: EXPOSURE } });
  const text = 'Take a concrete first step.';

  it('accepts an action for every answer below the best, with or without one for the best', () => {
    expect(one({ id: 'q', actions: { partly: text, no: text } })).not.toThrow();
    expect(one({ id: 'q', actions: { yes: text, partly: text, no: text } })).not.toThrow();
    expect(one({ id: 'q', scale: 'exposure', actions: { yes: text, unsure: text } })).not.toThrow();
  });

  it.each([
    ['an answer below the best has none', { id: 'q1', actions: { no: text } }, 'item "q1" has no action for the answer "partly"'],
    ['"not sure" has none', { id: 'q2', scale: 'exposure', actions: { yes: text } }, 'item "q2" has no action for the answer "unsure"'],
    ['a flagged "not applicable" has none', { id: 'q3', flagOn: ['na'], flagLevel: 'high', actions: { partly: text, no: text } }, 'item "q3" has no action for the answer "na"'],
    ['a key is not on the scale', { id: 'q4', actions: { partly: text, no: text, unsure: text } }, 'item "q4" has an action for "unsure", which is not a value of its scale'],
    ['"not applicable" has one but raises no flag', { id: 'q5', actions: { partly: text, no: text, na: text } }, 'item "q5" has an action for "na"'],
  ] as [string, ItemSpec, string][])('rejects an item when %s', (_, item, message) => {
    let messages: string[] = [];
    try {
      one(item)();
    } catch (error) {
      messages = (error as { issues: { message: string }[] }).issues.map((i) => i.message);
    }
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain(message);
  });

  it('rejects an action shorter than 10 or longer than 400 characters', () => {
    expect(one({ id: 'q', actions: { partly: 'Too short', no: text } })).toThrow();
    expect(one({ id: 'q', actions: { partly: 'x'.repeat(401), no: text } })).toThrow();
  });
});

// ---------------------------------------------------------------------------------------------
// Flags and rules
// ---------------------------------------------------------------------------------------------

describe('flags and rules', () => {
  const flagged = (mode: Mode) =>
    make(mode, {
      s: [
        { id: 'safe1', weight: 5 },
        { id: 'safe2', weight: 5 },
        { id: 'hi', flagOn: ['no'], flagLevel: 'high' },
        { id: 'med', flagOn: ['no', 'partly'], flagLevel: 'medium' },
        { id: 'lo', flagOn: ['no'], flagLevel: 'low' },
      ],
    });
  const base = { safe1: 'yes', safe2: 'yes', hi: 'yes', med: 'yes', lo: 'yes' };

  it.each([
    // mode, changed answers, score-only level, final level
    ['risk', { hi: 'no' }, 'low', 'high'],
    ['risk', { med: 'partly' }, 'low', 'medium'],
    ['risk', { med: 'no', hi: 'no' }, 'low', 'high'],
    ['risk', { lo: 'no' }, 'low', 'low'],
    ['risk', {}, 'low', 'low'],
    ['maturity', { hi: 'no' }, 'leading', 'developing'],
    ['maturity', { med: 'no' }, 'leading', 'leading'],
    ['reflection', { hi: 'no' }, 'note', 'consult'],
  ] as [Mode, Answers, string, string][])('%s: answers %j → score level %s, final level %s', (mode, change, scoreLevel, level) => {
    const r = scoreInstrument(flagged(mode), { ...base, ...change });
    expect(r.scoreLevel?.id).toBe(scoreLevel);
    expect(r.level?.id).toBe(level);
  });

  it('a raised high flag forces "high" in risk mode even when the score is 0', () => {
    const inst = make('risk', { s: [{ id: 'gate', flagOn: ['na'], flagLevel: 'high' }, { id: 'other', weight: 5 }] });
    const r = scoreInstrument(inst, { gate: 'na', other: 'yes' });
    expect(r.score).toBe(0);
    expect(r.level?.id).toBe('high');
    expect(r.forced.map((f) => f.kind)).toContain('flag');
  });

  it('flags never lower a more serious level from the score', () => {
    const r = scoreInstrument(flagged('risk'), { safe1: 'no', safe2: 'no', hi: 'yes', med: 'no', lo: 'yes' });
    expect(r.scoreLevel?.id).toBe('high');
    expect(r.level?.id).toBe('high');
  });

  const ruled = make(
    'risk',
    { a: [{ id: 'sens1' }, { id: 'sens2' }], b: [{ id: 'partner', flagOn: ['no'], flagLevel: 'medium' }, { id: 'x', weight: 5 }] },
    {
      rules: [
        {
          id: 'combo',
          description: 'A risky partner on sensitive research is high risk.',
          all: [{ item: 'partner', answers: ['no'] }],
          any: [
            { item: 'sens1', answers: ['no'] },
            { item: 'sens2', answers: ['no'] },
          ],
          level: 'high',
        },
      ],
    },
  );
  it.each([
    [{ partner: 'no', sens1: 'yes', sens2: 'yes', x: 'yes' }, 'medium', false],
    [{ partner: 'no', sens1: 'no', sens2: 'yes', x: 'yes' }, 'high', true],
    [{ partner: 'no', sens1: 'yes', sens2: 'no', x: 'yes' }, 'high', true],
    [{ partner: 'yes', sens1: 'no', sens2: 'yes', x: 'yes' }, 'low', false],
    [{ sens1: 'no', x: 'yes' }, 'low', false],
  ] as [Answers, string, boolean][])('rule: %j → %s', (answers, level, fired) => {
    const r = scoreInstrument(ruled, answers);
    expect(r.level?.id).toBe(level);
    expect(r.forced.some((f) => f.kind === 'rule' && f.id === 'combo')).toBe(fired);
  });
});

// ---------------------------------------------------------------------------------------------
// Prioritised actions
// ---------------------------------------------------------------------------------------------

describe('prioritised actions', () => {
  const inst = make('risk', {
    s1: [
      { id: 'plain-small', weight: 1 },
      { id: 'plain-big', weight: 4 },
      { id: 'low-flag', weight: 5, flagOn: ['no'], flagLevel: 'low' },
    ],
    s2: [
      { id: 'med-flag', weight: 1, flagOn: ['partly'], flagLevel: 'medium' },
      { id: 'high-flag', weight: 1, flagOn: ['partly'], flagLevel: 'high' },
      { id: 'tie-a', weight: 2 },
      { id: 'tie-b', weight: 1 },
      { id: 'best', weight: 5 },
      { id: 'not-applicable', weight: 5 },
    ],
  });

  it.each([
    [
      'flag level, then weight × shortfall, then document order',
      { 'plain-small': 'no', 'plain-big': 'partly', 'low-flag': 'no', 'med-flag': 'partly', 'high-flag': 'partly', 'tie-a': 'partly', 'tie-b': 'no', best: 'yes', 'not-applicable': 'na' },
      ['high-flag', 'med-flag', 'low-flag', 'plain-big', 'plain-small', 'tie-a', 'tie-b'],
    ],
    ['best answers need no action', { 'plain-small': 'yes', best: 'yes', 'not-applicable': 'na' }, []],
    ['unanswered items get no action', { 'plain-big': 'no' }, ['plain-big']],
  ] as [string, Answers, string[]][])('%s', (_name, answers, order) => {
    const r = scoreInstrument(inst, answers);
    expect(r.actions.map((a) => a.itemId)).toEqual(order);
    expect(r.actions.map((a) => a.rank)).toEqual(order.map((_, i) => i + 1));
  });

  it('each action carries its section, text and links', () => {
    const [first] = scoreInstrument(inst, { 'high-flag': 'partly' }).actions;
    expect(first).toMatchObject({
      sectionId: 's2',
      sectionTitle: 'Section s2',
      itemId: 'high-flag',
      flag: 'high',
      priority: 0.5,
      answerLabel: 'Partly',
      action: 'Do something about high-flag.',
      links: [{ href: '/practices/risk-mitigation/#high-flag', label: 'Risk mitigation' }],
    });
  });
});

// ---------------------------------------------------------------------------------------------
// Reports
// ---------------------------------------------------------------------------------------------

describe('reports', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['line 1\nline 2', '"line 1\nline 2"'],
    ['cr\rhere', '"cr\rhere"'],
    ['', ''],
    [null, ''],
    [0.5, '0.5'],
  ] as [string | number | null, string][])('csvField(%j) → %j', (input, out) => {
    expect(csvField(input)).toBe(out);
  });

  const tricky = make('risk', {
    s: [
      { id: 'q1', question: 'Does it contain a comma, here?' },
      { id: 'q2', question: 'Is it "quoted"?', flagOn: ['no'], flagLevel: 'high' },
      { id: 'q3', question: 'Does it span\ntwo lines?' },
      { id: 'q4', question: 'Is it left unanswered?' },
    ],
  });
  const answers: Answers = { q1: 'partly', q2: 'no', q3: 'na' };
  const result = scoreInstrument(tricky, answers);

  it('CSV has a header and one row per item, and reads back unchanged (RFC 4180)', () => {
    const csv = toCsv(tricky, answers, result);
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(csv);
    expect(rows).toEqual([
      ['section', 'item_id', 'question', 'answer', 'score', 'flag', 'action'],
      ['Section s', 'q1', 'Does it contain a comma, here?', 'Partly', '0.5', '', 'Do something about q1.'],
      ['Section s', 'q2', 'Is it "quoted"?', 'No', '0', 'high', 'Do something about q2.'],
      ['Section s', 'q3', 'Does it span\ntwo lines?', 'Not applicable', '', '', ''],
      ['Section s', 'q4', 'Is it left unanswered?', '', '', '', ''],
    ]);
  });

  it.each(['Does it contain a comma, here?', 'Is it "quoted"?', 'Is it left unanswered?', 'Answer: Partly', 'Answer: No', 'Answer: Not applicable', 'Answer: Not answered'])(
    'Markdown contains %j',
    (text) => {
      expect(toMarkdown(tricky, answers, result, '2026-11-21')).toContain(text);
    },
  );

  it('Markdown states the date, the level, the plan and that the form is not official', () => {
    const markdown = toMarkdown(tricky, answers, result, '2026-11-21');
    expect(markdown).toContain('2026-11-21');
    expect(markdown).toContain('**High risk**');
    expect(markdown).toContain('## Draft risk-mitigation plan');
    expect(markdown).toContain('not an official form');
    expect(markdown).toContain('Does it span two lines?');
  });

  it('JSON round-trips with id, date, answers and level', () => {
    const data = JSON.parse(toJson(tricky, answers, result, new Date('2026-11-21T10:00:00Z')));
    expect(data.instrument.id).toBe('test-risk');
    expect(data.date).toBe('2026-11-21');
    expect(data.answers).toEqual(answers);
    expect(data.result.level.id).toBe('high');
    expect(data.result.actions.map((a: { itemId: string }) => a.itemId)).toEqual(['q2', 'q1']);
  });
});

// ---------------------------------------------------------------------------------------------
// Saved answers
// ---------------------------------------------------------------------------------------------

describe('saved answers', () => {
  const inst = simple('maturity');
  const key = 'va:v1:checklist:test-maturity';
  const empty = { answers: {}, updatedAt: null };

  it.each([
    ['valid data', { answers: { a1: 'yes', b2: 'na' }, updatedAt: '2026-11-21T10:00:00Z' }, { answers: { a1: 'yes', b2: 'na' }, updatedAt: '2026-11-21T10:00:00Z' }],
    ['a removed item', { answers: { a1: 'yes', gone: 'yes' }, updatedAt: 't' }, { answers: { a1: 'yes' }, updatedAt: 't' }],
    ['a value not on the scale', { answers: { a1: 'maybe', a2: 'no' }, updatedAt: 't' }, { answers: { a2: 'no' }, updatedAt: 't' }],
    ['a value of the wrong type', { answers: { a1: 1, a2: null, b1: ['yes'], b2: 'partly' }, updatedAt: 't' }, { answers: { b2: 'partly' }, updatedAt: 't' }],
    ['a prototype key', JSON.parse('{"answers":{"__proto__":"yes","a1":"no"},"updatedAt":"t"}'), { answers: { a1: 'no' }, updatedAt: 't' }],
    ['the wrong shape', { answers: ['yes'], updatedAt: 't' }, empty],
    ['a missing timestamp', { answers: { a1: 'yes' } }, empty],
    ['not an object', 'yes', empty],
  ] as [string, unknown, unknown][])('reading %s', (_name, stored, expected) => {
    const storage = memoryStorage({ [key]: JSON.stringify(stored) });
    expect(answerStore(inst, storage).read()).toEqual(expected);
  });

  it.each([
    ['unparsable JSON', '{not json'],
    ['an empty string', ''],
  ])('reading %s gives the empty fallback', (_name, raw) => {
    expect(answerStore(inst, memoryStorage({ [key]: raw })).read()).toEqual(empty);
  });

  it('writes under the versioned per-instrument key and reads back', () => {
    const storage = memoryStorage();
    const store = answerStore(inst, storage);
    expect(store.key).toBe(key);
    expect(store.write({ answers: { a1: 'yes', bogus: 'x' }, updatedAt: '2026-11-21T10:00:00Z' })).toBe(true);
    expect(JSON.parse(storage.data.get(key)!)).toEqual({ answers: { a1: 'yes' }, updatedAt: '2026-11-21T10:00:00Z' });
    expect(store.read().answers).toEqual({ a1: 'yes' });
    store.clear();
    expect(store.read()).toEqual(empty);
  });

  it('keeps instruments apart', () => {
    const storage = memoryStorage();
    answerStore(inst, storage).write({ answers: { a1: 'yes' }, updatedAt: 't' });
    expect(answerStore({ ...inst, id: 'other' }, storage).read()).toEqual(empty);
  });
});

// ---------------------------------------------------------------------------------------------
// The published instruments
// ---------------------------------------------------------------------------------------------

describe('published instruments', () => {
  const dir = join(process.cwd(), 'content', 'checklists');
  const files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));
  const load = (file: string): Instrument => ({
    id: file.replace(/\.yaml$/, ''),
    ...ChecklistSchema().parse(parseYaml(readFileSync(join(dir, file), 'utf8'))),
  });
  const bestAnswers = (inst: Instrument, pick: 'best' | 'worst'): Answers =>
    Object.fromEntries(
      inst.sections.flatMap((s) =>
        s.items.map((item) => {
          const scale = (item.scale ? inst.scales[item.scale] : undefined) ?? inst.scale;
          const scored = scale.filter((o) => o.score !== null).sort((a, b) => (b.score ?? 0) - (a.score ?? 0));
          return [item.id, (pick === 'best' ? scored[0] : scored.at(-1))!.value];
        }),
      ),
    );

  it('there are seven', () => expect(files).toHaveLength(7));

  it.each(files)('%s: best answers give the best level and no action; worst answers the worst level', (file) => {
    const inst = load(file);
    const best = scoreInstrument(inst, bestAnswers(inst, 'best'));
    const worst = scoreInstrument(inst, bestAnswers(inst, 'worst'));
    const first = inst.levels[0]!;
    const last = inst.levels.at(-1)!;
    expect(best.actions).toEqual([]);
    expect(best.level).toEqual(inst.mode === 'risk' ? first : last);
    expect(worst.level).toEqual(inst.mode === 'risk' ? last : first);
    expect(best.completion).toBe(1);
  });

  it.each([
    // Canada: a partner supporting a foreign military or state security on sensitive research → high;
    // the same partner on non-sensitive research → medium.
    [{ 'a-dual-use': 'yes', 'b-military-security': 'yes' }, 'high'],
    [{ 'a-listed-area': 'no', 'a-dual-use': 'no', 'a-military-interest': 'no', 'b-military-security': 'yes' }, 'medium'],
    [{ 'a-listed-area': 'no', 'a-dual-use': 'no', 'b-military-security': 'no', 'b-restricted-list': 'no' }, 'low'],
  ] as [Answers, string][])('partnership-risk: %j → %s', (answers, level) => {
    expect(scoreInstrument(load('partnership-risk.yaml'), answers).level?.id).toBe(level);
  });
});

// ---------------------------------------------------------------------------------------------
// Presentation helpers (checklist pages, island, printable form)
// ---------------------------------------------------------------------------------------------

describe('presentation helpers', () => {
  const EXPOSURE = [
    { value: 'yes', label: 'Yes', score: 0 },
    { value: 'unsure', label: 'Not sure', score: 0.25 },
    { value: 'no', label: 'No', score: 1 },
    { value: 'na', label: 'Not applicable', score: null },
  ];
  const CHECK = [
    { value: 'yes', label: 'Yes', score: 1 },
    { value: 'no', label: 'No', score: 0 },
  ];
  const marked = make(
    'risk',
    {
      a: [{ id: 'a1' }, { id: 'a2', scale: 'exposure', flagOn: ['yes', 'unsure'], flagLevel: 'medium' }],
      b: [{ id: 'b1', scale: 'check' }, { id: 'b2', scale: 'exposure' }],
    },
    { scales: { exposure: EXPOSURE, check: CHECK, unused: CHECK } },
  );

  it('markedScales lists the named scales items use, in order of first use, each with its own mark', () => {
    const m = markedScales(marked);
    expect(m.map((s) => [s.name, s.mark, s.items])).toEqual([
      ['exposure', '⚑', 2],
      ['check', '◆', 1],
    ]);
    expect(m[0]!.options.map((o) => o.label)).toEqual(['Yes', 'Not sure', 'No', 'Not applicable']);
    expect(markedScales(simple('risk'))).toEqual([]);
  });

  it('markOf gives an item its scale mark, and none on the default scale', () => {
    const m = markedScales(marked);
    const [a1, a2] = marked.sections[0]!.items;
    expect(markOf(m, a1!)).toBeNull();
    expect(markOf(m, a2!)?.mark).toBe('⚑');
  });

  it.each([
    ['exposure', 'Exposure'],
    ['due-diligence', 'Due diligence'],
    ['x', 'X'],
  ])('scaleTitle(%j) → %j', (name, title) => expect(scaleTitle(name)).toBe(title));

  it.each([
    [1, '1'],
    [0, '0'],
    [0.5, '½'],
    [0.25, '¼'],
    [0.75, '¾'],
    [1 / 3, '⅓'],
    [0.6, '0.6'],
    [0.123, '0.12'],
    [null, null],
  ] as [number | null, string | null][])('formatShare(%j) → %j', (share, text) => expect(formatShare(share)).toBe(text));

  it('levelBands gives whole-number ranges with an open top band', () => {
    const bands = levelBands(LEVELS.maturity);
    expect(bands.map((b) => [b.level.id, b.from, b.to])).toEqual([
      ['initial', 0, 29],
      ['developing', 30, 54],
      ['established', 55, 79],
      ['leading', 80, null],
    ]);
    const odd = levelBands([
      { id: 'a', label: 'A', min: 0, description: 'Band a of two.' },
      { id: 'b', label: 'B', min: 14.5, description: 'Band b of two.' },
    ]);
    expect(odd.map((b) => [b.from, b.to])).toEqual([
      [0, 14],
      [15, null],
    ]);
  });

  it('levelTone: best level good, worst bad, in either direction', () => {
    const tones = (mode: Mode) => {
      const inst = simple(mode);
      return inst.levels.map((l) => levelTone(inst, l));
    };
    expect(tones('risk')).toEqual(['good', 'warn', 'bad']);
    expect(tones('maturity')).toEqual(['bad', 'warn', 'good', 'good']);
    expect(tones('reflection')).toEqual(['bad', 'warn', 'good']);
  });

  it('flagAnswerLabels names the answers that raise a flag, on the item\'s own scale', () => {
    const [a1, a2] = marked.sections[0]!.items;
    expect(flagAnswerLabels(marked, a2!)).toEqual(['Yes', 'Not sure']);
    expect(flagAnswerLabels(marked, a1!)).toEqual([]);
  });

  it('setAnswer returns a new object and removes with null', () => {
    const before: Answers = { a1: 'yes' };
    const after = setAnswer(before, 'a2', 'no');
    expect(after).toEqual({ a1: 'yes', a2: 'no' });
    expect(before).toEqual({ a1: 'yes' });
    expect(setAnswer(after, 'a1', null)).toEqual({ a2: 'no' });
  });

  it('exportFileName uses the id and the day', () => {
    expect(exportFileName('pre-collaboration', '2026-11-21', 'csv')).toBe('pre-collaboration-self-assessment-2026-11-21.csv');
    expect(exportFileName('x', new Date('2026-01-02T10:00:00Z'), 'md')).toBe('x-self-assessment-2026-01-02.md');
  });

  it('linkedPageIds collects page ids under a prefix, once each, in order', () => {
    const inst = make('risk', { s: [{ id: 'q1' }, { id: 'q2' }] });
    expect(linkedPageIds(inst, '/practices/')).toEqual(['risk-mitigation']);
    expect(linkedPageIds(inst, '/values/')).toEqual([]);
  });

  it.each([
    ['/practices/x/', 'https://example.org/', 'https://example.org/practices/x/'],
    ['/practices/x/', undefined, '/practices/x/'],
    ['https://gov.example/a', 'https://example.org/', 'https://gov.example/a'],
    ['//evil.example/', 'https://example.org/', '//evil.example/'],
  ] as [string, string | undefined, string][])('absoluteHref(%j, %j) → %j', (href, base, out) => expect(absoluteHref(href, base)).toBe(out));

  it('Markdown links become absolute with a baseUrl', () => {
    const inst = make('risk', { s: [{ id: 'q1' }] });
    const answers: Answers = { q1: 'no' };
    const md = toMarkdown(inst, answers, scoreInstrument(inst, answers), '2026-11-21', { baseUrl: 'https://example.org/' });
    expect(md).toContain('(https://example.org/practices/risk-mitigation/#q1)');
  });
});
