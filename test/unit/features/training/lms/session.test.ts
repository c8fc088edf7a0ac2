/**
 * The session against scorm-again (the run-time LMSs embed) in Node: the values the LMS receives
 * for each version, resume, a damaged state, and the never-lower rule. The browser tests
 * (test/e2e/scorm.spec.ts) run the same with the real package page.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { courseSteps } from '#src/features/training/course.ts';
import {
  INTERACTION_LIMIT,
  correctIds,
  createSession,
  progressOf,
} from '#src/features/training/lms/runtime/session.ts';
import { connectLms, type WindowLike } from '#src/features/training/lms/runtime/scorm-api.ts';
import { initialState, markSeen, newAttempt, recordQuizResult } from '#src/features/training/lms/runtime/state.ts';
import { MODULES, RIGHT, scoData } from './fixtures.ts';

interface Api {
  LMSGetValue(element: string): string;
  GetValue(element: string): string;
  loadFromJSON(json: object): void;
  renderCMIToJSONObject(): { cmi: Record<string, unknown> };
}
let Scorm12API: new (s: object) => Api;
let Scorm2004API: new (s: object) => Api;

beforeAll(async () => {
  (globalThis as Record<string, unknown>).window ??= globalThis;
  ({ Scorm12API } = (await import('scorm-again/scorm12')) as unknown as { Scorm12API: typeof Scorm12API });
  ({ Scorm2004API } = (await import('scorm-again/scorm2004')) as unknown as { Scorm2004API: typeof Scorm2004API });
});

const steps = courseSteps(
  MODULES.map((m) => ({ id: m.id, minutes: m.minutes, lessons: m.lessons, questions: m.questions.length })),
  { end: true },
);

function lmsFor(version: '1.2' | '2004', record?: object) {
  const api = new (version === '1.2' ? Scorm12API : Scorm2004API)({ logLevel: 5 });
  if (record) api.loadFromJSON(record);
  const win: WindowLike = { [version === '1.2' ? 'API' : 'API_1484_11']: api };
  return { api, lms: connectLms(win, version) };
}

/** What an LMS keeps after a session: the data, with entry "resume" after a suspended exit. */
function kept(api: Api, version: '1.2' | '2004'): object {
  const { cmi } = api.renderCMIToJSONObject();
  const core = (version === '1.2' ? cmi.core : cmi) as Record<string, unknown>;
  core.entry = core.exit === 'suspend' ? 'resume' : '';
  core.exit = '';
  delete core.session_time;
  delete core.total_time;
  return JSON.parse(JSON.stringify(cmi));
}

describe('a session with a SCORM 1.2 LMS', () => {
  it('starts incomplete, then reports failed and passed with the best score, bookmark and resume state', () => {
    let now = 1_000_000;
    const { api, lms } = lmsFor('1.2');
    const data = scoData({ scorm: '1.2' });
    const session = createSession(lms, data, steps, () => now);
    const begun = session.start();
    expect(begun).toMatchObject({ resumed: false, lost: false });
    expect(api.LMSGetValue('cmi.core.lesson_status')).toBe('incomplete');

    let state = { ...begun.state, step: 4 };
    state.modules[0] = recordQuizResult(state.modules[0]!, 0.4, false);
    state.modules[1] = recordQuizResult(state.modules[1]!, 1, true);
    now += 62_500;
    session.save(state);
    expect(api.LMSGetValue('cmi.core.lesson_status')).toBe('failed');
    expect(api.LMSGetValue('cmi.core.score.raw')).toBe('70');
    expect(api.LMSGetValue('cmi.core.score.min')).toBe('0');
    expect(api.LMSGetValue('cmi.core.score.max')).toBe('100');
    expect(api.LMSGetValue('cmi.core.lesson_location')).toBe('beta/1');
    expect(api.LMSGetValue('cmi.objectives.0.id')).toBe('alpha');
    expect(api.LMSGetValue('cmi.objectives.0.status')).toBe('failed');
    expect(api.LMSGetValue('cmi.objectives.1.status')).toBe('passed');
    expect(session.errors).toEqual([]);

    state = { ...state, modules: [recordQuizResult(newAttempt(state.modules[0]!), 0.8, true), state.modules[1]!] };
    session.save(state);
    expect(api.LMSGetValue('cmi.core.lesson_status')).toBe('passed');
    expect(api.LMSGetValue('cmi.core.score.raw')).toBe('90');
    session.end(state);
    const record = kept(api, '1.2') as { core: Record<string, string> };
    expect(record.core.entry).toBe('');
    expect(api.renderCMIToJSONObject().cmi).toMatchObject({ core: { exit: '', session_time: '00:01:02.5' } });

    // The next session resumes: same state, status kept.
    const next = lmsFor('1.2', record);
    const again = createSession(next.lms, data, steps).start();
    expect(again.resumed).toBe(true);
    expect(again.state).toEqual(state);
    expect(again.recorded).toEqual({ completed: true, passed: true, score: 0.9 });
  });

  it('leaves suspended while not passed, so that the LMS resumes', () => {
    const { api, lms } = lmsFor('1.2');
    const session = createSession(lms, scoData({ scorm: '1.2' }), steps);
    const { state } = session.start();
    session.end({ ...state, step: 3 });
    const record = kept(api, '1.2') as { core: Record<string, string> };
    expect(record.core.entry).toBe('resume');
    expect(record.core.lesson_location).toBe('alpha/quiz');
  });
});

