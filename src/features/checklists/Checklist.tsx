/**
 * A self-assessment instrument (`content/checklists/<id>.yaml`) as a form that works on paper and on
 * screen.
 *
 * - Server render (and with JavaScript off): the printable paper form. Every section (h2) and item
 *   (fieldset, legend = question, guidance as its description), the scale as radio buttons (usable
 *   at once: ticked on screen they print as ticked boxes, and what is ticked before hydration is
 *   kept when the script runs), a mark on items answered on a named scale,
 *   the flag rule of each item, and a "Points" line for hand scoring in print. The results panel says
 *   that results need JavaScript and points to "How to score on paper" (rendered by the page).
 * - After hydration: every answer is saved at once with `answerStore` (versioned
 *   local storage, validated on read) and re-read when another tab changes it; progress, the results
 *   panel (level, score by section, flags, prioritised actions) and the exports (print, Markdown, CSV,
 *   JSON as Blob downloads) follow the answers. Scoring is `src/features/checklists/scores.ts`; this file only shows it.
 *
 * Accessibility: one polite status region announces each save with progress and level (the visible
 * results are not a live region, so nothing is read twice); flags and levels carry words and an
 * icon, never colour alone; clearing asks for confirmation in place, moves focus to the question, then
 * to the results heading. Nothing leaves the device: files are made from Blobs in the browser.
 */
import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import TableScroll from '#src/ui/TableScroll.tsx';
import { downloadText } from '#src/lib/download.ts';
import {
  allItems,
  answerStore,
  sanitizeAnswers,
  scaleOf,
  setAnswer,
  type Answers,
  type Instrument,
} from './answers.ts';
import { exportFileName, toCsv, toJson } from './export.ts';
import { flagAnswerLabels, formatShare, markedScales, markOf, scaleTitle, type MarkedScale } from './form.ts';
import { levelTone, scoreInstrument, type ScoreResult, type Tone } from './scores.ts';
import { reasonText, toMarkdown } from './report.ts';
import { onStoreChange } from '#src/lib/storage.ts';
import { messages, type Messages, type Strings } from '#src/lib/i18n/messages.ts';
import type { Locale } from '#src/lib/i18n/locale.ts';
import type { ChecklistKey } from './strings.ts';

interface Props {
  /** The instrument's data with its id (the file name). */
  instrument: Instrument;
  /** CHECKLIST_KEYS (strings.ts), picked on the server. */
  strings: Strings<ChecklistKey>;
  locale: Locale;
}

type FlagLevel = 'low' | 'medium' | 'high';

type Text = Messages<ChecklistKey>['t'];

/** Small inline icons (decorative: the words next to them carry the meaning). */
function Icon({ kind }: { kind: Tone | FlagLevel }) {
  const common = { className: 'cl-icon', viewBox: '0 0 20 20', width: 18, height: 18, focusable: false } as const;
  if (kind === 'good') {
    return (
      <svg {...common} aria-hidden="true">
        <circle cx="10" cy="10" r="9" fill="currentColor" />
        <path
          d="m5.5 10.5 3 3 6-7"
          fill="none"
          stroke="Canvas"
          strokeWidth="2.2"
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      </svg>
    );
  }
  if (kind === 'bad' || kind === 'high') {
    return (
      <svg {...common} aria-hidden="true">
        <path d="M6 1h8l5 5v8l-5 5H6l-5-5V6z" fill="currentColor" />
        <path d="m7 7 6 6m0-6-6 6" stroke="Canvas" strokeWidth="2.2" strokeLinecap="round" />
      </svg>
    );
  }
  if (kind === 'low') {
    return (
      <svg {...common} aria-hidden="true">
        <circle cx="10" cy="10" r="9" fill="currentColor" />
        <path d="M10 9v5" stroke="Canvas" strokeWidth="2.2" strokeLinecap="round" />
        <circle cx="10" cy="6" r="1.3" fill="Canvas" />
      </svg>
    );
  }
  return (
    <svg {...common} aria-hidden="true">
      <path d="M10 1.5 19 18H1z" fill="currentColor" />
      <path d="M10 7v5" stroke="Canvas" strokeWidth="2.2" strokeLinecap="round" />
      <circle cx="10" cy="14.8" r="1.3" fill="Canvas" />
    </svg>
  );
}

