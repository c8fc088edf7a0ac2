/**
 * The search interface, on the Pagefind JS API: a query box, facet checkboxes (with counts), the
 * results, and a status line that announces the count to screen readers. Used by the header dialog
 * and the /search/ page. Loaded only when needed; the Pagefind index is fetched from this site only.
 */
import { messages, type Strings } from '#src/lib/i18n/messages.ts';
import { toLocale } from '#src/lib/i18n/locale.ts';
import { FACET_KEY, type SearchKey } from './strings.ts';
import {
  FACETS,
  fromParams,
  hasFilters,
  sortFacetValues,
  toPagefindFilters,
  toParams,
  toggle,
  type Selection,
} from './search.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(
    q: string | null,
    o: { filters: Record<string, unknown> },
  ): Promise<{ results: { id: string; data(): Promise<PagefindResultData> }[] } | null>;
  debouncedSearch?(q: string | null, o: unknown, ms: number): Promise<unknown>;
}

const PAGE_SIZE = 20;

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}

export async function mountSearch(mount: HTMLElement, { inDialog = false } = {}): Promise<void> {
  // The page wrote these with pick(SEARCH_KEYS) (strings.ts) into data-strings, and its locale.
  const { t, tn } = messages(
    JSON.parse(mount.dataset.strings ?? '{}') as Strings<SearchKey>,
    toLocale(mount.dataset.locale),
  );
  const uid = inDialog ? 'dlg' : 'page';
  let query = '';
  mount.replaceChildren();

  const form = el('form', { role: 'search', class: 'search-form' });
  form.addEventListener('submit', (e) => e.preventDefault());
  const label = el('label', { for: `search-input-${uid}`, class: 'search-label' }, t('search.label'));
  const input = el('input', {
    type: 'search',
    id: `search-input-${uid}`,
    name: 'q',
    placeholder: t('search.placeholder'),
    autocomplete: 'off',
    spellcheck: 'false',
  });
  const hint = el('p', { class: 'muted search-hint', id: `search-hint-${uid}` }, t('search.browseHint'));
  input.setAttribute('aria-describedby', hint.id);
  const status = el('p', { role: 'status', class: 'search-status', 'aria-live': 'polite', 'aria-atomic': 'true' });
  const layout = el('div', { class: 'search-layout' });
  const facetsBox = el('details', { class: 'search-facets' });
  if (!inDialog || window.matchMedia('(min-width: 48rem)').matches) facetsBox.open = true;
  facetsBox.append(el('summary', {}, t('search.filters')));
  const resultsList = el('ol', { class: 'search-results' });
  const more = el('button', { type: 'button', class: 'button button--quiet', hidden: '' }, '+20');
  const resultsBox = el('div', { class: 'search-results-box' });
  resultsBox.append(status, resultsList, more);
  layout.append(facetsBox, resultsBox);
  form.append(label, input, hint);
  mount.append(form, layout);

  // Listen from the start: words typed while the index loads are searched as soon as it is ready.
  let ready = false;
  let timer: number | undefined;
  input.addEventListener('input', () => {
    query = input.value;
    window.clearTimeout(timer);
    if (ready) timer = window.setTimeout(() => void run(), 180);
  });

  status.textContent = t('search.loading');
  let pagefind: Pagefind;
  try {
    const url = '/pagefind/pagefind.js';
    pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    await pagefind.options({ excerptLength: 24 });
    await pagefind.init();
  } catch {
    status.textContent = t('search.unavailable');
    return;
  }

  const initial = inDialog
    ? { query: '', selection: {} as Selection }
    : fromParams(new URLSearchParams(location.search));
  query = input.value || initial.query;
  let selection: Selection = initial.selection;
  input.value = query;

  let counts: Record<string, Record<string, number>>;
  try {
    counts = await pagefind.filters();
  } catch {
    status.textContent = t('search.unavailable');
    return;
  }
  const clear = el('button', { type: 'button', class: 'button button--quiet' }, t('search.clearFilters'));
  for (const facet of FACETS) {
    const values = counts[facet];
    if (!values || Object.keys(values).length === 0) continue;
    const fs = el('fieldset', { class: 'facet' });
    fs.append(el('legend', {}, t(FACET_KEY[facet])));
    for (const [value, count] of sortFacetValues(values)) {
      const id = `f-${uid}-${facet}-${value.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
      const box = el('input', { type: 'checkbox', id, name: facet, value });
      box.checked = selection[facet]?.includes(value) ?? false;
      box.addEventListener('change', () => {
        selection = toggle(selection, facet, value, box.checked);
        void run();
      });
      const lab = el('label', { for: id });
      lab.append(document.createTextNode(`${value} `), el('span', { class: 'count' }, `(${count})`));
      const row = el('div', { class: 'check' });
      row.append(box, lab);
      fs.append(row);
    }
    facetsBox.append(fs);
  }
  clear.addEventListener('click', () => {
    selection = {};
    for (const box of facetsBox.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) box.checked = false;
    void run();
  });
  facetsBox.append(clear);

  let all: { data(): Promise<PagefindResultData> }[] = [];
  let shown = 0;
  let generation = 0;

  async function showMore() {
    const slice = all.slice(shown, shown + PAGE_SIZE);
    const gen = generation;
    const data = await Promise.all(slice.map((r) => r.data()));
    if (gen !== generation) return;
    for (const d of data) {
      const li = el('li', { class: 'search-result' });
      const a = el('a', { href: d.url }, d.meta.title ?? d.url);
      const h = el('h3', {});
      h.append(a);
      const type = d.filters.type?.[0];
      if (type) li.append(el('p', { class: 'tag' }, type));
      li.append(h);
      const p = el('p', {});
      // Pagefind escapes page text and adds only <mark> around matches.
      if (d.excerpt) p.innerHTML = d.excerpt;
      else p.textContent = d.meta.summary ?? '';
      li.append(p);
      resultsList.append(li);
    }
    shown += slice.length;
    more.hidden = shown >= all.length;
  }
  more.addEventListener('click', () => void showMore());

  async function run() {
    const gen = ++generation;
    if (!inDialog) {
      const params = toParams(query, selection).toString();
      history.replaceState(null, '', params ? `?${params}` : location.pathname);
    }
    if (!query.trim() && !hasFilters(selection)) {
      resultsList.replaceChildren();
      more.hidden = true;
      status.textContent = '';
      return;
    }
    let search: Awaited<ReturnType<Pagefind['search']>>;
    try {
      search = await pagefind.search(query.trim() || null, { filters: toPagefindFilters(selection) });
    } catch {
      // The index or its WebAssembly failed to load (offline, blocked): say so instead of waiting forever.
      if (gen === generation) status.textContent = t('search.unavailable');
      return;
    }
    if (gen !== generation || !search) return;
    all = search.results;
    shown = 0;
    resultsList.replaceChildren();
    status.textContent = all.length === 0 ? t('search.noResults') : tn('search.results', all.length);
    await showMore();
  }

  ready = true;
  await run();
}
