/**
 * Scenario logic for the case-study pages: the step-by-step walkthrough of a scenario's decision
 * points (a small state machine the `ScenarioWalkthrough` island drives with `useReducer`), the
 * summary at its end, and the timed plan of a facilitator guide. Plain data in, plain data out: no
 * DOM, no content collections, so every rule is unit-tested (test/unit/features/case-studies/scenario.test.ts).
 *
 * The walkthrough, one decision point at a time:
 *
 *   choosing ──select──▶ choosing (selection changes, nothing is recorded)
 *   choosing ──check───▶ checked   (only with a selection; the answer is recorded)
 *   checked  ──next────▶ choosing  (next decision point)  or  done (after the last one)
 *   any      ──restart─▶ choosing  (first decision point, no answers)
 *
 * Any other action leaves the state as it is (returns the same object), so a stray click or a
 * double submit cannot skip a step or record an answer twice.
 */

/** How a choice holds up, as the content rates it. Shown as words and an icon, never colour alone. */
export const RATINGS = ['recommended', 'acceptable', 'risky'] as const;
export type Rating = (typeof RATINGS)[number];

/** What the walkthrough needs of a decision point: its choices and their ratings. */
export interface WalkPoint {
  choices: readonly { rating: Rating }[];
}

export type WalkPhase = 'choosing' | 'checked' | 'done';

export interface WalkState {
  /** The current decision point (0-based). When done, the number of decision points. */
  step: number;
  /** The choice selected at the current decision point, or null before any selection. */
  selected: number | null;
  phase: WalkPhase;
  /** The checked choice at each decision point so far (index = decision point). */
  answers: number[];
}

export type WalkAction =
  | { type: 'select'; choice: number }
  | { type: 'check' }
  | { type: 'next' }
  | { type: 'restart' };

/** The state before the first decision: first point, nothing selected, no answers. */
export function startWalk(): WalkState {
  return { step: 0, selected: null, phase: 'choosing', answers: [] };
}

/** One transition of the walkthrough (see the diagram above). Pure: never mutates `state`. */
export function walk(points: readonly WalkPoint[], state: WalkState, action: WalkAction): WalkState {
  switch (action.type) {
    case 'restart':
      return startWalk();
    case 'select': {
      const point = points[state.step];
      if (state.phase !== 'choosing' || !point) return state;
      if (!Number.isInteger(action.choice) || action.choice < 0 || action.choice >= point.choices.length) return state;
      if (state.selected === action.choice) return state;
      return { ...state, selected: action.choice };
    }
    case 'check': {
      if (state.phase !== 'choosing' || state.selected === null || !points[state.step]) return state;
      const answers = state.answers.slice(0, state.step);
      answers[state.step] = state.selected;
      return { ...state, phase: 'checked', answers };
    }
    case 'next': {
      if (state.phase !== 'checked') return state;
      const step = state.step + 1;
      if (step >= points.length) return { ...state, step: points.length, selected: null, phase: 'done' };
      return { ...state, step, selected: null, phase: 'choosing' };
    }
    default:
      return state;
  }
}

/** True when the current decision point is the last one. */
export function isLastStep(points: readonly WalkPoint[], state: WalkState): boolean {
  return state.step === points.length - 1;
}

/** The rating of a choice, or undefined when the indexes do not exist. */
export function ratingOf(points: readonly WalkPoint[], step: number, choice: number): Rating | undefined {
  return points[step]?.choices[choice]?.rating;
}

/** The choices with the best rating at a decision point (usually the recommended ones). */
export function bestChoices(point: WalkPoint): number[] {
  const rank = (r: Rating) => RATINGS.indexOf(r);
  const best = Math.min(...point.choices.map((c) => rank(c.rating)));
  return point.choices.flatMap((c, i) => (rank(c.rating) === best ? [i] : []));
}

export interface WalkSummary {
  /** Number of decision points in the scenario. */
  total: number;
  /** Number of decision points answered. */
  answered: number;
  /** How many answers had each rating. */
  counts: Record<Rating, number>;
  /** Each answer in order: decision point, the choice made and its rating. */
  items: { step: number; choice: number; rating: Rating }[];
}

/** What the reader chose, for the summary at the end of the walkthrough. */
export function summarise(points: readonly WalkPoint[], answers: readonly number[]): WalkSummary {
  const counts: Record<Rating, number> = { recommended: 0, acceptable: 0, risky: 0 };
  const items: WalkSummary['items'] = [];
  answers.forEach((choice, step) => {
    const rating = ratingOf(points, step, choice);
    if (rating === undefined) return;
    counts[rating] += 1;
    items.push({ step, choice, rating });
  });
  return { total: points.length, answered: items.length, counts, items };
}

/** One step of a facilitator's plan with its place in the session. */
export interface TimedStep<S extends { minutes: number }> {
  step: S;
  /** Minutes from the start of the session when the step begins. */
  start: number;
  /** Minutes from the start when it ends (the cumulative time). */
  end: number;
}

/** The facilitator's steps with their cumulative times, in order. */
export function timedSteps<S extends { minutes: number }>(steps: readonly S[]): TimedStep<S>[] {
  let elapsed = 0;
  return steps.map((step) => {
    const start = elapsed;
    elapsed += step.minutes;
    return { step, start, end: elapsed };
  });
}

/** The sum of the steps' minutes. */
export function plannedMinutes(steps: readonly { minutes: number }[]): number {
  return steps.reduce((sum, s) => sum + s.minutes, 0);
}

/** "A", "B", … for choice letters (choices are 2–4 per decision point). */
export function choiceLetter(index: number): string {
  return String.fromCharCode(65 + index);
}
