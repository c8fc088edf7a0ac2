/**
 * The policy tracker as pure data: an instrument's key dates and key event, what comes into force or
 * starts to apply soon, what changed recently, how statuses group, and what the filter (filter.ts)
 * reads of a listed instrument. /tracker/, the instrument pages, the jurisdiction pages, the timeline,
 * the open data and the feeds use it. No DOM, no Astro.
 */
import { addDays, addMonths } from '#src/lib/dates.ts';
import { majorChanges, type ChangeNote } from '#src/lib/history.ts';
import type { FilterItem } from './filter.ts';

export type EventType =
  | 'announced'
  | 'published'
  | 'consultation'
  | 'consultation-closes'
  | 'adopted'
  | 'in-force'
  | 'applies-from'
  | 'launched'
  | 'amended'
  | 'superseded'
  | 'repealed'
  | 'expired';

export type Status =
  | 'proposed'
  | 'consultation'
  | 'adopted'
  | 'in-force'
  | 'amended'
  | 'superseded'
  | 'repealed'
  | 'expired';

export type Scope = 'national' | 'g7' | 'international';

export interface InstrumentEvent {
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  date: string;
  type: EventType;
  approximate?: boolean | undefined;
  note?: string | undefined;
  id?: string | undefined;
  source?: string | undefined;
}

/** The fields of an instrument this module reads (a `CollectionEntry<'instruments'>['data']` fits). */
export interface InstrumentData {
  title: string;
  summary: string;
  jurisdiction?: string | undefined;
  scope: Scope;
  kind: string;
  status: Status;
  stakeholders: readonly string[];
  events: readonly InstrumentEvent[];
  changes?: readonly ChangeNote[] | undefined;
  lastReviewed: string;
  sources: readonly string[];
  published?: string | undefined;
  amends?: readonly string[] | undefined;
  supersedes?: readonly string[] | undefined;
  supersededBy?: string | undefined;
}

export interface Instrument<D extends InstrumentData = InstrumentData> {
  id: string;
  data: D;
}

/** The filter key of an instrument: its jurisdiction, or its scope when it has none. */
export function placeKey(data: Pick<InstrumentData, 'jurisdiction' | 'scope'>): string {
  return data.jurisdiction ?? data.scope;
}

// Dates

/** The first and last day a partial date can mean: "2025-04" → 2025-04-01 … 2025-04-30. */
export function dateSpan(date: string): { start: string; end: string } {
  const [y, m, d] = date.split('-');
  if (d) return { start: date, end: date };
  if (m) {
    const last = new Date(Date.UTC(Number(y), Number(m), 0)).getUTCDate();
    return { start: `${y}-${m}-01`, end: `${y}-${m}-${String(last).padStart(2, '0')}` };
  }
  return { start: `${y}-01-01`, end: `${y}-12-31` };
}

/** Event types in the order the CSV columns and the "key dates" name them. */
export const KEY_DATE_TYPES = ['announced', 'adopted', 'in-force', 'applies-from'] as const;
export type KeyDateType = (typeof KEY_DATE_TYPES)[number];

/** The first event of each key type: announced, adopted, in force, applies from. */
export function keyDates(data: Pick<InstrumentData, 'events'>): Record<KeyDateType, InstrumentEvent | undefined> {
  const out = {} as Record<KeyDateType, InstrumentEvent | undefined>;
  for (const type of KEY_DATE_TYPES) out[type] = data.events.find((e) => e.type === type);
  return out;
}

/**
 * The one date to show for an instrument in a list: when it took effect or appeared. By preference
 * the day it applies from, then in force, adopted, launched, published, consultation, announced;
 * for an instrument that has ended, the day it ended.
 */
const KEY_EVENT_ORDER: EventType[] = [
  'applies-from',
  'in-force',
  'adopted',
  'launched',
  'published',
  'consultation',
  'announced',
];
const END_TYPES: EventType[] = ['superseded', 'repealed', 'expired'];

