/**
 * "On this page", read from the page itself: Base renders a page's content to HTML, then this module
 * finds its sections (the `<h2>` elements), gives an id to those without one, and splits the HTML
 * after the page header, so that on a phone the folded list sits under the title and not above it.
 * Pure string work on Astro's own output (well-formed, attributes double-quoted), so no parser ships
 * with the build and nothing runs in the browser.
 */
import { VOID_ELEMENTS } from '#src/lib/html.ts';

/** One section of a page: its heading's id and text (HTML-escaped, as it appears in the page). */
export interface TocItem {
  id: string;
  label: string;
  /** The heading's language when it differs from the page's (an untranslated part, marked `lang`). */
  lang?: string;
}

/** A page needs "On this page" only from this many sections up. */
export const TOC_MIN_SECTIONS = 3;

const H2 = /<h2(\s[^>]*)?>([\s\S]*?)<\/h2>/g;
const ISLAND = /<astro-island[\s>][\s\S]*?<\/astro-island>/g;
const NAV = /<nav[\s>][\s\S]*?<\/nav>/g;
/** A `<section>` start tag with an id, right before a heading (only white space between). */
const SECTION_OPENER = /<section\b[^>]*?\sid="([^"]+)"[^>]*>\s*$/;

/** The text of an HTML fragment: tags removed, white space collapsed (entities left as they are). */
export function textOf(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A readable, unique id for a heading: lower case, ASCII letters and digits joined by hyphens. */
export function slugify(text: string, taken: Set<string>): string {
  const base =
    text
      .replace(/&[a-z]+;|&#\d+;/gi, ' ')
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'section';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/**
 * The sections of an HTML fragment, in order, with ids added to the headings that had none. Headings
 * inside islands are listed only when they already have an id (their markup belongs to React and is
 * left untouched); headings inside a `<nav>`, visually hidden or marked `data-toc="skip"` are not
 * listed. A heading that opens a `<section id>` is listed by the section's id.
 */
export function sectionsOf(html: string): { html: string; items: TocItem[] } {
  const items: TocItem[] = [];
  if (!html.includes('<h2')) return { html, items };
  // Worked out only when a heading needs them: most pages have no island, and most headings an id.
  let taken: Set<string> | undefined;
  const spans = (re: RegExp, marker: string) =>
    html.includes(marker) ? [...html.matchAll(re)].map((m) => [m.index, m.index + m[0].length] as const) : [];
  const islands = spans(ISLAND, '<astro-island');
  const navs = spans(NAV, '<nav');
  const inIsland = (at: number) => islands.some(([from, to]) => at >= from && at < to);
  const inNav = (at: number) => navs.some(([from, to]) => at >= from && at < to);
  const langs = headingLanguages(html);
  const out = html.replace(H2, (whole, attrs: string | undefined, inner: string, at: number) => {
    const attributes = attrs ?? '';
    if (/\bvisually-hidden\b|data-toc="skip"/.test(attributes) || inNav(at)) return whole;
    const text = textOf(inner);
    if (!text) return whole;
    const lang = langs.get(at);
    const label = lang ? { text, lang } : text;
    // A heading that opens a <section> with an id is listed by the section's id (the section is
    // what a link should bring into view, and pages already link to it).
    const opener = SECTION_OPENER.exec(html.slice(Math.max(0, at - 400), at))?.[1];
    if (opener) {
      items.push(item(opener, label));
      return whole;
    }
    const existing = /\sid="([^"]+)"/.exec(attributes)?.[1];
    if (existing) {
      items.push(item(existing, label));
      return whole;
    }
    if (inIsland(at)) return whole;
    taken ??= new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] ?? ''));
    const id = slugify(text, taken);
    items.push(item(id, label));
    return `<h2 id="${id}"${attributes}>${inner}</h2>`;
  });
  return { html: out, items };
}

const item = (id: string, label: string | { text: string; lang: string }): TocItem =>
  typeof label === 'string' ? { id, label } : { id, label: label.text, lang: label.lang };