/** Class suffix of each flag level: low flags read as information, not as a good result. */
const FLAG_TONE: Record<FlagLevel, Tone | 'info'> = { low: 'info', medium: 'warn', high: 'bad' };

/** How a scale reads in the key: "Yes earns the full weight, Partly ½ of the weight, …". */
function describeScale(options: Instrument['scale'], tx: Text): string {
  return options
    .map((o) => {
      const share = formatShare(o.score);
      if (share === null) return tx('checklists.share.na', { label: o.label });
      if (share === '1') return tx('checklists.share.full', { label: o.label });
      if (share === '0') return tx('checklists.share.none', { label: o.label });
      return tx('checklists.share.part', { label: o.label, share });
    })
    .join('; ');
}

export default function Checklist({ instrument, strings, locale }: Props) {
  // Stable across renders, so unchanged questions skip re-rendering (see `Item`).
  const { t: tx, tn } = useMemo(() => messages(strings, locale), [strings, locale]);
  const [ready, setReady] = useState(false);
  const [answers, setAnswers] = useState<Answers>({});
  const [canSave, setCanSave] = useState(true);
  const [message, setMessage] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [printForm, setPrintForm] = useState(false);
  const [sectionIndex, setSectionIndex] = useState(0);
  const rootRef = useRef<HTMLDivElement>(null);
  const confirmRef = useRef<HTMLDivElement>(null);
  const resultsHeadingRef = useRef<HTMLHeadingElement>(null);
  const clearRef = useRef<HTMLButtonElement>(null);

  const store = useMemo(() => answerStore(instrument), [instrument]);
  const marked = useMemo(() => markedScales(instrument), [instrument]);
  const result = useMemo(() => scoreInstrument(instrument, answers), [instrument, answers]);
  const itemCount = result.total;
  const prefix = `cl-${instrument.id}`;

  // Hydrated: load saved answers, add what the reader ticked while the script was loading (the
  // radios are usable from the first paint), follow changes made in other tabs.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once per instrument at hydration; `prefix` follows `instrument`.
  useEffect(() => {
    const saved = store.read().answers;
    const early: Answers = {};
    for (const { item } of allItems(instrument)) {
      const input = rootRef.current?.querySelector<HTMLInputElement>(`input[name="${prefix}-q-${item.id}"]:checked`);
      if (input) early[item.id] = input.value;
    }
    const merged = sanitizeAnswers(instrument, { ...saved, ...early });
    if (Object.keys(early).length > 0) store.write({ answers: merged, updatedAt: new Date().toISOString() });
    setAnswers(merged);
    setReady(true);
    return onStoreChange(store.key, () => setAnswers(store.read().answers));
  }, [store, instrument]);

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  // The section being read: the last one whose top has passed 40% of the window's height. Drives
  // "Section 3 of 10" in the sticky bar (one read per frame while scrolling).
  useEffect(() => {
    if (!ready) return;
    let frame = 0;
    const update = () => {
      frame = 0;
      const sections = rootRef.current?.querySelectorAll<HTMLElement>('.cl-section') ?? [];
      const line = window.innerHeight * 0.4;
      let current = 0;
      sections.forEach((el, i) => {
        if (el.getBoundingClientRect().top <= line) current = i;
      });
      setSectionIndex(current);
    };
    const onScroll = () => {
      if (!frame) frame = window.requestAnimationFrame(update);
    };
    update();
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('resize', onScroll, { passive: true });
    return () => {
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('resize', onScroll);
      if (frame) window.cancelAnimationFrame(frame);
    };
  }, [ready]);

  const progressText = tx('checklists.progress', { answered: result.answered, total: itemCount });

  // The latest answers for the stable `choose` callback.
  const answersRef = useRef(answers);
  answersRef.current = answers;

  const choose = useCallback(
    (itemId: string, value: string) => {
      const next = setAnswer(answersRef.current, itemId, value);
      answersRef.current = next;
      setAnswers(next);
      setCanSave(store.write({ answers: next, updatedAt: new Date().toISOString() }));
      const r = scoreInstrument(instrument, next);
      const progress = tx('checklists.progress', { answered: r.answered, total: r.total });
      // No level in the announcement until the result gives one (half the items, see scores.ts).
      setMessage(
        r.level
          ? tx('checklists.announceLevel', { progress, level: r.level.label })
          : tx('checklists.announce', { progress }),
      );
    },
    [instrument, store, tx],
  );

  function clearAll() {
    store.clear();
    setAnswers({});
    setConfirming(false);
    setMessage(tx('checklists.clear.done'));
    resultsHeadingRef.current?.focus();
  }

  function cancelClear() {
    setConfirming(false);
    window.setTimeout(() => clearRef.current?.focus(), 0);
  }

  function exportAs(kind: 'md' | 'csv' | 'json') {
    const now = new Date();
    const file = exportFileName(instrument.id, now, kind, tx);
    if (kind === 'md')
      downloadText(
        toMarkdown(instrument, answers, result, now, tx, { baseUrl: window.location.origin, locale }),
        file,
        'text/markdown;charset=utf-8',
      );
    // The byte-order mark lets spreadsheet programs read the UTF-8 text (dashes, accents) correctly.
    else if (kind === 'csv')
      downloadText(`\ufeff${toCsv(instrument, answers, result, tx)}`, file, 'text/csv;charset=utf-8');
    else downloadText(toJson(instrument, answers, result, now, tx), file, 'application/json;charset=utf-8');
    setMessage(tx('checklists.export.done', { file }));
  }

  // Search indexes the sections, questions and guidance; the controls, key, scores and results are
  // marked data-pagefind-ignore (src/features/search/README.md).
  return (
    // data-print-form: printing (with the button or the browser's command) puts the report first and
    // adds the questions with their answers only when the reader asks for them.
    <div
      className="cl"
      ref={rootRef}
      data-ready={ready ? '' : undefined}
      data-print-form={ready && printForm ? '' : undefined}
    >
      <div className="cl-key" role="note" aria-labelledby={`${prefix}-key`} data-pagefind-ignore="">
        <h2 id={`${prefix}-key`}>{tx('checklists.key.heading')}</h2>
        <ul>
          <li>
            {tx(marked.length > 0 ? 'checklists.key.default' : 'checklists.key.all', {
              scale: describeScale(instrument.scale, tx),
            })}
          </li>
          {marked.map((m) => (
            <li key={m.name}>
              <span className="cl-mark">
                <span aria-hidden="true">{m.mark}</span> {tx('checklists.markName', { name: scaleTitle(m.name) })}
              </span>
              {': '}
              {tx('checklists.key.marked', { scale: describeScale(m.options, tx) })}
            </li>
          ))}
          <li>
            <span className="cl-flagrule">
              <Icon kind="medium" /> {tx('checklists.key.flag')}
            </span>
          </li>
          <li>{tx('checklists.key.weight')}</li>
        </ul>
      </div>

      <div className="cl-status-bar" data-pagefind-ignore="">
        <p className="cl-intro no-print">{ready ? tx('checklists.ready') : tx('checklists.noJs')}</p>
        {!canSave && ready && <p className="cl-warning">{tx('checklists.storageOff')}</p>}
        <p className="cl-progress">
          {ready ? (
            <>
              <span>{progressText}</span>{' '}
              <a href={`#${prefix}-results`} className="no-print">
                {tx('checklists.toResults')}
              </a>
            </>
          ) : (
            tx('checklists.formSummary', { count: itemCount, sections: instrument.sections.length })
          )}
        </p>
      </div>

      {instrument.sections.map((section) => (
        <section key={section.id} className="cl-section" aria-labelledby={`${prefix}-s-${section.id}`}>
          <h2 id={`${prefix}-s-${section.id}`}>{section.title}</h2>
          {section.intro && <p className="cl-section-intro">{section.intro}</p>}
          {section.items.map((item) => (
            <Item
              key={item.id}
              instrument={instrument}
              item={item}
              mark={markOf(marked, item)}
              prefix={prefix}
              value={answers[item.id]}
              onChoose={choose}
              tx={tx}
            />
          ))}
        </section>
      ))}

      {ready && (
        // In the flow after the last section, so it sticks to the bottom of the window while the
        // questions scroll by and comes to rest above the results.
        <nav className="cl-sticky no-print" aria-label={tx('checklists.sticky.label')}>
          <span>
            {tx('checklists.sticky.status', {
              number: sectionIndex + 1,
              sections: instrument.sections.length,
              answered: result.answered,
              total: itemCount,
            })}
          </span>
          <a href={`#${prefix}-results`}>{tx('checklists.sticky.results')}</a>
        </nav>
      )}

      <section className="cl-results" aria-labelledby={`${prefix}-results`} data-pagefind-ignore="">
        <h2 id={`${prefix}-results`} ref={resultsHeadingRef} tabIndex={-1}>
          {tx('checklists.results.heading')}
        </h2>
        {!ready ? (
          <p className="cl-results-nojs no-print">{tx('checklists.results.noJs')}</p>
        ) : result.answered === 0 ? (
          <p>{tx('checklists.results.empty')}</p>
        ) : (
          <Results instrument={instrument} result={result} tx={tx} prefix={prefix} />
        )}

        <div className="cl-tools no-print">
          <h3>{tx('checklists.export.heading')}</h3>
          <p className="muted">{tx('checklists.export.intro')}</p>
          <div className="check cl-print-form">
            <input
              id={`${prefix}-print-form`}
              type="checkbox"
              checked={printForm}
              disabled={!ready}
              onChange={(e) => setPrintForm(e.currentTarget.checked)}
            />
            <label htmlFor={`${prefix}-print-form`}>{tx('checklists.export.printForm')}</label>
          </div>
          <div className="cl-buttons">
            <button type="button" className="button" disabled={!ready} onClick={() => window.print()}>
              {tx('checklists.export.print')}
            </button>
            <button type="button" className="button button--quiet" disabled={!ready} onClick={() => exportAs('md')}>
              {tx('checklists.export.md')}
            </button>
            <button type="button" className="button button--quiet" disabled={!ready} onClick={() => exportAs('csv')}>
              {tx('checklists.export.csv')}
            </button>
            <button type="button" className="button button--quiet" disabled={!ready} onClick={() => exportAs('json')}>
              {tx('checklists.export.json')}
            </button>
          </div>
          <div className="cl-buttons">
            <button
              type="button"
              ref={clearRef}
              className="button button--quiet"
              disabled={!ready || result.answered === 0 || confirming}
              onClick={() => setConfirming(true)}
            >
              {tx('checklists.clear.button')}
            </button>
          </div>
          {confirming && (
            // biome-ignore lint/a11y/useSemanticElements: a labelled group of a question and its two buttons (not form fields, so no <fieldset>).
            <div
              className="cl-confirm"
              role="group"
              aria-labelledby={`${prefix}-confirm`}
              tabIndex={-1}
              ref={confirmRef}
            >
              <p id={`${prefix}-confirm`}>{tn('checklists.clear.confirm', result.answered)}</p>
              <div className="cl-buttons">
                <button type="button" className="button" onClick={clearAll}>
                  {tx('checklists.clear.yes')}
                </button>
                <button type="button" className="button button--quiet" onClick={cancelClear}>
                  {tx('checklists.clear.cancel')}
                </button>
              </div>
            </div>
          )}
        </div>
        <p className="visually-hidden" role="status">
          {message}
        </p>
      </section>
    </div>
  );
}

