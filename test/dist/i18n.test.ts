/**
 * The site in every language, over the built `dist/`: each English page has its French twin, every
 * page names its language versions (`hreflang`) and links them from the language switcher, and French
 * pages show no English interface string outside the parts marked `lang="en"`.
 */
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BuiltSite, formatProblems } from '#scripts/qa/dist-checks.ts';
import { checkAlternates, checkTwins, checkUntranslated, telltaleStrings } from '#scripts/qa/i18n-checks.ts';
import { validateContent } from '#scripts/qa/validate-content.ts';
import { fileForPath } from '#scripts/lib/dist-files.ts';
import { localizePath, urlFor } from '#src/lib/routes.ts';
import { isLocale } from '#src/lib/i18n/locale.ts';
import { DICTIONARIES } from '#src/ui/i18n.ts';

const DIST = resolve(process.env.DIST_DIR ?? 'dist');

/** English words the French interface keeps on purpose: names and titles that are the same in French. */
const ALLOWED = [
  // The academy's and the G7 paper's own English names, which French text quotes.
  'Secure and Open Research Academy',
  'Best Practices for Secure and Open Research',
];

let site: BuiltSite;
beforeAll(() => {
  site = new BuiltSite(DIST);
}, 120_000);

describe('the site in French', () => {
  it('has a French twin of every English page', () => {
    expect(formatProblems(checkTwins(site))).toEqual([]);
  });

  it('names every language version of every page (hreflang) and links it from the language switcher', () => {
    expect(formatProblems(checkAlternates(site))).toEqual([]);
  });

  it('says on the page of each stale translation that the English changed, and nothing on current ones', () => {
    const root = resolve('.');
    const { entries, translations } = validateContent(resolve('content'), root);
    const data = new Map(entries.map((e) => [`${e.collection}/${e.id}`, e.data]));
    const problems: string[] = [];
    let stale = 0;
    for (const t of translations) {
      if (!isLocale(t.locale)) continue;
      const url = urlFor(t.collection, t.id, data.get(`${t.collection}/${t.id}`));
      if (url.includes('#')) continue; // shown on a page with others (glossary, compare…)
      const path = localizePath(url, t.locale);
      const file = fileForPath(DIST, path);
      if (!file) continue;
      const html = site.read(file.slice(DIST.length + 1)) ?? '';
      const notice = /data-translation-notice="([^"]+)"/.exec(html)?.[1];
      if (t.state === 'stale') {
        stale += 1;
        if (notice !== 'stale')
          problems.push(`${path}: translates an older English text but shows ${notice ?? 'no notice'}`);
      } else if (notice !== undefined) problems.push(`${path}: is translated but shows the notice "${notice}"`);
    }
    expect(problems).toEqual([]);
    // How many were checked (the unit test test/unit/lib/i18n/notice.test.ts makes a stale one).
    expect(stale).toBeGreaterThanOrEqual(0);
  }, 120_000);

  it('shows no English interface string on French pages, outside the parts marked lang="en"', () => {
    const telltales = telltaleStrings(DICTIONARIES.en, DICTIONARIES.fr, { minWords: 3, allowed: ALLOWED });
    expect(telltales.length).toBeGreaterThan(300);
    expect(formatProblems(checkUntranslated(site, 'fr', telltales))).toEqual([]);
  });
});
