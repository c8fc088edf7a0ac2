import { describe, expect, it } from 'vitest';
import { sitemapXml } from '#scripts/build/sitemap.ts';

describe('sitemap', () => {
  it('lists each page once, sorted, escaped', () => {
    const xml = sitemapXml('https://example.org', ['/b/', '/a/', '/a/', '/x&y/']);
    expect(xml.match(/<loc>/g)).toHaveLength(3);
    expect(xml.indexOf('/a/')).toBeLessThan(xml.indexOf('/b/'));
    expect(xml).toContain('/x&amp;y/');
  });

  it('names every language version of each page, and English as x-default', () => {
    const xml = sitemapXml('https://example.org', ['/areas/', '/fr/areas/', '/only-en/']);
    expect(xml).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"');
    const entry = (loc: string) => xml.split('<url>').find((u) => u.includes(`<loc>${loc}</loc>`))!;
    for (const loc of ['https://example.org/areas/', 'https://example.org/fr/areas/']) {
      expect(entry(loc)).toContain('<xhtml:link rel="alternate" hreflang="en" href="https://example.org/areas/"/>');
      expect(entry(loc)).toContain('<xhtml:link rel="alternate" hreflang="fr" href="https://example.org/fr/areas/"/>');
      expect(entry(loc)).toContain(
        '<xhtml:link rel="alternate" hreflang="x-default" href="https://example.org/areas/"/>',
      );
    }
    // A version that was not built is not named.
    expect(entry('https://example.org/only-en/')).not.toContain('hreflang="fr"');
  });
});
