/**
 * What's new: every update (major changes of all content entries, the tracker's new instruments and
 * recent dated steps), newest first, worded in the page's language; and the upcoming dates of the
 * calendar. The feeds and /whats-new/ build on it; feeds.ts and ical.ts hold the pure logic.
 */
import { getCollection } from 'astro:content';
import { buildDay, localized } from '#src/lib/content.ts';
import { toLocale } from '#src/lib/i18n/locale.ts';
import { urlFor } from '#src/lib/routes.ts';
import { COLLECTIONS, COLLECTION_NAMES } from '#src/schemas/index.ts';
import { translatorFor } from '#src/ui/i18n.ts';
import { upcomingEvents } from '#src/features/tracker/tracker.ts';
import { changeUpdates, sortUpdates, trackerUpdates, type EntryInfo, type UpdateItem } from './feeds.ts';

export interface LoadedUpdates {
  items: UpdateItem[];
  /** jurisdiction id → its name. */
  jurisdictions: Map<string, string>;
  today: string;
}

const cache = new Map<string, Promise<LoadedUpdates>>();

/** Every update, newest first, titles in `locale` (computed once per locale and build). */
export function loadUpdates(locale = 'en'): Promise<LoadedUpdates> {
  let loaded = cache.get(locale);
  if (!loaded) {
    loaded = collectUpdates(locale);
    cache.set(locale, loaded);
  }
  return loaded;
}

async function collectUpdates(locale: string): Promise<LoadedUpdates> {
  const { t } = translatorFor(locale);
  const today = buildDay();
  const entries: EntryInfo[] = [];
  for (const collection of COLLECTION_NAMES) {
    if (collection === 'sources') continue;
    for (const e of await localized(collection, toLocale(locale))) {
      const data = e.data as { title: string; changes?: EntryInfo['changes']; jurisdiction?: string };
      entries.push({
        collection,
        id: e.id,
        path: urlFor(collection, e.id, e.data as Record<string, unknown>),
        title: data.title,
        jurisdiction:
          collection === 'jurisdictions' ? e.id : collection === 'instruments' ? data.jurisdiction : undefined,
        changes: data.changes,
      });
    }
  }
  const instruments = await localized('instruments', toLocale(locale));
  const tracker = trackerUpdates(
    instruments.map((i) => ({ id: i.id, path: urlFor('instruments', i.id), data: i.data })),
    {
      launched: COLLECTIONS.instruments.published,
      today,
      text: {
        added: (title) => t('whatsNew.added', { title }),
        event: (title, type) => t('timeline.milestone.title', { title, event: t(`timeline.event.${type}`) }),
      },
    },
  );
  const jurisdictions = new Map((await localized('jurisdictions', toLocale(locale))).map((j) => [j.id, j.data.title]));
  return { items: sortUpdates([...changeUpdates(entries), ...tracker]), jurisdictions, today };
}

/** The dates still ahead (deadlines, commencements, bodies starting work), soonest first. */
export async function loadUpcoming() {
  const today = buildDay();
  return { today, upcoming: upcomingEvents(await getCollection('instruments'), today) };
}

export const feedJurisdictionPaths = async () =>
  (await getCollection('jurisdictions')).map((j) => ({ params: { id: j.id }, props: { name: j.data.title } }));
