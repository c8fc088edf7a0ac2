/**
 * Server-side glue for the checklist pages (`/checklists/`, `/checklists/<id>/`): the instruments in
 * order, as the scoring engine's `Instrument`, and their search facets. Reads content collections,
 * so it runs at build time only; the pure parts live in `scoring.ts` (`linkedPageIds`).
 *
 * Entry types are spelled out from the schemas (rather than taken from `astro:content`) so that the
 * module type-checks the same under plain `tsc` and under Astro.
 */
import { byId, entryPaths, sorted } from '#src/lib/content.ts';
import { DEFAULT_LOCALE, type Locale } from '#src/lib/i18n/locale.ts';
import { linkedPageIds } from './form.ts';
import type { Instrument } from './answers.ts';
import { STAKEHOLDERS, type Stakeholder } from '#src/schemas/common.ts';
import type { Checklist } from '#src/schemas/checklist.ts';

/** A checklist entry: its id (the file name) and its validated data. */
export interface ChecklistEntry {
  id: string;
  data: Checklist;
}

/** An entry as the scoring engine and the island take it: its data plus its id. */
export function toInstrument(entry: ChecklistEntry): Instrument {
  return { id: entry.id, ...entry.data };
}

/** Every instrument, by `order`, in `locale` (same ids, keys and scores in every locale). */
export async function allChecklists(locale: Locale): Promise<ChecklistEntry[]> {
  return (await sorted('checklists', locale)) as ChecklistEntry[];
}

/** The search facets of an instrument page (the shape of Base's `search` prop). */
export interface ChecklistFacets {
  type: 'checklist';
  jurisdictions: string[];
  practices: string[];
  stakeholders: Stakeholder[];
}

/**
 * Search facets of an instrument page: the jurisdictions of the national tools it is modelled on,
 * the best practices and stakeholder pages its actions link to.
 */
export async function checklistFacets(entry: ChecklistEntry, locale: Locale): Promise<ChecklistFacets> {
  const [sources, jurisdictions, practices] = await Promise.all([
    byId('sources'),
    byId('jurisdictions', locale),
    byId('practices', locale),
  ]);
  const ids = new Set<string>();
  for (const m of entry.data.modelledOn) {
    const j = (sources.get(m.source)?.data as { jurisdiction?: string } | undefined)?.jurisdiction;
    if (j && jurisdictions.has(j)) ids.add(j);
  }
  const practiceIds = linkedPageIds(entry.data, '/practices/').filter((id) => practices.has(id));
  const stakeholders = linkedPageIds(entry.data, '/stakeholders/').filter((s): s is Stakeholder =>
    (STAKEHOLDERS as readonly string[]).includes(s),
  );
  return { type: 'checklist', jurisdictions: [...ids], practices: practiceIds, stakeholders };
}

/** One page per instrument. */
export const checklistPaths = async () => entryPaths(await allChecklists(DEFAULT_LOCALE));
