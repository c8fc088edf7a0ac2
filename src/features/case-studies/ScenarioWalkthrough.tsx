/**
 * The decision points of a scenario (/case-studies/<id>/), "What would you do?".
 *
 * - Server render (and with JavaScript off): every decision point as a <section> with its prompt,
 *   and every choice as a <details> whose <summary> is the choice; opening it shows what happens,
 *   why, and the rating in words with an icon. Nothing is hidden behind JavaScript: the feedback is
 *   in the HTML, closed only so that a reader can decide before looking.
 * - After hydration: a step-by-step walkthrough. One decision point at a time as a radio group
 *   (fieldset, legend = prompt), "Check my choice", the outcome in a polite status region (rating as
 *   words + icon, never colour alone), then "Next decision"; a summary at the end (choices made, how
 *   many recommended…) and "Start again". "Show all options at once" returns to the full list.
 *   The state machine is `walk()` in src/features/case-studies/scenario.ts; this file only shows it. State stays in
 *   memory: nothing is stored. Printing shows the full list with every option closed (a handout),
 *   whatever step the reader is on.
 *
 * Focus (keyboard first): after "Check my choice" focus moves to "Next decision" (the outcome, just
 * above it, is announced by the status region, so it is not read twice); after "Next decision" to the
 * new decision's heading; at the end to the summary heading; after "Start again" to the first
 * decision's heading. The "Check" button stays enabled: with nothing chosen it says so in the status
 * region rather than being a disabled button a keyboard user cannot reach.
 */
import { useEffect, useReducer, useRef, useState, type ReactNode } from 'react';
import {
  choiceLetter,
  isLastStep,
  startWalk,
  summarise,
  walk,
  type Rating,
  type WalkAction,
  type WalkState,
} from './scenario.ts';
import { messages, type Messages, type Strings } from '#src/lib/i18n/messages.ts';
import type { Locale } from '#src/lib/i18n/locale.ts';
import type { WalkKey } from './strings.ts';
import RatingMark from './RatingMark.tsx';

export interface WalkChoiceData {
  text: string;
  consequence: string;
  feedback: string;
  rating: Rating;
}

export interface WalkPointData {
  prompt: string;
  choices: WalkChoiceData[];
}

interface Props {
  /** The case study's id: prefixes element ids and radio names, so they are unique on the page. */
  id: string;
  points: WalkPointData[];
  /** WALK_KEYS (strings.ts), picked on the server. */
  strings: Strings<WalkKey>;
  locale: Locale;
}

type Text = Messages<WalkKey>['t'];

/** What follows from a choice: rating, consequence, feedback. */
function Outcome({ choice, t, lead }: { choice: WalkChoiceData; t: Text; lead?: ReactNode }) {
  return (
    <div className={`walk-outcome walk-outcome--${choice.rating}`}>
      <p className="walk-outcome__rating">
        {lead}
        <RatingMark rating={choice.rating} t={t} />
      </p>
      <p>
        <strong>{t('cs.walk.whatHappens')}:</strong> {choice.consequence}
      </p>
      <p>
        <strong>{t('cs.walk.why')}:</strong> {choice.feedback}
      </p>
    </div>
  );
}

