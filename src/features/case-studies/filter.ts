/**
 * Filtering the case-study library (/case-studies/) and keeping the filter in the address.
 *
 * A case carries tags in six groups: kind (scenario or policy), risk vector, stakeholder,
 * jurisdiction, research area and best practice. A filter selects values per group. A case matches
 * when, in EVERY group that has a selection, it carries AT LEAST ONE selected value (AND across
 * groups, OR within a group). An empty filter matches every case.
 *
 * In the address each group is one query parameter, repeated per value, groups and values in a fixed
 * order so that the same filter always gives the same address:
 * `?kind=scenario&risk=people&stakeholder=funders&stakeholder=researchers`. Unknown parameters and
 * values are ignored when reading, so an old or hand-edited link never breaks the page.
 */
import { compareText } from '#src/lib/i18n/format.ts';

/** The filter groups, in display and address order. The key is also the query parameter. */
export const FILTER_GROUPS = ['kind', 'risk', 'stakeholder', 'jurisdiction', 'area', 'practice'] as const;
export type FilterGroup = (typeof FILTER_GROUPS)[number];

/** Selected values per group (or a case's tags per group). */
export type FilterState = Record<FilterGroup, string[]>;

/** A case as the filter sees it: its id and its tags. */
export interface CaseRecord {
  id: string;
  tags: FilterState;
}

/** A group of the filter form as the page renders it (CaseFilter.astro). */
export interface CaseFilterGroup {
  key: FilterGroup;
  legend: string;
  options: { value: string; label: string; count: number }[];
  /** Long groups start closed in a <details> (the script opens it when the address selects something in it). */
  collapsible?: boolean;
}

/** The frontmatter fields a case's tags come from. */
export interface CaseTagSource {
  kind: string;
  riskVectors?: readonly string[];
  stakeholders?: readonly string[];
  jurisdictions?: readonly string[];
  areas?: readonly string[];
  practices?: readonly string[];
}

/** A filter with nothing selected. */
export function emptyFilter(): FilterState {
  return { kind: [], risk: [], stakeholder: [], jurisdiction: [], area: [], practice: [] };
}

/** The tags of a case, from its frontmatter. */
export function caseTags(data: CaseTagSource): FilterState {
  return {
    kind: [data.kind],
    risk: [...(data.riskVectors ?? [])],
    stakeholder: [...(data.stakeholders ?? [])],
    jurisdiction: [...(data.jurisdictions ?? [])],
    area: [...(data.areas ?? [])],
    practice: [...(data.practices ?? [])],
  };
}

/** True when nothing is selected. */
export function isEmptyFilter(filter: FilterState): boolean {
  return FILTER_GROUPS.every((g) => filter[g].length === 0);
}

/** How many values are selected across all groups. */
export function selectedCount(filter: FilterState): number {
  return FILTER_GROUPS.reduce((n, g) => n + filter[g].length, 0);
}

/** AND across groups, OR within a group; a group with no selection does not constrain. */
export function matchesCase(tags: FilterState, filter: FilterState): boolean {
  return FILTER_GROUPS.every((g) => filter[g].length === 0 || filter[g].some((v) => tags[g].includes(v)));
}

/** The ids of the cases that match, in the order given. */
export function filterCases(cases: readonly CaseRecord[], filter: FilterState): string[] {
  return cases.filter((c) => matchesCase(c.tags, filter)).map((c) => c.id);
}

/**
 * The cases' tags as the page carries them (`data-cases`, CaseFilter.astro): every tag once, as
 * `group:value` in `values`, and each case as `id:` and the indexes of its tags (base 36, dot-separated),
 * cases joined by `;`. A third of the size of the same data as JSON objects: the library page carries
 * every case, so this grows with it (at 5,000 bench entries, 780 cases: 17 kB gzip as JSON).
 */
export interface PackedCases {
  values: string[];
  cases: string;
}

export function packCases(cases: readonly CaseRecord[]): PackedCases {
  const values: string[] = [];
  const index = new Map<string, number>();
  const indexOf = (token: string) => {
    let i = index.get(token);
    if (i === undefined) {
      i = values.length;
      values.push(token);
      index.set(token, i);
    }
    return i;
  };
  const packed = cases.map(
    (c) => `${c.id}:${FILTER_GROUPS.flatMap((g) => c.tags[g].map((v) => indexOf(`${g}:${v}`).toString(36))).join('.')}`,
  );
  return { values, cases: packed.join(';') };
}

