/** Builds sitemap.xml from the site address and the built page paths. */
const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function sitemapXml(site: string, paths: string[]): string {
  const urls = [...new Set(paths)]
    .filter((p) => p.endsWith('/'))
    .sort()
    .map((p) => `  <url><loc>${escapeXml(new URL(p, site).href)}</loc></url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}
