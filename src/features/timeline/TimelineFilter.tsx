/**
 * The timeline filter (/timeline/): checkboxes per jurisdiction (and G7 / international) that hide
 * the milestones of the server-rendered list which do not match, and keep the choice in the address
 * (`?j=canada&j=g7`, see src/features/timeline/timeline.ts).
 *
 * Why it touches DOM outside itself: the list is static HTML rendered by the page, so that it reads,
 * prints and is indexed without JavaScript; duplicating ~90 milestones into island props would only
 * add weight. The island toggles `hidden` on `[data-milestone]` items (matched by `data-key`) and on
 * year groups left empty, inside the element whose id it is given.
 *
 * No-JS contract: the server render shows the checkboxes disabled and says that every milestone is
 * listed; nothing is hidden until the island has hydrated.
 */
import { useEffect, useState } from 'react';
import { matchesFilter, parseTimelineFilter, serialiseTimelineFilter } from './timeline.ts';
import { messages, type Strings } from '#src/lib/i18n/messages.ts';
import type { Locale } from '#src/lib/i18n/locale.ts';
import type { TimelineFilterKey } from './strings.ts';

export interface TimelineFilterProps {
  /** Filter keys with their labels and milestone counts, in display order. */
  options: { key: string; label: string; count: number }[];
  /** The id of the element holding the list. */
  listId: string;
  total: number;
  /** TIMELINE_FILTER_KEYS (strings.ts), picked on the server. */
  strings: Strings<TimelineFilterKey>;
  locale: Locale;
}

/** Shows or hides the list items; returns how many milestones are visible. */
function applyFilter(listId: string, selected: string[]): number {
  const list = document.getElementById(listId);
  if (!list) return 0;
  let shown = 0;
  for (const item of list.querySelectorAll<HTMLElement>('[data-milestone]')) {
    const visible = matchesFilter(item.dataset.key ?? '', selected);
    item.hidden = !visible;
    if (visible) shown += 1;
  }
  for (const group of list.querySelectorAll<HTMLElement>('[data-year]')) {
    group.hidden = group.querySelector('[data-milestone]:not([hidden])') === null;
  }
  return shown;
}

export default function TimelineFilter({ options, listId, total, strings, locale }: TimelineFilterProps) {
  const { t } = messages(strings, locale);
  const [ready, setReady] = useState(false);
  const [selected, setSelected] = useState<string[]>([]);
  const [shown, setShown] = useState(total);

  useEffect(() => {
    setSelected(
      parseTimelineFilter(
        window.location.search,
        options.map((o) => o.key),
      ),
    );
    setReady(true);
  }, [options]);

  useEffect(() => {
    if (!ready) return;
    setShown(applyFilter(listId, selected));
    const query = serialiseTimelineFilter(selected);
    const next = query ? `${window.location.pathname}?${query}` : window.location.pathname;
    if (next !== window.location.pathname + window.location.search)
      window.history.replaceState(window.history.state, '', next + window.location.hash);
  }, [ready, selected, listId]);

  const order = options.map((o) => o.key);
  const message = !ready
    ? ''
    : selected.length === 0
      ? t('timeline.filter.statusAll', { total })
      : t('timeline.filter.status', { shown, total });

  return (
    <div className="timeline-filter no-print" data-pagefind-ignore>
      <fieldset>
        <legend>{t('timeline.filter.legend')}</legend>
        {!ready && <p className="meta">{t('timeline.filter.noJs', { total })}</p>}
        <div className="timeline-filter__grid">
          {options.map((o) => (
            <label className="check" key={o.key}>
              <input
                type="checkbox"
                name="j"
                value={o.key}
                checked={selected.includes(o.key)}
                disabled={!ready}
                onChange={(e) =>
                  setSelected((s) => order.filter((k) => (k === o.key ? e.target.checked : s.includes(k))))
                }
              />
              <span>
                {o.label} <span className="muted">({o.count})</span>
              </span>
            </label>
          ))}
        </div>
        <button
          type="button"
          className="button button--quiet"
          disabled={!ready || selected.length === 0}
          onClick={() => setSelected([])}
        >
          {t('timeline.filter.showAll')}
        </button>
      </fieldset>
      <p className="timeline-filter__status" role="status" aria-live="polite">
        {message}
      </p>
    </div>
  );
}
