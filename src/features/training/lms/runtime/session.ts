/**
 * One learner session of a package with the LMS: what is read at the start (the recorded outcome,
 * the bookmark, the resume state) and what is written as the learner goes (bookmark, resume state,
 * completion, pass/fail, score, progress, per-module objectives; in 2004 one interaction per
 * question answered), and at the end (session time, exit). No DOM: the page (sco.ts) calls it, and
 * the unit tests drive it with a fake LMS.
 */
import { checkAnswer, type ClientQuestion } from '../../quiz/quiz.ts';
import type { Step } from '../../course.ts';
import { stepIndex } from '../../course.ts';
import type { ScoData } from '../types.ts';
import {
  completion2004,
  description2004,
  duration2004,
  interactionType,
  mergeOutcome,
  outcomeFrom12,
  outcomeFrom2004,
  outcomeOf,
  responsePattern,
  scoreValues,
  status12,
  success2004,
  timespan12,
  timestamp2004,
  type Outcome,
} from './cmi.ts';
import type { Lms } from './scorm-api.ts';
import { decodeState, encodeState, initialState, type ModuleState, type ScoState } from './state.ts';

/** At most this many interaction records are written (the 2004 SPM the LMS must support: 250). */
export const INTERACTION_LIMIT = 250;

/** How the session began. */
export interface SessionStart {
  state: ScoState;
  /** The LMS gave a resume state that was restored. */
  resumed: boolean;
  /** The LMS gave a resume state that could not be used (damaged, or of another version): the course starts cleanly. */
  lost: boolean;
  /** What the LMS had recorded before this session. */
  recorded: Outcome;
}

export interface Session {
  start(): SessionStart;
  /** Writes the bookmark, resume state, status, score, progress and objectives (no commit). */
  save(state: ScoState): void;
  /** Writes one interaction per question of a checked quiz attempt (2004 only). */
  recordAnswers(module: number, answers: readonly (readonly string[])[], now?: Date): void;
  commit(): boolean;
  /** A last save (with session time and exit) and commit, then LMSFinish / Terminate. */
  end(state: ScoState): void;
  /** The outcome to show the learner: this session's, never below the recorded one. */
  outcome(state: ScoState): Outcome;
  /** Errors the LMS reported, most recent last. */
  errors: string[];
}

/**
 * The correct option ids of a question, found from its encoded key (quiz/quiz.ts) by trying each
 * possible selection: at most 63 for six options. The package needs them for the 2004
 * `correct_responses` pattern, and keeps them out of its HTML as the site does.
 */
export function correctIds(quizId: string, question: Pick<ClientQuestion, 'id' | 'key' | 'options'>): string[] {
  const ids = question.options.map((o) => o.id);
  for (let mask = 1; mask < 1 << ids.length; mask++) {
    const pick = ids.filter((_, i) => mask & (1 << i));
    if (checkAnswer(question.key, quizId, question.id, pick)) return pick;
  }
  return [];
}

/** The progress of a state, 0–1: lessons seen and quizzes checked, over all of them. */
export function progressOf(data: Pick<ScoData, 'modules'>, state: ScoState): number {
  let done = 0;
  let total = 0;
  data.modules.forEach((m, i) => {
    const s = state.modules[i]!;
    total += m.lessons.length + 1;
    done += s.seen.length + (s.tries > 0 || s.passed ? 1 : 0);
  });
  return total === 0 ? 0 : Math.round((done / total) * 1000) / 1000;
}

