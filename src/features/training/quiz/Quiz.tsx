/**
 * The quiz engine: the end-of-module quiz (mode "quiz") and, with one question, each knowledge
 * check inside the lessons (mode "check"). All logic is in src/features/training/quiz/quiz.ts (order, selection,
 * checking, scoring) and src/features/training/progress/progress.ts (recording); this file holds state and markup.
 *
 * Answers: the island never receives which options are right. Each question carries an encoded key
 * (`encodeKey`), and `checkQuiz` compares the learner's selection with it. Explanations arrive in
 * the props but are rendered only after checking, so they are not in the server-rendered page.
 * Review: after checking, every question names the learner's answer and the correct option(s) in
 * words (`reviewQuestion` finds them from the key), next to each option and in its feedback; the
 * letters (a), (b), … follow the order on screen for the attempt.
 *
 * Keyboard: native radios and checkboxes inside one <fieldset> per question, a submit button, no
 * custom key handling (arrow keys move within a radio group and never submit). After checking,
 * focus moves to the result, which is also a role="status" region; "Try again" clears the answers,
 * reshuffles the options (seed = quiz id + attempt) and moves focus to the first option.
 *
 * No-JS contract: the server render shows every question and its options with a note that checking
 * needs JavaScript and a disabled "Check answers" button; no answers and no explanations are in
 * that HTML. The options are not disabled: a reader who follows the "End-of-module quiz" link and
 * presses Tab lands on the first option at once, even before the script has run, and what they
 * tick meanwhile is kept at hydration.
 * Progress: in quiz mode, each checked attempt is recorded for `moduleId` (recordAttempt); knowledge
 * checks are not recorded.
 */
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { formatDay } from '#src/lib/i18n/format.ts';
import {
  DEFAULT_PASS_MARK,
  checkQuiz,
  isMultiple,
  needsSelectAllHint,
  optionOrder,
  optionLetter,
  percent,
  reviewQuestion,
  updateSelection,
  type CheckedQuiz,
  type ClientQuestion,
  type QuestionReview,
  type ReviewedOption,
} from './quiz.ts';
import { createProgressStore, recordAttempt, type ModuleProgress } from '../progress/progress.ts';
import { PROGRESS_URL } from '../training.ts';
import { messages, type Messages, type Strings } from '#src/lib/i18n/messages.ts';
import type { Locale } from '#src/lib/i18n/locale.ts';
import type { QuizKey } from '../strings.ts';

export interface QuizProps {
  /** The quiz id (= module id): part of every answer key and of the shuffle seed. */
  quizId: string;
  /** Questions without correct flags (`toClientQuestion`). */
  questions: ClientQuestion[];
  /** Share of questions needed to pass, 0–1. */
  passMark?: number;
  /** "quiz": the end-of-module quiz, scored and recorded. "check": a knowledge check, not recorded. */
  mode: 'quiz' | 'check';
  /** In quiz mode: the module whose progress each attempt is recorded for. */
  moduleId?: string;
  /** The `training.quiz.*` strings (QUIZ_KEYS in strings.ts), picked on the server. */
  strings: Strings<QuizKey>;
  /** The page's locale, for dates and plurals. */
  locale: Locale;
}

type Notice = '' | 'chooseFirst' | 'cleared';

function Mark({ good }: { good: boolean }) {
  return good ? (
    <svg className="quiz__icon" viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" focusable="false">
      <circle cx="10" cy="10" r="9" fill="currentColor" opacity="0.15" />
      <path
        d="m5.5 10.5 3 3 6-7"
        fill="none"
        stroke="currentColor"
        strokeWidth="2.4"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  ) : (
    <svg className="quiz__icon" viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" focusable="false">
      <circle cx="10" cy="10" r="9" fill="currentColor" opacity="0.15" />
      <path d="m6.5 6.5 7 7m0-7-7 7" fill="none" stroke="currentColor" strokeWidth="2.4" strokeLinecap="round" />
    </svg>
  );
}

