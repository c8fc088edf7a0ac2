import { describe, expect, it } from 'vitest';
import {
  SUSPEND_DATA_LIMIT_12,
  decodeState,
  encodeState,
  initialState,
  markSeen,
  newAttempt,
  recordQuizResult,
  type ScoState,
} from '#src/features/training/lms/runtime/state.ts';
import { MODULES } from './fixtures.ts';

const V = 'abcd1234';
const STEPS = 3 + 1 + 2 + 1 + 1;

function busy(): ScoState {
  const s = initialState(MODULES);
  s.step = 4;
  s.modules[0] = recordQuizResult(
    {
      ...markSeen(markSeen(s.modules[0]!, 3), 1),
      checks: [['a'], ['b', 'c']],
      answers: [['b'], ['a', 'c'], ['false'], [], ['c']],
    },
    0.6,
    false,
  );
  s.modules[1] = { ...s.modules[1]!, attempt: 2, answers: [['a'], [], ['true'], ['b'], []] };
  return s;
}

describe('the resume state', () => {
  it('starts with nothing seen, answered or tried', () => {
    const s = initialState(MODULES);
    expect(s.step).toBe(0);
    expect(s.modules[0]).toEqual({
      seen: [],
      checks: [null, null],
      attempt: 0,
      answers: [[], [], [], [], []],
      checked: false,
      tries: 0,
      passed: false,
    });
  });

  it('survives encoding and decoding unchanged', () => {
    const s = busy();
    const text = encodeState(s, V);
    expect(decodeState(text, V, MODULES, STEPS)).toEqual(s);
    expect(decodeState(encodeState(initialState(MODULES), V), V, MODULES, STEPS)).toEqual(initialState(MODULES));
  });

  it('is compact: a nine-module path with every answer given fits SCORM 1.2’s 4,096 characters', () => {
    const nine = Array.from({ length: 9 }, (_, i) => ({ ...MODULES[0]!, id: `m${i}` }));
    const full: ScoState = {
      step: 40,
      modules: nine.map((m) => ({
        seen: m.lessons.map((_, i) => i + 1),
        checks: m.checks.map((c) => (c.type === 'multiple' ? c.options : c.options.slice(0, 1)).map((o) => o.id)),
        attempt: 12,
        answers: m.questions.map((q) => (q.type === 'multiple' ? q.options : q.options.slice(0, 1)).map((o) => o.id)),
        checked: true,
        tries: 12,
        best: 0.7692,
        passed: true,
      })),
    };
    const text = encodeState(full, V);
    expect(text.length).toBeLessThan(SUSPEND_DATA_LIMIT_12 / 4);
    expect(decodeState(text, V, nine, 41)).toEqual(full);
  });

  it('refuses anything that does not fit the package, so the course starts cleanly', () => {
    const good = JSON.parse(encodeState(busy(), V));
    const bad = (change: (x: typeof good) => void) => {
      const copy = structuredClone(good);
      change(copy);
      return decodeState(JSON.stringify(copy), V, MODULES, STEPS);
    };
    expect(decodeState('', V, MODULES, STEPS)).toBeUndefined();
    expect(decodeState(undefined, V, MODULES, STEPS)).toBeUndefined();
    expect(decodeState('not json', V, MODULES, STEPS)).toBeUndefined();
    expect(decodeState('[]', V, MODULES, STEPS)).toBeUndefined();
    expect(decodeState(encodeState(busy(), V), 'other-version', MODULES, STEPS)).toBeUndefined();
    expect(bad((x) => (x.f = 2))).toBeUndefined();
    expect(bad((x) => (x.s = STEPS))).toBeUndefined();
    expect(bad((x) => (x.s = -1))).toBeUndefined();
    expect(bad((x) => x.m.pop())).toBeUndefined();
    expect(bad((x) => (x.m[0][0] = 8))).toBeUndefined(); // lesson 4 of a 3-lesson module
    expect(bad((x) => (x.m[0][1] = 'a'))).toBeUndefined(); // one check answer for two checks
    expect(bad((x) => (x.m[0][1] = 'z,'))).toBeUndefined(); // no option z
    expect(bad((x) => (x.m[0][3] = 'a+b,,,,'))).toBeUndefined(); // two answers to a single-answer question
    expect(bad((x) => (x.m[0][3] = 'b,a+a,,,'))).toBeUndefined(); // the same option twice
    expect(bad((x) => (x.m[0][5] = 0))).toBeUndefined(); // a best score without a try
    expect(bad((x) => (x.m[1][7] = 1))).toBeUndefined(); // passed without a try
    expect(bad((x) => (x.m[0][6] = 10001))).toBeUndefined();
    expect(bad((x) => (x.m[0][2] = 1.5))).toBeUndefined();
    expect(bad((x) => (x.m[0] = {}))).toBeUndefined();
  });

  it('keeps the best score and a pass across attempts; a new attempt clears the answers', () => {
    let m = initialState(MODULES).modules[0]!;
    m = recordQuizResult(m, 0.4, false);
    m = recordQuizResult(newAttempt(m), 1, true);
    m = recordQuizResult(newAttempt(m), 0.2, false);
    expect(m).toMatchObject({ tries: 3, best: 1, passed: true, attempt: 2, checked: true });
    expect(newAttempt(m)).toMatchObject({ attempt: 3, checked: false, answers: [[], [], [], [], []] });
    expect(markSeen(markSeen(m, 2), 2).seen).toEqual([2]);
  });
});
