/**
 * The checks of the built site's languages (test/dist/i18n.test.ts): every English page has its
 * twin in every other language, every page names all its language versions (`hreflang`
 * alternates) and has a language switcher to each, and a page in another language shows no English
 * interface string outside the parts marked `lang="en"` (an untranslated entry shown in English).
 * Like dist-checks.ts, each check returns problems as plain records.
 */
import { fileForPath } from '#scripts/lib/dist-files.ts';
import { scanTags, textWithLanguage } from '#scripts/lib/html-scan.ts';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '#src/lib/i18n/locale.ts';
import { alternatesOf, localeOfPath } from '#src/lib/routes.ts';
import type { BuiltSite, Problem } from './dist-checks.ts';

/** Every page of the default language exists in every other language, at the same path after the prefix. */
export function checkTwins(site: BuiltSite): Problem[] {
  const paths = new Set(site.pages.map((p) => p.path));
  const problems: Problem[] = [];
  for (const { path } of site.pages) {
    if (localeOfPath(path) !== DEFAULT_LOCALE) continue;
    const versions = alternatesOf(path);
    for (const locale of LOCALES)
      if (!paths.has(versions[locale]))
        problems.push({ page: path, message: `has no ${locale} version (${versions[locale]})` });
  }
  return problems;
}

/**
 * Every page: `<html lang>` is its locale; `<link rel="alternate" hreflang>` for every locale and
 * x-default (the English page), each naming a page of the build; a language switcher link
 * (`[data-lang-switch]`) with `hreflang` and `lang` to the same page in every other locale.
 */
export function checkAlternates(site: BuiltSite): Problem[] {
  const origin = site.origin;
  const problems: Problem[] = [];
  for (const page of site.pages) {
    const { path } = page;
    const locale = localeOfPath(path);
    const expected = alternatesOf(path);
    if (page.head.lang !== locale)
      problems.push({ page: path, message: `<html lang="${page.head.lang}">, not ${locale}` });
    const tags = scanTags(page.html);
    const alternates = new Map<string, string>();
    for (const t of tags)
      if (t.name === 'link' && /\balternate\b/i.test(t.attrs.rel ?? '') && t.attrs.hreflang && t.attrs.href)
        alternates.set(t.attrs.hreflang, t.attrs.href);
    const want: [string, string][] = [
      ...LOCALES.map((l) => [l, expected[l]] as [string, string]),
      ['x-default', expected.en],
    ];
    for (const [lang, p] of want) {
      const href = alternates.get(lang);
      if (href === undefined) problems.push({ page: path, message: `no <link rel="alternate" hreflang="${lang}">` });
      else if (href !== new URL(p, origin).href)
        problems.push({ page: path, message: `hreflang="${lang}" names ${href}, not ${new URL(p, origin).href}` });
      else if (!fileForPath(site.dist, p))
        problems.push({ page: path, message: `hreflang="${lang}" names ${p}, which is not built` });
    }
    const switches = tags.filter((t) => t.name === 'a' && t.attrs['data-lang-switch'] !== undefined);
    for (const other of LOCALES.filter((l) => l !== locale)) {
      const link = switches.find((t) => t.attrs.hreflang === other);
      if (!link) problems.push({ page: path, message: `no language switcher link to ${other}` });
      else if (link.attrs.href !== expected[other])
        problems.push({ page: path, message: `switcher to ${other} links ${link.attrs.href}, not ${expected[other]}` });
      else if (link.attrs.lang !== other)
        problems.push({ page: path, message: `switcher to ${other} has no lang="${other}"` });
      else if (!fileForPath(site.dist, expected[other]))
        problems.push({ page: path, message: `switcher to ${other} links ${expected[other]}, which is not built` });
    }
  }
  return problems;
}

/**
 * The interface strings of a language that must not appear on pages in another: each English
 * string's literal parts (split at `{placeholders}`) of at least `minWords` words, unless the other
 * dictionary has the same words (a name, a term both languages share) or they are in `allowed`.
 */
export function telltaleStrings(
  english: Readonly<Record<string, string>>,
  other: Readonly<Record<string, string>>,
  { minWords = 3, allowed = [] as readonly string[] } = {},
): { key: string; text: string }[] {
  const otherText = Object.values(other).join('\n');
  const out: { key: string; text: string }[] = [];
  const seen = new Set<string>();
  for (const [key, value] of Object.entries(english)) {
    for (const part of value.split(/\{[^}]*\}/)) {
      const text = part
        .replace(/\s+/g, ' ')
        .trim()
        .replace(/^[\s,.:;()–—-]+|[\s,.:;()–—-]+$/g, '');
      if (text.split(' ').filter((w) => /\p{L}/u.test(w)).length < minWords) continue;
      if (seen.has(text) || otherText.includes(text) || allowed.some((a) => text.includes(a))) continue;
      seen.add(text);
      out.push({ key, text });
    }
  }
  return out;
}

/**
 * Pages in `locale` that show an English interface string (`telltales`) in text marked as that
 * locale: outside the parts marked `lang="en"` (untranslated entries, change notes) and names.
 */
export function checkUntranslated(
  site: BuiltSite,
  locale: Locale,
  telltales: readonly { key: string; text: string }[],
): Problem[] {
  const problems: Problem[] = [];
  for (const page of site.pages) {
    if (localeOfPath(page.path) !== locale) continue;
    const own = textWithLanguage(page.html).filter((s) => s.lang.split('-')[0] === locale);
    const text = own
      .map((s) => s.text)
      .join(' ')
      .replace(/\s+/g, ' ');
    for (const t of telltales)
      if (text.includes(t.text)) problems.push({ page: page.path, message: `English "${t.text}" (${t.key})` });
  }
  return problems;
}
