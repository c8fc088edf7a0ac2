/**
 * The timeline's data: jurisdictions, sources and the milestones, derived from the instruments
 * (milestones.ts), with titles in the page's language.
 */
import { getCollection } from 'astro:content';
import { translatorFor } from '#src/ui/i18n.ts';
import { milestonesFromInstruments, type Milestone } from './milestones.ts';

/** Every milestone, its title worded in `locale`. */
export async function loadMilestones(locale?: string): Promise<Milestone[]> {
  const { t } = translatorFor(locale);
  return milestonesFromInstruments(await getCollection('instruments'), (title, type) =>
    t('timeline.milestone.title', { title, event: t(`timeline.event.${type}`) }),
  );
}

export async function loadTimeline(locale?: string) {
  const [jurisdictions, milestones, sources] = await Promise.all([
    getCollection('jurisdictions'),
    loadMilestones(locale),
    getCollection('sources'),
  ]);
  return { jurisdictions, milestones, sources };
}