function Feedback({
  question,
  review,
  right,
  answered,
  m,
  id,
}: {
  question: ClientQuestion;
  review: QuestionReview;
  right: boolean;
  answered: boolean;
  m: Messages<QuizKey>;
  id: string;
}) {
  const { t, tn } = m;
  const list = (options: ReviewedOption[]) =>
    options.map((o) => `(${o.letter}) ${o.text}`).join(t('training.quiz.listSeparator'));
  return (
    <div id={id} className={`quiz__feedback ${right ? 'quiz__feedback--right' : 'quiz__feedback--wrong'}`}>
      <p className={`quiz__verdict ${right ? 'status-good' : 'status-bad'}`}>
        <Mark good={right} />
        <span>
          {right ? t('training.quiz.correct') : answered ? t('training.quiz.incorrect') : t('training.quiz.unanswered')}
        </span>
      </p>
      {review.chosen.length > 0 && (
        <p className="quiz__review-line">
          {tn('training.quiz.yourChoice', review.chosen.length, { options: list(review.chosen) })}
        </p>
      )}
      {review.correct.length > 0 && (
        <p className="quiz__review-line">
          {tn('training.quiz.rightChoice', review.correct.length, { options: list(review.correct) })}
        </p>
      )}
      {question.explanation && <p>{question.explanation}</p>}
      {question.link && (
        <p>
          {t('training.quiz.readMore')}: <a href={question.link.href}>{question.link.label}</a>
        </p>
      )}
    </div>
  );
}

/** What the reader ticked in the server-rendered form before hydration: question id → option ids. */
function ticked(form: HTMLFormElement, questions: ClientQuestion[], prefix: string): Record<string, string[]> {
  const byName = new Map(questions.map((q) => [`${prefix}-${q.id}`, q]));
  const out: Record<string, string[]> = {};
  for (const input of form.querySelectorAll<HTMLInputElement>('input:checked')) {
    const q = byName.get(input.name);
    if (q?.options.some((o) => o.id === input.value)) out[q.id] = [...(out[q.id] ?? []), input.value];
  }
  return out;
}

