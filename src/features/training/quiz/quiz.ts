/**
 * The pure logic of quizzes and knowledge checks: grading, scoring, per-attempt shuffling and the
 * answer-key encoding. No DOM, no framework: pages and islands call these functions.
 *
 * About the answer key: a quiz page must be able to tell a learner whether an answer is right
 * without a server, so something that decides correctness has to be in the page. `encodeKey`
 * replaces the list of correct option ids with a salted FNV-1a hash of
 * `quizId|questionId|sorted ids`, and `checkAnswer` hashes the learner's selection the same way
 * and compares. This only keeps the answers out of sight (no "correct: true" in the HTML, no option
 * ids in the key). It is NOT security: a question has at most 63 possible selections, so anyone who
 * wants to can try them all. Nothing depends on a quiz being unbeatable; the certificate is a
 * self-declaration of study, not an exam result.
 *
 * The result view does exactly that try-them-all once the learner has checked their answers:
 * `revealCorrect` finds the selection that matches the key, so the review can name the correct
 * option(s) of every question while the page's HTML still says nothing about which they are.
 */

export type QuestionType = 'single' | 'multiple' | 'true-false' | 'scenario';

/** An answer option as the browser sees it: no `correct` flag. */
export interface ClientOption {
  id: string;
  text: string;
}

/** A question as the browser sees it: the correct answers are present only as an encoded key. */
export interface ClientQuestion {
  id: string;
  type: QuestionType;
  prompt: string;
  /** The situation a scenario question is about. */
  scenario?: string;
  options: ClientOption[];
  /** `encodeKey(quizId, id, correctIds)`. */
  key: string;
  /** Shown after answering. */
  explanation?: string;
  /** Where the topic is taught. */
  link?: { href: string; label: string };
}

/** The shape of a question in `content/quizzes/*.yaml` (after schema parsing). */
export interface SourceQuestion {
  id: string;
  type: QuestionType;
  prompt: string;
  scenario?: string | undefined;
  options: { id: string; text: string; correct?: boolean | undefined }[];
  explanation?: string | undefined;
  link?: { href: string; label: string } | undefined;
}

/** Result of scoring a quiz. */
export interface QuizScore {
  correct: number;
  total: number;
  /** correct / total, 0 when there are no questions. */
  ratio: number;
  passed: boolean;
}

export const DEFAULT_PASS_MARK = 0.8;

/** Tolerance for comparing ratios, so that 12/15 counts as exactly 0.8. */
const EPSILON = 1e-9;

// ---------------------------------------------------------------------------------------------
// Hashing

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const encoder = new TextEncoder();

/** 32-bit FNV-1a hash of the UTF-8 bytes of `text`, as an unsigned integer. Stable everywhere. */
export function fnv1a32(text: string, seed: number = FNV_OFFSET): number {
  let hash = seed >>> 0;
  for (const byte of encoder.encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, FNV_PRIME) >>> 0;
  }
  return hash >>> 0;
}

/** `fnv1a32` as 8 lower-case hex digits. */
export function fnv1aHex(text: string, seed?: number): string {
  return fnv1a32(text, seed).toString(16).padStart(8, '0');
}

// ---------------------------------------------------------------------------------------------
// Grading and scoring

/** Removes duplicates and sorts, so selections compare as sets. */
function normalise(ids: readonly string[]): string[] {
  return [...new Set(ids)].sort();
}

/** Turns a count of right answers into a score. */
export function scoreCounts(correct: number, total: number, passMark: number = DEFAULT_PASS_MARK): QuizScore {
  const ratio = total > 0 ? correct / total : 0;
  return { correct, total, ratio, passed: total > 0 && ratio + EPSILON >= passMark };
}

/** Scores a list of per-question results (true = right), e.g. from `checkAnswer`. */
export function scoreResults(results: readonly boolean[], passMark: number = DEFAULT_PASS_MARK): QuizScore {
  return scoreCounts(results.filter(Boolean).length, results.length, passMark);
}

