/** The sources pages' data: every source, by publisher then title, and the pages citing each, in the page's locale. */
import { localized, sourceCitations } from '#src/lib/content.ts';
import { compareText } from '#src/lib/i18n/format.ts';
import { DEFAULT_LOCALE, type Locale } from '#src/lib/i18n/locale.ts';
import { SOURCE_KINDS } from '#src/schemas/source.ts';
import { sourcePartIndex, sourceParts } from './parts.ts';

export async function loadSources(locale: Locale) {
  const compare = compareText(locale);
  const sources = [...(await localized('sources', locale))].sort(
    (a, b) => compare(a.data.publisher, b.data.publisher) || compare(a.data.title, b.data.title),
  );
  const parts = sourceParts(sources, SOURCE_KINDS);
  return { sources, parts, partOf: sourcePartIndex(parts), citedBy: await sourceCitations(locale) };
}

/** One page per part of the list (src/features/sources/parts.ts); the same parts in every language. */
export async function sourcePartPaths() {
  return sourceParts(await localized('sources', DEFAULT_LOCALE), SOURCE_KINDS).map((p) => ({
    params: { part: p.slug },
    props: { slug: p.slug },
  }));
}
