/**
 * The search interface, on Pagefind's JS API: a query box, notes on what was searched ("Also
 * searching for", "Did you mean"), facet checkboxes with counts for the current query, the results,
 * and a status line that announces the count to screen readers. Used by the header dialog and the
 * /search/ page. Loaded only when needed; the index and the lexicon come from this site only, and
 * the reader's words never leave the device.
 *
 * Speed (npm run bench measures it; src/features/search/README.md has the figures):
 * - loading starts before anything else is built (`loadSearch`), and on the search page the files
 *   it needs are already on their way: the build puts preload hints for them in the page
 *   (scripts/build/search-preload.ts);
 * - Pagefind runs on the page's own thread (`noWorker`): in its web worker it would fetch its files
 *   again instead of using the preloaded ones, a round trip more on a slow connection, plus the
 *   worker script itself. Its searches take milliseconds on this site's index;
 * - the entry file is asked for with a fixed tag (`metaCacheTag`, from the preload hint), so the
 *   preloaded copy is the one used; where the page has no hints, the header's script adds them
 *   when the reader reaches for search (hints.ts);
 * - results are shown five first, then the rest of the page; the facets' counts follow;
 * - the vocabulary for "did you mean" loads after the first results, or when a word finds nothing.
 */
import { messages, type Strings } from '#src/lib/i18n/messages.ts';
import { toLocale } from '#src/lib/i18n/locale.ts';
import { type PagefindData, type RankedResult, runQuery, type SearchBackend } from './engine.ts';
import { allPages, applySelection, buildFacetIndex, type FacetIndex, facetCounts, typeWeigher } from './facets.ts';
import { EMPTY_LEXICON, type Lexicon, lexiconPath, wordsPath } from './lexicon.ts';
import { addedTerms, matcherFor, planQuery } from './query.ts';
import { PAGEFIND_OPTIONS, TYPE_WEIGHTS } from './ranking.ts';
import {
  FACETS,
  type FacetLabels,
  facetLabelsPath,
  fromParams,
  hasFilters,
  labelOf,
  type Selection,
  sortFacetValues,
  toPagefindFilters,
  toParams,
  toggle,
  upgradeSelection,
} from './search.ts';
import { FACET_KEY, type SearchKey } from './strings.ts';