/**
 * The language of each `<h2>` of a fragment that has one, by the heading's position: its own `lang`
 * attribute, or that of the innermost element around it that has one. Only the elements with a
 * `lang` are followed to their end (few, and on French pages only), not every tag of the page.
 */
export function headingLanguages(html: string): Map<number, string> {
  const out = new Map<number, string>();
  if (!html.includes(' lang="') || !html.includes('<h2')) return out;
  // Where each element with a `lang` starts and ends, in document order (so an inner one comes later).
  const scopes: { from: number; to: number; lang: string }[] = [];
  for (let at = html.indexOf(' lang="'); at >= 0; at = html.indexOf(' lang="', at + 1)) {
    const from = html.lastIndexOf('<', at);
    const startTag = /^<([a-zA-Z][\w-]*)\b[^<>]*?(\/?)>/.exec(html.slice(from, html.indexOf('>', at) + 1));
    // Not an attribute of a start tag (text that reads ` lang="`, a comment): nothing to follow.
    if (!startTag?.[0].includes(' lang="')) continue;
    const name = (startTag[1] ?? '').toLowerCase();
    const end = from + startTag[0].length;
    const to = startTag[2] || VOID_ELEMENTS.has(name) ? end : endOfElement(html, name, end);
    const lang = /\slang="([^"]*)"/.exec(startTag[0])?.[1] ?? '';
    if (scopes.at(-1)?.from !== from) scopes.push({ from, to, lang });
  }
  if (scopes.length === 0) return out;
  for (const h of html.matchAll(/<h2[\s>]/g)) {
    let lang: string | undefined;
    for (const scope of scopes) {
      if (scope.from > h.index) break;
      if (h.index < scope.to) lang = scope.lang;
    }
    if (lang) out.set(h.index, lang);
  }
  return out;
}

/** Where the element named `name` whose start tag ends at `from` ends (after its end tag), counting nested ones. */
function endOfElement(html: string, name: string, from: number): number {
  const tag = new RegExp(`<(/?)${name}\\b[^>]*?(/?)>`, 'gi');
  tag.lastIndex = from;
  let depth = 1;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    if (m[1]) {
      depth -= 1;
      if (depth === 0) return m.index + m[0].length;
    } else if (!m[2]) depth += 1;
  }
  return html.length;
}

/** The start tags of the elements still open at the end of an HTML fragment, outermost first. */
function openElements(html: string): string[] {
  const open: { name: string; tag: string }[] = [];
  for (const m of html.matchAll(/<(\/?)([a-zA-Z][\w-]*)\b[^>]*?(\/?)>/g)) {
    const [tag, closing, rawName, selfClosing] = m;
    const name = (rawName ?? '').toLowerCase();
    if (selfClosing || VOID_ELEMENTS.has(name)) continue;
    if (closing) {
      const at = open.map((o) => o.name).lastIndexOf(name);
      if (at >= 0) open.length = at;
    } else open.push({ name, tag });
  }
  return open.map((o) => o.tag);
}

/**
 * Splits a page's HTML after its page header (`<header class="page-header">`, PageHeader.astro), so
 * that "On this page" can follow the title. A page that wraps its header in an element of its own
 * (`<div class="case-page">…`) gets the wrapper closed at the end of the head and opened again, without
 * its id, at the start of the body: both parts stay well formed and keep the wrapper's styles. Without
 * a page header, everything is body.
 */
export function splitAfterPageHeader(html: string): { head: string; body: string } {
  const start = html.search(/<header class="page-header[\s"]/);
  if (start < 0) return { head: '', body: html };
  const end = html.indexOf('</header>', start);
  if (end < 0) return { head: '', body: html };
  const cut = end + '</header>'.length;
  const wrappers = openElements(html.slice(0, start));
  const close = wrappers
    .map((tag) => `</${/^<([a-zA-Z][\w-]*)/.exec(tag)?.[1] ?? 'div'}>`)
    .reverse()
    .join('');
  const reopen = wrappers.map((tag) => tag.replace(/\sid="[^"]*"/, '')).join('');
  return { head: html.slice(0, cut) + close, body: reopen + html.slice(cut) };
}
