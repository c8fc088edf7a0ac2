/**
 * Glossary auto-linking on built HTML: the first mention of each glossary term in a page's prose
 * becomes a link to its entry on /glossary/. Pure: a string of HTML in, a string out, no DOM.
 *
 * How it works
 * - A small tokenizer walks the HTML (tags, comments, doctype, raw-text elements such as <script>
 *   and <style>) and keeps a stack of open elements. Nothing but the text nodes it links changes:
 *   every other byte of the page is copied as it was.
 * - A text node is eligible when one of its ancestors has the class `prose` (and, by default, one is
 *   <main>), and none is an excluded element: links, headings, buttons, code, form controls,
 *   <summary>, <svg>, or any element carrying `data-no-glossary`.
 * - Matching runs on the decoded text (so `&amp;`, `&#39;` or `&nbsp;` read as the characters they
 *   stand for) but the link wraps the original source text, so entities are kept as they were.
 * - Names match case-insensitively, as whole words (a letter, digit, hyphen or underscore next to a
 *   match rules it out), with any run of white space between words. At each position the longest
 *   name wins; a phrase that names an already-linked term is consumed, not re-linked in part.
 * - A term is linked once per page. Terms the page already links to (`href="/glossary/#id"`, or
 *   `/fr/glossary/#id` on a French page) count as linked.
 */
import { attributesOf, entityChar } from '#scripts/lib/html-scan.ts';
import { VOID_ELEMENTS } from '#src/lib/html.ts';

/** What the linker needs of a glossary entry. */
export interface GlossaryTermInput {
  id: string;
  title: string;
  aliases?: string[];
  /** false: never link this term automatically. */
  autolink?: boolean;
}

/** Compiled terms: build once per site, reuse for every page. */
export interface GlossaryMatcher {
  /** One alternation of every name, longest first; null when there is nothing to link. */
  pattern: RegExp | null;
  /** Normalised name (lower case, single spaces) → term id. */
  names: Map<string, string>;
  /** Names claimed by two terms: the first (by order given) keeps it. */
  conflicts: { name: string; kept: string; dropped: string }[];
  /**
   * The same names indexed by their first character, in the pattern's order (longest first): what
   * `findName` tries at each word start. Much faster than the one big alternation, whose cost grew
   * with pages × terms (V8 tries the alternatives one by one at every position of the text).
   * Only when every name starts with a word character, since `findName` looks only where words
   * start; otherwise it is absent and `findName` uses `pattern`.
   */
  byFirst?: Map<string, string[]>;
}

export interface LinkOptions {
  /** The address of a term. Default: `/glossary/#<id>`. */
  href?: (id: string) => string;
  /** Only link inside <main>. Default true. */
  requireMain?: boolean;
  /** Class name that marks linkable prose. Default "prose". */
  proseClass?: string;
}

export interface LinkResult {
  html: string;
  /** Ids of the terms linked on this page, in order. */
  linked: string[];
}

/** Elements whose text is never linked. */
const EXCLUDED = new Set([
  'a',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'button',
  'code',
  'pre',
  'kbd',
  'samp',
  'var',
  'script',
  'style',
  'textarea',
  'select',
  'option',
  'label',
  'legend',
  'summary',
  'svg',
  'math',
  'template',
  'noscript',
  'iframe',
  'object',
  'title',
  'head',
  'dfn',
  'abbr',
]);
/** Sticky: they match only at `lastIndex`. */
const END_TAG = /<\/([a-zA-Z][a-zA-Z0-9:-]*)\s*>/y;
const START_TAG = /<([a-zA-Z][a-zA-Z0-9:-]*)/y;
/** Elements whose content is raw text up to the matching end tag. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Lower case, single spaces, trimmed: the form names are compared in. */
export const normaliseName = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

