/**
 * A module read as a course: its steps (lessons, then the quiz; in a package of several modules,
 * each module's steps in turn, then a closing step), where the learner is ("Lesson 2 of 4"), how
 * much time is left, and the bookmark that names a step. Pure: the module page's script and the
 * SCORM package's runtime both use it, so that a lesson is counted and timed the same way on the
 * site and in a learning system.
 */

/** What the course model needs of a module. */
export interface CourseModule {
  id: string;
  /** Estimated minutes for lessons and quiz together (the module's `minutes`). */
  minutes: number;
  /** Its lessons in order, with their length in words (for the time estimate). */
  lessons: readonly { words: number }[];
  /** How many questions its end-of-module quiz has. */
  questions: number;
}

export type StepKind = 'lesson' | 'quiz' | 'end';

/** One screen of the course. */
export interface Step {
  /** The bookmark of the step: `<module>/<lesson number>`, `<module>/quiz`, or `end`. */
  id: string;
  kind: StepKind;
  /** Index of the module in the course (−1 for the closing step). */
  module: number;
  /** 1-based lesson number, for lesson steps. */
  lesson?: number;
}

/** The closing step's bookmark. */
export const END_STEP = 'end';

/** The bookmark of a lesson (1-based) or of a module's quiz. */
export function stepId(moduleId: string, lesson: number | 'quiz'): string {
  return `${moduleId}/${lesson}`;
}

/**
 * The steps of a course: each module's lessons then its quiz, in order; with `end`, a closing step
 * after the last module (a package's summary of results).
 */
export function courseSteps(modules: readonly CourseModule[], options: { end?: boolean } = {}): Step[] {
  const steps: Step[] = [];
  modules.forEach((m, i) => {
    m.lessons.forEach((_, l) => {
      steps.push({ id: stepId(m.id, l + 1), kind: 'lesson', module: i, lesson: l + 1 });
    });
    steps.push({ id: stepId(m.id, 'quiz'), kind: 'quiz', module: i });
  });
  if (options.end) steps.push({ id: END_STEP, kind: 'end', module: -1 });
  return steps;
}

/** Minutes a reader spends on one quiz question (reading it, choosing, reading the feedback). */
export const MINUTES_PER_QUESTION = 0.75;

/**
 * How a module's minutes divide between its lessons and its quiz: the quiz gets its questions'
 * share (at most a third of the module), the lessons the rest in proportion to their words.
 * Returns one figure per lesson, then the quiz's; they add up to the module's minutes.
 */
export function stepMinutes(module: CourseModule): number[] {
  const quiz = Math.min(module.questions * MINUTES_PER_QUESTION, module.minutes / 3);
  const rest = module.minutes - quiz;
  const words = module.lessons.reduce((sum, l) => sum + Math.max(0, l.words), 0);
  const lessons = module.lessons.map((l) =>
    words > 0 ? (rest * Math.max(0, l.words)) / words : rest / Math.max(1, module.lessons.length),
  );
  return [...lessons, quiz];
}

/**
 * Whole minutes left from the start of step `index` to the end of the course (the step itself
 * included), rounded up; 0 on the closing step or past the end.
 */
export function minutesLeft(modules: readonly CourseModule[], steps: readonly Step[], index: number): number {
  const perModule = modules.map(stepMinutes);
  let left = 0;
  for (let i = Math.max(0, index); i < steps.length; i++) {
    const step = steps[i]!;
    const minutes = perModule[step.module];
    if (!minutes) continue;
    left += step.kind === 'quiz' ? minutes.at(-1)! : minutes[step.lesson! - 1]!;
  }
  return Math.max(0, Math.ceil(left - 1e-9));
}

/** "Lesson N of M" of a lesson step (M = the lessons of its module); undefined for other steps. */
export function lessonPosition(
  modules: readonly CourseModule[],
  step: Step | undefined,
): { number: number; total: number } | undefined {
  if (step?.kind !== 'lesson') return undefined;
  return { number: step.lesson!, total: modules[step.module]?.lessons.length ?? 0 };
}

/** The index of the step a bookmark names, or undefined when no step has that bookmark. */
export function stepIndex(steps: readonly Step[], bookmark: string | null | undefined): number | undefined {
  if (!bookmark) return undefined;
  const i = steps.findIndex((s) => s.id === bookmark);
  return i < 0 ? undefined : i;
}

/** Words of a text (for lesson lengths): runs of letters or digits. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/**
 * The words of each lesson of a module, from its MDX body: the text under each `## ` heading (the
 * heading included), without Markdown syntax, link targets or component tags. The module page and
 * the SCORM packages time lessons with the same counts.
 */
export function lessonWords(body: string): number[] {
  const parts = body.split(/^(?=## )/m).filter((part) => part.startsWith('## '));
  return parts.map((part) =>
    countWords(
      part
        .replace(/<[^>]*>/g, ' ')
        .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/\{[^}]*\}/g, ' ')
        .replace(/[#*_`>|]/g, ' '),
    ),
  );
}
