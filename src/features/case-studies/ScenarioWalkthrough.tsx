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
import { choiceLetter, isLastStep, startWalk, summarise, walk, type Rating, type WalkAction, type WalkState } from './scenario.ts';
import { fill } from '#src/lib/template.ts';

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
  /** The `cs.walk.*` and `cs.rating.*` strings of the page's locale, resolved on the server. */
  strings: Record<string, string>;
}

type Text = (key: string, vars?: Record<string, string | number>) => string;

function useText(strings: Record<string, string>): Text {
  return (key, vars = {}) => fill(strings[`cs.${key}`] ?? key, vars);
}

/** The rating as an icon and a word; the colour only repeats what the word says. */
export function RatingMark({ rating, text }: { rating: Rating; text: Text }) {
  const tone = rating === 'recommended' ? 'good' : rating === 'acceptable' ? 'warn' : 'bad';
  return (
    <span className={`cs-rating cs-rating--${rating} status-${tone}`}>
      <svg viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" focusable="false">
        {rating === 'recommended' && (
          <>
            <circle cx="10" cy="10" r="8.5" fill="none" stroke="currentColor" strokeWidth="2" />
            <path d="m5.8 10.4 2.8 2.8 5.6-6" fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" strokeLinejoin="round" />
          </>
        )}
        {rating === 'acceptable' && (
          <>
            <circle cx="10" cy="10" r="8.5" fill="none" stroke="currentColor" strokeWidth="2" />
            <path d="M6 10h8" fill="none" stroke="currentColor" strokeWidth="2.4" strokeLinecap="round" />
          </>
        )}
        {rating === 'risky' && (
          <>
            <path d="M10 2 1.8 17.5h16.4L10 2Z" fill="none" stroke="currentColor" strokeWidth="2" strokeLinejoin="round" />
            <path d="M10 7.5v5" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" />
            <circle cx="10" cy="15" r="1.2" fill="currentColor" />
          </>
        )}
      </svg>
      <span className="visually-hidden">{text('walk.rating')}: </span>
      {text(`rating.${rating}`)}
    </span>
  );
}

/** What follows from a choice: rating, consequence, feedback. */
function Outcome({ choice, text, lead }: { choice: WalkChoiceData; text: Text; lead?: ReactNode }) {
  return (
    <div className={`walk-outcome walk-outcome--${choice.rating}`}>
      <p className="walk-outcome__rating">
        {lead}
        <RatingMark rating={choice.rating} text={text} />
      </p>
      <p>
        <strong>{text('walk.whatHappens')}:</strong> {choice.consequence}
      </p>
      <p>
        <strong>{text('walk.why')}:</strong> {choice.feedback}
      </p>
    </div>
  );
}

