/**
 * What the package reports to the LMS, in the words of each SCORM version's run-time data model:
 * pure functions from the learner's state to `cmi.*` values. The runtime (sco.ts) sets them.
 *
 * Rules, for a package of one module or of several (a role path):
 * - completed: the quiz of every module has been checked at least once (or passed);
 * - passed: the quiz of every module has been passed, each against its own pass mark; failed:
 *   completed but not passed; before that, incomplete (1.2) or success unknown (2004);
 * - score: the mean of the modules' best quiz scores (a module not tried counts 0), reported once
 *   any quiz has been checked, as raw 0–100 with min 0 and max 100 (and scaled 0–1 in 2004);
 * - what the LMS recorded before this session is never lowered: a learner who passed earlier stays
 *   passed, and the better score is kept, even if the resume state was lost (`merge…`).
 */
import type { ModuleState } from './state.ts';

export type Status12 = 'passed' | 'completed' | 'failed' | 'incomplete' | 'browsed' | 'not attempted';
export type Completion2004 = 'completed' | 'incomplete' | 'not attempted' | 'unknown';
export type Success2004 = 'passed' | 'failed' | 'unknown';

/** Where the learner stands, whatever the SCORM version. */
export interface Outcome {
  completed: boolean;
  /** true: passed; false: failed; undefined: not decided yet. */
  passed: boolean | undefined;
  /** 0–1, or undefined while no quiz has been checked. */
  score: number | undefined;
}

/** The outcome of a state: see the rules above. */
export function outcomeOf(modules: readonly ModuleState[]): Outcome {
  const completed = modules.length > 0 && modules.every((m) => m.tries > 0 || m.passed);
  const allPassed = modules.length > 0 && modules.every((m) => m.passed);
  const tried = modules.some((m) => m.tries > 0);
  return {
    completed,
    passed: allPassed ? true : completed ? false : undefined,
    score: tried ? modules.reduce((sum, m) => sum + (m.best ?? 0), 0) / modules.length : undefined,
  };
}

/** The outcome the LMS had recorded before this session, read from its values. */
export function outcomeFrom12(status: string, raw: string): Outcome {
  const score = parseScore(raw, 100);
  return {
    completed: status === 'passed' || status === 'failed' || status === 'completed',
    passed: status === 'passed' ? true : status === 'failed' ? false : undefined,
    score,
  };
}

export function outcomeFrom2004(completion: string, success: string, scaled: string): Outcome {
  const n = scaled === '' ? Number.NaN : Number(scaled);
  return {
    completed: completion === 'completed',
    passed: success === 'passed' ? true : success === 'failed' ? false : undefined,
    score: Number.isFinite(n) ? Math.min(1, Math.max(0, n)) : undefined,
  };
}

function parseScore(raw: string, max: number): number | undefined {
  if (raw === '') return undefined;
  const n = Number(raw);
  return Number.isFinite(n) ? Math.min(1, Math.max(0, n / max)) : undefined;
}

/** This session's outcome, never below what the LMS recorded before. */
export function mergeOutcome(recorded: Outcome, now: Outcome): Outcome {
  const passed =
    recorded.passed === true || now.passed === true
      ? true
      : recorded.passed === false || now.passed === false
        ? false
        : undefined;
  const scores = [recorded.score, now.score].filter((s): s is number => s !== undefined);
  return {
    completed: recorded.completed || now.completed || passed === true,
    passed,
    score: scores.length > 0 ? Math.max(...scores) : undefined,
  };
}

/** A 0–1 score as raw 0–100 with at most two decimals (12 of 15 → 80; 10 of 13 → 76.92). */
export function rawScore(score: number): number {
  return Math.round(Math.min(1, Math.max(0, score)) * 10000) / 100;
}

/** A 0–1 score as `cmi.score.scaled` (at most four decimals). */
export function scaledScore(score: number): number {
  return Math.round(Math.min(1, Math.max(0, score)) * 10000) / 10000;
}

