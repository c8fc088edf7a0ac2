/**
 * The area explorer island on /areas/explorer/: a text field and a discipline picker; results update
 * as you type (debounced) and their count is announced in a polite live region. All matching is in
 * `src/features/areas/explorer/explorer.ts`; this component only holds the input state and renders the result.
 *
 * No-JS contract: the server renders the form with its controls disabled and a note saying the tool
 * needs JavaScript; the page itself shows, outside the island, the lists summary and the A–Z list of
 * areas with their keywords. Hydration enables the controls and removes the note.
 * Privacy: nothing typed is sent or stored (no fetch, no storage, no URL change).
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { buildIndex, disciplineOptions, explore, type AreaMatch, type ExplorerArea } from './explorer.ts';
import { messages, type Messages, type Strings } from '#src/lib/i18n/messages.ts';
import type { Locale } from '#src/lib/i18n/locale.ts';
import type { ExplorerKey } from './strings.ts';

interface Props {
  areas: ExplorerArea[];
  /** EXPLORER_KEYS (strings.ts), picked on the server. */
  strings: Strings<ExplorerKey>;
  locale: Locale;
  /** Words offered when nothing is typed or nothing matches. */
  examples: string[];
  /** Where the A–Z list is (an anchor on the page). */
  azHref: string;
  /** The security-relevance reflection. */
  checklistHref: string;
}

/** Results shown before "show all". */
const FIRST = 5;
const DEBOUNCE_MS = 250;