/** Every decision point with every choice in a <details>: the server render and "show all". */
function AllPoints({ id, points, text }: { id: string; points: WalkPointData[]; text: Text }) {
  return (
    <div className="walk-all">
      {points.map((point, i) => (
        <section className="walk-point" aria-labelledby={`${id}-dp-${i}`} key={i}>
          <h3 id={`${id}-dp-${i}`}>{text('walk.step', { n: i + 1, total: points.length })}</h3>
          <p className="walk-point__prompt">{point.prompt}</p>
          <ul className="walk-options">
            {point.choices.map((choice, j) => (
              <li key={j}>
                <details className="walk-option">
                  <summary>
                    <span className="walk-option__letter">{text('walk.choice', { letter: choiceLetter(j) })}:</span> {choice.text}
                  </summary>
                  <Outcome choice={choice} text={text} />
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

export default function ScenarioWalkthrough({ id, points, strings }: Props) {
  const text = useText(strings);
  const [ready, setReady] = useState(false);
  const [mode, setMode] = useState<'walk' | 'all'>('walk');
  const [state, dispatch] = useReducer((s: WalkState, a: WalkAction) => walk(points, s, a), undefined, startWalk);
  const [hint, setHint] = useState(false);
  const focusNext = useRef<FocusTarget>(null);
  const stepHeading = useRef<HTMLHeadingElement>(null);
  const nextButton = useRef<HTMLButtonElement>(null);
  const summaryHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => setReady(true), []);

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
        <p>{text('walk.intro.static')}</p>
        <AllPoints id={id} points={points} text={text} />
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
        <p>{text('walk.intro.live')}</p>
        <button
          type="button"
          className="button button--quiet"
          onClick={() => {
            focusNext.current = mode === 'all' ? 'step' : null;
            setMode(mode === 'all' ? 'walk' : 'all');
          }}
        >
          {mode === 'all' ? text('walk.stepThrough') : text('walk.showAll')}
        </button>
      </div>

      {mode === 'all' && <AllPoints id={id} points={points} text={text} />}

      {mode === 'walk' && state.phase !== 'done' && point && (
        <section className="walk-step" aria-labelledby={`${id}-walk-heading`}>
          <h3 id={`${id}-walk-heading`} tabIndex={-1} ref={stepHeading}>
            {text('walk.progress', { n: state.step + 1, total: points.length })}
          </h3>
          <fieldset disabled={state.phase === 'checked'} className="walk-step__choices">
            <legend>{point.prompt}</legend>
            {point.choices.map((choice, j) => (
              <label className="check walk-choice" key={`${state.step}-${j}`}>
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
                  <span className="walk-option__letter">{text('walk.choice', { letter: choiceLetter(j) })}:</span> {choice.text}
                </span>
              </label>
            ))}
          </fieldset>
          {state.phase === 'choosing' && (
            <button type="button" className="button" onClick={onCheck}>
              {text('walk.check')}
            </button>
          )}
          <div className="walk-feedback" role="status" aria-live="polite">
            {state.phase === 'choosing' && hint && <p className="walk-hint">{text('walk.chooseFirst')}</p>}
            {state.phase === 'checked' && chosen && state.selected !== null && (
              <Outcome
                choice={chosen}
                text={text}
                lead={
                  <span className="walk-outcome__choice">
                    {text('walk.yourChoice')}: {text('walk.choice', { letter: choiceLetter(state.selected) })}.{' '}
                  </span>
                }
              />
            )}
          </div>
          {state.phase === 'checked' && (
            <>
              <details className="walk-others">
                <summary>{text('walk.others')}</summary>
                <ul>
                  {point.choices.map((choice, j) =>
                    j === state.selected ? null : (
                      <li key={j}>
                        <p className="walk-others__choice">
                          <span className="walk-option__letter">{text('walk.choice', { letter: choiceLetter(j) })}:</span> {choice.text}
                        </p>
                        <Outcome choice={choice} text={text} />
                      </li>
                    ),
                  )}
                </ul>
              </details>
              <button type="button" className="button" ref={nextButton} onClick={() => act({ type: 'next' }, last ? 'summary' : 'step')}>
                {last ? text('walk.finish') : text('walk.next')}
              </button>
            </>
          )}
        </section>
      )}

      {/* Printing mid-walkthrough gives the handout (every option, closed), not the current step. */}
      {mode === 'walk' && (
        <div className="walk-print-only">
          <AllPoints id={`${id}-print`} points={points} text={text} />
        </div>
      )}

      {mode === 'walk' && state.phase === 'done' && (
        <section className="walk-summary" aria-labelledby={`${id}-walk-summary`}>
          <h3 id={`${id}-walk-summary`} tabIndex={-1} ref={summaryHeading}>
            {text('walk.summary')}
          </h3>
          <p>
            {text('walk.summaryCounts', {
              answered: summary.answered,
              recommended: summary.counts.recommended,
              acceptable: summary.counts.acceptable,
              risky: summary.counts.risky,
            })}
            {summary.counts.recommended === summary.total ? ` ${text('walk.summaryAll')}` : ''}
          </p>
          <ol className="walk-summary__list">
            {summary.items.map((item) => (
              <li key={item.step}>
                <span className="walk-summary__step">{text('walk.step', { n: item.step + 1, total: summary.total })}:</span>{' '}
                {points[item.step]?.choices[item.choice]?.text} <RatingMark rating={item.rating} text={text} />
              </li>
            ))}
          </ol>
          <p>{text('walk.summaryMore')}</p>
          <button type="button" className="button" onClick={() => act({ type: 'restart' }, 'step')}>
            {text('walk.restart')}
          </button>
        </section>
      )}
    </div>
  );
}
