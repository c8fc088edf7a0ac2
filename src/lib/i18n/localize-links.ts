/**
 * The links of a rendered page in its locale: every `href="/…"` and `action="/…"` that names a page
 * of the site gets the locale's prefix (`/areas/` → `/fr/areas/`, src/lib/routes.ts `localizePath`).
 * Content, data and components write English addresses once; this makes them French on French pages,
 * whether they come from a translated body, a data `href`, a card or the footer.
 *
 * Left alone: elements that carry `hreflang` (the language switcher, "read in English" links and the
 * `<link rel="alternate">` of the head name a page in a given language on purpose), files, other sites
 * and fragments. Pure and small: src/middleware.ts applies it to every page.
 */
import { localizePath } from '#src/lib/routes.ts';
import { DEFAULT_LOCALE, type Locale } from './locale.ts';

const START_TAG = /<[a-zA-Z][^<>]*>/g;
const LINK_ATTR = /(\s(?:href|action)=")(\/[^"]*)"/g;

export function localizeLinks(html: string, locale: Locale): string {
  if (locale === DEFAULT_LOCALE) return html;
  return html.replace(START_TAG, (tag) => {
    if (!LINK_ATTR.test(tag)) return tag;
    LINK_ATTR.lastIndex = 0;
    if (/\shreflang=/i.test(tag)) return tag;
    return tag.replace(LINK_ATTR, (_m, before: string, href: string) => `${before}${localizePath(href, locale)}"`);
  });
}
