/**
 * The learner's place and answers inside a SCORM package, kept by the LMS in `cmi.suspend_data`:
 * which step they are on, which lessons they have seen, their knowledge-check answers, and for each
 * module's quiz the attempt number, the answers of the current attempt, whether it was checked, the
 * best score and whether it was passed.
 *
 * Encoded compactly, because SCORM 1.2 guarantees only 4,096 characters: positional arrays, option
 * ids joined with "+", answers of one quiz joined with ",". The encoding carries its format number
 * and the package's content version, and `decodeState` validates everything against the package
 * (counts, option ids, ranges). Anything unexpected, from an older package or a damaged record,
 * gives `undefined`: the runtime then starts cleanly, and leaves the LMS's own completion and score
 * as they were (see cmi.ts). Pure, no DOM.
 */
import type { ScoModule } from '../types.ts';

/** The format of the encoded state; a new format makes older states start cleanly. */
export const STATE_FORMAT = 1;
/** What SCORM 1.2 guarantees for `cmi.suspend_data` (2004 4th edition: 64,000). */
export const SUSPEND_DATA_LIMIT_12 = 4096;

export interface ModuleState {
  /** Lesson numbers seen (1-based). */
  seen: number[];
  /** Per knowledge check (in the module's `checks` order): the checked selection, or null. */
  checks: (string[] | null)[];
  /** Quiz attempt number (0 for the first): seeds the option order. */
  attempt: number;
  /** The current attempt's selection per question (in `questions` order). */
  answers: string[][];
  /** Whether the current attempt has been checked (its result is shown). */
  checked: boolean;
  /** Attempts checked so far. */
  tries: number;
  /** Best share of right answers so far, 0–1; undefined before the first check. */
  best?: number;
  /** Whether any attempt passed. */
  passed: boolean;
}

export interface ScoState {
  /** Index of the current step (course.ts `courseSteps`). */
  step: number;
  modules: ModuleState[];
}

/** A fresh state for a package. */
export function initialState(modules: readonly ScoModule[]): ScoState {
  return {
    step: 0,
    modules: modules.map((m) => ({
      seen: [],
      checks: m.checks.map(() => null),
      attempt: 0,
      answers: m.questions.map(() => []),
      checked: false,
      tries: 0,
      passed: false,
    })),
  };
}

const joinSelection = (ids: readonly string[] | null) => (ids ?? []).join('+');
const splitSelection = (text: string) => (text === '' ? [] : text.split('+'));

/** Lesson numbers as a bit mask (lesson 1 = bit 0). */
function seenMask(seen: readonly number[]): number {
  return seen.reduce((mask, n) => mask | (1 << (n - 1)), 0);
}

/** The state as the text stored in `cmi.suspend_data`. */
export function encodeState(state: ScoState, version: string): string {
  return JSON.stringify({
    f: STATE_FORMAT,
    v: version,
    s: state.step,
    m: state.modules.map((m) => [
      seenMask(m.seen),
      m.checks.map(joinSelection).join(','),
      m.attempt,
      m.answers.map(joinSelection).join(','),
      m.checked ? 1 : 0,
      m.tries,
      m.best === undefined ? -1 : Math.round(m.best * 10000),
      m.passed ? 1 : 0,
    ]),
  });
}

const isInt = (v: unknown, min: number, max = Number.MAX_SAFE_INTEGER): v is number =>
  typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;

/** A selection for a question, if every id is one of its options (and at most one for single-answer types). */
function validSelection(
  text: unknown,
  question: { type: string; options: readonly { id: string }[] },
): string[] | undefined {
  if (typeof text !== 'string') return undefined;
  const ids = splitSelection(text);
  if (new Set(ids).size !== ids.length) return undefined;
  if (!ids.every((id) => question.options.some((o) => o.id === id))) return undefined;
  if (question.type !== 'multiple' && ids.length > 1) return undefined;
  return ids;
}

function decodeModule(raw: unknown, module: ScoModule): ModuleState | undefined {
  if (!Array.isArray(raw) || raw.length !== 8) return undefined;
  const [mask, checksText, attempt, answersText, checked, tries, best, passed] = raw as unknown[];
  const lessons = module.lessons.length;
  if (!isInt(mask, 0, 2 ** lessons - 1)) return undefined;
  if (typeof checksText !== 'string' || typeof answersText !== 'string') return undefined;
  const checkParts = module.checks.length === 0 ? [] : checksText.split(',');
  const answerParts = module.questions.length === 0 ? [] : answersText.split(',');
  if (checkParts.length !== module.checks.length || answerParts.length !== module.questions.length) return undefined;
  const checks: (string[] | null)[] = [];
  for (let i = 0; i < checkParts.length; i++) {
    const ids = validSelection(checkParts[i], module.checks[i]!);
    if (!ids) return undefined;
    checks.push(ids.length > 0 ? ids : null);
  }
  const answers: string[][] = [];
  for (let i = 0; i < answerParts.length; i++) {
    const ids = validSelection(answerParts[i], module.questions[i]!);
    if (!ids) return undefined;
    answers.push(ids);
  }
  if (!isInt(attempt, 0, 1_000_000) || !isInt(tries, 0, 1_000_000)) return undefined;
  if (checked !== 0 && checked !== 1) return undefined;
  if (passed !== 0 && passed !== 1) return undefined;
  if (!isInt(best, -1, 10000)) return undefined;
  if ((best === -1) !== (tries === 0)) return undefined;
  if (passed === 1 && tries === 0) return undefined;
  if (checked === 1 && tries === 0) return undefined;
  const seen: number[] = [];
  for (let n = 1; n <= lessons; n++) if (mask & (1 << (n - 1))) seen.push(n);
  const state: ModuleState = { seen, checks, attempt, answers, checked: checked === 1, tries, passed: passed === 1 };
  if (best !== -1) state.best = best / 10000;
  return state;
}

/**
 * The state stored in `cmi.suspend_data`, if it is a state of this format and content version
 * whose every part fits the package; otherwise undefined (an empty text is undefined too).
 */
export function decodeState(
  text: string | null | undefined,
  version: string,
  modules: readonly ScoModule[],
  steps: number,
): ScoState | undefined {
  if (!text) return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return undefined;
  const { f, v, s, m } = raw as Record<string, unknown>;
  if (f !== STATE_FORMAT || v !== version || !isInt(s, 0, steps - 1)) return undefined;
  if (!Array.isArray(m) || m.length !== modules.length) return undefined;
  const decoded: ModuleState[] = [];
  for (let i = 0; i < modules.length; i++) {
    const module = decodeModule(m[i], modules[i]!);
    if (!module) return undefined;
    decoded.push(module);
  }
  return { step: s, modules: decoded };
}

/** The state after a quiz attempt was checked: counts the try, keeps the best score and a pass. */
export function recordQuizResult(module: ModuleState, ratio: number, passed: boolean): ModuleState {
  return {
    ...module,
    checked: true,
    tries: module.tries + 1,
    best: Math.max(module.best ?? 0, ratio),
    passed: module.passed || passed,
  };
}

/** The state when the learner starts a new attempt: answers cleared, options in a new order. */
export function newAttempt(module: ModuleState): ModuleState {
  return { ...module, attempt: module.attempt + 1, checked: false, answers: module.answers.map(() => []) };
}

/** The state with a lesson marked as seen. */
export function markSeen(module: ModuleState, lesson: number): ModuleState {
  return module.seen.includes(lesson) ? module : { ...module, seen: [...module.seen, lesson].sort((a, b) => a - b) };
}