export function keyEvent(data: Pick<InstrumentData, 'events' | 'status'>): InstrumentEvent {
  if (data.status === 'superseded' || data.status === 'repealed' || data.status === 'expired') {
    const end = data.events.find((e) => END_TYPES.includes(e.type));
    if (end) return end;
  }
  for (const type of KEY_EVENT_ORDER) {
    const found = data.events.find((e) => e.type === type);
    if (found) return found;
  }
  return data.events[0]!;
}

// Statuses

/** How a status reads at a glance: current (applies now), pending (not yet), ended. */
export type StatusGroup = 'current' | 'pending' | 'ended';
export function statusGroup(status: Status): StatusGroup {
  if (status === 'in-force' || status === 'amended') return 'current';
  if (status === 'proposed' || status === 'consultation' || status === 'adopted') return 'pending';
  return 'ended';
}

/** Whether a page should carry the banner that the instrument no longer applies. */
export function hasEnded(status: Status): boolean {
  return statusGroup(status) === 'ended';
}

// Sections of /tracker/

/** Event types that make an instrument "come into force or apply"; `launched` is a body starting work. */
export const COMING_TYPES: readonly EventType[] = ['in-force', 'applies-from', 'launched'];

export interface Dated<D extends InstrumentData = InstrumentData> {
  instrument: Instrument<D>;
  event: InstrumentEvent;
}

/**
 * Instruments coming into force, starting to apply or starting work within `months` after `today`:
 * events whose date (the whole month or year, for a partial date) overlaps [today, today + months].
 * Soonest first.
 */
export function comingSoon<D extends InstrumentData>(
  instruments: readonly Instrument<D>[],
  today: string,
  months = 12,
): Dated<D>[] {
  const horizon = addMonths(today, months);
  return instruments
    .flatMap((instrument) =>
      instrument.data.events
        .filter((event) => COMING_TYPES.includes(event.type))
        .filter((event) => {
          const { start, end } = dateSpan(event.date);
          return end >= today && start <= horizon;
        })
        .map((event) => ({ instrument, event })),
    )
    .sort(
      (a, b) =>
        dateSpan(a.event.date).start.localeCompare(dateSpan(b.event.date).start) ||
        a.instrument.data.title.localeCompare(b.instrument.data.title, 'en'),
    );
}

/** Event types the calendar of upcoming dates holds: deadlines, commencements and bodies starting work. */
export const CALENDAR_TYPES: readonly EventType[] = ['consultation-closes', 'in-force', 'applies-from', 'launched'];

/**
 * Dates still ahead on `today` (or today): events of `types` whose date, or the last day of its month
 * or year for a partial date, is not past. Soonest first.
 */
export function upcomingEvents<D extends InstrumentData>(
  instruments: readonly Instrument<D>[],
  today: string,
  types: readonly EventType[] = CALENDAR_TYPES,
): Dated<D>[] {
  return instruments
    .flatMap((instrument) =>
      instrument.data.events
        .filter((event) => types.includes(event.type) && dateSpan(event.date).end >= today)
        .map((event) => ({ instrument, event })),
    )
    .sort(
      (a, b) =>
        dateSpan(a.event.date).start.localeCompare(dateSpan(b.event.date).start) ||
        a.instrument.id.localeCompare(b.instrument.id),
    );
}

export interface RecentChange<D extends InstrumentData = InstrumentData> {
  instrument: Instrument<D>;
  change: ChangeNote;
}

/** Major changes of the last `days` days (up to `today`), newest first. */
export function recentlyChanged<D extends InstrumentData>(
  instruments: readonly Instrument<D>[],
  today: string,
  days = 90,
): RecentChange<D>[] {
  const since = addDays(today, -days);
  return instruments
    .flatMap((instrument) =>
      majorChanges(instrument.data.changes)
        .filter((c) => c.date > since && c.date <= today)
        .map((change) => ({ instrument, change })),
    )
    .sort(
      (a, b) =>
        b.change.date.localeCompare(a.change.date) ||
        a.instrument.data.title.localeCompare(b.instrument.data.title, 'en'),
    );
}

/** Adds `value` to the list of each of `keys` (each once, however often it is named). */
function addUnder<V>(map: Map<string, V[]>, keys: readonly string[] | undefined, value: V): void {
  for (const key of new Set(keys)) {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  }
}

