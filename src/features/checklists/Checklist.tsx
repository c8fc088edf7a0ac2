/**
 * A self-assessment instrument (`content/checklists/<id>.yaml`) as a form that works on paper and on
 * screen.
 *
 * - Server render (and with JavaScript off): the printable paper form. Every section (h2) and item
 *   (fieldset, legend = question, guidance as its description), the scale as radio buttons that are
 *   disabled until hydration (they print as empty boxes), a mark on items answered on a named scale,
 *   the flag rule of each item, and a "Points" line for hand scoring in print. The results panel says
 *   that results need JavaScript and points to "How to score on paper" (rendered by the page).
 * - After hydration: radios are enabled; every answer is saved at once with `answerStore` (versioned
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
import { answerStore, scaleOf, setAnswer, type Answers, type Instrument } from './answers.ts';
import { exportFileName, toCsv, toJson } from './export.ts';
import { flagAnswerLabels, formatShare, markedScales, markOf, scaleTitle, type MarkedScale } from './form.ts';
import { levelTone, scoreInstrument, type ScoreResult, type Tone } from './scores.ts';
import { toMarkdown } from './report.ts';
import { onStoreChange } from '#src/lib/storage.ts';
import { fill } from '#src/lib/template.ts';

/** UI strings (`checklists.*` keys of `src/features/<feature>/i18n/<locale>.json checklists.json`), resolved on the server. */
export type ChecklistStrings = Record<string, string>;

interface Props {
  /** The instrument's data with its id (the file name). */
  instrument: Instrument;
  /** The `checklists.*` strings of the page's locale. */
  strings: ChecklistStrings;
}

type FlagLevel = 'low' | 'medium' | 'high';

/** A translator over the given strings: fills `{name}` placeholders; an unknown key shows as itself. */
function makeText(strings: ChecklistStrings) {
  return (key: string, vars: Record<string, string | number> = {}) =>
    fill(strings[`checklists.${key}`] ?? key, vars);
}
type Text = ReturnType<typeof makeText>;

/** Small inline icons (decorative: the words next to them carry the meaning). */
function Icon({ kind }: { kind: Tone | FlagLevel }) {
  const common = { className: 'cl-icon', viewBox: '0 0 20 20', width: 18, height: 18, 'aria-hidden': true, focusable: false } as const;
  if (kind === 'good') {
    return (
      <svg {...common}>
        <circle cx="10" cy="10" r="9" fill="currentColor" />
        <path d="m5.5 10.5 3 3 6-7" fill="none" stroke="Canvas" strokeWidth="2.2" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
    );
  }
  if (kind === 'bad' || kind === 'high') {
    return (
      <svg {...common}>
        <path d="M6 1h8l5 5v8l-5 5H6l-5-5V6z" fill="currentColor" />
        <path d="m7 7 6 6m0-6-6 6" stroke="Canvas" strokeWidth="2.2" strokeLinecap="round" />
      </svg>
    );
  }
  if (kind === 'low') {
    return (
      <svg {...common}>
        <circle cx="10" cy="10" r="9" fill="currentColor" />
        <path d="M10 9v5" stroke="Canvas" strokeWidth="2.2" strokeLinecap="round" />
        <circle cx="10" cy="6" r="1.3" fill="Canvas" />
      </svg>
    );
  }
  return (
    <svg {...common}>
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
      if (share === null) return tx('share.na', { label: o.label });
      if (share === '1') return tx('share.full', { label: o.label });
      if (share === '0') return tx('share.none', { label: o.label });
      return tx('share.part', { label: o.label, share });
    })
    .join('; ');
}

