/**
 * The timeline's data: jurisdictions, sources and the milestones, derived from the instruments
 * (milestones.ts), with titles and notes in the page's language.
 */
import { getCollection } from 'astro:content';
import { localized } from '#src/lib/content.ts';
import { toLocale } from '#src/lib/i18n/locale.ts';
import { translatorFor } from '#src/ui/i18n.ts';
import { milestonesFromInstruments, type Milestone } from './milestones.ts';
import { pageOfMilestones, timelinePages } from './pages.ts';
import { groupByYear } from './timeline.ts';

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

let pages: Promise<Map<string, number>> | undefined;
/** Each milestone's page of the timeline (pages.ts): whole years, so the same in every language. */
export function milestonePages(): Promise<Map<string, number>> {
  pages ??= loadMilestones().then((milestones) => pageOfMilestones(timelinePages(groupByYear(milestones))));
  return pages;
}

/** How many pages the timeline has (1 until it outgrows a single page, pages.ts). */
export async function timelinePageCount(): Promise<number> {
  return Math.max(1, ...(await milestonePages()).values());
}

/** The paths of /timeline/<n>/, from 2 (page 1 is /timeline/); none while the timeline is one page. */
export async function timelinePagePaths() {
  const count = await timelinePageCount();
  return Array.from({ length: Math.max(0, count - 1) }, (_, i) => ({
    params: { page: String(i + 2) },
    props: { page: i + 2 },
  }));
}
