import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import {
  atomFeed,
  changeUpdates,
  feedPaths,
  jsonFeed,
  sortUpdates,
  tagBase,
  trackerUpdates,
  updatesOf,
  type FeedMeta,
} from '#src/features/whats-new/feeds.ts';
import { instrument, instruments } from '../tracker/helpers.ts';

const text = {
  added: (title: string) => `Added: ${title}`,
  event: (title: string, type: string) => `${title}: ${type}`,
};
const tracker = trackerUpdates(
  instruments.map((i) => ({ id: i.id, path: `/tracker/${i.id}/`, data: i.data })),
  { launched: '2026-12-02', today: '2026-12-02', text },
);

describe('updates', () => {
  it('lists major change notes only, with ids stable per entry and day', () => {
    const items = changeUpdates([
      {
        collection: 'jurisdictions',
        id: 'canada',
        path: '/jurisdictions/canada/',
        title: 'Canada',
        jurisdiction: 'canada',
        changes: [
          { date: '2026-12-02', kind: 'minor', note: 'A link fixed.' },
          { date: '2026-12-02', kind: 'major', note: 'A value changed.' },
        ],
      },
      { collection: 'areas', id: 'quantum', path: '/areas/quantum/', title: 'Quantum' },
    ]);
    expect(items).toEqual([
      {
        id: 'change/jurisdictions/canada/2026-12-02/2',
        date: '2026-12-02',
        kind: 'change',
        title: 'Canada',
        text: 'A value changed.',
        path: '/jurisdictions/canada/',
        jurisdiction: 'canada',
      },
    ]);
  });

  it('announces each instrument on the day it was published, else the tracker’s launch', () => {
    const added = tracker.filter((i) => i.kind === 'added');
    expect(added).toHaveLength(instruments.length);
    expect(added[0]).toMatchObject({ id: 'added/ca-policy', date: '2026-12-02', title: 'Added: Title of ca-policy' });
    const later = trackerUpdates([{ id: 'x', path: '/x/', data: instrument('x', { published: '2027-01-05' }).data }], {
      launched: '2026-12-02',
      today: '2027-01-10',
      text,
    });
    expect(later.find((i) => i.kind === 'added')?.date).toBe('2027-01-05');
  });

  it('announces dated steps of the last year known to the month or day, none in the future or year-only', () => {
    const events = tracker.filter((i) => i.kind === 'event');
    // 2025-12-19 is within a year of 2026-12-02; 2027 is ahead; 2024 is too old.
    expect(events.map((e) => e.id)).toEqual([
      'event/de-platform/adopted/2025-12-19',
      'event/nz-consultation/consultation/2026-11',
    ]);
    expect(events[1]).toMatchObject({ date: '2026-11-01', title: 'Title of nz-consultation: consultation' });
  });

  it('sorts newest first, and keeps one jurisdiction’s', () => {
    const sorted = sortUpdates(tracker);
    expect(sorted[0]!.date >= sorted.at(-1)!.date).toBe(true);
    expect(updatesOf(sorted, 'germany').every((i) => i.jurisdiction === 'germany')).toBe(true);
    expect(updatesOf(sorted, 'germany').map((i) => i.kind)).toEqual(['added', 'event']);
  });

  it('puts the feeds at stable addresses', () => {
    expect(feedPaths()).toEqual({ atom: '/feeds/whats-new.xml', json: '/feeds/whats-new.json' });
    expect(feedPaths('canada')).toEqual({
      atom: '/feeds/jurisdictions/canada.xml',
      json: '/feeds/jurisdictions/canada.json',
    });
  });
});

const meta: FeedMeta = {
  title: 'Academy: what’s new & <more>',
  description: 'Changes.',
  site: 'https://academy.example.org',
  page: '/whats-new/',
  self: '/feeds/whats-new.xml',
  language: 'en',
  author: 'Academy',
  id: 'https://academy.example.org/feeds/whats-new.xml',
  tagBase: tagBase('https://academy.example.org', '2026-11-21'),
  fallbackUpdated: '2026-12-02',
};

describe('Atom feed', () => {
  const items = sortUpdates(tracker);
  const xml = atomFeed(meta, items);
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(xml);

  it('is well-formed XML with the feed elements RFC 4287 requires', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = doc.feed;
    expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed.id).toBe(meta.id);
    expect(feed.title).toBe('Academy: what’s new & <more>');
    expect(feed.updated).toBe('2026-12-02T00:00:00Z');
    expect(feed.author.name).toBe('Academy');
    const links = feed.link.map((l: Record<string, string>) => `${l['@rel']} ${l['@href']}`);
    expect(links).toEqual([
      'self https://academy.example.org/feeds/whats-new.xml',
      'alternate https://academy.example.org/whats-new/',
    ]);
  });

  it('gives every entry an id, a title, an updated date, a link and a summary', () => {
    const entries = doc.feed.entry as Record<string, unknown>[];
    expect(entries).toHaveLength(items.length);
    for (const entry of entries) {
      expect(String(entry.id)).toMatch(/^tag:academy\.example\.org,2026-11-21:/);
      expect(entry.title).toBeTruthy();
      expect(String(entry.updated)).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
      expect((entry.link as Record<string, string>)['@href']).toMatch(/^https:\/\/academy\.example\.org\/tracker\//);
      expect(entry.summary).toBeTruthy();
    }
  });

  it('stays valid with nothing to list', () => {
    const empty = atomFeed(meta, []);
    expect(XMLValidator.validate(empty)).toBe(true);
    expect(empty).toContain('<updated>2026-12-02T00:00:00Z</updated>');
  });
});

describe('JSON Feed 1.1', () => {
  it('has the top-level and item fields the spec requires, with absolute URLs', () => {
    const feed = JSON.parse(JSON.stringify(jsonFeed(meta, sortUpdates(tracker))));
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.title).toBe(meta.title);
    expect(feed.home_page_url).toBe('https://academy.example.org/whats-new/');
    expect(feed.feed_url).toBe('https://academy.example.org/feeds/whats-new.xml');
    for (const item of feed.items) {
      expect(typeof item.id).toBe('string');
      expect(typeof item.content_text).toBe('string');
      expect(item.url).toMatch(/^https:\/\//);
      expect(Number.isNaN(Date.parse(item.date_published))).toBe(false);
    }
  });
});
