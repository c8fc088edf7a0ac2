/**
 * Build-time glossary links: after the build, the first mention of each glossary term in a page's
 * prose links to its entry on /glossary/. Runs on the built HTML, so it works for MDX bodies and
 * for text that pages render from frontmatter alike, and ships no JavaScript.
 *
 * Pages opt in by wrapping text in an element with class "prose" (inside <main>); see
 * `scripts/build/glossary-linker.ts` for what is linked and what is left alone. Skipped: /glossary/
 * itself, /search/, /data/, the 404 page, Pagefind's files, and pages not in English (the terms
 * are English).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseYaml } from '#scripts/lib/content-files.ts';
import { getContentRoot, listEntryFiles, entryIdFromPath } from '#src/schemas/content-index.ts';
import { compileGlossary, linkGlossary, type GlossaryTermInput } from './glossary-linker.ts';

/** Page paths (relative to the output folder, "/" separated) that are never linked. */
const SKIP = [/^(fr\/)?glossary\//, /^(fr\/)?search\//, /^data\//, /^pagefind\//, /^(fr\/)?404(\/|\.html$)/];

/** The glossary terms, read from `content/glossary/*.yaml` (already validated by the build). */
export function readGlossaryTerms(contentRoot = getContentRoot()): GlossaryTermInput[] {
  return listEntryFiles('glossary', contentRoot)
    .map((file): GlossaryTermInput | undefined => {
      const data = parseYaml(readFileSync(join(contentRoot, 'glossary', file), 'utf8')) as Record<
        string,
        unknown
      > | null;
      if (!data || typeof data.title !== 'string') return undefined;
      return {
        id: entryIdFromPath(file),
        title: data.title,
        aliases: Array.isArray(data.aliases) ? data.aliases.filter((a): a is string => typeof a === 'string') : [],
        autolink: data.autolink !== false,
      };
    })
    .filter((t): t is GlossaryTermInput => t !== undefined);
}

function htmlFiles(dir: string, root = dir, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) htmlFiles(full, root, out);
    else if (entry.name.endsWith('.html')) out.push(relative(root, full).split(sep).join('/'));
  }
  return out.sort();
}

export interface GlossaryLinkReport {
  /** Pages that received at least one link. */
  pages: number;
  /** Links added over all pages. */
  links: number;
  /** Distinct terms linked somewhere on the site. */
  terms: number;
  /** Pages examined. */
  scanned: number;
  /** Milliseconds spent. */
  ms: number;
  /** Names claimed by two terms (the first keeps it). */
  conflicts: { name: string; kept: string; dropped: string }[];
}

export async function linkGlossaryTerms(distDir: string, contentRoot = getContentRoot()): Promise<GlossaryLinkReport> {
  const started = performance.now();
  const matcher = compileGlossary(readGlossaryTerms(contentRoot));
  let pages = 0;
  let links = 0;
  let scanned = 0;
  const terms = new Set<string>();
  if (matcher.pattern) {
    for (const file of htmlFiles(distDir)) {
      if (SKIP.some((re) => re.test(file))) continue;
      const path = join(distDir, file);
      const html = readFileSync(path, 'utf8');
      const lang = /<html[^>]*\slang="([^"]*)"/i.exec(html)?.[1] ?? 'en';
      if (!lang.toLowerCase().startsWith('en')) continue;
      scanned++;
      const result = linkGlossary(html, matcher);
      if (result.linked.length === 0) continue;
      writeFileSync(path, result.html);
      pages++;
      links += result.linked.length;
      for (const id of result.linked) terms.add(id);
    }
  }
  return {
    pages,
    links,
    terms: terms.size,
    scanned,
    ms: Math.round(performance.now() - started),
    conflicts: matcher.conflicts,
  };
}