/** `cmi.core.lesson_status` (1.2) for an outcome. */
export function status12(outcome: Outcome): Status12 {
  if (outcome.passed === true) return 'passed';
  if (outcome.passed === false) return 'failed';
  return outcome.completed ? 'completed' : 'incomplete';
}

/** `cmi.completion_status` (2004) for an outcome. */
export function completion2004(outcome: Outcome): Completion2004 {
  return outcome.completed || outcome.passed === true ? 'completed' : 'incomplete';
}

/** `cmi.success_status` (2004) for an outcome. */
export function success2004(outcome: Outcome): Success2004 {
  return outcome.passed === true ? 'passed' : outcome.passed === false ? 'failed' : 'unknown';
}

/** The score values of an outcome: `[suffix, value]` under `cmi.core.score.` (1.2) or `cmi.score.` (2004). */
export function scoreValues(outcome: Outcome, version: '1.2' | '2004'): [string, string][] {
  if (outcome.score === undefined) return [];
  const values: [string, string][] = [
    ['min', '0'],
    ['max', '100'],
    ['raw', String(rawScore(outcome.score))],
  ];
  if (version === '2004') values.push(['scaled', String(scaledScore(outcome.score))]);
  return values;
}

/**
 * `cmi.core.session_time` of SCORM 1.2 (CMITimespan `HHHH:MM:SS.SS`): hours with two to four
 * digits, seconds with at most two decimals; capped at 9999 hours.
 */
export function timespan12(ms: number): string {
  const centis = Math.min(Math.max(0, Math.round(ms / 10)), 9999 * 360000 + 359999);
  const hours = Math.floor(centis / 360000);
  const minutes = Math.floor((centis % 360000) / 6000);
  const wholeSeconds = Math.floor((centis % 6000) / 100);
  const fraction = centis % 100;
  const pad = (n: number) => String(n).padStart(2, '0');
  const decimals = fraction === 0 ? '' : `.${pad(fraction)}`.replace(/0$/, '');
  return `${pad(hours)}:${pad(minutes)}:${pad(wholeSeconds)}${decimals}`;
}

/** `cmi.session_time` of SCORM 2004: an ISO 8601 duration such as `PT1H2M3.5S` (`PT0S` for nothing). */
export function duration2004(ms: number): string {
  const centis = Math.max(0, Math.round(ms / 10));
  const hours = Math.floor(centis / 360000);
  const minutes = Math.floor((centis % 360000) / 6000);
  const seconds = (centis % 6000) / 100;
  let out = 'PT';
  if (hours) out += `${hours}H`;
  if (minutes) out += `${minutes}M`;
  if (seconds || (!hours && !minutes)) out += `${Number(seconds.toFixed(2))}S`;
  return out;
}

/** A timestamp for `cmi.interactions.n.timestamp` (2004): `YYYY-MM-DDThh:mm:ss` in UTC. */
export function timestamp2004(date: Date): string {
  return date.toISOString().slice(0, 19);
}

/** The interaction type of a question (2004): true/false questions whose options are "true" and "false", else choice. */
export function interactionType(question: {
  type: string;
  options: readonly { id: string }[];
}): 'true-false' | 'choice' {
  const ids = question.options.map((o) => o.id).sort();
  return question.type === 'true-false' && ids.length === 2 && ids[0] === 'false' && ids[1] === 'true'
    ? 'true-false'
    : 'choice';
}

/** A selection as a 2004 response: ids joined with `[,]` for choice, the id itself for true-false. */
export function responsePattern(ids: readonly string[]): string {
  return [...ids].sort().join('[,]');
}

/** At most this many characters of a question in `cmi.interactions.n.description` (localized_string_type 250). */
export const DESCRIPTION_LIMIT = 250;

/** A question's text for `cmi.interactions.n.description`: the prompt, cut to the limit, with its language. */
export function description2004(prompt: string, locale: string): string {
  const prefix = `{lang=${locale}}`;
  const room = DESCRIPTION_LIMIT - prefix.length;
  const text = prompt.replace(/\s+/g, ' ').trim();
  return prefix + (text.length > room ? `${text.slice(0, room - 1)}…` : text);
}
