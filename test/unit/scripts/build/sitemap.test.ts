import { describe, expect, it } from 'vitest';
import { sitemapXml } from '#scripts/build/sitemap.ts';

describe('sitemap', () => {
  it('lists each page once, sorted, escaped', () => {
    const xml = sitemapXml('https://example.org', ['/b/', '/a/', '/a/', '/x&y/']);
    expect(xml.match(/<loc>/g)).toHaveLength(3);
    expect(xml.indexOf('/a/')).toBeLessThan(xml.indexOf('/b/'));
    expect(xml).toContain('/x&amp;y/');
  });
});
