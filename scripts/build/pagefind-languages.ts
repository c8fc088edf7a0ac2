/**
 * One Pagefind index per language, built one after the other, then put together: the pure parts of
 * that (scripts/build/index-search.ts runs them; tested in
 * test/unit/scripts/build/pagefind-languages.test.ts).
 *
 * Why: Pagefind's indexing process holds every page it indexes in memory until it writes the index.
 * With every language in one index it peaked at 1.9 GB at 5,000 entries, and the build with it at
 * 2.4 GB (test/bench/report.md). Its output is already split by language (each language has its own
 * metadata, index chunks, fragments and filters, named by a hash that starts with the language), and
 * `pagefind-entry.json` lists the languages. So each language is indexed on its own, its memory
 * freed before the next, all written into the same folder, and the entries' language lists merged:
 * the files are byte for byte those of one index of every language (checked at 714 pages), the peak
 * at 5,000 entries 1.7 GB instead of 2.4, for the same time.
 */

/**
 * For each language, the Pagefind glob (relative to the site folder) that selects its HTML pages:
 * a prefixed language gets its folder; the default language gets every other top-level file and
 * folder, listed by name (Pagefind's globs have no negation). `top` is the site folder's listing.
 */
export function languageGlobs(
  top: readonly { name: string; directory: boolean }[],
  locales: readonly string[],
  defaultLocale: string,
  skip: readonly string[] = ['_astro', 'pagefind'],
): Map<string, string> {
  const globs = new Map<string, string>();
  const own = top
    .filter((e) => !skip.includes(e.name) && !(e.directory && locales.includes(e.name) && e.name !== defaultLocale))
    .map((e) => (e.directory ? `${e.name}/**/*.html` : e.name))
    .filter((g) => g.endsWith('.html'));
  if (own.length > 0) globs.set(defaultLocale, own.length === 1 ? own[0]! : `{${own.join(',')}}`);
  for (const locale of locales)
    if (locale !== defaultLocale && top.some((e) => e.directory && e.name === locale))
      globs.set(locale, `${locale}/**/*.html`);
  return globs;
}

/** What `pagefind-entry.json` holds, as far as this project reads it. */
export interface PagefindEntry {
  version: string;
  languages: Record<string, { hash: string; wasm?: string | null; page_count: number }>;
  [key: string]: unknown;
}

/**
 * The entry of the whole site from the entries of its per-language indexes: the languages of all,
 * the other fields of the first. Throws when two indexes hold the same language (a page whose
 * `lang` differs from its folder's) or were written by different Pagefind versions.
 */
export function mergeEntries(entries: readonly PagefindEntry[]): PagefindEntry {
  if (entries.length === 0) throw new Error('no Pagefind index to merge');
  const [first, ...rest] = entries;
  const merged: PagefindEntry = { ...first!, languages: { ...first!.languages } };
  for (const entry of rest) {
    if (entry.version !== merged.version)
      throw new Error(`Pagefind versions differ between languages: ${merged.version} and ${entry.version}`);
    for (const [lang, index] of Object.entries(entry.languages)) {
      if (merged.languages[lang])
        throw new Error(`language "${lang}" is in two indexes: a page's lang attribute differs from its folder's`);
      merged.languages[lang] = index;
    }
  }
  return merged;
}
