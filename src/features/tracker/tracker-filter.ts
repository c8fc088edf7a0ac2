/**
 * The tracker's filter (/tracker/), a small page script over the server-rendered list: checkboxes
 * for jurisdiction, status and stakeholder and two year selects hide the instruments that do not
 * match (and jurisdictions left empty); the list heading and a status message say how many are shown
 * ("Showing 12 of 167 instruments."); the choice lives in the address (filter.ts).
 *
 * No-JS contract: the server render shows the controls disabled with a note that every instrument
 * is listed; this script enables them and removes the note.
 */
import { toLocale } from '#src/lib/i18n/locale.ts';
import { messages, type Strings } from '#src/lib/i18n/messages.ts';
import {
  isEmptyFilter,
  matchesTrackerFilter,
  parseTrackerFilter,
  serialiseTrackerFilter,
  type FilterItem,
  type TrackerFilter,
} from './filter.ts';
import type { TrackerFilterKey } from './strings.ts';

function init(root: HTMLElement): void {
  const { t } = messages(
    JSON.parse(root.dataset.strings ?? '{}') as Strings<TrackerFilterKey>,
    toLocale(root.dataset.locale),
  );
  const list = document.getElementById(root.dataset.list ?? '');
  if (!list) return;
  const heading = document.getElementById(root.dataset.heading ?? '');
  const noMatch = document.querySelector<HTMLElement>('[data-no-match]');
  const status = root.querySelector<HTMLElement>('[role="status"]');
  const showAll = root.querySelector<HTMLButtonElement>('[data-show-all]');
  const boxes = (name: string) => [...root.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)];
  const checks = { j: boxes('j'), status: boxes('status'), who: boxes('who') };
  const from = root.querySelector<HTMLSelectElement>('select[name="from"]');
  const to = root.querySelector<HTMLSelectElement>('select[name="to"]');
  const years = from ? [...from.options].map((o) => Number(o.value)).filter((y) => y > 0) : [];
  const known = {
    j: checks.j.map((b) => b.value),
    status: checks.status.map((b) => b.value),
    who: checks.who.map((b) => b.value),
    years: { first: Math.min(...years), last: Math.max(...years) },
  };
  const items = [...list.querySelectorAll<HTMLElement>('[data-instrument]')].map((el) => ({
    el,
    item: {
      j: el.dataset.j ?? '',
      status: el.dataset.status ?? '',
      who: (el.dataset.who ?? '').split(' ').filter(Boolean),
      years: (el.dataset.years ?? '').split(' ').filter(Boolean).map(Number),
    } satisfies FilterItem,
  }));
  const places = [...list.querySelectorAll<HTMLElement>('[data-place]')];
  const total = items.length;

  const read = (): TrackerFilter => {
    const picked = (list: HTMLInputElement[]) => list.filter((b) => b.checked).map((b) => b.value);
    const year = (s: HTMLSelectElement | null) => (s?.value ? Number(s.value) : undefined);
    return {
      j: picked(checks.j),
      status: picked(checks.status),
      who: picked(checks.who),
      from: year(from),
      to: year(to),
    };
  };
  const show = (filter: TrackerFilter) => {
    for (const [name, list] of Object.entries(checks) as [keyof typeof checks, HTMLInputElement[]][])
      for (const b of list) b.checked = filter[name].includes(b.value);
    if (from) from.value = filter.from === undefined ? '' : String(filter.from);
    if (to) to.value = filter.to === undefined ? '' : String(filter.to);
  };
  const apply = (filter: TrackerFilter) => {
    show(filter);
    let shown = 0;
    for (const { el, item } of items) {
      const visible = matchesTrackerFilter(item, filter);
      el.hidden = !visible;
      if (visible) shown += 1;
    }
    for (const place of places) place.hidden = place.querySelector('[data-instrument]:not([hidden])') === null;
    const empty = isEmptyFilter(filter);
    if (status)
      status.textContent = empty
        ? t('tracker.filter.statusAll', { total })
        : t('tracker.filter.statusSome', { shown, total });
    if (heading)
      heading.textContent = empty ? t('tracker.all', { count: total }) : t('tracker.allFiltered', { shown, total });
    if (noMatch) noMatch.hidden = shown > 0;
    if (showAll) showAll.disabled = empty;
    const query = serialiseTrackerFilter(filter);
    const next = `${location.pathname}${query ? `?${query}` : ''}`;
    if (next !== location.pathname + location.search) history.replaceState(history.state, '', next + location.hash);
  };

  for (const control of [...checks.j, ...checks.status, ...checks.who, from, to]) {
    if (!control) continue;
    control.disabled = false;
    control.addEventListener('change', () => apply(parseTrackerFilter(serialiseTrackerFilter(read()), known)));
  }
  showAll?.addEventListener('click', () => apply({ j: [], status: [], who: [] }));
  root.querySelector('[data-no-js]')?.remove();
  apply(parseTrackerFilter(location.search, known));
}

const root = document.querySelector<HTMLElement>('[data-tracker-filter]');
if (root) init(root);
