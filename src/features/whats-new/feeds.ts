/**
 * What's new, as pure data, and its feeds: the major changes of every content entry and the
 * tracker's updates (an instrument added, a dated step of an instrument), newest first; written as
 * an Atom feed (RFC 4287) and a JSON Feed 1.1, site-wide or for one jurisdiction.
 *
 * Locale-free: every sentence comes from the caller (its translator), every address is a site path
 * that the caller turns into an absolute URL, so a feed per locale is the same call with another
 * translator and path prefix.
 *
 * What counts as an update:
 * - `change`: a major change note of any entry (minor changes are never listed);
 * - `added`: an instrument first appearing on the tracker (its `published` day, else the day the
 *   tracker started, from the registry);
 * - `event`: a dated step of an instrument (in force, applies from, adopted…) on a known month or
 *   day within the last `eventDays` days (default 365) up to today. Year-only dates are too vague to
 *   announce and are left out; they stay on the timeline.
 */
import type { ChangeNote } from '#src/lib/history.ts';
import { addDays, latestDay } from '#src/lib/dates.ts';
import { dateSpan, type EventType, type InstrumentData } from '#src/features/tracker/tracker.ts';

export type UpdateKind = 'change' | 'added' | 'event';

export interface UpdateItem {
  /** Stable across builds: what it is about and when (`change/jurisdictions/canada/2026-12-02/1`). */
  id: string;
  /** The day (`YYYY-MM-DD`). */
  date: string;
  kind: UpdateKind;
  title: string;
  /** One line: the change note, the instrument's summary or the step's note. */
  text: string;
  /** The site path it links to. */
  path: string;
  /** The jurisdiction it concerns, when there is one (jurisdiction pages and their instruments). */
  jurisdiction?: string | undefined;
}

/** A content entry with a page, as the change updates read it. */
export interface EntryInfo {
  collection: string;
  id: string;
  path: string;
  title: string;
  jurisdiction?: string | undefined;
  changes?: readonly ChangeNote[] | undefined;
}

/** One update per major change note. Ids count same-day notes of an entry in file order (1, 2…). */
export function changeUpdates(entries: readonly EntryInfo[]): UpdateItem[] {
  return entries.flatMap((e) => {
    const perDay = new Map<string, number>();
    return (e.changes ?? []).flatMap((c): UpdateItem[] => {
      const n = (perDay.get(c.date) ?? 0) + 1;
      perDay.set(c.date, n);
      if (c.kind !== 'major') return [];
      return [
        {
          id: `change/${e.collection}/${e.id}/${c.date}/${n}`,
          date: c.date,
          kind: 'change',
          title: e.title,
          text: c.note,
          path: e.path,
          ...(e.jurisdiction ? { jurisdiction: e.jurisdiction } : {}),
        },
      ];
    });
  });
}

/** The sentences of the tracker's updates, in the feed's language. */
export interface TrackerUpdateText {
  /** "Added to the policy tracker: <title>". */
  added(title: string): string;
  /** "<title>: enters into force". */
  event(title: string, type: EventType): string;
}

export interface TrackerUpdateOptions {
  /** The day an instrument without its own `published` date appeared (the tracker's launch). */
  launched: string;
  today: string;
  text: TrackerUpdateText;
  /** How far back dated steps are announced. */
  eventDays?: number;
}

/** New instruments and recent dated steps of instruments. */
export function trackerUpdates(
  instruments: readonly { id: string; path: string; data: InstrumentData }[],
  { launched, today, text, eventDays = 365 }: TrackerUpdateOptions,
): UpdateItem[] {
  const since = addDays(today, -eventDays);
  return instruments.flatMap(({ id, path, data }) => {
    const jurisdiction = data.jurisdiction ? { jurisdiction: data.jurisdiction } : {};
    const added: UpdateItem = {
      id: `added/${id}`,
      date: data.published ?? launched,
      kind: 'added',
      title: text.added(data.title),
      text: data.summary,
      path,
      ...jurisdiction,
    };
    const events = data.events
      .filter((e) => e.date.length > 4)
      .map((e) => ({ e, day: dateSpan(e.date).start }))
      .filter(({ day }) => day > since && day <= today)
      .map(
        ({ e, day }): UpdateItem => ({
          id: `event/${id}/${e.type}/${e.date}`,
          date: day,
          kind: 'event',
          title: text.event(data.title, e.type),
          text: e.note ?? data.summary,
          path,
          ...jurisdiction,
        }),
      );
    return [added, ...events];
  });
}