/**
 * The reverse links of every instrument, in one pass: by id, the instruments that amend it (the
 * reverse of `amends`) and those that replace it (of `supersedes`), each in the order of
 * `instruments`. An instrument page reads its own, instead of going through every instrument.
 */
export function reverseLinks<I extends Instrument>(
  instruments: readonly I[],
): { amendedBy: Map<string, I[]>; supersededBy: Map<string, I[]> } {
  const amendedBy = new Map<string, I[]>();
  const supersededBy = new Map<string, I[]>();
  for (const instrument of instruments) {
    addUnder(amendedBy, instrument.data.amends, instrument);
    addUnder(supersededBy, instrument.data.supersedes, instrument);
  }
  return { amendedBy, supersededBy };
}

/** A comparison cell that names an instrument, as the instrument's page links to it. */
export interface CitingCell {
  jurisdiction: string;
  dimension: string;
  href: string;
}

/**
 * By instrument id, the comparison cells that name it: by jurisdiction, then in the order of each
 * jurisdiction's cells.
 */
export function citingCells(
  jurisdictions: readonly {
    id: string;
    data: { title: string; comparison: Record<string, { instruments?: readonly string[] | undefined }> };
  }[],
): Map<string, CitingCell[]> {
  const cells = new Map<string, CitingCell[]>();
  for (const j of jurisdictions) {
    for (const [dimension, cell] of Object.entries(j.data.comparison)) {
      const href = `/compare/?j=${j.id}#dimension-${dimension}`;
      addUnder(cells, cell.instruments, { jurisdiction: j.data.title, dimension, href });
    }
  }
  return cells;
}

/** What the filter (filter.ts) reads of an instrument: written into its list item's data attributes. */
export function filterItem(data: InstrumentData): FilterItem {
  return {
    j: placeKey(data),
    status: data.status,
    who: [...data.stakeholders],
    years: [...new Set(data.events.map((e) => Number(e.date.slice(0, 4))))].sort((a, b) => a - b),
  };
}

// Open data

/** The columns of `/data/instruments.csv`, in order. */
export const INSTRUMENT_CSV_COLUMNS = [
  'id',
  'title',
  'official_title',
  'language',
  'jurisdiction',
  'scope',
  'kind',
  'status',
  'stakeholders',
  'announced',
  'adopted',
  'in_force',
  'applies_from',
  'approximate_dates',
  'amends',
  'supersedes',
  'superseded_by',
  'last_reviewed',
  'sources',
  'url',
] as const;

const KEY_DATE_COLUMN: Record<KeyDateType, string> = {
  announced: 'announced',
  adopted: 'adopted',
  'in-force': 'in_force',
  'applies-from': 'applies_from',
};

/**
 * One row of `/data/instruments.csv` per instrument: status and the four key dates as columns (the
 * first event of each type; YYYY, YYYY-MM or YYYY-MM-DD as the source gives it; empty when there is
 * none). `approximate_dates` names the key-date columns whose date is approximate; lists are joined
 * with ";". `url` is the instrument's page on the site.
 */
export function instrumentCsvRows(
  instruments: readonly Instrument<InstrumentData & { officialTitle?: string | undefined; language?: string }>[],
  urlOf: (id: string) => string,
): string[][] {
  const rows = [...instruments]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map(({ id, data }) => {
      const dates = keyDates(data);
      return [
        id,
        data.title,
        data.officialTitle ?? '',
        data.language ?? 'en',
        data.jurisdiction ?? '',
        data.scope,
        data.kind,
        data.status,
        data.stakeholders.join(';'),
        ...KEY_DATE_TYPES.map((type) => dates[type]?.date ?? ''),
        KEY_DATE_TYPES.filter((type) => dates[type]?.approximate)
          .map((type) => KEY_DATE_COLUMN[type])
          .join(';'),
        (data.amends ?? []).join(';'),
        (data.supersedes ?? []).join(';'),
        data.supersededBy ?? '',
        data.lastReviewed,
        data.sources.join(';'),
        urlOf(id),
      ];
    });
  return [[...INSTRUMENT_CSV_COLUMNS], ...rows];
}
