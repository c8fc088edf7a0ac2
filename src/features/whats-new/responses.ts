/**
 * The feed files as responses, for the thin route files under src/pages/feeds/: the site-wide and
 * per-jurisdiction Atom and JSON feeds and the calendar of upcoming dates. The words come from the
 * translator of `locale` (English today), the addresses from the site's origin.
 */
import { LAUNCHED } from '#src/schemas/index.ts';
import { addDays } from '#src/lib/dates.ts';
import { formatPartialDate } from '#src/lib/i18n/format.ts';
import { toLocale } from '#src/lib/i18n/locale.ts';
import { translatorFor } from '#src/ui/i18n.ts';
import { urlFor } from '#src/lib/routes.ts';
import { dateSpan } from '#src/features/tracker/tracker.ts';
import { atomFeed, feedPaths, jsonFeed, tagBase, updatesOf, type FeedMeta } from './feeds.ts';
import { icsCalendar, type CalendarEvent } from './ical.ts';
import { loadUpcoming, loadUpdates } from './load.ts';

/**
 * A feed holds the updates of the last year, at most this many (the newest); /whats-new/ lists them
 * all. The tracker's launch day alone has about 340.
 */
export const FEED_LIMIT = 500;
export const FEED_DAYS = 365;

const FALLBACK_SITE = 'https://secure-open-research.example.org';

async function feed(site: URL | undefined, jurisdiction: string | undefined, locale: string) {
  const { t } = translatorFor(locale);
  const origin = site?.origin ?? FALLBACK_SITE;
  const { items, jurisdictions, today } = await loadUpdates(locale);
  const name = jurisdiction ? (jurisdictions.get(jurisdiction) ?? jurisdiction) : undefined;
  const paths = feedPaths(jurisdiction);
  const since = addDays(today, -FEED_DAYS);
  const picked = (jurisdiction ? updatesOf(items, jurisdiction) : items)
    .filter((i) => i.date > since)
    .slice(0, FEED_LIMIT);
  const meta = (self: string): FeedMeta => ({
    title: name
      ? t('whatsNew.feed.titleJurisdiction', { site: t('site.name'), name })
      : t('whatsNew.feed.title', { site: t('site.name') }),
    description: name ? t('whatsNew.feed.descriptionJurisdiction', { name }) : t('whatsNew.feed.description'),
    site: origin,
    page: jurisdiction ? urlFor('jurisdictions', jurisdiction) : '/whats-new/',
    self,
    language: toLocale(locale),
    author: t('site.name'),
    id: new URL(self, origin).href,
    tagBase: tagBase(origin, LAUNCHED),
    fallbackUpdated: today,
  });
  return { picked, paths, meta };
}

export async function atomResponse(site: URL | undefined, jurisdiction?: string, locale = 'en'): Promise<Response> {
  const { picked, paths, meta } = await feed(site, jurisdiction, locale);
  return new Response(atomFeed(meta(paths.atom), picked), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
}

export async function jsonFeedResponse(site: URL | undefined, jurisdiction?: string, locale = 'en'): Promise<Response> {
  const { picked, paths, meta } = await feed(site, jurisdiction, locale);
  return new Response(JSON.stringify(jsonFeed(meta(paths.json), picked), null, 1), {
    headers: { 'Content-Type': 'application/feed+json; charset=utf-8' },
  });
}

/** `/feeds/upcoming.ics`: every date still ahead, one all-day event each. */
export async function icsResponse(site: URL | undefined, locale = 'en'): Promise<Response> {
  const { t } = translatorFor(locale);
  const lang = toLocale(locale);
  const origin = site?.origin ?? FALLBACK_SITE;
  const host = new URL(origin).hostname;
  const { today, upcoming } = await loadUpcoming();
  const events = upcoming.map(({ instrument, event }): CalendarEvent => {
    const { data } = instrument;
    const exact = event.date.length === 10 && !event.approximate;
    const what = t('timeline.milestone.title', { title: data.title, event: t(`timeline.event.${event.type}`) });
    return {
      uid: `${instrument.id}-${event.type}-${event.date}@${host}`,
      date: dateSpan(event.date).start,
      summary: exact ? what : t('whatsNew.ics.approximate', { what, when: formatPartialDate(event.date, lang) }),
      description: [event.note, data.summary].filter(Boolean).join('\n\n'),
      url: new URL(urlFor('instruments', instrument.id), origin).href,
    };
  });
  const body = icsCalendar(
    {
      prodId: `-//${t('site.name')}//${t('whatsNew.ics.name')}//${lang.toUpperCase()}`,
      name: `${t('site.name')}: ${t('whatsNew.ics.name')}`,
      description: t('whatsNew.ics.description'),
      stamp: new Date(`${today}T00:00:00Z`),
    },
    events,
  );
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
}