describe('a session with a SCORM 2004 LMS', () => {
  it('reports completion, success, scaled score, progress and one interaction per answer', () => {
    const { api, lms } = lmsFor('2004');
    const data = scoData();
    const session = createSession(lms, data, steps);
    let { state } = session.start();
    expect(api.GetValue('cmi.completion_status')).toBe('incomplete');
    state = { ...state, modules: [markSeen(state.modules[0]!, 1), state.modules[1]!] };
    const wrong = [['a'], ['a'], ['true'], [], ['a']];
    state.modules[0] = recordQuizResult({ ...state.modules[0]!, answers: wrong }, 0.2, false);
    session.recordAnswers(0, wrong, new Date('2026-12-02T10:00:00Z'));
    session.save(state);
    expect(api.GetValue('cmi.completion_status')).toBe('incomplete');
    expect(api.GetValue('cmi.success_status')).toBe('unknown');
    expect(api.GetValue('cmi.score.scaled')).toBe('0.1');
    expect(api.GetValue('cmi.progress_measure')).toBe(String(progressOf(data, state)));
    expect(api.GetValue('cmi.interactions._count')).toBe('5');
    expect(api.GetValue('cmi.interactions.0.id')).toBe('alpha.q1');
    expect(api.GetValue('cmi.interactions.0.type')).toBe('choice');
    expect(api.GetValue('cmi.interactions.0.learner_response')).toBe('a');
    expect(api.GetValue('cmi.interactions.0.result')).toBe('incorrect');
    expect(api.GetValue('cmi.interactions.0.correct_responses.0.pattern')).toBe('b');
    expect(api.GetValue('cmi.interactions.1.correct_responses.0.pattern')).toBe('a[,]c');
    expect(api.GetValue('cmi.interactions.2.type')).toBe('true-false');
    expect(api.GetValue('cmi.interactions.2.correct_responses.0.pattern')).toBe('false');
    expect(api.GetValue('cmi.interactions.3.result')).toBe('incorrect'); // not answered
    expect(api.GetValue('cmi.interactions.0.timestamp')).toBe('2026-12-02T10:00:00');
    expect(api.GetValue('cmi.interactions.0.weighting')).toBe('1');
    expect(api.GetValue('cmi.interactions.0.objectives.0.id')).toBe('alpha');

    session.recordAnswers(0, RIGHT);
    expect(api.GetValue('cmi.interactions._count')).toBe('10');
    expect(api.GetValue('cmi.interactions.6.learner_response')).toBe('a[,]c');
    expect(api.GetValue('cmi.interactions.6.result')).toBe('correct');

    state.modules[0] = recordQuizResult(newAttempt(state.modules[0]!), 1, true);
    state.modules[1] = recordQuizResult(state.modules[1]!, 0.8, true);
    session.save(state);
    expect(api.GetValue('cmi.completion_status')).toBe('completed');
    expect(api.GetValue('cmi.success_status')).toBe('passed');
    expect(api.GetValue('cmi.score.scaled')).toBe('0.9');
    expect(api.GetValue('cmi.score.raw')).toBe('90');
    expect(api.GetValue('cmi.objectives.1.success_status')).toBe('passed');
    expect(api.GetValue('cmi.exit')).toBe('');
    session.end(state);
    expect(api.renderCMIToJSONObject().cmi).toMatchObject({ exit: 'normal' });
    expect(session.errors).toEqual([]);
  });

  it('stops journaling answers at the interaction limit', () => {
    const { api, lms } = lmsFor('2004');
    const session = createSession(lms, scoData(), steps);
    session.start();
    for (let i = 0; i < INTERACTION_LIMIT / 5 + 3; i++) session.recordAnswers(1, RIGHT);
    expect(api.GetValue('cmi.interactions._count')).toBe(String(INTERACTION_LIMIT));
  });

  it('starts cleanly from a damaged resume state and keeps the recorded pass and score', () => {
    const record = {
      entry: 'resume',
      completion_status: 'completed',
      success_status: 'passed',
      score: { scaled: '0.95', raw: '95', min: '0', max: '100' },
      location: 'beta/quiz',
      suspend_data: '{"f":1,"v":"abcd1234","s":3,"m":[[1,"x"]]}',
    };
    const { api, lms } = lmsFor('2004', record);
    const session = createSession(lms, scoData(), steps);
    const begun = session.start();
    expect(begun).toMatchObject({ resumed: false, lost: true });
    expect(begun.state).toEqual(initialState(MODULES));
    // Nothing lowered: not at the start, and not after a worse attempt.
    expect(api.GetValue('cmi.completion_status')).toBe('completed');
    const state = begun.state;
    state.modules[0] = recordQuizResult(state.modules[0]!, 0.2, false);
    session.save(state);
    expect(api.GetValue('cmi.success_status')).toBe('passed');
    expect(api.GetValue('cmi.completion_status')).toBe('completed');
    expect(api.GetValue('cmi.score.scaled')).toBe('0.95');
    expect(api.GetValue('cmi.objectives._count')).toBe('1'); // only the module tried in this session
    expect(session.outcome(state)).toEqual({ completed: true, passed: true, score: 0.95 });
  });

  it('without a resume state, starts at the bookmark', () => {
    const { lms } = lmsFor('2004', { entry: 'resume', location: 'beta/2' });
    const begun = createSession(lms, scoData(), steps).start();
    expect(steps[begun.state.step]!.id).toBe('beta/2');
  });
});

describe('the correct responses', () => {
  it('are found from the encoded key, never stored in the package', () => {
    expect(MODULES[0]!.questions.map((q) => correctIds('alpha', q))).toEqual(RIGHT.map((r) => [...r].sort()));
    expect(JSON.stringify(MODULES)).not.toContain('"correct"');
    expect(correctIds('beta', MODULES[0]!.questions[0]!)).toEqual([]); // another quiz's key
  });
});