// ---------------------------------------------------------------------------------------------
// Deterministic shuffle

/** mulberry32: a small, fast, seedable PRNG returning numbers in [0, 1). */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A copy of `items` in an order fixed by `seed` (Fisher–Yates driven by a seeded PRNG). The same
 * items and seed always give the same order, so a page can shuffle options per attempt
 * (seed = quiz id + attempt number) and reproduce the order after a reload. Does not modify `items`.
 */
export function shuffle<T>(items: readonly T[], seed: string | number): T[] {
  const out = [...items];
  const random = mulberry32(fnv1a32(String(seed)));
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const tmp = out[i] as T;
    out[i] = out[j] as T;
    out[j] = tmp;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Answer key encoding (keeps answers out of sight; not security, see the file comment)

const KEY_VERSION = 'k1';
const KEY_SALT = 'va-quiz-key';

function keyDigest(quizId: string, questionId: string, ids: readonly string[]): string {
  const text = `${KEY_SALT}|${quizId}|${questionId}|${normalise(ids).join(',')}`;
  // Two passes with different seeds give 64 bits, so different selections practically never collide.
  return fnv1aHex(text) + fnv1aHex(text, fnv1a32(`${questionId}|${quizId}`));
}

/** Encodes the correct option ids of one question as an opaque string, e.g. "k1.3f9a…". */
export function encodeKey(quizId: string, questionId: string, correctIds: readonly string[]): string {
  return `${KEY_VERSION}.${keyDigest(quizId, questionId, correctIds)}`;
}

/** True when `selectedIds` is exactly the set of correct ids that `encoded` was made from. */
export function checkAnswer(
  encoded: string,
  quizId: string,
  questionId: string,
  selectedIds: readonly string[],
): boolean {
  if (normalise(selectedIds).length === 0) return false;
  return encoded === encodeKey(quizId, questionId, selectedIds);
}

/**
 * The correct option ids of a question, found from its encoded key by trying every selection the
 * question allows (one option for single-answer types; every non-empty set of options, at most 63,
 * for multiple-answer ones), in the order of `options`. Null when no selection matches (a key made
 * for other options). Called only after the learner has checked their answers.
 */
export function revealCorrect(
  quizId: string,
  question: Pick<ClientQuestion, 'id' | 'type' | 'key' | 'options'>,
): string[] | null {
  const ids = question.options.map((o) => o.id);
  if (!isMultiple(question)) {
    const hit = ids.find((id) => checkAnswer(question.key, quizId, question.id, [id]));
    return hit === undefined ? null : [hit];
  }
  // Bit masks over the options; 2^n − 1 selections, n ≤ 6 in practice (the schema allows up to 6).
  const limit = Math.min(ids.length, 10);
  for (let mask = 1; mask < 1 << limit; mask++) {
    const pick = ids.filter((_, i) => (mask >> i) & 1);
    if (checkAnswer(question.key, quizId, question.id, pick)) return pick;
  }
  return null;
}

/**
 * The letter of the option at `index` (0-based) in the order shown for this attempt: "a", "b", …
 * Letters follow the screen, not the option ids, so a shuffled review still reads (a) (b) (c) (d).
 */
export function optionLetter(index: number): string {
  return index >= 0 && index < 26 ? String.fromCharCode(97 + index) : String(index + 1);
}

/**
 * What the review shows for one checked question: the learner's options and the correct ones, each
 * as `{ id, letter, text }` in screen order (`shown` is the attempt's `optionOrder`).
 */
export interface ReviewedOption {
  id: string;
  letter: string;
  text: string;
}
export interface QuestionReview {
  chosen: ReviewedOption[];
  /** Empty when the key could not be matched (then the review shows only right or wrong). */
  correct: ReviewedOption[];
}

export function reviewQuestion(
  quizId: string,
  question: Pick<ClientQuestion, 'id' | 'type' | 'key' | 'options'>,
  shown: readonly ClientOption[],
  selected: readonly string[],
): QuestionReview {
  const lettered = shown.map((o, i) => ({ id: o.id, letter: optionLetter(i), text: o.text }));
  const right = new Set(revealCorrect(quizId, question) ?? []);
  return {
    chosen: lettered.filter((o) => selected.includes(o.id)),
    correct: lettered.filter((o) => right.has(o.id)),
  };
}

/** Strips the `correct` flags from a content question and adds its encoded key. */
export function toClientQuestion(quizId: string, q: SourceQuestion): ClientQuestion {
  const out: ClientQuestion = {
    id: q.id,
    type: q.type,
    prompt: q.prompt,
    options: q.options.map((o) => ({ id: o.id, text: o.text })),
    key: encodeKey(
      quizId,
      q.id,
      q.options.filter((o) => o.correct).map((o) => o.id),
    ),
  };
  if (q.scenario) out.scenario = q.scenario;
  if (q.explanation) out.explanation = q.explanation;
  if (q.link) out.link = { href: q.link.href, label: q.link.label };
  return out;
}

// ---------------------------------------------------------------------------------------------
// What the quiz island needs: display order, selection changes and grading of client questions

/**
 * The options of a question in the order to show them for one attempt: shuffled with `seed`
 * (e.g. `${quizId}|${attempt}`), except true/false questions, which keep their authored order
 * because "False, True" would only confuse.
 */
export function optionOrder(question: Pick<ClientQuestion, 'type' | 'options' | 'id'>, seed: string): ClientOption[] {
  if (question.type === 'true-false') return [...question.options];
  return shuffle(question.options, `${seed}|${question.id}`);
}

/** True for questions answered with checkboxes (several options may be right). */
export function isMultiple(question: Pick<ClientQuestion, 'type'>): boolean {
  return question.type === 'multiple';
}

/**
 * Whether to add a "Select all that apply" hint: multiple-answer questions whose prompt does not
 * already say so.
 */
export function needsSelectAllHint(question: Pick<ClientQuestion, 'type' | 'prompt'>): boolean {
  return isMultiple(question) && !/all that apply/i.test(question.prompt);
}

/**
 * The new selection after the learner changes one option: a radio replaces the selection, a
 * checkbox adds or removes its id (keeping the order in which options were chosen).
 */
export function updateSelection(
  current: readonly string[],
  optionId: string,
  checked: boolean,
  multiple: boolean,
): string[] {
  if (!multiple) return checked ? [optionId] : current.filter((id) => id !== optionId);
  const without = current.filter((id) => id !== optionId);
  return checked ? [...without, optionId] : without;
}

/** The outcome of checking a set of client questions. */
export interface CheckedQuiz {
  /** question id → right (true) or wrong (false). */
  results: Record<string, boolean>;
  /** Ids of the questions with no option selected (they count as wrong). */
  unanswered: string[];
  score: QuizScore;
}

/**
 * Checks the learner's answers against the encoded keys of client questions (the only form of the
 * answers a page holds) and scores them. Unanswered questions are wrong.
 */
export function checkQuiz(
  quizId: string,
  questions: readonly Pick<ClientQuestion, 'id' | 'key'>[],
  answers: Readonly<Record<string, readonly string[]>>,
  passMark: number = DEFAULT_PASS_MARK,
): CheckedQuiz {
  const results: Record<string, boolean> = {};
  const unanswered: string[] = [];
  for (const q of questions) {
    const selected = answers[q.id] ?? [];
    if (selected.length === 0) unanswered.push(q.id);
    results[q.id] = checkAnswer(q.key, quizId, q.id, selected);
  }
  return {
    results,
    unanswered,
    score: scoreResults(
      questions.map((q) => results[q.id] === true),
      passMark,
    ),
  };
}

/** A ratio as a whole percentage for display (0.846 → 85). */
export function percent(ratio: number): number {
  if (!Number.isFinite(ratio)) return 0;
  return Math.round(Math.min(1, Math.max(0, ratio)) * 100);
}
