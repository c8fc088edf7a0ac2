/**
 * A small scanner for the HTML this site builds: the start tags with their attributes, the ids, the
 * links, the `<head>` essentials and the scripts a page loads. Used by the site-wide checks over
 * `dist/` (test/dist/site.test.ts) and by the benchmark (scripts/bench.ts).
 *
 * Why not a full HTML parser: the output is Astro's own, well-formed markup, and the checks only
 * need start tags. Comments and the bodies of <script>, <style> and <template> are skipped so that
 * text inside them is never mistaken for markup. No dependency, and fast enough for 5,000 pages.
 */
import { VOID_ELEMENTS } from '#src/lib/html.ts';

export interface Tag {
  /** Lower-case element name. */
  name: string;
  /** Attribute values with character references decoded; a bare attribute has the value "". */
  attrs: Record<string, string>;
}

/**
 * The named character references this scanner and the glossary linker decode: the ones HTML
 * escaping produces and the typographic ones that content text uses. Others stay as written in
 * attribute values and count as one non-letter in text.
 */
export const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  shy: '\u00ad',
  ndash: '–',
  mdash: '—',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  hellip: '…',
  eacute: 'é',
  egrave: 'è',
  agrave: 'à',
  ccedil: 'ç',
};

/** The character a reference stands for, from its body ("amp", "#39", "#x41"), or undefined. */
export function entityChar(ref: string): string | undefined {
  if (ref[0] !== '#') return NAMED_ENTITIES[ref];
  const code = ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
  return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
}

/** Decodes the character references of an attribute value or a title; unknown ones stay as written. */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z][a-z0-9]*);/gi, (whole, ref: string) => entityChar(ref) ?? whole);
}

const ATTR_RE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/**
 * The attributes of a start tag (`<div class="x" hidden>`) or of its attribute part: names in
 * lower case, values as written (not decoded), the first of a repeated name kept, as browsers do.
 */
export function attributesOf(source: string): Map<string, string> {
  const attrs = new Map<string, string>();
  const inner = source.replace(/^<[^\s/>]+/, '').replace(/\/?>$/, '');
  for (const m of inner.matchAll(ATTR_RE)) {
    const name = m[1]!.toLowerCase();
    if (!attrs.has(name)) attrs.set(name, m[2] ?? m[3] ?? m[4] ?? '');
  }
  return attrs;
}

/** Removes comments and the contents of raw-text elements, keeping their start tags. */
function stripOpaque(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/(<(script|style|template)\b[^>]*>)[\s\S]*?(<\/\2\s*>)/gi, '$1$3');
}

