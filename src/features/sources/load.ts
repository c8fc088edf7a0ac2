/** The sources page's data: every source, by publisher then title, and the pages citing each, in the page's locale. */
import { localized, sourceCitations } from '#src/lib/content.ts';
import { compareText } from '#src/lib/i18n/format.ts';
import type { Locale } from '#src/lib/i18n/locale.ts';

export async function loadSources(locale: Locale) {
  const compare = compareText(locale);
  const sources = [...(await localized('sources', locale))].sort(
    (a, b) => compare(a.data.publisher, b.data.publisher) || compare(a.data.title, b.data.title),
  );
  return { sources, citedBy: await sourceCitations(locale) };
}
