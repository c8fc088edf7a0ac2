/**
 * The timeline's data: jurisdictions, sources and the milestones, derived from the instruments
 * (milestones.ts), with titles and notes in the page's language.
 */
import { getCollection } from 'astro:content';
import { localized } from '#src/lib/content.ts';
import { toLocale } from '#src/lib/i18n/locale.ts';
import { translatorFor } from '#src/ui/i18n.ts';
import { milestonesFromInstruments, type Milestone } from './milestones.ts';

/** Every milestone, its title worded and its note translated in `locale` (English by default). */
export async function loadMilestones(locale?: string): Promise<Milestone[]> {
  const { t } = translatorFor(locale);
  return milestonesFromInstruments(await localized('instruments', toLocale(locale)), (title, type) =>
    t('timeline.milestone.title', { title, event: t(`timeline.event.${type}`) }),
  );
}

export async function loadTimeline(locale?: string) {
  const [jurisdictions, milestones, sources] = await Promise.all([
    localized('jurisdictions', toLocale(locale)),
    loadMilestones(locale),
    getCollection('sources'),
  ]);
  return { jurisdictions, milestones, sources };
}
