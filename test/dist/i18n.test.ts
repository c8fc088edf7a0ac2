/**
 * The site in every language, over the built `dist/`: each English page has its French twin, every
 * page names its language versions (`hreflang`) and links them from the language switcher, and French
 * pages show no English interface string outside the parts marked `lang="en"`.
 */
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BuiltSite, formatProblems } from '#scripts/qa/dist-checks.ts';
import { checkAlternates, checkTwins, checkUntranslated, telltaleStrings } from '#scripts/qa/i18n-checks.ts';
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

  it('shows no English interface string on French pages, outside the parts marked lang="en"', () => {
    const telltales = telltaleStrings(DICTIONARIES.en, DICTIONARIES.fr, { minWords: 3, allowed: ALLOWED });
    expect(telltales.length).toBeGreaterThan(300);
    expect(formatProblems(checkUntranslated(site, 'fr', telltales))).toEqual([]);
  });
});