/** The cases back from `packCases`; unknown groups and indexes are left out, so bad data filters nothing away. */
export function unpackCases(packed: Partial<PackedCases>): CaseRecord[] {
  const values = Array.isArray(packed.values) ? packed.values : [];
  if (typeof packed.cases !== 'string' || packed.cases === '') return [];
  return packed.cases.split(';').map((entry) => {
    const colon = entry.lastIndexOf(':');
    const tags = emptyFilter();
    for (const n of entry.slice(colon + 1).split('.')) {
      const token = values[Number.parseInt(n, 36)];
      const sep = token?.indexOf(':') ?? -1;
      if (!token || sep < 0) continue;
      const group = token.slice(0, sep) as FilterGroup;
      if (FILTER_GROUPS.includes(group)) tags[group].push(token.slice(sep + 1));
    }
    return { id: entry.slice(0, colon), tags };
  });
}

/** value → number of cases carrying it, for one group (values never used are absent). */
export function optionCounts(cases: readonly CaseRecord[], group: FilterGroup): Map<string, number> {
  const counts = new Map<string, number>();
  for (const c of cases) for (const v of new Set(c.tags[group])) counts.set(v, (counts.get(v) ?? 0) + 1);
  return counts;
}

/** The allowed values of each group, in display order (used to validate and order). */
export type FilterOptions = Record<FilterGroup, readonly string[]>;

/** Keeps the known values of each group, once each, in the options' order. */
export function normaliseFilter(
  filter: Partial<Record<FilterGroup, readonly string[]>>,
  options: FilterOptions,
): FilterState {
  const out = emptyFilter();
  for (const g of FILTER_GROUPS) {
    const chosen = new Set(filter[g] ?? []);
    out[g] = options[g].filter((v) => chosen.has(v));
  }
  return out;
}

/** Reads a filter from a query string (`?risk=people&…`, with or without "?") or URLSearchParams. */
export function parseFilter(query: string | URLSearchParams, options: FilterOptions): FilterState {
  const params =
    typeof query === 'string' ? new URLSearchParams(query.startsWith('?') ? query.slice(1) : query) : query;
  const raw: Partial<Record<FilterGroup, string[]>> = {};
  for (const g of FILTER_GROUPS) raw[g] = params.getAll(g);
  return normaliseFilter(raw, options);
}

/** The query string of a filter, without "?"; empty for an empty filter. Values must be normalised. */
export function serialiseFilter(filter: FilterState): string {
  const params = new URLSearchParams();
  for (const g of FILTER_GROUPS) for (const v of filter[g]) params.append(g, v);
  return params.toString();
}

/** Selects or clears one value, keeping the options' order. */
export function toggleValue(
  filter: FilterState,
  group: FilterGroup,
  value: string,
  on: boolean,
  options: FilterOptions,
): FilterState {
  const current = new Set(filter[group]);
  if (on) current.add(value);
  else current.delete(value);
  return { ...filter, [group]: options[group].filter((v) => current.has(v)) };
}

/**
 * The address for a filter: the path, then the query (if any), then the hash. Used to replace the
 * address as the filter changes, so a reload or a shared link shows the same selection.
 */
export function filterHref(pathname: string, filter: FilterState, hash = ''): string {
  const query = serialiseFilter(filter);
  return `${pathname}${query ? `?${query}` : ''}${hash}`;
}

/** What related-case ranking needs of a case. */
export interface RelatableCase {
  id: string;
  title: string;
  topics: readonly string[];
  areas?: readonly string[];
}

/**
 * Other cases on the same topics, best first: two points per shared topic, one per shared research
 * area; only cases sharing at least one topic; ties by title. At most `limit`.
 */
export function relatedCases<C extends RelatableCase>(target: RelatableCase, all: readonly C[], limit = 3): C[] {
  const topics = new Set(target.topics);
  const areas = new Set(target.areas ?? []);
  // Ties by title, in English collation whatever the page's language.
  const byTitle = compareText('en');
  return all
    .filter((c) => c.id !== target.id)
    .map((c) => ({
      c,
      topics: c.topics.filter((t) => topics.has(t)).length,
      areas: (c.areas ?? []).filter((a) => areas.has(a)).length,
    }))
    .filter((r) => r.topics > 0)
    .sort((a, b) => b.topics * 2 + b.areas - (a.topics * 2 + a.areas) || byTitle(a.c.title, b.c.title))
    .slice(0, limit)
    .map((r) => r.c);
}