/** Every decision point with every choice in a <details>: the server render and "show all". */
function AllPoints({ id, points, t }: { id: string; points: WalkPointData[]; t: Text }) {
  return (
    <div className="walk-all">
      {points.map((point, i) => (
        <section className="walk-point" aria-labelledby={`${id}-dp-${i}`} key={point.prompt}>
          <h3 id={`${id}-dp-${i}`}>{t('cs.walk.step', { n: i + 1, total: points.length })}</h3>
          <p className="walk-point__prompt">{point.prompt}</p>
          <ul className="walk-options">
            {point.choices.map((choice, j) => (
              <li key={choice.text}>
                <details className="walk-option">
                  <summary>
                    <span className="walk-option__letter">{t('cs.walk.choice', { letter: choiceLetter(j) })}:</span>{' '}
                    {choice.text}
                  </summary>
                  <Outcome choice={choice} t={t} />
                </details>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

type FocusTarget = 'step' | 'next' | 'summary' | null;

export default function ScenarioWalkthrough({ id, points, strings, locale }: Props) {
  const { t } = messages(strings, locale);
  const [ready, setReady] = useState(false);
  const [mode, setMode] = useState<'walk' | 'all'>('walk');
  const [state, dispatch] = useReducer((s: WalkState, a: WalkAction) => walk(points, s, a), undefined, startWalk);
  const [hint, setHint] = useState(false);
  const focusNext = useRef<FocusTarget>(null);
  const stepHeading = useRef<HTMLHeadingElement>(null);
  const nextButton = useRef<HTMLButtonElement>(null);
  const summaryHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => setReady(true), []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: runs after each step or view change to move focus; the refs it reads are stable.
  useEffect(() => {
    const target = focusNext.current;
    focusNext.current = null;
    if (target === 'step') stepHeading.current?.focus();
    else if (target === 'next') nextButton.current?.focus();
    else if (target === 'summary') summaryHeading.current?.focus();
  }, [state, mode]);

  const act = (action: WalkAction, focus: FocusTarget = null) => {
    focusNext.current = focus;
    dispatch(action);
  };

  const onCheck = () => {
    if (state.selected === null) {
      setHint(true);
      return;
    }
    setHint(false);
    act({ type: 'check' }, 'next');
  };

  if (!ready) {
    return (
      <div className="walk">
        <p>{t('cs.walk.intro.static')}</p>
        <AllPoints id={id} points={points} t={t} />
      </div>
    );
  }

  const point = points[state.step];
  const last = isLastStep(points, state);
  const summary = summarise(points, state.answers);
  const chosen = point && state.selected !== null ? point.choices[state.selected] : undefined;

  return (
    <div className="walk">
      <div className="walk-bar">
        <p>{t('cs.walk.intro.live')}</p>
        <button
          type="button"
          className="button button--quiet"
          onClick={() => {
            focusNext.current = mode === 'all' ? 'step' : null;
            setMode(mode === 'all' ? 'walk' : 'all');
          }}
        >
          {mode === 'all' ? t('cs.walk.stepThrough') : t('cs.walk.showAll')}
        </button>
      </div>

      {mode === 'all' && <AllPoints id={id} points={points} t={t} />}

      {mode === 'walk' && state.phase !== 'done' && point && (
        <section className="walk-step" aria-labelledby={`${id}-walk-heading`}>
          <h3 id={`${id}-walk-heading`} tabIndex={-1} ref={stepHeading}>
            {t('cs.walk.progress', { n: state.step + 1, total: points.length })}
          </h3>
          <fieldset disabled={state.phase === 'checked'} className="walk-step__choices">
            <legend>{point.prompt}</legend>
            {point.choices.map((choice, j) => (
              <label className="check walk-choice" key={`${state.step}-${choice.text}`}>
                <input
                  type="radio"
                  name={`${id}-decision-${state.step}`}
                  value={j}
                  checked={state.selected === j}
                  onChange={() => {
                    setHint(false);
                    act({ type: 'select', choice: j });
                  }}
                />
                <span>
                  <span className="walk-option__letter">{t('cs.walk.choice', { letter: choiceLetter(j) })}:</span>{' '}
                  {choice.text}
                </span>
              </label>
            ))}
          </fieldset>
          {state.phase === 'choosing' && (
            <button type="button" className="button" onClick={onCheck}>
              {t('cs.walk.check')}
            </button>
          )}
          <div className="walk-feedback" role="status" aria-live="polite">
            {state.phase === 'choosing' && hint && <p className="walk-hint">{t('cs.walk.chooseFirst')}</p>}
            {state.phase === 'checked' && chosen && state.selected !== null && (
              <Outcome
                choice={chosen}
                t={t}
                lead={
                  <span className="walk-outcome__choice">
                    {t('cs.walk.yourChoice')}: {t('cs.walk.choice', { letter: choiceLetter(state.selected) })}.{' '}
                  </span>
                }
              />
            )}
          </div>
          {state.phase === 'checked' && (
            <>
              <details className="walk-others">
                <summary>{t('cs.walk.others')}</summary>
                <ul>
                  {point.choices.map((choice, j) =>
                    j === state.selected ? null : (
                      <li key={choice.text}>
                        <p className="walk-others__choice">
                          <span className="walk-option__letter">
                            {t('cs.walk.choice', { letter: choiceLetter(j) })}:
                          </span>{' '}
                          {choice.text}
                        </p>
                        <Outcome choice={choice} t={t} />
                      </li>
                    ),
                  )}
                </ul>
              </details>
              <button
                type="button"
                className="button"
                ref={nextButton}
                onClick={() => act({ type: 'next' }, last ? 'summary' : 'step')}
              >
                {last ? t('cs.walk.finish') : t('cs.walk.next')}
              </button>
            </>
          )}
        </section>
      )}

      {/* Printing mid-walkthrough gives the handout (every option, closed), not the current step. */}
      {mode === 'walk' && (
        <div className="walk-print-only">
          <AllPoints id={`${id}-print`} points={points} t={t} />
        </div>
      )}

      {mode === 'walk' && state.phase === 'done' && (
        <section className="walk-summary" aria-labelledby={`${id}-walk-summary`}>
          <h3 id={`${id}-walk-summary`} tabIndex={-1} ref={summaryHeading}>
            {t('cs.walk.summary')}
          </h3>
          <p>
            {t('cs.walk.summaryCounts', {
              answered: summary.answered,
              recommended: summary.counts.recommended,
              acceptable: summary.counts.acceptable,
              risky: summary.counts.risky,
            })}
            {summary.counts.recommended === summary.total ? ` ${t('cs.walk.summaryAll')}` : ''}
          </p>
          <ol className="walk-summary__list">
            {summary.items.map((item) => (
              <li key={item.step}>
                <span className="walk-summary__step">
                  {t('cs.walk.step', { n: item.step + 1, total: summary.total })}:
                </span>{' '}
                {points[item.step]?.choices[item.choice]?.text} <RatingMark rating={item.rating} t={t} />
              </li>
            ))}
          </ol>
          <p>{t('cs.walk.summaryMore')}</p>
          <button type="button" className="button" onClick={() => act({ type: 'restart' }, 'step')}>
            {t('cs.walk.restart')}
          </button>
        </section>
      )}
    </div>
  );
}
