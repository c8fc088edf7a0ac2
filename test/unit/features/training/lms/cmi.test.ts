import { describe, expect, it } from 'vitest';
import {
  completion2004,
  description2004,
  duration2004,
  interactionType,
  mergeOutcome,
  outcomeFrom12,
  outcomeFrom2004,
  outcomeOf,
  rawScore,
  responsePattern,
  scaledScore,
  scoreValues,
  status12,
  success2004,
  timespan12,
  timestamp2004,
} from '#src/features/training/lms/runtime/cmi.ts';
import { initialState, recordQuizResult } from '#src/features/training/lms/runtime/state.ts';
import { MODULES } from './fixtures.ts';

const fresh = () => initialState(MODULES).modules;

describe('the outcome of a package', () => {
  it('is open until every module’s quiz has been checked, then passed or failed', () => {
    const mods = fresh();
    expect(outcomeOf(mods)).toEqual({ completed: false, passed: undefined, score: undefined });
    mods[0] = recordQuizResult(mods[0]!, 1, true);
    expect(outcomeOf(mods)).toEqual({ completed: false, passed: undefined, score: 0.5 });
    mods[1] = recordQuizResult(mods[1]!, 0.6, false);
    expect(outcomeOf(mods)).toEqual({ completed: true, passed: false, score: 0.8 });
    mods[1] = recordQuizResult(mods[1]!, 0.8, true);
    expect(outcomeOf(mods)).toEqual({ completed: true, passed: true, score: 0.9 });
  });

  it('in SCORM 1.2 is one status; in 2004 completion and success apart', () => {
    const open = { completed: false, passed: undefined, score: undefined };
    const failed = { completed: true, passed: false, score: 0.5 };
    const passed = { completed: true, passed: true, score: 1 };
    expect([open, failed, passed].map(status12)).toEqual(['incomplete', 'failed', 'passed']);
    expect(status12({ completed: true, passed: undefined, score: undefined })).toBe('completed');
    expect([open, failed, passed].map(completion2004)).toEqual(['incomplete', 'completed', 'completed']);
    expect([open, failed, passed].map(success2004)).toEqual(['unknown', 'failed', 'passed']);
  });

  it('never lowers what the LMS recorded', () => {
    const recorded = outcomeFrom12('passed', '90');
    expect(recorded).toEqual({ completed: true, passed: true, score: 0.9 });
    expect(mergeOutcome(recorded, { completed: true, passed: false, score: 0.2 })).toEqual({
      completed: true,
      passed: true,
      score: 0.9,
    });
    expect(mergeOutcome(outcomeFrom12('failed', '40'), { completed: false, passed: undefined, score: 0.6 })).toEqual({
      completed: true,
      passed: false,
      score: 0.6,
    });
    expect(
      mergeOutcome(outcomeFrom2004('unknown', 'unknown', ''), {
        completed: false,
        passed: undefined,
        score: undefined,
      }),
    ).toEqual({
      completed: false,
      passed: undefined,
      score: undefined,
    });
    expect(outcomeFrom2004('completed', 'passed', '0.85')).toEqual({ completed: true, passed: true, score: 0.85 });
    expect(outcomeFrom12('not attempted', '')).toEqual({ completed: false, passed: undefined, score: undefined });
    expect(outcomeFrom12('incomplete', 'abc').score).toBeUndefined();
  });
});

describe('values in the run-time data model', () => {
  it('scores as 0–100 with min and max, and scaled 0–1 in 2004', () => {
    expect(rawScore(10 / 13)).toBe(76.92);
    expect(rawScore(0.8)).toBe(80);
    expect(scaledScore(10 / 13)).toBe(0.7692);
    expect(scoreValues({ completed: false, passed: undefined, score: undefined }, '1.2')).toEqual([]);
    expect(scoreValues({ completed: true, passed: true, score: 0.8 }, '1.2')).toEqual([
      ['min', '0'],
      ['max', '100'],
      ['raw', '80'],
    ]);
    expect(scoreValues({ completed: true, passed: true, score: 0.8 }, '2004')).toContainEqual(['scaled', '0.8']);
  });

  it('writes session time as CMITimespan (1.2) and ISO 8601 durations (2004)', () => {
    expect(timespan12(0)).toBe('00:00:00');
    expect(timespan12(62_500)).toBe('00:01:02.5');
    expect(timespan12(3_723_040)).toBe('01:02:03.04');
    expect(timespan12(1e12)).toBe('9999:59:59.99');
    for (const ms of [0, 5, 62_500, 3_723_040, 360_000_000])
      expect(timespan12(ms)).toMatch(/^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/);
    expect(duration2004(0)).toBe('PT0S');
    expect(duration2004(62_500)).toBe('PT1M2.5S');
    expect(duration2004(3_723_040)).toBe('PT1H2M3.04S');
    expect(duration2004(3_600_000)).toBe('PT1H');
    expect(timestamp2004(new Date('2026-12-02T10:11:12.345Z'))).toBe('2026-12-02T10:11:12');
  });

  it('describes questions as interactions', () => {
    expect(interactionType({ type: 'true-false', options: [{ id: 'true' }, { id: 'false' }] })).toBe('true-false');
    expect(interactionType({ type: 'true-false', options: [{ id: 'a' }, { id: 'b' }] })).toBe('choice');
    expect(interactionType({ type: 'multiple', options: [{ id: 'a' }] })).toBe('choice');
    expect(responsePattern(['c', 'a'])).toBe('a[,]c');
    expect(responsePattern(['true'])).toBe('true');
    expect(description2004('What  is\nit?', 'en')).toBe('{lang=en}What is it?');
    const long = description2004('x'.repeat(400), 'fr');
    expect(long).toHaveLength(250);
    expect(long.endsWith('…')).toBe(true);
  });
});