const KIND_ORDER: Record<UpdateKind, number> = { event: 0, change: 1, added: 2 };

/** Newest first; on one day, steps of instruments, then changes, then additions; then by title. */
export function sortUpdates(items: readonly UpdateItem[]): UpdateItem[] {
  return [...items].sort(
    (a, b) =>
      b.date.localeCompare(a.date) ||
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      a.title.localeCompare(b.title, 'en') ||
      a.id.localeCompare(b.id),
  );
}

/** The updates about one jurisdiction. */
export function updatesOf(items: readonly UpdateItem[], jurisdiction: string): UpdateItem[] {
  return items.filter((i) => i.jurisdiction === jurisdiction);
}

/** Where the feeds live: site-wide, or for one jurisdiction. */
export function feedPaths(jurisdiction?: string): { atom: string; json: string } {
  const base = jurisdiction ? `/feeds/jurisdictions/${jurisdiction}` : '/feeds/whats-new';
  return { atom: `${base}.xml`, json: `${base}.json` };
}

// Writing the feeds

export interface FeedMeta {
  title: string;
  description: string;
  /** The site's origin, `https://academy.example.org`. */
  site: string;
  /** The HTML page the feed mirrors (a site path). */
  page: string;
  /** The feed's own path. */
  self: string;
  /** BCP 47 language tag of the feed's text. */
  language: string;
  author: string;
  /** The feed's id (an absolute IRI that never changes). */
  id: string;
  /** The `tag:` authority and date items' ids are built on: `tag:<host>,<date>:`. */
  tagBase: string;
  /** When nothing is listed, the feed's `updated` falls back to this day. */
  fallbackUpdated: string;
}

/** `tag:` URI prefix for a site (RFC 4151): `tag:academy.example.org,2026-11-21:`. */
export function tagBase(site: string, since: string): string {
  return `tag:${new URL(site).hostname},${since}:`;
}

const xml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

const absolute = (site: string, path: string) => new URL(path, site).href;
const stamp = (day: string) => `${day}T00:00:00Z`;

/** The feed as Atom (RFC 4287): feed id, title, updated, author, self and alternate links; each entry id, title, updated, link, summary. */
export function atomFeed(meta: FeedMeta, items: readonly UpdateItem[]): string {
  const updated = latestDay(items.map((i) => i.date)) ?? meta.fallbackUpdated;
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${xml(meta.language)}">`,
    `  <id>${xml(meta.id)}</id>`,
    `  <title>${xml(meta.title)}</title>`,
    `  <subtitle>${xml(meta.description)}</subtitle>`,
    `  <updated>${stamp(updated)}</updated>`,
    `  <author><name>${xml(meta.author)}</name><uri>${xml(absolute(meta.site, '/'))}</uri></author>`,
    `  <link rel="self" type="application/atom+xml" href="${xml(absolute(meta.site, meta.self))}"/>`,
    `  <link rel="alternate" type="text/html" href="${xml(absolute(meta.site, meta.page))}"/>`,
    ...items.flatMap((i) => [
      '  <entry>',
      `    <id>${xml(meta.tagBase + i.id)}</id>`,
      `    <title>${xml(i.title)}</title>`,
      `    <updated>${stamp(i.date)}</updated>`,
      `    <link rel="alternate" type="text/html" href="${xml(absolute(meta.site, i.path))}"/>`,
      `    <summary>${xml(i.text)}</summary>`,
      `    <category term="${i.kind}"/>`,
      '  </entry>',
    ]),
    '</feed>',
  ];
  return `${lines.join('\n')}\n`;
}

/** The feed as JSON Feed 1.1: version, title, home_page_url, feed_url; items with id, url, title, content_text, date_published. */
export function jsonFeed(meta: FeedMeta, items: readonly UpdateItem[]): Record<string, unknown> {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: meta.title,
    home_page_url: absolute(meta.site, meta.page),
    feed_url: absolute(meta.site, meta.self),
    description: meta.description,
    language: meta.language,
    authors: [{ name: meta.author, url: absolute(meta.site, '/') }],
    items: items.map((i) => ({
      id: meta.tagBase + i.id,
      url: absolute(meta.site, i.path),
      title: i.title,
      content_text: i.text,
      date_published: stamp(i.date),
      tags: [i.kind],
    })),
  };
}