function download(text: string, filename: string, type: string): void {
  const blob = new Blob([text], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export default function Checklist({ instrument, strings }: Props) {
  // Stable across renders, so unchanged questions skip re-rendering (see `Item`).
  const tx = useMemo(() => makeText(strings), [strings]);
  const [ready, setReady] = useState(false);
  const [answers, setAnswers] = useState<Answers>({});
  const [canSave, setCanSave] = useState(true);
  const [message, setMessage] = useState('');
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLDivElement>(null);
  const resultsHeadingRef = useRef<HTMLHeadingElement>(null);
  const clearRef = useRef<HTMLButtonElement>(null);

  const store = useMemo(() => answerStore(instrument), [instrument]);
  const marked = useMemo(() => markedScales(instrument), [instrument]);
  const result = useMemo(() => scoreInstrument(instrument, answers), [instrument, answers]);
  const itemCount = result.total;
  const prefix = `cl-${instrument.id}`;

  // Hydrated: enable the form, load saved answers, follow changes made in other tabs.
  useEffect(() => {
    setAnswers(store.read().answers);
    setReady(true);
    return onStoreChange(store.key, () => setAnswers(store.read().answers));
  }, [store]);

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  const progressText = tx('progress', { answered: result.answered, total: itemCount });

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
      const progress = tx('progress', { answered: r.answered, total: r.total });
      setMessage(r.level ? tx('announceLevel', { progress, level: r.level.label }) : tx('announce', { progress }));
    },
    [instrument, store, tx],
  );

  function clearAll() {
    store.clear();
    setAnswers({});
    setConfirming(false);
    setMessage(tx('clear.done'));
    resultsHeadingRef.current?.focus();
  }

  function cancelClear() {
    setConfirming(false);
    window.setTimeout(() => clearRef.current?.focus(), 0);
  }

  function exportAs(kind: 'md' | 'csv' | 'json') {
    const now = new Date();
    const file = exportFileName(instrument.id, now, kind);
    if (kind === 'md') download(toMarkdown(instrument, answers, result, now, { baseUrl: window.location.origin }), file, 'text/markdown;charset=utf-8');
    // The byte-order mark lets spreadsheet programs read the UTF-8 text (dashes, accents) correctly.
    else if (kind === 'csv') download(`\ufeff${toCsv(instrument, answers, result)}`, file, 'text/csv;charset=utf-8');
    else download(toJson(instrument, answers, result, now), file, 'application/json;charset=utf-8');
    setMessage(tx('export.done', { file }));
  }

  return (
    <div className="cl" data-ready={ready ? '' : undefined}>
      <div className="cl-key" role="note" aria-labelledby={`${prefix}-key`}>
        <h2 id={`${prefix}-key`}>{tx('key.heading')}</h2>
        <ul>
          <li>{tx(marked.length > 0 ? 'key.default' : 'key.all', { scale: describeScale(instrument.scale, tx) })}</li>
          {marked.map((m) => (
            <li key={m.name}>
              <span className="cl-mark">
                <span aria-hidden="true">{m.mark}</span> {tx('markName', { name: scaleTitle(m.name) })}
              </span>
              {': '}
              {tx('key.marked', { scale: describeScale(m.options, tx) })}
            </li>
          ))}
          <li>
            <span className="cl-flagrule">
              <Icon kind="medium" /> {tx('key.flag')}
            </span>
          </li>
          <li>{tx('key.weight')}</li>
        </ul>
      </div>

      <div className="cl-status-bar">
        <p className="cl-intro no-print">{ready ? tx('ready') : tx('noJs')}</p>
        {!canSave && ready && <p className="cl-warning">{tx('storageOff')}</p>}
        <p className="cl-progress">
          {ready ? (
            <>
              <span>{progressText}</span> <a href={`#${prefix}-results`} className="no-print">{tx('toResults')}</a>
            </>
          ) : (
            tx('formSummary', { count: itemCount, sections: instrument.sections.length })
          )}
        </p>
      </div>

      {instrument.sections.map((section) => (
        <section key={section.id} className="cl-section" aria-labelledby={`${prefix}-s-${section.id}`}>
          <h2 id={`${prefix}-s-${section.id}`}>{section.title}</h2>
          {section.intro && <p className="cl-section-intro">{section.intro}</p>}
          {section.items.map((item) => (
            <Item key={item.id} instrument={instrument} item={item} mark={markOf(marked, item)} prefix={prefix} value={answers[item.id]} ready={ready} onChoose={choose} tx={tx} />
          ))}
        </section>
      ))}

      <section className="cl-results" aria-labelledby={`${prefix}-results`}>
        <h2 id={`${prefix}-results`} ref={resultsHeadingRef} tabIndex={-1}>
          {tx('results.heading')}
        </h2>
        {!ready ? (
          <p className="cl-results-nojs no-print">{tx('results.noJs')}</p>
        ) : result.answered === 0 ? (
          <p>{tx('results.empty')}</p>
        ) : (
          <Results instrument={instrument} result={result} tx={tx} prefix={prefix} />
        )}

        <div className="cl-tools no-print">
          <h3>{tx('export.heading')}</h3>
          <p className="muted">{tx('export.intro')}</p>
          <div className="cl-buttons">
            <button type="button" className="button" disabled={!ready} onClick={() => window.print()}>
              {tx('export.print')}
            </button>
            <button type="button" className="button button--quiet" disabled={!ready} onClick={() => exportAs('md')}>
              {tx('export.md')}
            </button>
            <button type="button" className="button button--quiet" disabled={!ready} onClick={() => exportAs('csv')}>
              {tx('export.csv')}
            </button>
            <button type="button" className="button button--quiet" disabled={!ready} onClick={() => exportAs('json')}>
              {tx('export.json')}
            </button>
          </div>
          <div className="cl-buttons">
            <button type="button" ref={clearRef} className="button button--quiet" disabled={!ready || result.answered === 0 || confirming} onClick={() => setConfirming(true)}>
              {tx('clear.button')}
            </button>
          </div>
          {confirming && (
            <div className="cl-confirm" role="group" aria-labelledby={`${prefix}-confirm`} tabIndex={-1} ref={confirmRef}>
              <p id={`${prefix}-confirm`}>{tx('clear.confirm', { count: result.answered })}</p>
              <div className="cl-buttons">
                <button type="button" className="button" onClick={clearAll}>
                  {tx('clear.yes')}
                </button>
                <button type="button" className="button button--quiet" onClick={cancelClear}>
                  {tx('clear.cancel')}
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
  ready: boolean;
  onChoose: (itemId: string, value: string) => void;
  tx: Text;
}

/** One question; memoised, so answering re-renders only the question that changed. */
const Item = memo(function Item({ instrument, item, mark, prefix, value, ready, onChoose, tx }: ItemProps) {
  const id = `${prefix}-q-${item.id}`;
  const flagLabels = flagAnswerLabels(instrument, item);
  return (
    <fieldset className="cl-item" id={id} aria-describedby={`${id}-guidance`}>
      <legend>
        {mark && (
          <span className="cl-mark">
            <span aria-hidden="true">{mark.mark}</span> {tx('markName', { name: scaleTitle(mark.name) })}
            <span className="visually-hidden">: </span>
          </span>
        )}
        <span className="cl-question">{item.question}</span>
      </legend>
      <p className="cl-guidance" id={`${id}-guidance`}>
        {item.guidance}
      </p>
      <div className="cl-options">
        {scaleOf(instrument, item).map((o) => (
          <label key={o.value} className="cl-option">
            <input type="radio" name={id} value={o.value} checked={value === o.value} disabled={!ready} onChange={() => onChoose(item.id, o.value)} />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
      <p className="cl-meta">
        <span>{tx('weight', { weight: item.weight })}</span>
        {item.flagLevel && flagLabels.length > 0 && (
          <span className={`cl-flagrule cl-tone-${FLAG_TONE[item.flagLevel]}`}>
            <Icon kind={item.flagLevel} /> {tx('flagIf', { flag: tx(`flag.${item.flagLevel}`), answers: flagLabels.join(tx('or')) })}
          </span>
        )}
        <span className="cl-paper">{tx('points')} ________</span>
      </p>
    </fieldset>
  );
});

interface ResultsProps {
  instrument: Instrument;
  result: ScoreResult;
  tx: Text;
  prefix: string;
}

function Results({ instrument, result, tx, prefix }: ResultsProps) {
  const level = result.level;
  const tone = level ? levelTone(instrument, level) : 'warn';
  const questions = new Map(instrument.sections.flatMap((s) => s.items.map((i) => [i.id, i.question] as const)));
  const forced = level && level !== result.scoreLevel ? result.forced.filter((f) => f.level.id === level.id) : [];
  return (
    <>
      <div className={`cl-level cl-tone-${tone}`}>
        <p className="cl-level-line">
          <Icon kind={tone} />
          <span>
            {tx('results.level')}: <strong className="cl-level-label">{level ? level.label : tx('results.none')}</strong>
          </span>
        </p>
        {level && <p>{level.description}</p>}
        <p>{result.score === null ? tx('results.noScore') : tx(`results.score.${result.mode}`, { score: result.score })}</p>
        {forced.length > 0 && (
          <>
            <p>{result.scoreLevel ? tx('results.forced', { level: result.scoreLevel.label }) : tx('results.forcedNoScore')}</p>
            <ul>
              {forced.map((f) => (
                <li key={`${f.kind}-${f.id}`}>{f.description}</li>
              ))}
            </ul>
          </>
        )}
        <p className="cl-completion">{result.unanswered > 0 ? tx('results.provisional', { count: result.unanswered, total: result.total }) : tx('results.complete', { total: result.total })}</p>
      </div>

      <p className="cl-levels-caption" id={`${prefix}-levels`}>
        {tx('results.allLevels')}
      </p>
      <ol className="cl-levels" aria-labelledby={`${prefix}-levels`}>
        {instrument.levels.map((l) => (
          <li key={l.id} aria-current={level?.id === l.id ? 'true' : undefined}>
            {l.label}
            {level?.id === l.id && <strong> ← {tx('results.yours')}</strong>}
          </li>
        ))}
      </ol>

      <div className="table-scroll" tabIndex={0} role="region" aria-labelledby={`${prefix}-sections`}>
        <table>
          <caption id={`${prefix}-sections`}>{tx('results.sections')}</caption>
          <thead>
            <tr>
              <th scope="col">{tx('results.section')}</th>
              <th scope="col">{tx('results.answered')}</th>
              <th scope="col">{result.mode === 'risk' ? tx('results.riskScore') : tx('results.score')}</th>
              <th scope="col">{tx('results.flags')}</th>
            </tr>
          </thead>
          <tbody>
            {result.sections.map((s) => (
              <tr key={s.id}>
                <th scope="row">{s.title}</th>
                <td>{tx('results.answeredOf', { answered: s.answered, total: s.total })}</td>
                <td>{s.score === null ? '–' : s.score}</td>
                <td>{s.flags || tx('results.none')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h3>{tx('results.flagsHeading', { count: result.flags.length })}</h3>
      {result.flags.length === 0 ? (
        <p>{tx('results.noFlags')}</p>
      ) : (
        <ul className="cl-flags">
          {result.flags.map((f) => {
            const answer = result.items.find((i) => i.itemId === f.itemId)?.answerLabel ?? f.answer;
            return (
              <li key={f.itemId} className={`cl-tone-${FLAG_TONE[f.level]}`}>
                <Icon kind={f.level} /> <strong>{tx(`flag.${f.level}`)}</strong>: <a href={`#${prefix}-q-${f.itemId}`}>{questions.get(f.itemId)}</a>{' '}
                <span className="cl-answer">({tx('results.yourAnswer', { answer })})</span>
              </li>
            );
          })}
        </ul>
      )}

      <h3>{result.mode === 'risk' ? tx('results.actions.risk') : tx('results.actions.other')}</h3>
      {result.actions.length === 0 ? (
        <p>{tx('results.noActions')}</p>
      ) : (
        <>
          <p className="muted">{tx('results.actionsIntro')}</p>
          <ol className="cl-actions">
            {result.actions.map((a) => (
              <li key={a.itemId}>
                <p className="cl-action-question">
                  {a.flag && (
                    <span className={`cl-flagrule cl-tone-${FLAG_TONE[a.flag]}`}>
                      <Icon kind={a.flag} /> {tx(`flag.${a.flag}`)}:{' '}
                    </span>
                  )}
                  <strong>{a.question}</strong> <span className="cl-answer">({a.sectionTitle}; {tx('results.yourAnswer', { answer: a.answerLabel })})</span>
                </p>
                <p>{a.action}</p>
                {a.links.length > 0 && (
                  <p className="cl-links">
                    {tx('results.see')}{' '}
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
