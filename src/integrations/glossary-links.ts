/**
 * Build-time glossary links: after the build, the first mention of each glossary term in a page's
 * prose links to its entry on /glossary/. Runs on the built HTML, so it works for MDX bodies and
 * for text that pages render from frontmatter alike, and ships no JavaScript.
 *
 * Not implemented yet: see the knowledge-base issue. Until then this does nothing.
 */
export async function linkGlossaryTerms(_distDir: string): Promise<{ pages: number; links: number }> {
  return { pages: 0, links: 0 };
}
