/**
 * Small, exact repairs of Astro's HTML output, applied to each page as it is built by
 * `scripts/build/page-pass.ts` so that every page passes the Nu HTML checker.
 */

/**
 * Astro writes the island stylesheet (`astro-island,astro-slot,…{display:contents}`) as an inline
 * `<style>` just before the first island, inside `<body>`, where HTML does not allow it ("A style
 * element in body must be the first child of its parent"). Moving it, unchanged, to the end of
 * `<head>` keeps its CSP hash valid and applies it before any island is parsed.
 */
export function hoistIslandStyle(html: string): string {
  const bodyAt = html.search(/<body[\s>]/i);
  const headEnd = html.search(/<\/head\s*>/i);
  if (bodyAt === -1 || headEnd === -1 || headEnd > bodyAt) return html;
  const re = /<style>(astro-island[^<]*\{display:\s*contents;?\})<\/style>/g;
  const found: string[] = [];
  const body = html.slice(bodyAt).replace(re, (whole) => {
    found.push(whole);
    return '';
  });
  if (found.length === 0) return html;
  const head = html.slice(0, bodyAt);
  const unique = [...new Set(found)].filter((s) => !head.includes(s));
  return head.replace(/<\/head\s*>/i, (end) => `${unique.join('')}${end}`) + body;
}

/**
 * Astro's server rendering of React islands sometimes writes a U+0000 (NUL) just before a non-ASCII
 * character of an island's text (seen on French pages: « n\u0000’a », « vérification \u0000à »): the
 * character itself is intact, the NUL is extra. HTML forbids NUL in text ("Saw U+0000 in stream"), the
 * reader sees nothing, and hydration then finds text that differs from the island's props. Removing
 * every NUL restores the text exactly (no page means to contain one).
 */
export function stripNul(html: string): string {
  return html.includes('\u0000') ? html.replaceAll('\u0000', '') : html;
}
