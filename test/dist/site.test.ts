/**
 * Site-wide checks over the built site in `dist/` (`npm test` builds first; set DIST_DIR to check
 * another build): internal links and anchors, valid HTML (Nu HTML checker, one run over all pages),
 * title/description/canonical on every page, the sitemap, and the CSP header of `_headers`.
 * Each test lists every problem it finds, page by page.
 */
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  BuiltSite,
  checkCspHeader,
  checkHeads,
  checkHtmlValidity,
  checkInlineAttributes,
  checkLinks,
  checkSitemap,
  formatProblems,
} from '#scripts/qa/dist-checks.ts';

const DIST = resolve(process.env.DIST_DIR ?? 'dist');
const VNU = resolve('node_modules/vnu-jar/build/dist/vnu.jar');

let site: BuiltSite;
beforeAll(() => {
  site = new BuiltSite(DIST);
}, 120_000);

describe(`the built site (${DIST})`, () => {
  it('has pages', () => {
    expect(site.pages.length).toBeGreaterThan(1);
  });

  it('has no broken internal links or anchors', () => {
    expect(formatProblems(checkLinks(site))).toEqual([]);
  });

  it('gives every page a title, a meta description, a language and its own canonical URL', () => {
    expect(formatProblems(checkHeads(site))).toEqual([]);
  });

  it('lists exactly its pages in sitemap.xml', () => {
    expect(formatProblems(checkSitemap(site))).toEqual([]);
  });

  it('sends a Content-Security-Policy header that allows what each page allows, and no more than needed', () => {
    expect(formatProblems(checkCspHeader(site))).toEqual([]);
  });

  it('has no style or event-handler attributes, which the CSP would block', () => {
    expect(formatProblems(checkInlineAttributes(site))).toEqual([]);
  });

  it('is valid HTML (Nu HTML checker, errors only)', { timeout: 300_000 }, () => {
    expect(formatProblems(checkHtmlValidity(DIST, VNU))).toEqual([]);
  });
});
