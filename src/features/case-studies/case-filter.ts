/**
 * The page script of the case-study library filter (CaseFilter.astro): enables the server-rendered
 * checkboxes, restores the filter from the address, and on every change hides the cards that do not
 * match, announces the count and writes the filter back to the address (history.replaceState).
 * The rules are src/features/case-studies/filter.ts; this file only wires them to the page.
 */
import {
  FILTER_GROUPS,
  filterCases,
  filterHref,
  isEmptyFilter,
  parseFilter,
  toggleValue,
  emptyFilter,
  type CaseRecord,
  type FilterGroup,
  type FilterOptions,
  type FilterState,
  type PackedCases,
  unpackCases,
} from './filter.ts';
import { messages, type Strings } from '#src/lib/i18n/messages.ts';
import { toLocale } from '#src/lib/i18n/locale.ts';
import type { FilterKey } from './strings.ts';

/** Shows or hides the page's cards, and the sections left empty. */
function applyToList(list: HTMLElement, visible: ReadonlySet<string>): void {
  for (const item of list.querySelectorAll<HTMLElement>('[data-case-id]'))
    item.hidden = !visible.has(item.dataset.caseId ?? '');
  for (const section of list.querySelectorAll<HTMLElement>('[data-case-section]'))
    section.hidden = section.querySelector('[data-case-id]:not([hidden])') === null;
}

export function mountCaseFilter(root: HTMLElement): void {
  const list = document.getElementById(root.dataset.list ?? '');
  if (!list) return;
  // The page wrote these with pick(FILTER_KEYS) (strings.ts), the cases' tags and its locale.
  const { t, tn } = messages(
    JSON.parse(root.dataset.strings ?? '{}') as Strings<FilterKey>,
    toLocale(root.dataset.locale),
  );
  const cases: CaseRecord[] = unpackCases(JSON.parse(root.dataset.cases ?? '{}') as Partial<PackedCases>);
  const boxes = (group: FilterGroup) => [...root.querySelectorAll<HTMLInputElement>(`input[name="${group}"]`)];
  const options = emptyFilter() as FilterOptions;
  for (const g of FILTER_GROUPS) (options as FilterState)[g] = boxes(g).map((b) => b.value);
  const status = root.querySelector<HTMLElement>('[data-filter-status]');
  const clear = root.querySelector<HTMLButtonElement>('[data-filter-clear]');
  let filter = parseFilter(window.location.search, options);

  const render = () => {
    for (const g of FILTER_GROUPS) for (const box of boxes(g)) box.checked = filter[g].includes(box.value);
    for (const more of root.querySelectorAll<HTMLDetailsElement>('[data-filter-more]')) {
      const count = filter[more.dataset.filterMore as FilterGroup]?.length ?? 0;
      const note = more.querySelector<HTMLElement>('[data-filter-selected]');
      if (note) {
        note.hidden = count === 0;
        note.textContent = count === 0 ? '' : ` (${t('cs.filter.selected', { count })})`;
      }
    }
    const shown = filterCases(cases, filter);
    applyToList(list, new Set(shown));
    if (status)
      status.textContent = isEmptyFilter(filter)
        ? t('cs.filter.statusAll', { total: cases.length })
        : shown.length === 0
          ? t('cs.filter.none')
          : tn('cs.filter.status', shown.length, { shown: shown.length, total: cases.length });
    const next = filterHref(window.location.pathname, filter, window.location.hash);
    if (next !== window.location.pathname + window.location.search + window.location.hash)
      window.history.replaceState(window.history.state, '', next);
  };

  root.addEventListener('change', (event) => {
    const box = event.target;
    if (!(box instanceof HTMLInputElement) || !(FILTER_GROUPS as readonly string[]).includes(box.name)) return;
    filter = toggleValue(filter, box.name as FilterGroup, box.value, box.checked, options);
    render();
  });
  clear?.addEventListener('click', () => {
    filter = emptyFilter();
    render();
  });

  // Collapsed groups with a selection from the address start open; afterwards the reader decides.
  for (const more of root.querySelectorAll<HTMLDetailsElement>('[data-filter-more]'))
    if ((filter[more.dataset.filterMore as FilterGroup]?.length ?? 0) > 0) more.open = true;
  for (const fieldset of root.querySelectorAll<HTMLFieldSetElement>('fieldset[disabled]')) fieldset.disabled = false;
  if (clear) clear.disabled = false;
  const intro = root.querySelector<HTMLElement>('[data-filter-intro]');
  if (intro) intro.textContent = t('cs.filter.intro');
  render();
}
