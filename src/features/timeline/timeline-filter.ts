/**
 * The timeline filter (/timeline/), a small page script over the server-rendered page: the
 * checkboxes per jurisdiction (and G7 / international) hide the milestones of the list that do not
 * match, empty years, and the chart's dots; the list heading and a status message say how many are
 * shown ("Showing 9 of 238 milestones."); the choice lives in the address (`?j=canada&j=g7`, see
 * timeline.ts).
 *
 * No-JS contract: the server render shows the checkboxes disabled with a note that every milestone
 * is listed; this script enables them and removes the note.
 *
 * On a timeline split into pages (pages.ts), the filter works on the page's milestones, and an address
 * with the anchor of a milestone that is on another page (`/timeline/#<id>`, as every milestone had
 * before the split) is sent to that page: its address is in `/data/timeline.json`, fetched only then.
 */
import { toLocale } from '#src/lib/i18n/locale.ts';
import { localeOfPath, localizePath } from '#src/lib/routes.ts';
import { messages, type Strings } from '#src/lib/i18n/messages.ts';
import type { TimelineFilterKey } from './strings.ts';
import { matchesFilter, parseTimelineFilter, serialiseTimelineFilter } from './timeline.ts';

function init(root: HTMLElement): void {
  const { t } = messages(
    JSON.parse(root.dataset.strings ?? '{}') as Strings<TimelineFilterKey>,
    toLocale(root.dataset.locale),
  );
  const list = document.getElementById(root.dataset.list ?? '');
  if (!list) return;
  const chart = document.getElementById(root.dataset.chart ?? '');
  const heading = document.getElementById(root.dataset.heading ?? '');
  const status = root.querySelector<HTMLElement>('[role="status"]');
  const showAll = root.querySelector<HTMLButtonElement>('[data-show-all]');
  const boxes = [...root.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
  const items = [...list.querySelectorAll<HTMLElement>('[data-milestone]')];
  const groups = [...list.querySelectorAll<HTMLElement>('[data-year]')];
  const marks = chart ? [...chart.querySelectorAll<SVGElement>('[data-key]')] : [];
  const total = items.length;

  const apply = (selected: string[]) => {
    let shown = 0;
    for (const item of items) {
      const visible = matchesFilter(item.dataset.key ?? '', selected);
      item.hidden = !visible;
      if (visible) shown += 1;
    }
    for (const group of groups) group.hidden = group.querySelector('[data-milestone]:not([hidden])') === null;
    for (const mark of marks) mark.classList.toggle('is-off', !matchesFilter(mark.dataset.key ?? '', selected));
    const filtered = selected.length > 0;
    if (status)
      status.textContent = filtered
        ? t('timeline.filter.status', { shown, total })
        : t('timeline.filter.statusAll', { total });
    if (heading)
      heading.textContent = filtered
        ? t('timeline.listFiltered', { shown, total })
        : t('timeline.list', { count: total });
    if (showAll) showAll.disabled = !filtered;
    for (const box of boxes) box.checked = selected.includes(box.value);
    const query = serialiseTimelineFilter(selected);
    const next = `${location.pathname}${query ? `?${query}` : ''}`;
    if (next !== location.pathname + location.search) history.replaceState(history.state, '', next + location.hash);
  };
  const selection = () => boxes.filter((b) => b.checked).map((b) => b.value);

  for (const box of boxes) {
    box.disabled = false;
    box.addEventListener('change', () => apply(selection()));
  }
  showAll?.addEventListener('click', () => apply([]));
  root.querySelector('[data-no-js]')?.remove();
  apply(
    parseTimelineFilter(
      location.search,
      boxes.map((b) => b.value),
    ),
  );
}

/** Sends an anchor of a milestone on another page of a split timeline to that page. */
async function followMovedAnchor(records: string): Promise<void> {
  const id = decodeURIComponent(location.hash.slice(1));
  if (!id || document.getElementById(id)) return;
  const response = await fetch(records).catch(() => undefined);
  if (!response?.ok) return;
  const list = (await response.json().catch(() => [])) as { id?: string; url?: string }[];
  const url = list.find((m) => m.id === id)?.url;
  if (!url) return;
  // The records give English addresses; a page in another language keeps its language.
  location.replace(localizePath(url, localeOfPath(location.pathname)));
}

const root = document.querySelector<HTMLElement>('[data-timeline-filter]');
if (root) {
  init(root);
  if (root.dataset.records) void followMovedAnchor(root.dataset.records);
}
