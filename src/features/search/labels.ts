/**
 * The labels of the facet values, in a language, for the search interface. Facet values are keys
 * and ids, the same in every language (SearchFilters.astro); the search page hands these labels to
 * search-ui.ts in `data-labels`, and the header's dialog fetches them from `/search/labels.<locale>.json`
 * (src/pages/search/labels.[locale].json.ts). Reads content collections, so it runs at build time only.
 */
import { byId } from '#src/lib/content.ts';
import { DEFAULT_LOCALE, type Locale } from '#src/lib/i18n/locale.ts';
import { RISK_VECTORS, STAKEHOLDERS } from '#src/schemas/common.ts';
import { DICTIONARIES, translatorFor, type UiKey } from '#src/ui/i18n.ts';
import { FACETS, type FacetLabels } from './search.ts';

const cache = new Map<Locale, Promise<FacetLabels>>();

/** facet → key → label, in `locale` (computed once per build and language). */
export function facetLabels(locale: Locale): Promise<FacetLabels> {
  let labels = cache.get(locale);
  if (!labels) {
    labels = readLabels(locale);
    cache.set(locale, labels);
  }
  return labels;
}

async function readLabels(locale: Locale): Promise<FacetLabels> {
  const { t } = translatorFor(locale);
  const [jurisdictions, practices] = await Promise.all([byId('jurisdictions', locale), byId('practices', locale)]);
  const typeKeys = Object.keys(DICTIONARIES[locale]).filter((k) => k.startsWith('type.')) as UiKey[];
  return {
    type: Object.fromEntries(typeKeys.map((k) => [k.slice('type.'.length), t(k)])),
    jurisdiction: Object.fromEntries([...jurisdictions].map(([id, j]) => [id, j.data.title])),
    stakeholder: Object.fromEntries(STAKEHOLDERS.map((s) => [s, t(`stakeholder.${s}`)])),
    risk: Object.fromEntries(RISK_VECTORS.map((r) => [r, t(`risk.${r}`)])),
    practice: Object.fromEntries([...practices].map(([id, p]) => [id, p.data.shortTitle])),
  };
}

/**
 * For addresses shared when facet values were labels (`?type=Case+study`, `?jurisdiction=Canada`):
 * facet → lower-case label → key, from the English labels and `locale`'s. Only the search page
 * needs it (the dialog does not read the address).
 */
export async function legacyLabels(locale: Locale): Promise<FacetLabels> {
  const sets = await Promise.all([...new Set([DEFAULT_LOCALE, locale])].map((l) => facetLabels(l)));
  const out: FacetLabels = {};
  for (const facet of FACETS) {
    const map: Record<string, string> = {};
    for (const labels of sets)
      for (const [key, label] of Object.entries(labels[facet] ?? {})) map[label.toLowerCase()] ??= key;
    out[facet] = map;
  }
  return out;
}