interface ItemProps {
  instrument: Instrument;
  item: Instrument['sections'][number]['items'][number];
  mark: MarkedScale | null;
  prefix: string;
  value: string | undefined;
  onChoose: (itemId: string, value: string) => void;
  tx: Text;
}

/** One question; memoised, so answering re-renders only the question that changed. */
const Item = memo(function Item({ instrument, item, mark, prefix, value, onChoose, tx }: ItemProps) {
  const id = `${prefix}-q-${item.id}`;
  const flagLabels = flagAnswerLabels(instrument, item);
  return (
    <fieldset className="cl-item" id={id} aria-describedby={`${id}-guidance`}>
      <legend>
        {mark && (
          <span className="cl-mark" data-pagefind-ignore="">
            <span aria-hidden="true">{mark.mark}</span> {tx('checklists.markName', { name: scaleTitle(mark.name) })}
            <span className="visually-hidden">: </span>
          </span>
        )}
        <span className="cl-question">{item.question}</span>
      </legend>
      <p className="cl-guidance" id={`${id}-guidance`}>
        {item.guidance}
      </p>
      <div className="cl-options" data-pagefind-ignore="">
        {scaleOf(instrument, item).map((o) => (
          <label key={o.value} className="cl-option">
            <input
              type="radio"
              name={id}
              value={o.value}
              checked={value === o.value}
              onChange={() => onChoose(item.id, o.value)}
            />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
      <p className="cl-meta" data-pagefind-ignore="">
        <span>{tx('checklists.weight', { weight: item.weight })}</span>
        {item.flagLevel && flagLabels.length > 0 && (
          <span className={`cl-flagrule cl-tone-${FLAG_TONE[item.flagLevel]}`}>
            <Icon kind={item.flagLevel} />{' '}
            {tx('checklists.flagIf', {
              flag: tx(`checklists.flag.${item.flagLevel}`),
              answers: flagLabels.join(tx('checklists.or')),
            })}
          </span>
        )}
        <span className="cl-paper">{tx('checklists.points')} ________</span>
      </p>
    </fieldset>
  );
});

/**
 * The result before half the items are answered: no level and no overall score (the score maps onto
 * the levels), but the sections, flags and actions of the answers given.
 */
function Withheld({ instrument, result, tx, prefix }: ResultsProps) {
  return (
    <>
      <div className="cl-level">
        <p className="cl-level-line">
          <span>
            {tx('checklists.results.level')}:{' '}
            <strong className="cl-level-label">{tx('checklists.results.notYet')}</strong>
          </span>
        </p>
        <p>
          {tx('checklists.results.withheld', {
            min: result.minAnswered,
            total: result.total,
            answered: result.answered,
          })}
        </p>
      </div>
      <Details instrument={instrument} result={result} tx={tx} prefix={prefix} />
    </>
  );
}

interface ResultsProps {
  instrument: Instrument;
  result: ScoreResult;
  tx: Text;
  prefix: string;
}

function Results({ instrument, result, tx, prefix }: ResultsProps) {
  const level = result.level;
  const tone = level ? levelTone(instrument, level) : 'warn';
  if (result.levelWithheld) return <Withheld instrument={instrument} result={result} tx={tx} prefix={prefix} />;
  const forced = level && level !== result.scoreLevel ? result.forced.filter((f) => f.level.id === level.id) : [];
  return (
    <>
      <div className={`cl-level cl-tone-${tone}`}>
        <p className="cl-level-line">
          <Icon kind={tone} />
          <span>
            {tx('checklists.results.level')}:{' '}
            <strong className="cl-level-label">{level ? level.label : tx('checklists.results.none')}</strong>
          </span>
        </p>
        {level && <p>{level.description}</p>}
        <p>
          {result.score === null
            ? tx('checklists.results.noScore')
            : tx(`checklists.results.score.${result.mode}`, { score: result.score })}
        </p>
        {forced.length > 0 && (
          <>
            <p>
              {result.scoreLevel
                ? tx('checklists.results.forced', { level: result.scoreLevel.label })
                : tx('checklists.results.forcedNoScore')}
            </p>
            <ul>
              {forced.map((f) => (
                <li key={`${f.kind}-${f.id}`}>{reasonText(f, tx)}</li>
              ))}
            </ul>
          </>
        )}
        <p className="cl-completion">
          {result.unanswered > 0
            ? tx('checklists.results.provisional', { count: result.unanswered, total: result.total })
            : tx('checklists.results.complete', { total: result.total })}
        </p>
      </div>

      <p className="cl-levels-caption" id={`${prefix}-levels`}>
        {tx('checklists.results.allLevels')}
      </p>
      <ol className="cl-levels" aria-labelledby={`${prefix}-levels`}>
        {instrument.levels.map((l) => (
          <li key={l.id} aria-current={level?.id === l.id ? 'true' : undefined}>
            {l.label}
            {level?.id === l.id && <strong> ← {tx('checklists.results.yours')}</strong>}
          </li>
        ))}
      </ol>

      <Details instrument={instrument} result={result} tx={tx} prefix={prefix} />
    </>
  );
}

/** Score by section, flags and actions: the part of the results that is shown from the first answer. */
function Details({ instrument, result, tx, prefix }: ResultsProps) {
  const questions = new Map(instrument.sections.flatMap((s) => s.items.map((i) => [i.id, i.question] as const)));
  return (
    <>
      <TableScroll labelledBy={`${prefix}-sections`}>
        <table>
          <caption id={`${prefix}-sections`}>{tx('checklists.results.sections')}</caption>
          <thead>
            <tr>
              <th scope="col">{tx('checklists.results.section')}</th>
              <th scope="col">{tx('checklists.results.answered')}</th>
              <th scope="col">
                {result.mode === 'risk' ? tx('checklists.results.riskScore') : tx('checklists.results.score')}
              </th>
              <th scope="col">{tx('checklists.results.flags')}</th>
            </tr>
          </thead>
          <tbody>
            {result.sections.map((s) => (
              <tr key={s.id}>
                <th scope="row">{s.title}</th>
                <td>{tx('checklists.results.answeredOf', { answered: s.answered, total: s.total })}</td>
                <td>{s.score === null ? '–' : s.score}</td>
                <td>{s.flags || tx('checklists.results.none')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>

      <h3>{tx('checklists.results.flagsHeading', { count: result.flags.length })}</h3>
      {result.flags.length === 0 ? (
        <p>{tx('checklists.results.noFlags')}</p>
      ) : (
        <ul className="cl-flags">
          {result.flags.map((f) => {
            const answer = result.items.find((i) => i.itemId === f.itemId)?.answerLabel ?? f.answer;
            return (
              <li key={f.itemId} className={`cl-tone-${FLAG_TONE[f.level]}`}>
                <Icon kind={f.level} /> <strong>{tx(`checklists.flag.${f.level}`)}</strong>:{' '}
                <a href={`#${prefix}-q-${f.itemId}`}>{questions.get(f.itemId)}</a>{' '}
                <span className="cl-answer">({tx('checklists.results.yourAnswer', { answer })})</span>
              </li>
            );
          })}
        </ul>
      )}

      <h3>{result.mode === 'risk' ? tx('checklists.results.actions.risk') : tx('checklists.results.actions.other')}</h3>
      {result.actions.length === 0 ? (
        <p>{tx('checklists.results.noActions')}</p>
      ) : (
        <>
          <p className="muted">{tx('checklists.results.actionsIntro')}</p>
          <ol className="cl-actions">
            {result.actions.map((a) => (
              <li key={a.itemId}>
                <p className="cl-action-question">
                  {a.flag && (
                    <span className={`cl-flagrule cl-tone-${FLAG_TONE[a.flag]}`}>
                      <Icon kind={a.flag} /> {tx(`checklists.flag.${a.flag}`)}:{' '}
                    </span>
                  )}
                  <strong>{a.question}</strong>{' '}
                  <span className="cl-answer">
                    ({a.sectionTitle}; {tx('checklists.results.yourAnswer', { answer: a.answerLabel })})
                  </span>
                </p>
                <p>{a.action}</p>
                {a.links.length > 0 && (
                  <p className="cl-links">
                    {tx('checklists.results.see')}{' '}
                    {a.links.map((l, i) => (
                      <span key={l.href}>
                        {i > 0 && ', '}
                        <a href={l.href}>{l.label}</a>
                      </span>
                    ))}
                  </p>
                )}
              </li>
            ))}
          </ol>
        </>
      )}
    </>
  );
}