export default function AreaExplorer({ areas, strings, locale, examples, azHref, checklistHref }: Props) {
  const { t, tn } = messages(strings, locale);
  const id = useId();
  const textRef = useRef<HTMLTextAreaElement>(null);
  const [ready, setReady] = useState(false);
  const [text, setText] = useState('');
  const [ticked, setTicked] = useState<string[]>([]);
  const [query, setQuery] = useState<{ text: string; disciplines: string[] }>({ text: '', disciplines: [] });
  const [showAll, setShowAll] = useState(false);
  const index = useMemo(() => buildIndex(areas), [areas]);
  const disciplines = useMemo(() => disciplineOptions(areas), [areas]);
  const result = useMemo(() => explore(index, query, examples), [index, query, examples]);

  useEffect(() => setReady(true), []);
  useEffect(() => {
    const timer = setTimeout(() => {
      setQuery({ text, disciplines: ticked });
      setShowAll(false);
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, ticked]);

  const count = result.matches.length;
  const status =
    result.status === 'match'
      ? tn('areas.explorer.count', count)
      : result.status === 'no-match'
        ? t('areas.explorer.noResult')
        : '';
  const shown = showAll ? result.matches : result.matches.slice(0, FIRST);
  const toggle = (d: string) => setTicked((t) => (t.includes(d) ? t.filter((x) => x !== d) : [...t, d]));
  const use = (word: string) => {
    setText(word);
    textRef.current?.focus();
  };
  const clear = () => {
    setText('');
    setTicked([]);
    textRef.current?.focus();
  };

  return (
    <div className="area-explorer" data-pagefind-ignore>
      {!ready && <p className="callout explorer-nojs">{t('areas.explorer.needsJs')}</p>}
      {/* biome-ignore lint/a11y/useSemanticElements: role="search" on the form is the widely supported way; the <search> element is too new for older browsers. */}
      <form role="search" aria-label={t('areas.explorer.formLabel')} onSubmit={(e) => e.preventDefault()}>
        <div className="explorer-field">
          <label htmlFor={`${id}-text`}>{t('areas.explorer.label')}</label>
          <p id={`${id}-hint`} className="meta">
            {t('areas.explorer.hint')}
          </p>
          <p id={`${id}-privacy`} className="explorer-privacy">
            <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
              <path d="M4.5 7V5a3.5 3.5 0 0 1 7 0v2" fill="none" stroke="currentColor" strokeWidth="1.6" />
              <rect x="2.5" y="7" width="11" height="8" rx="1.5" fill="currentColor" />
            </svg>{' '}
            {t('areas.explorer.privacy')}
          </p>
          <textarea
            id={`${id}-text`}
            ref={textRef}
            rows={3}
            value={text}
            disabled={!ready}
            spellCheck={false}
            aria-describedby={`${id}-hint ${id}-privacy`}
            onChange={(e) => setText(e.target.value)}
          />
        </div>
        <details className="explorer-disciplines">
          <summary>
            {t('areas.explorer.disciplinesToggle')}
            {ticked.length > 0 && ` (${ticked.length})`}
          </summary>
          <fieldset aria-describedby={`${id}-dhint`}>
            <legend>{t('areas.explorer.disciplines')}</legend>
            <p id={`${id}-dhint`} className="meta">
              {t('areas.explorer.disciplinesHint')}
            </p>
            <div className="explorer-discipline-list">
              {disciplines.map((d) => (
                <label className="check" key={d}>
                  <input type="checkbox" checked={ticked.includes(d)} disabled={!ready} onChange={() => toggle(d)} />
                  <span>{d}</span>
                </label>
              ))}
            </div>
          </fieldset>
        </details>
        <p>
          <button type="button" className="button button--quiet" disabled={!ready} onClick={clear}>
            {t('areas.explorer.clear')}
          </button>
        </p>
      </form>

      <p role="status" aria-live="polite" aria-atomic="true" className="explorer-status">
        {status}
      </p>

      {ready && result.status === 'empty' && (
        <Suggestions
          label={t('areas.explorer.empty')}
          tryLabel={t('areas.explorer.try')}
          words={result.suggestions}
          onPick={use}
        />
      )}

      {result.status === 'no-match' && (
        <div className="callout explorer-none">
          <p>{t('areas.explorer.noResultNext')}</p>
          <ul>
            <li>
              <a href={azHref}>{t('areas.explorer.azLink')}</a>
            </li>
            <li>
              <a href={checklistHref}>{t('areas.explorer.checklistLink')}</a>
            </li>
          </ul>
          <Suggestions tryLabel={t('areas.explorer.try')} words={result.suggestions} onPick={use} />
        </div>
      )}

      {result.status === 'match' && (
        <section aria-labelledby={`${id}-results`}>
          <h2 id={`${id}-results`}>{t('areas.explorer.resultsHeading')}</h2>
          <ol className="explorer-results">
            {shown.map((m) => (
              <Result key={m.area.id} match={m} t={t} />
            ))}
          </ol>
          {!showAll && count > FIRST && (
            <p>
              <button type="button" className="button button--quiet" onClick={() => setShowAll(true)}>
                {t('areas.explorer.showAll', { count })}
              </button>
            </p>
          )}
        </section>
      )}
    </div>
  );
}

function Suggestions({
  label,
  tryLabel,
  words,
  onPick,
}: {
  label?: string;
  tryLabel: string;
  words: string[];
  onPick: (w: string) => void;
}) {
  if (words.length === 0 && !label) return null;
  return (
    <div className="explorer-suggestions">
      {label && <p>{label}</p>}
      {words.length > 0 && (
        <p>
          <span className="explorer-try">{tryLabel}</span>{' '}
          {words.map((w) => (
            <button type="button" className="button button--quiet" key={w} onClick={() => onPick(w)}>
              {w}
            </button>
          ))}
        </p>
      )}
    </div>
  );
}

function Result({ match, t }: { match: AreaMatch; t: Messages<ExplorerKey>['t'] }) {
  const { area } = match;
  const why = [
    ...match.matched.map((m) => {
      const label = m.via === 'discipline' ? `${m.label} (${t('areas.explorer.viaDiscipline')})` : m.label;
      return m.word === undefined ? label : t('areas.explorer.partial', { keyword: label, word: m.word });
    }),
    ...match.disciplines
      .filter((d) => !match.matched.some((m) => m.label === d))
      .map((d) => `${d} (${t('areas.explorer.viaDiscipline')})`),
  ];
  const lists =
    area.kind === 'category'
      ? t('areas.explorer.categoryLists')
      : area.lists.length === 0
        ? t('areas.explorer.namedByNone')
        : area.lists.map((l) => `${l.name} (${l.jurisdiction})`).join(', ');
  return (
    <li className="explorer-result">
      <h3>
        <a href={area.href}>{area.title}</a>
      </h3>
      <p className="meta">{area.kind === 'category' ? t('areas.kind.category') : t('areas.kind.technology')}</p>
      <dl>
        <dt>{t('areas.explorer.why')}</dt>
        <dd>{why.join(', ')}</dd>
        <dt>{t('areas.explorer.namedBy')}</dt>
        <dd>{lists}</dd>
      </dl>
      <h4>{t('areas.explorer.questions')}</h4>
      <ul>
        {area.questions.map((q) => (
          <li key={q}>{q}</li>
        ))}
      </ul>
      <h4>{t('areas.explorer.next')}</h4>
      <ul>
        {area.nextSteps.map((n) => (
          <li key={n.href}>
            <a href={n.href}>{n.label}</a>
          </li>
        ))}
      </ul>
    </li>
  );
}
