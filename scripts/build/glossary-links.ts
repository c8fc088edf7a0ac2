/**
 * Build-time glossary links: after the build, the first mention of each glossary term in a page's
 * prose links to its entry on /glossary/. Runs on the built HTML, so it works for MDX bodies and
 * for text that pages render from frontmatter alike, and ships no JavaScript.
 *
 * Pages opt in by wrapping text in an element with class "prose" (inside <main>); see
 * `scripts/build/glossary-linker.ts` for what is linked and what is left alone. Skipped: /glossary/
 * itself, /search/, /data/, the 404 page and Pagefind's files. A page in another language links the
 * terms in that language (the titles and aliases of `content/<locale>/glossary/`, English where a
 * term is not translated) to the glossary in that language (`/fr/glossary/#<id>`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from '#src/lib/i18n/locale.ts';
import { localizePath } from '#src/lib/routes.ts';
import { join } from 'node:path';
import { parseYaml } from '#scripts/lib/content-files.ts';
import { getContentRoot, listEntryFiles, entryIdFromPath } from '#src/schemas/content-index.ts';
import { compileGlossary, linkGlossary, type GlossaryTermInput } from './glossary-linker.ts';

/** Page paths (relative to the output folder, "/" separated) that are never linked. */
const SKIP = [/^(fr\/)?glossary\//, /^(fr\/)?search\//, /^data\//, /^pagefind\//, /^(fr\/)?404(\/|\.html$)/];

const readYaml = (file: string) =>
  existsSync(file) ? (parseYaml(readFileSync(file, 'utf8')) as Record<string, unknown> | null) : null;
const strings = (v: unknown) => (Array.isArray(v) ? v.filter((a): a is string => typeof a === 'string') : []);

/**
 * The glossary terms, read from `content/glossary/*.yaml` (already validated by the build); in
 * another locale, with the title and aliases of their translation (`content/<locale>/glossary/`)
 * when there is one.
 */
export function readGlossaryTerms(
  contentRoot = getContentRoot(),
  locale: Locale = DEFAULT_LOCALE,
): GlossaryTermInput[] {
  return listEntryFiles('glossary', contentRoot)
    .map((file): GlossaryTermInput | undefined => {
      const data = readYaml(join(contentRoot, 'glossary', file));
      if (!data || typeof data.title !== 'string') return undefined;
      const own = locale === DEFAULT_LOCALE ? null : readYaml(join(contentRoot, locale, 'glossary', file));
      return {
        id: entryIdFromPath(file),
        title: typeof own?.title === 'string' ? own.title : data.title,
        aliases: own && Array.isArray(own.aliases) ? strings(own.aliases) : strings(data.aliases),
        autolink: data.autolink !== false,
      };
    })
    .filter((t): t is GlossaryTermInput => t !== undefined);
}

export interface GlossaryLinkReport {
  /** Pages that received at least one link. */
  pages: number;
  /** Links added over all pages. */
  links: number;
  /** Distinct terms linked somewhere on the site. */
  terms: number;
  /** Their ids, sorted (to add up the reports of several workers). */
  termIds: string[];
  /** Pages examined. */
  scanned: number;
  /** Milliseconds spent. */
  ms: number;
  /** Names claimed by two terms (the first keeps it). */
  conflicts: { name: string; kept: string; dropped: string }[];
}

/**
 * The glossary linker of one build: `link(file, html)` links the terms of one built page (a path
 * relative to the output folder, "/" separated) and returns the new HTML, or undefined when the page
 * is skipped or gets no link; `report()` sums up. The build calls it from its single pass over the
 * built pages (scripts/build/page-pass.ts), which sees each page as Astro renders it.
 */
export function glossaryLinker(contentRoot = getContentRoot()) {
  const started = performance.now();
  const matchers = new Map(LOCALES.map((l) => [l, compileGlossary(readGlossaryTerms(contentRoot, l))]));
  let ms = performance.now() - started;
  let pages = 0;
  let links = 0;
  let scanned = 0;
  const terms = new Set<string>();
  return {
    link(file: string, html: string): string | undefined {
      if (SKIP.some((re) => re.test(file))) return undefined;
      const t0 = performance.now();
      try {
        const lang = (/<html[^>]*\slang="([^"]*)"/i.exec(html)?.[1] ?? 'en').toLowerCase().split('-')[0];
        const matcher = isLocale(lang) ? matchers.get(lang) : undefined;
        if (!matcher?.pattern || !isLocale(lang)) return undefined;
        scanned++;
        const result = linkGlossary(html, matcher, { href: (id) => localizePath(`/glossary/#${id}`, lang) });
        if (result.linked.length === 0) return undefined;
        pages++;
        links += result.linked.length;
        for (const id of result.linked) terms.add(id);
        return result.html;
      } finally {
        ms += performance.now() - t0;
      }
    },
    report(): GlossaryLinkReport {
      return {
        pages,
        links,
        terms: terms.size,
        termIds: [...terms].sort(),
        scanned,
        ms: Math.round(ms),
        conflicts: matchers.get(DEFAULT_LOCALE)?.conflicts ?? [],
      };
    },
  };
}
