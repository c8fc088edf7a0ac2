/**
 * The tracker's outputs in the built site (`dist/`; DIST_DIR to check another build): feeds that
 * parse as Atom and JSON Feed with their required fields, a calendar that a standard parser
 * (ical.js) reads, the published open data still carrying every earlier field and id (only
 * additions), the change history on every content page, feed links in page heads, and the
 * start-up JavaScript of /tracker/ and /timeline/ within 10 kB gzip.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { gzipSize, pageJs } from '#scripts/bench/measure.ts';
import { parseCsv as readCsv } from '#src/lib/csv.ts';

const DIST = resolve(process.env.DIST_DIR ?? 'dist');
const read = (path: string) => readFileSync(join(DIST, path), 'utf8');
const json = <T>(path: string) => JSON.parse(read(path)) as T;
const page = (path: string) => read(join(path, 'index.html'));
const legacy = readFileSync('test/fixtures/timeline-legacy-ids.txt', 'utf8')
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l && !l.startsWith('#'));

interface Rec {
  id: string;
  url: string;
  [k: string]: unknown;
}
const jurisdictions = json<Rec[]>('data/jurisdictions.json');
const instruments = json<Rec[]>('data/instruments.json');

describe('feeds', () => {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });
  const feeds = ['feeds/whats-new', ...jurisdictions.map((j) => `feeds/jurisdictions/${j.id}`)];

  it.each(feeds)('%s.xml is an Atom feed with the required elements', (base) => {
    const xml = read(`${base}.xml`);
    expect(XMLValidator.validate(xml)).toBe(true);
    const { feed } = parser.parse(xml);
    expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
    for (const field of ['id', 'title', 'updated', 'author']) expect(feed[field], field).toBeTruthy();
    const entries = feed.entry === undefined ? [] : [feed.entry].flat();
    for (const e of entries) {
      for (const field of ['id', 'title', 'updated', 'link', 'summary']) expect(e[field], field).toBeTruthy();
      expect(new Set([e.id]).size).toBe(1);
    }
    expect(new Set(entries.map((e: { id: string }) => e.id)).size).toBe(entries.length);
  });

  it.each(feeds)('%s.json is a JSON Feed 1.1 with the required fields', (base) => {
    const feed = json<{ version: string; title: string; items: Record<string, string>[] }>(`${base}.json`);
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.title).toBeTruthy();
    for (const item of feed.items) {
      expect(item.id).toBeTruthy();
      expect(item.content_text).toBeTruthy();
      expect(item.url).toMatch(/^https?:\/\//);
    }
  });

  it('lists the major changes and the instruments added, site-wide', () => {
    const feed = json<{ items: { tags: string[] }[] }>('feeds/whats-new.json');
    const kinds = new Set(feed.items.flatMap((i) => i.tags));
    expect(kinds.has('change')).toBe(true);
    expect(kinds.has('added')).toBe(true);
  });

  it('is linked with <link rel="alternate"> from /whats-new/, /tracker/, instrument and jurisdiction pages', () => {
    for (const path of [
      'whats-new',
      'tracker',
      `tracker/${instruments[0]!.id}`,
      `jurisdictions/${jurisdictions[0]!.id}`,
    ]) {
      const html = page(path);
      expect(html, path).toMatch(/<link rel="alternate" type="application\/atom\+xml" href="\/feeds\/whats-new\.xml"/);
      expect(html, path).toMatch(/<link rel="alternate" type="application\/feed\+json"/);
    }
    expect(page(`jurisdictions/${jurisdictions[0]!.id}`)).toContain(
      `href="/feeds/jurisdictions/${jurisdictions[0]!.id}.xml"`,
    );
  });
});

describe('the calendar of upcoming dates', () => {
  const ics = read('feeds/upcoming.ics');

  it('uses CRLF and folds lines at 75 octets', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });

  it('parses with ical.js, each event all-day with UID, DTSTAMP, SUMMARY, DESCRIPTION and URL', () => {
    const calendar = new ICAL.Component(ICAL.parse(ics));
    expect(calendar.name).toBe('vcalendar');
    expect(calendar.getFirstPropertyValue('prodid')).toBeTruthy();
    const events = calendar.getAllSubcomponents('vevent');
    const uids = new Set<string>();
    for (const e of events) {
      const event = new ICAL.Event(e);
      expect(event.startDate.isDate).toBe(true);
      expect(event.summary).toBeTruthy();
      expect(event.description).toBeTruthy();
      expect(e.getFirstPropertyValue('dtstamp')).toBeTruthy();
      expect(String(e.getFirstPropertyValue('url'))).toMatch(/^https?:\/\/.+\/tracker\//);
      uids.add(event.uid);
    }
    expect(uids.size).toBe(events.length);
  });
});

describe('open data: the same shapes, only additions', () => {
  const timeline = json<Rec[]>('data/timeline.json');

  it(`keeps every milestone id published before the timeline was derived (${legacy.length}), as ids and anchors`, () => {
    const ids = new Set(timeline.map((m) => m.id));
    expect(legacy.filter((id) => !ids.has(id))).toEqual([]);
    const html = page('timeline');
    expect(legacy.filter((id) => !html.includes(`id="${id}"`))).toEqual([]);
  });

  it('publishes milestones with the earlier fields and kinds', () => {
    const kinds = ['law', 'policy', 'guidance', 'body', 'list', 'report', 'statement'];
    for (const m of timeline) {
      for (const field of [
        'id',
        'url',
        'title',
        'summary',
        'lastReviewed',
        'sources',
        'changes',
        'date',
        'scope',
        'kind',
      ])
        expect(m, `${m.id}.${field}`).toHaveProperty(field);
      expect(kinds).toContain(m.kind);
      expect(m.url).toBe(`/timeline/#${m.id}`);
      expect(m.scope === 'national').toBe(typeof m.jurisdiction === 'string');
    }
    expect(new Set(timeline.map((m) => m.id)).size).toBe(timeline.length);
  });

  it('lists each jurisdiction’s instruments with the earlier fields, and a changed date on every cell', () => {
    for (const j of jurisdictions) {
      const list = j.instruments as Record<string, unknown>[];
      expect(list.length, j.id).toBeGreaterThan(0);
      for (const i of list) {
        for (const field of ['name', 'date', 'kind', 'summary', 'source'])
          expect(i, `${j.id} ${field}`).toHaveProperty(field);
        expect(['binding', 'policy', 'guidance']).toContain(i.kind);
      }
      for (const [d, cell] of Object.entries(j.comparison as Record<string, Record<string, unknown>>))
        expect(cell.changed, `${j.id}.${d}`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('adds a changed column per jurisdiction at the end of comparison.csv', () => {
    const [header, ...rows] = readCsv(read('data/comparison.csv'));
    const changed = header!.filter((h) => h.endsWith(' changed'));
    expect(changed).toHaveLength(jurisdictions.length);
    expect(header!.slice(-changed.length)).toEqual(changed);
    expect(header!.slice(0, 6)).toEqual([
      'dimension_id',
      'dimension',
      expect.stringMatching(/ value$/),
      expect.stringMatching(/ note$/),
      expect.stringMatching(/ source$/),
      expect.stringMatching(/ last verified$/),
    ]);
    for (const row of rows) for (const v of row.slice(-changed.length)) expect(v).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('publishes /data/instruments.csv: one row per instrument with status and key dates', () => {
    const [header, ...rows] = readCsv(read('data/instruments.csv'));
    for (const column of ['id', 'status', 'announced', 'adopted', 'in_force', 'applies_from'])
      expect(header).toContain(column);
    expect(rows.map((r) => r[0]).sort()).toEqual(instruments.map((i) => i.id).sort());
  });
});

describe('pages', () => {
  const contentPages = [
    ...jurisdictions,
    ...instruments,
    ...[
      'areas',
      'case-studies',
      'modules',
      'paths',
      'checklists',
      'practices',
      'stakeholders',
      'values',
      'principles',
    ].flatMap((c) => json<Rec[]>(`data/${c}.json`)),
  ].map((r) => r.url.split('#')[0]!);
  // Guides, and the pages that show many entries without pages of their own (combined history).
  const guides = [
    '/framework/',
    '/framework/risk/',
    '/about/',
    '/help/',
    '/export-controls/',
    '/glossary/',
    '/compare/',
    '/areas/crosswalk/',
    '/framework/crosswalk/',
  ];

  it(`show updated, last reviewed, next review due and the change history on every content page (${contentPages.length + guides.length})`, () => {
    const missing = [...contentPages, ...guides].filter((path) => {
      const html = page(path);
      return !(
        html.includes('id="change-history"') &&
        html.includes('Next review due') &&
        html.includes('Last reviewed') &&
        html.includes('Updated <time')
      );
    });
    expect(missing).toEqual([]);
  });

  it('put a banner naming the replacement on every superseded instrument', () => {
    for (const i of instruments.filter((x) => x.status === 'superseded')) {
      const html = page(`tracker/${i.id}`);
      expect(html, i.id).toContain('callout--ended');
      expect(html, i.id).toContain(`href="/tracker/${i.supersededBy}/"`);
    }
  });

  it.each(['/tracker/', '/timeline/'])('load at most 10 kB gzip of JavaScript at start-up on %s', (path) => {
    const readFile = (p: string) => {
      const file = join(DIST, p);
      return existsSync(file) ? readFileSync(file) : undefined;
    };
    const js = pageJs(page(path), path, readFile, new Map());
    const bytes = js.files.reduce((sum, f) => sum + gzipSize(readFile(f)!), 0) + js.inlineGzip;
    expect(js.islands).toBe(0);
    expect(bytes).toBeLessThanOrEqual(10_000);
  });
});
