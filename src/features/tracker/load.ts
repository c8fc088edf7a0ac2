/** The tracker's data: the instruments of `content/instruments/`, with the jurisdictions and sources its pages name. */
import { getCollection } from 'astro:content';
import { entryPaths, localized, sorted } from '#src/lib/content.ts';
import { DEFAULT_LOCALE, type Locale } from '#src/lib/i18n/locale.ts';
import { oncePerLocale } from '#src/lib/per-locale.ts';
import { reverseLinks } from './tracker.ts';

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

/** A comparison cell that names an instrument, as its page links to it. */
export interface CitingCell {
  jurisdiction: string;
  dimension: string;
  href: string;
}

/**
 * What an instrument page looks up among the others, by id, in `locale`: once per locale and build,
 * shared. Each page used to build these maps and go through every instrument and comparison cell
 * itself, which grew with pages × entries.
 */
export const instrumentLookups = oncePerLocale(lookupsOf);

async function lookupsOf(locale: Locale) {
  const { instruments, jurisdictions, sources, dimensions } = await loadTracker(locale);
  // The comparison cells that name each instrument: by jurisdiction, then in the cells' own order.
  const cells = new Map<string, CitingCell[]>();
  for (const j of jurisdictions) {
    for (const [dimension, cell] of Object.entries(j.data.comparison)) {
      for (const id of new Set(cell.instruments ?? [])) {
        const found = { jurisdiction: j.data.title, dimension, href: `/compare/?j=${j.id}#dimension-${dimension}` };
        const list = cells.get(id);
        if (list) list.push(found);
        else cells.set(id, [found]);
      }
    }
  }
  return {
    instruments: new Map(instruments.map((i) => [i.id, i])),
    jurisdictions: new Map(jurisdictions.map((j) => [j.id, j])),
    sourceTitles: new Map(sources.map((s) => [s.id, s.data.title])),
    dimensionTitles: new Map(dimensions.map((d) => [d.id, d.data.title])),
    ...reverseLinks(instruments),
    cells,
  };
}
