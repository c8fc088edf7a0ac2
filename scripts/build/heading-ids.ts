/**
 * Heading ids of translated bodies: the English ones. A translated body has the same headings as
 * its English entry, in the same order (the validator checks it), so a link to a section
 * (`/help/#australia`, `/about/#open-data`, a module's lesson) works in every language when each
 * translated heading takes the id its English heading has, instead of a slug of its own words.
 *
 * A Sätteri hast plugin (Astro's Markdown and MDX processor), given to `markdown.processor` in
 * astro.config.mjs: for a file `content/<locale>/<collection>/<id>.<ext>`, it reads the English
 * file's headings, slugs them as Astro does (github-slugger, in order, over the heading's text) and
 * gives the n-th translated heading the n-th English id when their levels match. Where a stale
 * translation no longer lines up, the remaining headings keep their own slugs.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import Slugger from 'github-slugger';
import { DEFAULT_LOCALE, LOCALES } from '#src/lib/i18n/locale.ts';

export interface HeadingSlug {
  depth: number;
  slug: string;
}

/** The plain text of a Markdown heading line's content: links, emphasis, code marks and tags dropped. */
function headingText(raw: string): string {
  return raw
    .replace(/\s+#+\s*$/, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/[*_`]/g, '')
    .replace(/&amp;/g, '&')
    .trim();
}

/** The headings of a Markdown or MDX body (frontmatter and fenced code skipped), with Astro's ids. */
export function headingSlugs(markdown: string): HeadingSlug[] {
  const body = markdown.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '');
  const slugger = new Slugger();
  const out: HeadingSlug[] = [];
  let fenced = false;
  for (const line of body.split(/\r?\n/)) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    if (fenced) continue;
    const m = /^(#{1,6})\s+(.+)$/.exec(line);
    if (m) out.push({ depth: m[1]!.length, slug: slugger.slug(headingText(m[2]!)) });
  }
  return out;
}

/** `<root>/<locale>/<collection>/<id>.<ext>` → the English file `<root>/<collection>/<id>.(md|mdx)`, when it is a translation. */
export function englishFileOf(file: string, contentRoot: string): string | undefined {
  const parts = relative(contentRoot, file).split(sep);
  if (parts.length !== 3) return undefined;
  const [locale, collection, name] = parts as [string, string, string];
  if (locale === DEFAULT_LOCALE || !(LOCALES as readonly string[]).includes(locale)) return undefined;
  const id = name.replace(/\.(md|mdx)$/, '');
  return ['.md', '.mdx'].map((ext) => join(contentRoot, collection, `${id}${ext}`)).find((f) => existsSync(f));
}

interface HastElement {
  tagName: string;
  properties?: Record<string, unknown>;
}

/** The hast plugin (a factory: one instance per document compiled, none for other files). */
export function translatedHeadingIds(contentRoot: string) {
  return (ctx: { fileURL: URL | undefined }) => {
    const url = ctx.fileURL;
    if (url?.protocol !== 'file:') return null;
    const english = englishFileOf(fileURLToPath(url), contentRoot);
    if (!english) return null;
    const slugs = headingSlugs(readFileSync(english, 'utf8'));
    let next = 0;
    let aligned = true;
    return {
      name: 'translated-heading-ids',
      element: {
        filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
        visit(node: HastElement, c: { setProperty(node: HastElement, name: string, value: unknown): void }) {
          const depth = Number(node.tagName[1]);
          const target = slugs[next++];
          if (!aligned || !target || target.depth !== depth) {
            aligned = false;
            return;
          }
          if (typeof node.properties?.id !== 'string') c.setProperty(node, 'id', target.slug);
        },
      },
    };
  };
}
