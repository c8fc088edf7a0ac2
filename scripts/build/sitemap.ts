/**
 * Builds sitemap.xml from the site address and the built page paths. Every page is listed in each
 * language, with `xhtml:link` alternates naming the same page in every language and the English one
 * as `x-default` (what search engines read as "this page in other languages").
 */
import { LOCALES } from '#src/lib/i18n/locale.ts';
import { pathInLocales } from '#src/lib/routes.ts';

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function sitemapXml(site: string, paths: string[]): string {
  const built = new Set(paths);
  const href = (p: string) => escapeXml(new URL(p, site).href);
  const urls = [...built]
    .filter((p) => p.endsWith('/'))
    .sort()
    .map((p) => {
      const versions = pathInLocales(p);
      const links = [
        ...LOCALES.filter((l) => built.has(versions[l])).map(
          (l) => `    <xhtml:link rel="alternate" hreflang="${l}" href="${href(versions[l])}"/>`,
        ),
        ...(built.has(versions.en)
          ? [`    <xhtml:link rel="alternate" hreflang="x-default" href="${href(versions.en)}"/>`]
          : []),
      ];
      return `  <url>\n    <loc>${href(p)}</loc>\n${links.join('\n')}\n  </url>`;
    });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`;
}
