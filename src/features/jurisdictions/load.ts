/** The jurisdiction pages' data: every jurisdiction, and what one jurisdiction's page shows of the rest. */
import { byId, entryPaths, localized } from '#src/lib/content.ts';
import { DEFAULT_LOCALE, type Locale } from '#src/lib/i18n/locale.ts';
import { loadDimensions } from '#src/features/compare/load.ts';
import { loadInstruments } from '#src/features/tracker/load.ts';

/** One page per jurisdiction (each page shows its entry in the page's locale). */
export const jurisdictionPaths = async () => entryPaths(await localized('jurisdictions', DEFAULT_LOCALE));
/** Every jurisdiction, in `locale`. */
export const loadJurisdictions = (locale: Locale) => localized('jurisdictions', locale);

/**
 * The dimensions, the jurisdiction's instruments (from the tracker), the titles of every instrument
 * (for the comparison cells' links) and its policy-in-action case study.
 */
export async function loadJurisdictionPage(id: string, policyInAction: string | undefined, locale: Locale) {
  const [dimensions, instruments, caseStudies] = await Promise.all([
    loadDimensions(locale),
    loadInstruments(locale),
    byId('case-studies', locale),
  ]);
  return {
    dimensions,
    instruments: instruments.filter((i) => i.data.jurisdiction === id),
    instrumentTitles: new Map(instruments.map((i) => [i.id, i.data.title])),
    caseStudy: policyInAction ? caseStudies.get(policyInAction) : undefined,
  };
}
