/**
 * The case-study library filter (/case-studies/): checkbox groups for kind, risk vector,
 * stakeholder, jurisdiction, research area and best practice. AND across groups, OR within a group;
 * the result count is announced; the filter lives in the address (`?risk=people&stakeholder=funders`)
 * so a reload or a shared link shows the same list. Matching and the address format are
 * src/features/case-studies/filter.ts; this file only shows them.
 *
 * Why it touches DOM outside itself: the library is static HTML rendered by the page, complete
 * without JavaScript, printable and indexed. The island gets each case's tags as props and toggles
 * `hidden` on the page's `[data-case-id]` items (and on `[data-case-section]` groups left empty)
 * inside the element whose id it is given.
 *
 * No-JS contract: the server render shows the checkboxes disabled with a sentence saying that every
 * case is listed; nothing is hidden until the island has hydrated.
 */
import { useEffect, useMemo, useState } from 'react';
import {
  emptyFilter,
  filterCases,
  filterHref,
  isEmptyFilter,
  parseFilter,
  toggleValue,
  type CaseRecord,
  type FilterGroup,
  type FilterOptions,
  type FilterState,
} from './filter.ts';
import { messages, type Strings } from '#src/lib/i18n/messages.ts';
import type { Locale } from '#src/lib/i18n/locale.ts';
import type { FilterKey } from './strings.ts';

export interface CaseFilterGroup {
  key: FilterGroup;
  legend: string;
  options: { value: string; label: string; count: number }[];
  /** Long groups start closed in a <details> (open when the address selects something in them). */
  collapsible?: boolean;
}

interface Props {
  groups: CaseFilterGroup[];
  cases: CaseRecord[];
  /** The id of the element holding the server-rendered list. */
  listId: string;
  /** FILTER_KEYS (strings.ts), picked on the server. */
  strings: Strings<FilterKey>;
  locale: Locale;
}

/** Shows or hides the page's cards; returns nothing (the count comes from the pure filter). */
function applyToList(listId: string, visible: ReadonlySet<string>): void {
  const list = document.getElementById(listId);
  if (!list) return;
  for (const item of list.querySelectorAll<HTMLElement>('[data-case-id]'))
    item.hidden = !visible.has(item.dataset.caseId ?? '');
  for (const section of list.querySelectorAll<HTMLElement>('[data-case-section]')) {
    section.hidden = section.querySelector('[data-case-id]:not([hidden])') === null;
  }
}

export default function CaseFilter({ groups, cases, listId, strings, locale }: Props) {
  const { t, tn } = messages(strings, locale);
  const options = useMemo(() => {
    const o = Object.fromEntries(groups.map((g) => [g.key, g.options.map((x) => x.value)])) as Partial<FilterOptions>;
    return { kind: [], risk: [], stakeholder: [], jurisdiction: [], area: [], practice: [], ...o } as FilterOptions;
  }, [groups]);

  const [ready, setReady] = useState(false);
  const [filter, setFilter] = useState<FilterState>(emptyFilter);
  /** Which collapsible groups start open: fixed at hydration so React never fights the reader's clicks. */
  const [initiallyOpen, setInitiallyOpen] = useState<Partial<Record<FilterGroup, boolean>>>({});

  useEffect(() => {
    const initial = parseFilter(window.location.search, options);
    setFilter(initial);
    setInitiallyOpen(Object.fromEntries(groups.map((g) => [g.key, initial[g.key].length > 0])));
    setReady(true);
  }, [groups, options]);

  const shown = useMemo(() => filterCases(cases, filter), [cases, filter]);

  useEffect(() => {
    if (!ready) return;
    applyToList(listId, new Set(shown));
    const next = filterHref(window.location.pathname, filter, window.location.hash);
    if (next !== window.location.pathname + window.location.search + window.location.hash)
      window.history.replaceState(window.history.state, '', next);
  }, [ready, shown, filter, listId]);

  const total = cases.length;
  const message = !ready
    ? ''
    : isEmptyFilter(filter)
      ? t('cs.filter.statusAll', { total })
      : shown.length === 0
        ? t('cs.filter.none')
        : tn('cs.filter.status', shown.length, { shown: shown.length, total });

  const fieldset = (g: CaseFilterGroup, hiddenLegend: boolean) => (
    <fieldset className="case-filter__group" disabled={!ready}>
      <legend className={hiddenLegend ? 'visually-hidden' : undefined}>{g.legend}</legend>
      {g.options.map((o) => (
        <label className="check" key={o.value}>
          <input
            type="checkbox"
            name={g.key}
            value={o.value}
            checked={filter[g.key].includes(o.value)}
            onChange={(e) => setFilter((f) => toggleValue(f, g.key, o.value, e.target.checked, options))}
          />
          <span>
            {o.label} <span className="muted">({o.count})</span>
          </span>
        </label>
      ))}
    </fieldset>
  );

  return (
    <section className="case-filter no-print" aria-labelledby="case-filter-heading" data-pagefind-ignore>
      <h2 id="case-filter-heading">{t('cs.filter.heading')}</h2>
      <p className="meta">{ready ? t('cs.filter.intro') : t('cs.filter.noJs')}</p>
      <div className="case-filter__groups">
        {groups.map((g) =>
          g.collapsible ? (
            <details className="case-filter__more" key={g.key} open={initiallyOpen[g.key] || undefined}>
              <summary>
                {g.legend}
                {filter[g.key].length > 0 && (
                  <span className="muted"> ({t('cs.filter.selected', { count: filter[g.key].length })})</span>
                )}
              </summary>
              {fieldset(g, true)}
            </details>
          ) : (
            <div key={g.key}>{fieldset(g, false)}</div>
          ),
        )}
      </div>
      <div className="case-filter__bar">
        <button
          type="button"
          className="button button--quiet"
          disabled={!ready}
          onClick={() => setFilter(emptyFilter())}
        >
          {t('cs.filter.clear')}
        </button>
        <p className="case-filter__status" role="status" aria-live="polite">
          {message}
        </p>
      </div>
    </section>
  );
}