export default function Quiz({
  quizId,
  questions,
  passMark = DEFAULT_PASS_MARK,
  mode,
  moduleId,
  strings,
  locale,
}: QuizProps) {
  const m = messages(strings, locale);
  const { t } = m;
  const prefix = `${mode === 'check' ? 'kc' : 'quiz'}-${quizId}`;
  const [ready, setReady] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const [answers, setAnswers] = useState<Record<string, string[]>>({});
  const [result, setResult] = useState<CheckedQuiz | null>(null);
  const [notice, setNotice] = useState<Notice>('');
  const [saved, setSaved] = useState<boolean | null>(null);
  const [previous, setPrevious] = useState<ModuleProgress | undefined>(undefined);
  const formRef = useRef<HTMLFormElement>(null);
  const statusRef = useRef<HTMLDivElement>(null);
  const focusNext = useRef<'status' | 'first' | null>(null);
  const records = mode === 'quiz' && moduleId !== undefined;

  // Hydrated. The options were usable before this (see the file comment): keep what the reader
  // ticked while the script was loading.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once at hydration; `questions` and `prefix` do not change.
  useEffect(() => {
    const early = formRef.current ? ticked(formRef.current, questions, prefix) : {};
    if (Object.keys(early).length > 0) setAnswers(early);
    setReady(true);
    if (records) setPrevious(createProgressStore().read().modules[moduleId]);
  }, [records, moduleId]);

  // Focus moves only after the DOM shows the new state (result or cleared form).
  useEffect(() => {
    const target = focusNext.current;
    focusNext.current = null;
    if (target === 'status') statusRef.current?.focus();
    if (target === 'first') formRef.current?.querySelector<HTMLInputElement>('input:not(:disabled)')?.focus();
  });

  const order = useMemo(
    () => new Map(questions.map((q) => [q.id, optionOrder(q, `${quizId}|${attempt}`)])),
    [questions, quizId, attempt],
  );
  // After checking: each question's chosen and correct options, lettered in the order shown.
  const reviews = useMemo(
    () =>
      result === null
        ? null
        : new Map(
            questions.map((q) => [q.id, reviewQuestion(quizId, q, order.get(q.id) ?? q.options, answers[q.id] ?? [])]),
          ),
    [result, questions, quizId, order, answers],
  );
  const locked = result !== null;
  const mark = percent(passMark);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (locked) return;
    if (!questions.some((q) => (answers[q.id]?.length ?? 0) > 0)) {
      setNotice('chooseFirst');
      focusNext.current = 'status';
      return;
    }
    const checked = checkQuiz(quizId, questions, answers, passMark);
    setResult(checked);
    setNotice('');
    if (records) {
      const store = createProgressStore();
      const next = recordAttempt(store.read(), moduleId, checked.score.ratio, checked.score.passed);
      setSaved(store.write(next));
      setPrevious(next.modules[moduleId]);
    }
    focusNext.current = 'status';
  }

  function tryAgain() {
    setAttempt((a) => a + 1);
    setAnswers({});
    setResult(null);
    setSaved(null);
    setNotice('cleared');
    focusNext.current = 'first';
  }

  function onChange(question: ClientQuestion, optionId: string, checked: boolean) {
    setAnswers((prev) => ({
      ...prev,
      [question.id]: updateSelection(prev[question.id] ?? [], optionId, checked, isMultiple(question)),
    }));
    if (notice) setNotice('');
  }

  const single = mode === 'check' ? questions[0] : undefined;
  const wrong = result ? questions.map((q, i) => ({ q, number: i + 1 })).filter(({ q }) => !result.results[q.id]) : [];

  return (
    <div className={`quiz quiz--${mode}`} data-pagefind-ignore="" data-no-glossary="">
      {!ready && <p className="quiz__nojs callout">{t('training.quiz.noJs')}</p>}
      {ready && records && previous && previous.attempts > 0 && (
        <p className="quiz__previous meta">
          {previous.passed
            ? t('training.quiz.previousPassed', {
                date: formatDay(previous.completedAt, locale),
                percent: percent(previous.bestScore ?? 0),
              })
            : t('training.quiz.previous', { percent: percent(previous.bestScore ?? 0) })}
        </p>
      )}
      <form ref={formRef} onSubmit={onSubmit} noValidate>
        {questions.map((q, index) => {
          const qid = `${prefix}-${q.id}`;
          const selected = answers[q.id] ?? [];
          const multiple = isMultiple(q);
          const checked = result !== null && mode === 'quiz';
          return (
            <div key={q.id} id={qid} className="quiz__question">
              <fieldset disabled={locked} aria-describedby={checked ? `${qid}-feedback` : undefined}>
                <legend>
                  {mode === 'quiz' && (
                    <span className="quiz__number">
                      {t('training.quiz.questionOf', { number: index + 1, total: questions.length })}
                    </span>
                  )}
                  {q.scenario && (
                    <span className="quiz__scenario">
                      <span className="quiz__scenario-label">{t('training.quiz.scenario')}: </span>
                      {q.scenario}
                    </span>
                  )}
                  <span className="quiz__prompt">{q.prompt}</span>
                  {needsSelectAllHint(q) && <span className="quiz__hint">{t('training.quiz.selectAll')}</span>}
                </legend>
                <div className="quiz__options">
                  {(order.get(q.id) ?? q.options).map((o, i) => {
                    const id = `${qid}-${o.id}`;
                    const review = reviews?.get(q.id);
                    const isRight = review?.correct.some((c) => c.id === o.id) ?? false;
                    return (
                      <div key={o.id} className={`check quiz__option${isRight ? ' quiz__option--right' : ''}`}>
                        <input
                          id={id}
                          type={multiple ? 'checkbox' : 'radio'}
                          name={qid}
                          value={o.id}
                          checked={selected.includes(o.id)}
                          onChange={(e) => onChange(q, o.id, e.currentTarget.checked)}
                        />
                        <label htmlFor={id}>
                          {/* Letters follow the order on screen for this attempt, so a review reads (a) (b) (c). */}
                          <span className="quiz__letter">({optionLetter(i)})</span> {o.text}
                          {result !== null && selected.includes(o.id) && (
                            <>
                              {' '}
                              <span className="quiz__tag quiz__tag--yours">{t('training.quiz.yourAnswer')}</span>
                            </>
                          )}
                          {isRight && (
                            <>
                              {' '}
                              <span className="quiz__tag quiz__tag--right">
                                <Mark good /> {t('training.quiz.correctAnswer')}
                              </span>
                            </>
                          )}
                        </label>
                      </div>
                    );
                  })}
                </div>
              </fieldset>
              {checked && (
                <Feedback
                  id={`${qid}-feedback`}
                  question={q}
                  review={reviews?.get(q.id) ?? { chosen: [], correct: [] }}
                  right={result.results[q.id] === true}
                  answered={!result.unanswered.includes(q.id)}
                  m={m}
                />
              )}
            </div>
          );
        })}
        <div ref={statusRef} className="quiz__status" role="status" aria-live="polite" tabIndex={-1}>
          {notice === 'chooseFirst' && <p>{t('training.quiz.chooseFirst')}</p>}
          {notice === 'cleared' && <p className="visually-hidden">{t('training.quiz.cleared')}</p>}
          {result !== null && mode === 'check' && single && (
            <Feedback
              id={`${prefix}-${single.id}-feedback`}
              question={single}
              review={reviews?.get(single.id) ?? { chosen: [], correct: [] }}
              right={result.results[single.id] === true}
              answered={result.unanswered.length === 0}
              m={m}
            />
          )}
          {result !== null && mode === 'quiz' && (
            <div className={`quiz__result ${result.score.passed ? 'quiz__result--passed' : 'quiz__result--failed'}`}>
              <p className="quiz__score">
                {t('training.quiz.score', {
                  correct: result.score.correct,
                  total: result.score.total,
                  percent: percent(result.score.ratio),
                })}
              </p>
              <p className={`quiz__verdict ${result.score.passed ? 'status-good' : 'status-bad'}`}>
                <Mark good={result.score.passed} />
                <span>{t(result.score.passed ? 'training.quiz.passed' : 'training.quiz.failed', { mark })}</span>
              </p>
              {wrong.length > 0 && (
                <p>
                  {t('training.quiz.review')}:{' '}
                  {wrong.map(({ q, number }, i) => (
                    <span key={q.id}>
                      {i > 0 && ', '}
                      <a href={`#${prefix}-${q.id}`}>{t('training.quiz.questionN', { number })}</a>
                    </span>
                  ))}
                </p>
              )}
              {saved === true && (
                <p>
                  {t('training.quiz.saved')} <a href={PROGRESS_URL}>{t('training.quiz.progressLink')}</a>
                </p>
              )}
              {saved === false && <p>{t('training.quiz.notSaved')}</p>}
            </div>
          )}
        </div>
        <div className="quiz__actions">
          {result === null ? (
            // Keys: without them React would reuse this <button> for "Try again" and turn it into a
            // submit button during the click that swaps them, so the click would also submit.
            <button key="check" type="submit" className="button" disabled={!ready}>
              {t(mode === 'quiz' ? 'training.quiz.checkAnswers' : 'training.quiz.checkAnswer')}
            </button>
          ) : (
            <button key="retry" type="button" className="button button--quiet" onClick={tryAgain}>
              {t('training.quiz.tryAgain')}
            </button>
          )}
        </div>
      </form>
    </div>
  );
}
