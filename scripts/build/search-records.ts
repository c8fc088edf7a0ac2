/**
 * The search records of a built page (see src/features/search/records.ts): each element marked
 * `data-search-record`, cut out of the page's HTML, and the small HTML page the index step gives
 * Pagefind for it. Pure functions over strings, tested in test/unit/scripts/build/search-records.test.ts.
 *
 * The element's end is found by counting start and end tags of the same name, which is enough for the
 * well-formed markup Astro writes (records are `<article>`, `<li>` or `<section>` elements).
 */
import { attributesOf, decodeEntities } from '#scripts/lib/html-scan.ts';
import { RECORD_ATTR, RECORD_TITLE_ATTR } from '#src/features/search/records.ts';

export interface PageRecord {
  /** The element's id: the record's address is the page's address + `#id`. */
  id: string;
  title: string;
  /** The element's inner HTML. */
  html: string;
}

/** A start tag, quoted attribute values allowed to hold `>`. */
const START_TAG = /<([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;

/** The inner HTML of the element whose start tag ends at `from`, or undefined when it is not closed. */
function innerOf(html: string, name: string, from: number): { inner: string; end: number } | undefined {
  const tags = new RegExp(`<(/?)${name}\\b(?:"[^"]*"|'[^']*'|[^>"'])*>`, 'gi');
  tags.lastIndex = from;
  let depth = 1;
  for (let m = tags.exec(html); m; m = tags.exec(html)) {
    depth += m[1] === '/' ? -1 : 1;
    if (depth === 0) return { inner: html.slice(from, m.index), end: tags.lastIndex };
  }
  return undefined;
}

/** Every record of a page, in document order. Records inside records are not looked for. */
export function extractRecords(html: string): PageRecord[] {
  const out: PageRecord[] = [];
  if (!html.includes(RECORD_ATTR)) return out;
  START_TAG.lastIndex = 0;
  for (let m = START_TAG.exec(html); m; m = START_TAG.exec(html)) {
    if (!m[2]?.includes(RECORD_ATTR)) continue;
    const attrs = attributesOf(m[0]);
    if (!attrs.has(RECORD_ATTR)) continue;
    const id = attrs.get('id');
    const title = attrs.get(RECORD_TITLE_ATTR);
    const found = innerOf(html, m[1]!, START_TAG.lastIndex);
    if (!id || !title || !found) {
      throw new Error(`a search record needs an id, a ${RECORD_TITLE_ATTR} and an end tag: ${m[0].slice(0, 160)}`);
    }
    out.push({ id: decodeEntities(id), title: decodeEntities(title), html: found.inner });
    START_TAG.lastIndex = found.end;
  }
  return out;
}

/** The `lang` of a page's `<html>` element ("en" when it has none). */
export function pageLanguage(html: string): string {
  const tag = /<html\b[^>]*>/i.exec(html);
  return (tag && attributesOf(tag[0]).get('lang')) || 'en';
}

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The HTML Pagefind indexes for one record: its content, its title as metadata, in the page's
 * language. Ids inside are dropped: Pagefind would make each one a section of the record, linked by
 * replacing the record's own `#id` in its address.
 */
export function recordDocument(record: PageRecord, lang: string): string {
  const title = escapeAttr(record.title);
  const inner = record.html.replace(/(<[a-zA-Z][^>]*?)\sid=("[^"]*"|'[^']*')/g, '$1');
  return `<!doctype html><html lang="${escapeAttr(lang)}"><head><meta charset="utf-8"><title>${title}</title></head><body><main data-pagefind-body><span data-pagefind-meta="title[data-value]" data-value="${title}" hidden></span>${inner}</main></body></html>`;
}
