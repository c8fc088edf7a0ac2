import { describe, expect, it } from 'vitest';
import type { Answers } from '#src/features/checklists/answers.ts';
import { levelThreshold, scoreInstrument } from '#src/features/checklists/scores.ts';
import { LEVELS, make, MODES, simple, type Mode } from './helpers.ts';

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
            ...readings.map((t) => ({
              value: `r${t}`,
              label: `Reading ${t}`,
              score: (mode === 'risk' ? 100 - t : t) / 100,
            })),
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
  ] as [Mode, Answers, string, string][])(
    '%s: answers %j → score level %s, final level %s',
    (mode, change, scoreLevel, level) => {
      const r = scoreInstrument(flagged(mode), { ...base, ...change });
      expect(r.scoreLevel?.id).toBe(scoreLevel);
      expect(r.level?.id).toBe(level);
    },
  );

  it('a raised high flag forces "high" in risk mode even when the score is 0', () => {
    const inst = make('risk', {
      s: [
        { id: 'gate', flagOn: ['na'], flagLevel: 'high' },
        { id: 'other', weight: 5 },
      ],
    });
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
    {
      a: [{ id: 'sens1' }, { id: 'sens2' }],
      b: [
        { id: 'partner', flagOn: ['no'], flagLevel: 'medium' },
        { id: 'x', weight: 5 },
      ],
    },
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
      {
        'plain-small': 'no',
        'plain-big': 'partly',
        'low-flag': 'no',
        'med-flag': 'partly',
        'high-flag': 'partly',
        'tie-a': 'partly',
        'tie-b': 'no',
        best: 'yes',
        'not-applicable': 'na',
      },
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
      action: 'Do something about high-flag (partly).',
      links: [{ href: '/practices/risk-mitigation/#high-flag', label: 'Risk mitigation' }],
    });
  });

  it('the action follows the answer: each answer below the best gets its own', () => {
    const act = (answer: string) => scoreInstrument(inst, { 'plain-big': answer }).actions[0]?.action;
    expect(act('no')).toBe('Do something about plain-big (no).');
    expect(act('partly')).toBe('Do something about plain-big (partly).');
    expect(act('yes')).toBeUndefined();
  });

  it('includes an action the author wrote for the best answer, after every other action', () => {
    const keep = make('maturity', {
      s: [
        { id: 'k', actions: { yes: 'Test it once a year.', partly: 'Finish it this term.', no: 'Set it up now.' } },
        { id: 'm' },
      ],
    });
    const r = scoreInstrument(keep, { k: 'yes', m: 'no' });
    expect(r.actions.map((a) => [a.itemId, a.action])).toEqual([
      ['m', 'Do something about m (no).'],
      ['k', 'Test it once a year.'],
    ]);
  });
});

describe('when a level means something', () => {
  it.each([
    [1, 1],
    [2, 1],
    [4, 2],
    [13, 7],
    [46, 23],
  ])('%i items: a level from %i answers', (total, min) => {
    expect(levelThreshold(total)).toBe(min);
  });

  it.each(MODES)(
    '%s: no level below half the items, a provisional one from half, a final one when complete',
    (mode) => {
      const inst = simple(mode);
      const one = scoreInstrument(inst, { a1: 'yes' });
      expect(one.level).toBeNull();
      expect(one.scoreLevel).toBeNull();
      expect(one.levelWithheld).toBe(true);
      expect(one.minAnswered).toBe(2);
      expect(one.provisional).toBe(true);
      // The score, flags and actions still describe the answers given.
      expect(one.score).not.toBeNull();

      const half = scoreInstrument(inst, { a1: 'yes', b1: 'no' });
      expect(half.level).not.toBeNull();
      expect([half.levelWithheld, half.provisional]).toEqual([false, true]);

      const all = scoreInstrument(inst, { a1: 'yes', a2: 'yes', b1: 'no', b2: 'na' });
      expect(all.level).not.toBeNull();
      expect([all.levelWithheld, all.provisional]).toEqual([false, false]);
    },
  );

  it('shows at once a level forced to the most serious one (no further answer can lower it)', () => {
    const inst = make('risk', {
      a: [{ id: 'h', flagOn: ['no'], flagLevel: 'high' }, { id: 'x' }, { id: 'y' }, { id: 'z' }],
    });
    const r = scoreInstrument(inst, { h: 'no' });
    expect(r.level?.id).toBe(LEVELS.risk.at(-1)!.id);
    expect(r.levelWithheld).toBe(false);
    // A flag that only caps a maturity result is not certain: withheld.
    const m = make('maturity', {
      a: [{ id: 'h', flagOn: ['no'], flagLevel: 'high' }, { id: 'x' }, { id: 'y' }, { id: 'z' }],
    });
    const rm = scoreInstrument(m, { h: 'no' });
    expect([rm.level, rm.levelWithheld]).toEqual([null, true]);
    expect(rm.levelFound).not.toBeNull();
  });

  it('counts "not applicable" as answered, and withholds nothing when there is no level to withhold', () => {
    const r = scoreInstrument(simple('maturity'), { a1: 'na' });
    expect([r.level, r.levelWithheld]).toEqual([null, false]);
    expect(scoreInstrument(simple('maturity'), { a1: 'na', a2: 'yes' }).level).not.toBeNull();
  });
});

// ---------------------------------------------------------------------------------------------
// Reports
// ---------------------------------------------------------------------------------------------