export function createSession(
  lms: Lms,
  data: ScoData,
  steps: readonly Step[],
  clock: () => number = Date.now,
): Session {
  const v12 = lms.version === '1.2';
  const started = clock();
  const errors: string[] = [];
  let recorded: Outcome = { completed: false, passed: undefined, score: undefined };

  const set = (element: string, value: string | number) => {
    if (!lms.set(element, String(value))) {
      const e = lms.lastError();
      if (e) errors.push(`${element}: ${e}`);
    }
  };

  const outcome = (state: ScoState) => mergeOutcome(recorded, outcomeOf(state.modules));

  function writeOutcome(state: ScoState): void {
    const o = outcome(state);
    const prefix = v12 ? 'cmi.core.score.' : 'cmi.score.';
    for (const [k, v] of scoreValues(o, lms.version)) set(prefix + k, v);
    if (v12) set('cmi.core.lesson_status', status12(o));
    else {
      set('cmi.completion_status', completion2004(o));
      set('cmi.success_status', success2004(o));
      set('cmi.progress_measure', progressOf(data, state));
    }
  }

  /** One objective per module, written once its quiz has been checked (so a lost state never lowers one). */
  function writeObjectives(state: ScoState): void {
    data.modules.forEach((m, i) => {
      const s: ModuleState = state.modules[i]!;
      if (s.tries === 0) return;
      const base = `cmi.objectives.${i}.`;
      const one = outcomeOf([s]);
      set(`${base}id`, m.id);
      for (const [k, v] of scoreValues(one, lms.version)) set(`${base}score.${k}`, v);
      if (v12) set(`${base}status`, status12(one));
      else {
        set(`${base}success_status`, success2004(one));
        set(`${base}completion_status`, completion2004(one));
      }
    });
  }

  /**
   * Session time so far, and how the learner leaves: once passed, the attempt is over ("" / normal);
   * before that "suspend", so that the LMS keeps the place and resumes it next time. Written with
   * every save, so a window closed without warning still leaves them set.
   */
  function writeExit(state: ScoState): void {
    const elapsed = clock() - started;
    set(v12 ? 'cmi.core.session_time' : 'cmi.session_time', v12 ? timespan12(elapsed) : duration2004(elapsed));
    const passed = outcome(state).passed === true;
    set(v12 ? 'cmi.core.exit' : 'cmi.exit', passed ? (v12 ? '' : 'normal') : 'suspend');
  }

  function save(state: ScoState): void {
    set(v12 ? 'cmi.core.lesson_location' : 'cmi.location', steps[state.step]?.id ?? '');
    set('cmi.suspend_data', encodeState(state, data.version));
    writeOutcome(state);
    writeObjectives(state);
    writeExit(state);
  }

  return {
    errors,
    outcome,
    start() {
      if (v12) {
        recorded = outcomeFrom12(lms.get('cmi.core.lesson_status'), lms.get('cmi.core.score.raw'));
      } else {
        recorded = outcomeFrom2004(
          lms.get('cmi.completion_status'),
          lms.get('cmi.success_status'),
          lms.get('cmi.score.scaled'),
        );
      }
      const suspend = lms.get('cmi.suspend_data');
      const decoded = decodeState(suspend, data.version, data.modules, steps.length);
      const state = decoded ?? initialState(data.modules);
      if (!decoded) {
        // No usable resume state: the bookmark alone still says where the learner was.
        const at = stepIndex(steps, lms.get(v12 ? 'cmi.core.lesson_location' : 'cmi.location'));
        if (at !== undefined && suspend === '') state.step = at;
      }
      // First launch: say the learner has started, without touching a recorded completion or result.
      const status = v12 ? lms.get('cmi.core.lesson_status') : lms.get('cmi.completion_status');
      if (status === '' || status === 'not attempted' || status === 'unknown') {
        set(v12 ? 'cmi.core.lesson_status' : 'cmi.completion_status', 'incomplete');
      }
      return { state, resumed: decoded !== undefined, lost: !decoded && suspend !== '', recorded };
    },
    save,
    recordAnswers(module, answers, now = new Date(clock())) {
      if (v12) return;
      const m = data.modules[module];
      if (!m) return;
      let n = Number(lms.get('cmi.interactions._count')) || 0;
      m.questions.forEach((q, i) => {
        if (n >= INTERACTION_LIMIT) return;
        const selected = answers[i] ?? [];
        const base = `cmi.interactions.${n}.`;
        const type = interactionType(q);
        const right = selected.length > 0 && checkAnswer(q.key, m.id, q.id, selected);
        set(`${base}id`, `${m.id}.${q.id}`);
        set(`${base}type`, type);
        set(`${base}objectives.0.id`, m.id);
        set(`${base}timestamp`, timestamp2004(now));
        set(`${base}weighting`, 1);
        set(`${base}correct_responses.0.pattern`, responsePattern(correctIds(m.id, q)));
        if (selected.length > 0) set(`${base}learner_response`, responsePattern(selected));
        set(`${base}result`, right ? 'correct' : 'incorrect');
        set(`${base}description`, description2004(q.prompt, data.locale));
        n += 1;
      });
    },
    commit() {
      const done = lms.commit();
      if (!done) {
        const e = lms.lastError();
        if (e) errors.push(`commit: ${e}`);
      }
      return done;
    },
    end(state) {
      save(state);
      lms.commit();
      lms.finish();
    },
  };
}
