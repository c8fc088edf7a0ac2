/** The tracker's data: the instruments of `content/instruments/`, with the jurisdictions and sources its pages name. */
import { getCollection } from 'astro:content';
import { byId, entryPaths, localized, sorted } from '#src/lib/content.ts';
import { DEFAULT_LOCALE, type Locale } from '#src/lib/i18n/locale.ts';
import { oncePerLocale } from '#src/lib/per-locale.ts';
import { citingCells, reverseLinks } from './tracker.ts';

/** One page per instrument (each page shows its entry in the page's locale). */
export const trackerPaths = async () => entryPaths(await sorted('instruments', DEFAULT_LOCALE));

/** Every instrument, in `locale`. */
export const loadInstruments = (locale: Locale) => localized('instruments', locale);

/** Everything /tracker/ and an instrument page show: instruments, jurisdictions, sources and dimensions. */
export async function loadTracker(locale: Locale) {
  const [instruments, jurisdictions, sources, dimensions] = await Promise.all([
    localized('instruments', locale),
    localized('jurisdictions', locale),
    getCollection('sources'),
    localized('dimensions', locale),
  ]);
  return { instruments, jurisdictions, sources, dimensions };
}

/**
 * What an instrument page looks up among the others, by id, in `locale`: once per locale and build,
 * shared. Each page used to go through every instrument and comparison cell itself, which grew with
 * pages × entries.
 */
export const instrumentLookups = oncePerLocale(async (locale: Locale) => {
  const [instruments, jurisdictions, sources, dimensions] = await Promise.all([
    byId('instruments', locale),
    byId('jurisdictions', locale),
    byId('sources'),
    byId('dimensions', locale),
  ]);
  return {
    instruments,
    jurisdictions,
    sources,
    dimensions,
    ...reverseLinks([...instruments.values()]),
    cells: citingCells([...jurisdictions.values()]),
  };
});