interface PagefindModule extends SearchBackend {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

interface Loaded {
  pagefind: PagefindModule;
  lexicon: Lexicon;
  /** The weight of each result by its content type (ranking.ts). */
  weightOf: Promise<(id: string) => number>;
}

const PAGE_SIZE = 20;
/**
 * Results whose data is fetched first; the others are asked for once these have arrived, so that on
 * a slow connection they do not share its bandwidth with the first ones. Each is shown as it arrives.
 */
const FIRST_BATCH = 3;

let loading: Promise<Loaded> | undefined;
let vocabulary: Promise<readonly string[]> | undefined;

/**
 * The tag of the entry file the page's preload hint asked for: the index's hash on the search page
 * (scripts/build/search-preload.ts), a time elsewhere (hints.ts).
 */
function entryTag(): string | undefined {
  const hint = document.querySelector<HTMLLinkElement>('link[data-pagefind-entry]');
  return hint ? (new URL(hint.href).searchParams.get('ts') ?? undefined) : undefined;
}

/**
 * Starts loading search (once): Pagefind and the lexicon. Safe to call early and often.
 * The weights by content type come from the `type` filter: a filter-only search per weighted type,
 * which loads that filter's file only, in parallel with the first query's index chunks.
 */
export function loadSearch(lang: string): Promise<Loaded> {
  loading ??= (async () => {
    const tag = entryTag();
    const url = '/pagefind/pagefind.js';
    const lexicon = fetch(lexiconPath(lang))
      .then((r) => (r.ok ? (r.json() as Promise<Lexicon>) : EMPTY_LEXICON))
      .catch(() => EMPTY_LEXICON);
    const pagefind = (await import(/* @vite-ignore */ url)) as PagefindModule;
    await pagefind.options({ ...PAGEFIND_OPTIONS, noWorker: true, ...(tag ? { metaCacheTag: tag } : {}) });
    await pagefind.init();
    const kinds = Object.fromEntries(Object.keys(TYPE_WEIGHTS).map((k) => [k, 1]));
    const weightOf = buildFacetIndex(pagefind, { type: kinds }, ['type']).then((index) =>
      typeWeigher(index, TYPE_WEIGHTS),
    );
    return { pagefind, lexicon: await lexicon, weightOf };
  })();
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

function loadVocabulary(lang: string): Promise<readonly string[]> {
  vocabulary ??= fetch(wordsPath(lang))
    .then((r) => (r.ok ? (r.json() as Promise<string[]>) : []))
    .catch(() => []);
  return vocabulary;
}

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

/** A result list item: what it is, its title linked, the excerpt, and the sections of the page that matched. */
function resultItem(d: PagefindData, t: (key: SearchKey) => string, labels: FacetLabels): HTMLLIElement {
  const li = el('li', { class: 'search-result' });
  const type = d.filters.type?.[0];
  if (type) li.append(el('p', { class: 'tag' }, labelOf(labels, 'type', type)));
  const h = el('h3');
  h.append(el('a', { href: d.url }, d.meta.title ?? d.url));
  li.append(h);
  const p = el('p');
  // Pagefind escapes page text and adds only <mark> around matches.
  if (d.excerpt) p.innerHTML = d.excerpt;
  else p.textContent = d.meta.summary ?? '';
  li.append(p);
  // Sections of a long page where the words are (a record is a section already).
  const sections = d.url.includes('#')
    ? []
    : (d.sub_results ?? [])
        .filter((s) => s.anchor && s.url !== d.url)
        .slice(0, 3)
        .map((s) => el('a', { href: s.url }, s.title));
  if (sections.length > 0) {
    const nav = el('p', { class: 'search-sections' });
    nav.append(el('span', { class: 'muted' }, `${t('search.inSections')} `));
    sections.forEach((a, i) => {
      if (i > 0) nav.append(' · ');
      nav.append(a);
    });
    li.append(nav);
  }
  return li;
}

export async function mountSearch(mount: HTMLElement, { inDialog = false } = {}): Promise<void> {
  const locale = toLocale(mount.dataset.locale);
  // Start loading before building anything: on a slow phone this is most of the wait.
  const ready = loadSearch(locale);
  // The page wrote these with pick(SEARCH_KEYS) (strings.ts) into data-strings.
  const { t, tn } = messages(JSON.parse(mount.dataset.strings ?? '{}') as Strings<SearchKey>, locale);
  // Facet values are keys (`caseStudy`, `canada`), the same in every language. Their labels
  // (labels.ts): the search page wrote them, with the old labels that addresses shared earlier
  // carry; the header's dialog fetches them along with the index. Without them, values show as keys.
  let labels = JSON.parse(mount.dataset.labels ?? '{}') as FacetLabels;
  const labelsReady: Promise<FacetLabels> = mount.dataset.labels
    ? Promise.resolve(labels)
    : fetch(facetLabelsPath(locale))
        .then((r) => (r.ok ? (r.json() as Promise<FacetLabels>) : {}))
        .catch(() => ({}));
  const legacy = JSON.parse(mount.dataset.legacyLabels ?? '{}') as FacetLabels;
  const uid = inDialog ? 'dlg' : 'page';
  const initial = inDialog
    ? { query: '', selection: {} as Selection }
    : fromParams(new URLSearchParams(location.search));
  let query = initial.query;
  // `?type=Case+study` (an old address) selects `caseStudy`; the first search writes the address again.
  let selection: Selection = upgradeSelection(initial.selection, labels, legacy).selection;
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
  input.value = query;
  const hint = el('p', { class: 'muted search-hint', id: `search-hint-${uid}` }, t('search.browseHint'));
  input.setAttribute('aria-describedby', hint.id);
  const notes = el('div', { class: 'search-notes' });
  const status = el('p', { role: 'status', class: 'search-status', 'aria-live': 'polite', 'aria-atomic': 'true' });
  const layout = el('div', { class: 'search-layout' });
  const facetsBox = el('details', { class: 'search-facets' });
  if (!inDialog || window.matchMedia('(min-width: 48rem)').matches) facetsBox.open = true;
  facetsBox.append(el('summary', {}, t('search.filters')));
  const resultsList = el('ol', { class: 'search-results' });
  const more = el('button', { type: 'button', class: 'button button--quiet', hidden: '' }, t('search.more'));
  const resultsBox = el('div', { class: 'search-results-box' });
  resultsBox.append(status, notes, resultsList, more);
  layout.append(facetsBox, resultsBox);
  form.append(label, input, hint);
  mount.append(form, layout);

  // Listen from the start: words typed while the index loads are kept, and searched once it is ready
  // (the first run below); only then does typing start a search of its own.
  let timer: number | undefined;
  let searching = false;
  input.addEventListener('input', () => {
    query = input.value;
    if (!searching) return;
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void run(), 180);
  });

  status.textContent = t('search.loading');
  let loaded: Loaded;
  try {
    [loaded, labels] = await Promise.all([ready, labelsReady]);
  } catch {
    status.textContent = t('search.unavailable');
    return;
  }
  const { pagefind, lexicon } = loaded;
  const matcher = matcherFor(lexicon);

  // The facets: every filter value with its site-wide count (Pagefind's `filters()`, which loads
  // every filter file), built after the first results, in the order of those counts (the boxes do
  // not move as the counts change).
  let values: Record<string, Record<string, number>> | undefined;
  let facetIndex: FacetIndex | undefined;
  let facetIndexLoading: Promise<FacetIndex> | undefined;
  const boxes: { facet: (typeof FACETS)[number]; value: string; box: HTMLInputElement; count: HTMLSpanElement }[] = [];
  const ensureFacetIndex = () => {
    facetIndexLoading ??= pagefind.filters().then(async (v) => {
      values = v;
      buildFacets(v);
      facetIndex = await buildFacetIndex(pagefind, v, FACETS);
      return facetIndex;
    });
    return facetIndexLoading;
  };

  function buildFacets(counts: Record<string, Record<string, number>>) {
    for (const facet of FACETS) {
      const byValue = counts[facet];
      if (!byValue || Object.keys(byValue).length === 0) continue;
      const fs = el('fieldset', { class: 'facet' });
      fs.append(el('legend', {}, t(FACET_KEY[facet])));
      const label = (value: string) => labelOf(labels, facet, value);
      sortFacetValues(byValue, label, locale).forEach(([value], i) => {
        const id = `f-${uid}-${facet}-${i}`;
        const box = el('input', { type: 'checkbox', id, name: facet, value });
        box.checked = selection[facet]?.includes(value) ?? false;
        box.addEventListener('change', () => {
          selection = toggle(selection, facet, value, box.checked);
          void run();
        });
        const count = el('span', { class: 'count' });
        const lab = el('label', { for: id });
        lab.append(document.createTextNode(`${label(value)} `), count);
        const row = el('div', { class: 'check' });
        row.append(box, lab);
        fs.append(row);
        boxes.push({ facet, value, box, count });
      });
      facetsBox.append(fs);
    }
    const clear = el('button', { type: 'button', class: 'button button--quiet' }, t('search.clearFilters'));
    clear.addEventListener('click', () => {
      selection = {};
      for (const b of boxes) b.box.checked = false;
      void run();
    });
    facetsBox.append(clear);
  }

  /** Counts for the current query and choices; a value that would give nothing says 0 and is disabled. */
  function showCounts(counts: Record<string, Record<string, number>> | undefined) {
    for (const { facet, value, box, count } of boxes) {
      const n = counts?.[facet]?.[value];
      count.textContent = n === undefined ? '' : `(${n})`;
      box.disabled = n === 0 && !box.checked;
      box.parentElement?.classList.toggle('check--none', box.disabled);
    }
  }

  let all: { data(): Promise<PagefindData> }[] = [];
  let shown = 0;
  let generation = 0;

  async function showMore(first = false) {
    const gen = generation;
    const slice = all.slice(shown, shown + PAGE_SIZE);
    const batch = first ? FIRST_BATCH : slice.length;
    const pending: (Promise<PagefindData> | undefined)[] = slice.map((r, i) => (i < batch ? r.data() : undefined));
    for (let i = 0; i < slice.length; i++) {
      if (i === batch) for (let j = i; j < slice.length; j++) pending[j] = slice[j]!.data();
      const d = await pending[i]!;
      if (gen !== generation) return;
      resultsList.append(resultItem(d, t, labels));
      shown++;
    }
    more.hidden = shown >= all.length;
    announce();
  }
  more.addEventListener('click', () => void showMore());

  function announce() {
    status.textContent =
      all.length === 0
        ? t('search.noResults')
        : `${tn('search.results', all.length)}${all.length > shown ? ` ${t('search.showing', { shown })}` : ''}`;
  }

  function showNotes(added: string[], corrections: { from: string; to: string }[]) {
    notes.replaceChildren();
    if (corrections.length > 0) {
      const corrected = corrections.reduce((q, c) => q.replace(new RegExp(`\\b${c.from}\\b`, 'i'), c.to), query.trim());
      const [before, after] = t('search.didYouMean', { query: '\u0000' }).split('\u0000');
      const p = el('p', { class: 'search-note' });
      const link = el('a', { href: `/search/?${toParams(corrected, selection).toString()}` }, corrected);
      link.addEventListener('click', (e) => {
        e.preventDefault();
        input.value = corrected;
        query = corrected;
        void run();
      });
      p.append(before ?? '', link, after ?? '');
      notes.append(p);
    }
    if (added.length > 0)
      notes.append(el('p', { class: 'search-note muted' }, t('search.alsoSearching', { terms: added.join(', ') })));
  }

  async function run() {
    const gen = ++generation;
    if (!inDialog) {
      const params = toParams(query, selection).toString();
      history.replaceState(null, '', params ? `?${params}` : location.pathname);
    }
    if (!query.trim() && !hasFilters(selection)) {
      resultsList.replaceChildren();
      notes.replaceChildren();
      more.hidden = true;
      status.textContent = '';
      showCounts(values);
      return;
    }
    let results: RankedResult[] | { id: string; data(): Promise<PagefindData> }[];
    let pool: readonly { id: string }[];
    let added: string[] = [];
    let corrections: { from: string; to: string }[] = [];
    try {
      const index = hasFilters(selection) ? await ensureFacetIndex() : facetIndex;
      if (query.trim()) {
        const outcome = await runQuery(
          pagefind,
          planQuery(query, matcher),
          () => loadVocabulary(locale),
          loaded.weightOf,
        );
        pool = outcome.results;
        results = index ? applySelection(index, selection, outcome.results) : outcome.results;
        corrections = outcome.corrections;
        added = addedTerms(outcome.plan).filter((a) => !corrections.some((c) => c.to === a));
      } else {
        const response = await pagefind.search(null, { filters: toPagefindFilters(selection) });
        results = response?.results ?? [];
        pool = index ? allPages(index).map((id) => ({ id })) : results;
      }
    } catch {
      // The index or its WebAssembly failed to load (offline, blocked): say so instead of waiting forever.
      if (gen === generation) status.textContent = t('search.unavailable');
      return;
    }
    if (gen !== generation) return;
    all = results;
    shown = 0;
    resultsList.replaceChildren();
    // "Loading…" goes; the count is announced once the first page of results is listed.
    status.textContent = '';
    showNotes(added, corrections);
    more.hidden = true;
    if (all.length === 0) announce();
    else await showMore(true);
    if (gen !== generation) return;
    // The counts for this query, once the facet index is there (it loads after the first results).
    const index = facetIndex ?? (await ensureFacetIndex());
    if (gen !== generation) return;
    showCounts(facetCounts(index, selection, pool));
    void loadVocabulary(locale);
  }

  searching = true;
  await run();
  // Facets for browsing even before a search.
  if (!query.trim() && !hasFilters(selection)) {
    await ensureFacetIndex();
    showCounts(values);
  }
}