const TAG_RE = /<([a-zA-Z][a-zA-Z0-9:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
/** Every start tag of the document, in order. */
export function scanTags(html: string): Tag[] {
  const out: Tag[] = [];
  for (const m of stripOpaque(html).matchAll(TAG_RE)) {
    const attrs: Record<string, string> = {};
    for (const [name, value] of attributesOf(m[2] ?? '')) attrs[name] = decodeEntities(value);
    out.push({ name: m[1]!.toLowerCase(), attrs });
  }
  return out;
}

/** Every id (and legacy `<a name>`) a fragment can point at. */
export function idsOf(tags: Tag[]): Set<string> {
  const ids = new Set<string>();
  for (const t of tags) {
    if (t.attrs.id !== undefined) ids.add(t.attrs.id);
    if (t.name === 'a' && t.attrs.name !== undefined) ids.add(t.attrs.name);
  }
  return ids;
}

export interface PageLink {
  /** The element and attribute the address comes from, e.g. "a[href]". */
  from: string;
  url: string;
}

/** Addresses a page links to or loads: href, src, srcset, poster, action, and island module URLs. */
export function linksOf(tags: Tag[]): PageLink[] {
  const out: PageLink[] = [];
  const add = (from: string, url: string | undefined) => {
    if (url !== undefined && url.trim() !== '') out.push({ from, url: url.trim() });
  };
  for (const t of tags) {
    // <link rel=canonical> and og:url name the public address, not a file of this build.
    if (t.name === 'link' && /\bcanonical\b/i.test(t.attrs.rel ?? '')) continue;
    for (const attr of ['href', 'src', 'poster', 'action', 'component-url', 'renderer-url']) {
      if (t.attrs[attr] !== undefined) add(`${t.name}[${attr}]`, t.attrs[attr]);
    }
    if (t.attrs.srcset !== undefined)
      for (const part of t.attrs.srcset.split(',')) add(`${t.name}[srcset]`, part.trim().split(/\s+/)[0]);
  }
  return out;
}

export interface HeadInfo {
  title?: string;
  description?: string;
  canonical?: string;
  lang?: string;
  /** The `content` of `<meta http-equiv="content-security-policy">`, when present. */
  csp?: string;
}

/** The `<head>` essentials every page must carry. */
export function headOf(html: string, tags: Tag[] = scanTags(html)): HeadInfo {
  const info: HeadInfo = {};
  const title = /<title\b[^>]*>([\s\S]*?)<\/title>/i.exec(html);
  if (title) info.title = decodeEntities(title[1]!.trim());
  for (const t of tags) {
    if (t.name === 'html' && t.attrs.lang !== undefined) info.lang = t.attrs.lang;
    const { content, href } = t.attrs;
    if (t.name === 'meta' && t.attrs.name?.toLowerCase() === 'description' && content !== undefined)
      info.description = content;
    if (
      t.name === 'meta' &&
      t.attrs['http-equiv']?.toLowerCase() === 'content-security-policy' &&
      content !== undefined
    )
      info.csp = content;
    if (t.name === 'link' && /\bcanonical\b/i.test(t.attrs.rel ?? '') && href !== undefined) info.canonical = href;
  }
  return info;
}

export interface PageScripts {
  /** Module and classic scripts the page loads by URL (`<script src>`). */
  external: string[];
  /** Island component and renderer modules (`<astro-island component-url renderer-url>`). */
  islands: string[];
  /** Number of `<astro-island>` elements. */
  islandCount: number;
  /** Inline scripts (Astro's island runtime, `is:inline` scripts), by size in bytes. */
  inlineBytes: number;
}

/** The scripts a page loads at start-up (dynamic imports, loaded on demand, are not counted here). */
export function scriptsOf(html: string, tags: Tag[] = scanTags(html)): PageScripts {
  const external: string[] = [];
  const islands: string[] = [];
  let islandCount = 0;
  for (const t of tags) {
    if (t.name === 'script' && t.attrs.src) {
      const type = (t.attrs.type ?? '').toLowerCase();
      if (type === '' || type === 'module' || type.includes('javascript')) external.push(t.attrs.src);
    }
    if (t.name === 'astro-island') {
      islandCount += 1;
      if (t.attrs['component-url']) islands.push(t.attrs['component-url']);
      if (t.attrs['renderer-url']) islands.push(t.attrs['renderer-url']);
    }
  }
  let inlineBytes = 0;
  for (const m of html.replace(/<!--[\s\S]*?-->/g, '').matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const attrs = m[1] ?? '';
    if (/\bsrc\s*=/.test(attrs)) continue;
    const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attrs)?.[1]?.toLowerCase() ?? '';
    if (type === '' || type === 'module' || type.includes('javascript'))
      inlineBytes += new TextEncoder().encode(m[2] ?? '').length;
  }
  return { external: [...new Set(external)], islands: [...new Set(islands)], islandCount, inlineBytes };
}

/**
 * The static imports of an ES module (`import … from "x"`, `import "x"`, `export … from "x"`), as
 * written. Dynamic `import("x")` is left out on purpose: it loads on demand, not with the page.
 */
export function staticImportsOf(js: string): string[] {
  const out = new Set<string>();
  const re = /(?:^|[;\n}\s])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g;
  for (const m of js.matchAll(re)) out.add(m[1]!);
  return [...out];
}

/** Attributes whose text a reader meets (read out, shown as a tooltip or placeholder). */
const TEXT_ATTRIBUTES = ['aria-label', 'title', 'alt', 'placeholder', 'aria-description'];

export interface LangText {
  /** The language the text is marked with: the nearest `lang` attribute up the tree. */
  lang: string;
  text: string;
  /** Where the text comes from: "text", or the attribute name. */
  from: string;
}

/**
 * The text of a page with the language it is marked in (the `lang` of its nearest ancestor, as
 * browsers and screen readers read it): text nodes of `<body>` and the reader-facing attributes of
 * its elements. Text of `<script>`, `<style>`, `<template>` and comments is left out. Character
 * references are decoded.
 */
export function textWithLanguage(html: string): LangText[] {
  const body = /<body\b[\s\S]*<\/body\s*>/i.exec(html)?.[0] ?? html;
  const pageLang = headOf(html).lang ?? '';
  const source = stripOpaque(body);
  const out: LangText[] = [];
  const stack: { name: string; lang: string }[] = [];
  const current = () => stack.at(-1)?.lang ?? pageLang;
  const re =
    /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*(\/?)>|([^<]+)|</g;
  for (const m of source.matchAll(re)) {
    if (m[5] !== undefined) {
      const text = decodeEntities(m[5]).replace(/\s+/g, ' ');
      if (text.trim() !== '') out.push({ lang: current(), text, from: 'text' });
      continue;
    }
    if (m[2] === undefined) continue;
    const name = m[2].toLowerCase();
    if (m[1] === '/') {
      const at = stack.map((e) => e.name).lastIndexOf(name);
      if (at >= 0) stack.length = at;
      continue;
    }
    const attrs = attributesOf(m[3] ?? '');
    const lang = attrs.has('lang') ? decodeEntities(attrs.get('lang')!) : current();
    for (const a of TEXT_ATTRIBUTES) {
      const v = attrs.get(a);
      if (v !== undefined && v.trim() !== '') out.push({ lang, text: decodeEntities(v), from: a });
    }
    if (!VOID_ELEMENTS.has(name) && m[4] !== '/') stack.push({ name, lang });
  }
  return out;
}
