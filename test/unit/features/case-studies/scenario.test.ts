import { describe, expect, it } from 'vitest';
import {
  bestChoices,
  choiceLetter,
  isLastStep,
  plannedMinutes,
  ratingOf,
  startWalk,
  summarise,
  timedSteps,
  walk,
  type WalkAction,
  type WalkPoint,
  type WalkState,
} from '#src/features/case-studies/scenario.ts';

const points: WalkPoint[] = [
  { choices: [{ rating: 'recommended' }, { rating: 'risky' }, { rating: 'risky' }] },
  { choices: [{ rating: 'acceptable' }, { rating: 'recommended' }] },
  { choices: [{ rating: 'risky' }, { rating: 'acceptable' }, { rating: 'recommended' }, { rating: 'acceptable' }] },
];

/** Runs actions from the start (or a given state). */
const run = (actions: WalkAction[], from: WalkState = startWalk()) =>
  actions.reduce((s, a) => walk(points, s, a), from);
const answer = (choice: number): WalkAction[] => [{ type: 'select', choice }, { type: 'check' }, { type: 'next' }];

describe('the walkthrough state machine', () => {
  it('starts on the first decision point with nothing selected', () => {
    expect(startWalk()).toEqual({ step: 0, selected: null, phase: 'choosing', answers: [] });
  });

  it('selecting changes the selection but records nothing', () => {
    const s = run([
      { type: 'select', choice: 1 },
      { type: 'select', choice: 2 },
    ]);
    expect(s).toEqual({ step: 0, selected: 2, phase: 'choosing', answers: [] });
  });

  it('ignores a selection outside the choices', () => {
    const s0 = startWalk();
    expect(walk(points, s0, { type: 'select', choice: 3 })).toBe(s0);
    expect(walk(points, s0, { type: 'select', choice: -1 })).toBe(s0);
    expect(walk(points, s0, { type: 'select', choice: 0.5 })).toBe(s0);
  });

  it('will not check without a selection', () => {
    const s0 = startWalk();
    expect(walk(points, s0, { type: 'check' })).toBe(s0);
  });

  it('checking records the answer and locks the decision point', () => {
    const s = run([{ type: 'select', choice: 1 }, { type: 'check' }]);
    expect(s).toEqual({ step: 0, selected: 1, phase: 'checked', answers: [1] });
    expect(walk(points, s, { type: 'select', choice: 0 })).toBe(s);
    expect(walk(points, s, { type: 'check' })).toBe(s);
  });

  it('"next" needs a checked answer, then moves on with nothing selected', () => {
    const chosen = run([{ type: 'select', choice: 0 }]);
    expect(walk(points, chosen, { type: 'next' })).toBe(chosen);
    const s = run(answer(0));
    expect(s).toEqual({ step: 1, selected: null, phase: 'choosing', answers: [0] });
  });

  it('ends after the last decision point and then ignores everything but restart', () => {
    const done = run([...answer(0), ...answer(0), ...answer(2)]);
    expect(done).toEqual({ step: 3, selected: null, phase: 'done', answers: [0, 0, 2] });
    for (const a of [{ type: 'select', choice: 0 }, { type: 'check' }, { type: 'next' }] as WalkAction[])
      expect(walk(points, done, a)).toBe(done);
    expect(walk(points, done, { type: 'restart' })).toEqual(startWalk());
  });

  it('restarting mid-way clears the answers', () => {
    expect(run([...answer(1), { type: 'select', choice: 1 }, { type: 'restart' }])).toEqual(startWalk());
  });

  it('never mutates the state it is given', () => {
    const s = run([{ type: 'select', choice: 1 }]);
    const copy = structuredClone(s);
    run([{ type: 'check' }, { type: 'next' }], s);
    expect(s).toEqual(copy);
  });

  it('knows the last decision point', () => {
    expect(isLastStep(points, startWalk())).toBe(false);
    expect(isLastStep(points, run([...answer(0), ...answer(0)]))).toBe(true);
  });

  it('ignores unknown actions', () => {
    const s0 = startWalk();
    expect(walk(points, s0, { type: 'jump' } as unknown as WalkAction)).toBe(s0);
  });
});

describe('ratings and the summary', () => {
  it('reads a rating, or undefined out of range', () => {
    expect(ratingOf(points, 1, 1)).toBe('recommended');
    expect(ratingOf(points, 5, 0)).toBeUndefined();
    expect(ratingOf(points, 0, 9)).toBeUndefined();
  });

  it('finds the best choices', () => {
    expect(bestChoices(points[0]!)).toEqual([0]);
    expect(bestChoices({ choices: [{ rating: 'acceptable' }, { rating: 'risky' }, { rating: 'acceptable' }] })).toEqual(
      [0, 2],
    );
  });

  it('counts answers by rating, in order', () => {
    const done = run([...answer(1), ...answer(1), ...answer(3)]);
    expect(summarise(points, done.answers)).toEqual({
      total: 3,
      answered: 3,
      counts: { recommended: 1, acceptable: 1, risky: 1 },
      items: [
        { step: 0, choice: 1, rating: 'risky' },
        { step: 1, choice: 1, rating: 'recommended' },
        { step: 2, choice: 3, rating: 'acceptable' },
      ],
    });
  });

  it('summarises a partial walk and skips answers that do not exist', () => {
    expect(summarise(points, [0])).toMatchObject({
      total: 3,
      answered: 1,
      counts: { recommended: 1, acceptable: 0, risky: 0 },
    });
    expect(summarise(points, [7, 1]).items).toEqual([{ step: 1, choice: 1, rating: 'recommended' }]);
  });
});

describe('the facilitator plan', () => {
  const steps = [
    { minutes: 5, activity: 'Read' },
    { minutes: 10, activity: 'Discuss 1' },
    { minutes: 12, activity: 'Debrief' },
  ];

  it('adds cumulative times', () => {
    expect(timedSteps(steps).map(({ start, end }) => [start, end])).toEqual([
      [0, 5],
      [5, 15],
      [15, 27],
    ]);
    expect(timedSteps(steps)[2]!.step.activity).toBe('Debrief');
  });

  it('totals the minutes', () => {
    expect(plannedMinutes(steps)).toBe(27);
    expect(plannedMinutes([])).toBe(0);
    expect(timedSteps([])).toEqual([]);
  });

  it('letters the choices', () => {
    expect([0, 1, 2, 3].map(choiceLetter)).toEqual(['A', 'B', 'C', 'D']);
  });
});