/** Compiles the names (titles and aliases) of the terms to link. */
export function compileGlossary(terms: GlossaryTermInput[]): GlossaryMatcher {
  const names = new Map<string, string>();
  const conflicts: GlossaryMatcher['conflicts'] = [];
  for (const term of terms) {
    if (term.autolink === false) continue;
    for (const raw of [term.title, ...(term.aliases ?? [])]) {
      const name = normaliseName(raw);
      if (name.length < 2) continue;
      const owner = names.get(name);
      if (owner === undefined) names.set(name, term.id);
      else if (owner !== term.id) conflicts.push({ name, kept: owner, dropped: term.id });
    }
  }
  if (names.size === 0) return { pattern: null, names, conflicts };
  const ordered = [...names.keys()].sort((a, b) => b.length - a.length || a.localeCompare(b));
  const byFirst = new Map<string, string[]>();
  for (const name of ordered) {
    const list = byFirst.get(name[0]!);
    if (list) list.push(name);
    else byFirst.set(name[0]!, [name]);
  }
  const alternatives = ordered.map((name) => name.split(' ').map(escapeRegExp).join('\\s+'));
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}\\p{M}_-])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}\\p{M}_-])`,
    'giu',
  );
  const wordStarts = [...byFirst.keys()].every((c) => WORD.test(c));
  return { pattern, names, conflicts, ...(wordStarts ? { byFirst } : {}) };
}

const WORD = /[\p{L}\p{N}\p{M}_-]/u;
/** A run of characters outside words: where one ends, a word starts (and a name may). */
const NON_WORD_RUN = /[^\p{L}\p{N}\p{M}_-]+/gu;
const SPACE = /\s/u;

/** The code point that ends just before `at`, as a string ('' at the start). */
function charBefore(text: string, at: number): string {
  if (at <= 0) return '';
  const c = text.charCodeAt(at - 1);
  return c >= 0xdc00 && c <= 0xdfff && at >= 2 ? text.slice(at - 2, at) : text[at - 1]!;
}
/** The code point that starts at `at`, as a string ('' at the end). */
const charAt = (text: string, at: number) => (at >= text.length ? '' : String.fromCodePoint(text.codePointAt(at)!));

/** Where `name` (normalised) matches `lower` at `at` (spaces in the name match any run of white space), or -1. */
function matchAt(lower: string, at: number, name: string): number {
  let q = at;
  for (let k = 0; k < name.length; k++) {
    const ch = name[k]!;
    if (ch === ' ') {
      if (q >= lower.length || !SPACE.test(lower[q]!)) return -1;
      while (q < lower.length && SPACE.test(lower[q]!)) q++;
    } else if (lower[q] === ch) q++;
    else return -1;
  }
  return q;
}

/**
 * The next name in `text` from `from`: what `matcher.pattern` finds (the leftmost match, the first
 * name in the pattern's order at that position, whole words only), without the big alternation.
 * Falls back to the pattern when lower-casing changes the text's length (a few rare letters) or a
 * name starts with a sign rather than a word character.
 */
export function findName(
  text: string,
  matcher: GlossaryMatcher,
  from: number,
  lower = text.toLowerCase(),
): { index: number; length: number } | null {
  const byFirst = matcher.byFirst;
  if (!byFirst || lower.length !== text.length) {
    const pattern = matcher.pattern!;
    pattern.lastIndex = from;
    const m = pattern.exec(text);
    return m ? { index: m.index, length: m[0].length } : null;
  }
  /** The first name that matches at `p`, a word start, in the pattern's order. */
  const at = (p: number) => {
    for (const name of byFirst.get(lower[p]!) ?? []) {
      const end = matchAt(lower, p, name);
      if (end === -1) continue;
      const after = charAt(text, end);
      if (after && WORD.test(after)) continue;
      return { index: p, length: end - p };
    }
    return null;
  };
  // Word starts only: `from` itself when no word character comes before it, then each place where a
  // run of other characters ends.
  let p = from;
  const before = charBefore(text, p);
  if (p < text.length && !(before && WORD.test(before))) {
    const found = at(p);
    if (found) return found;
  }
  for (;;) {
    NON_WORD_RUN.lastIndex = p;
    if (!NON_WORD_RUN.test(text)) return null;
    p = NON_WORD_RUN.lastIndex;
    if (p >= text.length) return null;
    const found = at(p);
    if (found) return found;
  }
}

/**
 * Decodes a text node and maps each decoded character back to its offset in the source, so that a
 * match found in the decoded text can be cut out of the source text with its entities intact.
 * `map` has one extra entry: the source length.
 */
export function decodeWithMap(raw: string): { text: string; map: number[] } {
  let text = '';
  const map: number[] = [];
  let i = 0;
  while (i < raw.length) {
    if (raw[i] === '&') {
      const m = /^&(#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});/.exec(raw.slice(i, i + 40));
      if (m) {
        const body = m[1]!;
        // A reference we do not know stands for one character that never joins a word.
        const ch = entityChar(body) ?? '\ufffd';
        for (let k = 0; k < ch.length; k++) map.push(i);
        text += ch;
        i += m[0].length;
        continue;
      }
    }
    map.push(i);
    text += raw[i];
    i++;
  }
  map.push(raw.length);
  return { text, map };
}

interface OpenElement {
  name: string;
  /** Text inside is linkable as far as this element is concerned. */
  excluded: boolean;
  prose: boolean;
  main: boolean;
}

/** Finds the end of a tag that starts at `start` (the index of "<"), respecting quoted attribute values. */
function tagEnd(html: string, start: number): number {
  let quote: string | null = null;
  for (let i = start + 1; i < html.length; i++) {
    const c = html[i];
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") {
      // Quotes only open a value after "=" (possibly with spaces).
      let j = i - 1;
      while (j > start && /\s/.test(html[j]!)) j--;
      if (html[j] === '=') quote = c;
    } else if (c === '>') return i;
  }
  return html.length - 1;
}

/** Links the first mention of each glossary term in the prose of one HTML page. */
export function linkGlossary(html: string, matcher: GlossaryMatcher, options: LinkOptions = {}): LinkResult {
  const href = options.href ?? ((id: string) => `/glossary/#${id}`);
  const requireMain = options.requireMain ?? true;
  const proseClass = options.proseClass ?? 'prose';
  const linked: string[] = [];
  if (!matcher.pattern) return { html, linked };

  // Terms the page already links to by hand count as linked.
  const done = new Set<string>();
  for (const m of html.matchAll(/href\s*=\s*["']?(?:\/[a-z]{2})?\/glossary\/#([a-z0-9-]+)/g)) done.add(m[1]!);

  // Only the inside of <main> can be linked (with requireMain): the rest is copied as it is, unread.
  // A page with no prose at all is returned at once.
  if (!html.includes(proseClass)) return { html, linked };
  let start = 0;
  let stopAt = html.length;
  if (requireMain) {
    start = html.search(/<main[\s>]/i);
    if (start === -1) return { html, linked };
    const close = html.lastIndexOf('</main');
    if (close > start) stopAt = close;
  }

  const stack: OpenElement[] = [];
  let out = html.slice(0, start);
  let i = start;
  let excludedDepth = 0;
  let proseDepth = 0;
  let mainDepth = 0;

  const push = (el: OpenElement) => {
    stack.push(el);
    if (el.excluded) excludedDepth++;
    if (el.prose) proseDepth++;
    if (el.main) mainDepth++;
  };
  const pop = () => {
    const el = stack.pop();
    if (!el) return;
    if (el.excluded) excludedDepth--;
    if (el.prose) proseDepth--;
    if (el.main) mainDepth--;
  };

  const linkText = (raw: string): string => {
    if (excludedDepth > 0 || proseDepth === 0 || (requireMain && mainDepth === 0)) return raw;
    if (!/[\p{L}]/u.test(raw)) return raw;
    const { text, map } = decodeWithMap(raw);
    const lower = text.toLowerCase();
    let result = '';
    let copied = 0;
    for (let m = findName(text, matcher, 0, lower); m; m = findName(text, matcher, m.index + m.length, lower)) {
      const id = matcher.names.get(normaliseName(text.slice(m.index, m.index + m.length)));
      if (!id || done.has(id)) continue;
      done.add(id);
      linked.push(id);
      const from = map[m.index]!;
      const to = map[m.index + m.length]!;
      result += `${raw.slice(copied, from)}<a href="${href(id)}" class="glossary-term">${raw.slice(from, to)}</a>`;
      copied = to;
    }
    return copied === 0 ? raw : result + raw.slice(copied);
  };

  while (i < stopAt) {
    const lt = html.indexOf('<', i);
    if (lt === -1) {
      out += linkText(html.slice(i));
      break;
    }
    if (lt > i) out += linkText(html.slice(i, lt));

    // Comments, doctype, CDATA and processing instructions pass through untouched.
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      const stop = end === -1 ? html.length : end + 3;
      out += html.slice(lt, stop);
      i = stop;
      continue;
    }
    if (html[lt + 1] === '!' || html[lt + 1] === '?') {
      const end = html.indexOf('>', lt);
      const stop = end === -1 ? html.length : end + 1;
      out += html.slice(lt, stop);
      i = stop;
      continue;
    }

    END_TAG.lastIndex = lt;
    const endTag = END_TAG.exec(html);
    if (endTag) {
      const name = endTag[1]!.toLowerCase();
      // Close up to the matching element; an end tag with no open element is ignored.
      let at = stack.length - 1;
      while (at >= 0 && stack[at]!.name !== name) at--;
      if (at !== -1) while (stack.length > at) pop();
      out += endTag[0];
      i = lt + endTag[0].length;
      continue;
    }

    START_TAG.lastIndex = lt;
    const startName = START_TAG.exec(html);
    if (!startName) {
      // A lone "<" in text.
      out += '<';
      i = lt + 1;
      continue;
    }
    const end = tagEnd(html, lt);
    const source = html.slice(lt, end + 1);
    out += source;
    i = end + 1;
    const name = startName[1]!.toLowerCase();

    if (RAW_TEXT.has(name)) {
      const closeTag = new RegExp(`</${name}[\\s>/]`, 'gi');
      closeTag.lastIndex = i;
      const close = closeTag.exec(html);
      const stop = close ? close.index : html.length;
      out += html.slice(i, stop);
      i = stop;
      continue;
    }
    if (VOID_ELEMENTS.has(name) || source.endsWith('/>')) continue;

    // Most tags carry neither: read the attributes only when the prose class or the opt-out may be there.
    const attrs = source.includes(proseClass) || source.includes('data-no-glossary') ? attributesOf(source) : undefined;
    push({
      name,
      excluded: EXCLUDED.has(name) || (attrs?.has('data-no-glossary') ?? false),
      prose: attrs?.get('class')?.split(/\s+/).includes(proseClass) ?? false,
      main: name === 'main',
    });
  }
  return { html: i < html.length ? out + html.slice(i) : out, linked };
}
