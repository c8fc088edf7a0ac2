/**
 * Where every entry lives on the site. Pages, citations, search and open data all ask here, so an
 * address is defined once. These addresses are published: never change one without a redirect.
 */
import { DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from '#src/lib/i18n/locale.ts';
import type { CollectionName } from '#src/schemas/index.ts';
import { partPath } from './parts.ts';

const ROUTES: Record<CollectionName, (id: string, data?: Record<string, unknown>) => string> = {
  sources: (id) => `/sources/#${id}`,
  jurisdictions: (id) => `/jurisdictions/${id}/`,
  dimensions: (id) => `/compare/#dimension-${id}`,
  instruments: (id) => `/tracker/${id}/`,
  guides: (_id, data) => String(data?.path ?? '/'),
  practices: (id) => `/practices/${id}/`,
  stakeholders: (id) => `/stakeholders/${id}/`,
  values: (id) => `/values/${id}/`,
  principles: (id) => `/principles/${id}/`,
  'crosswalk-frameworks': (id) => `/framework/crosswalk/#framework-${id}`,
  crosswalk: (id) => `/framework/crosswalk/#${id}`,
  glossary: (id) => `/glossary/#${id}`,
  areas: (id) => `/areas/${id}/`,
  'technology-lists': (id) => listUrl(id),
  'case-studies': (id) => `/case-studies/${id}/`,
  modules: (id) => `/training/${id}/`,
  quizzes: (id) => `/training/${id}/#quiz`,
  paths: (id) => `/training/paths/${id}/`,
  'training-topics': (id) => `/training/coverage/#${id}`,
  checklists: (id) => `/checklists/${id}/`,
};

export function urlFor(collection: CollectionName, id: string, data?: Record<string, unknown>): string {
  return ROUTES[collection](id, data);
}

/** A page of the policy timeline: `/timeline/`, then `/timeline/2/`, … (src/features/timeline/pages.ts). */
export function timelinePath(page = 1): string {
  return partPath('/timeline/', page);
}

/**
 * A technology list on the crosswalk: `/areas/crosswalk/#list-<id>`, or on a later part once the
 * crosswalk is split (`listPart` of the areas' loader). The first part keeps an anchor for every list,
 * so the address without a part works for all of them (src/features/areas/lists/ListsCrosswalkPage.astro).
 */
export function listUrl(id: string, part = 1): string {
  return `${partPath('/areas/crosswalk/', part)}#list-${id}`;
}

/**
 * A milestone of the policy timeline (an instrument's dated event): `/timeline/#<milestone id>`, or on
 * a later page of a timeline long enough to be split (`milestonePages()` of the timeline's loader).
 */
export function milestoneUrl(id: string, page = 1): string {
  return `${timelinePath(page)}#${id}`;
}

/** The page (without fragment) an entry is shown on. */
export function pageFor(collection: CollectionName, id: string, data?: Record<string, unknown>): string {
  return urlFor(collection, id, data).split('#')[0]!;
}

/*
 * Addresses in a locale. Every page exists in every locale: English without a prefix (`/areas/`),
 * the others under theirs (`/fr/areas/`), with the same path after it. Content, data and components
 * write English addresses; pages in another locale get theirs from `localizePath`, applied when a
 * page is rendered (src/middleware.ts for the HTML, islands and page scripts for the links they make).
 */

/** The site path of a page address: starts with one "/" and its path ends with "/" (`/`, `/areas/`, `/compare/?j=fr#x`). */
function isPagePath(href: string): boolean {
  if (!href.startsWith('/') || href.startsWith('//')) return false;
  const path = href.split(/[?#]/, 1)[0]!;
  return path.endsWith('/');
}

/** The locale a site path is in: `/fr/areas/` → fr, `/areas/` → en. */
export function localeOfPath(path: string): Locale {
  const first = path.split('/')[1];
  return first !== DEFAULT_LOCALE && isLocale(first) ? first : DEFAULT_LOCALE;
}

/** A site path without its locale prefix: `/fr/areas/#x` → `/areas/#x`; `/fr/` → `/`; `/areas/` unchanged. */
export function unlocalizedPath(path: string): string {
  const locale = localeOfPath(path);
  if (locale === DEFAULT_LOCALE) return path;
  const rest = path.slice(locale.length + 1);
  return rest === '' || /^[?#]/.test(rest) ? `/${rest}` : rest;
}

/**
 * The address of a page in a locale: `/areas/quantum/#x` → `/fr/areas/quantum/#x` (fr), unchanged in
 * English. Only page addresses are localized; files (`/data/areas.json`, `/feeds/…xml`,
 * `/favicon.svg`), other sites, relative links, fragments alone and addresses already in a locale
 * other than English stay as they are. An English address given for another locale is moved to it.
 */
export function localizePath(href: string, locale: Locale): string {
  if (!isPagePath(href)) return href;
  const path = unlocalizedPath(href);
  return locale === DEFAULT_LOCALE ? path : `/${locale}${path}`;
}

/** The same page in every locale: `/fr/areas/` → { en: '/areas/', fr: '/fr/areas/' }. */
export function pathInLocales(path: string): Record<Locale, string> {
  const base = unlocalizedPath(path);
  return Object.fromEntries(LOCALES.map((l) => [l, localizePath(base, l)])) as Record<Locale, string>;
}

/**
 * The addresses of the page rendered at `pathname` in every locale, for the language switcher and
 * the `hreflang` alternates. The 404 pages are files (`/404.html`, `/fr/404.html`) served for any
 * unknown address, so they name those.
 */
export function alternatesOf(pathname: string): Record<Locale, string> {
  if (/^\/404(?:\.html|\/)?$/.test(unlocalizedPath(pathname)))
    return Object.fromEntries(LOCALES.map((l) => [l, l === DEFAULT_LOCALE ? '/404.html' : `/${l}/404.html`])) as Record<
      Locale,
      string
    >;
  return pathInLocales(pathname);
}

/**
 * A copy of some data with every `href` (at any depth) in `locale` (`localizePath`): for island
 * props, which render again in the browser and so cannot rely on the page's links being localized.
 */
export function localizeHrefs<T>(value: T, locale: Locale): T {
  if (locale === DEFAULT_LOCALE) return value;
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(walk);
    if (v === null || typeof v !== 'object' || v instanceof Date) return v;
    return Object.fromEntries(
      Object.entries(v).map(([k, x]) => [k, k === 'href' && typeof x === 'string' ? localizePath(x, locale) : walk(x)]),
    );
  };
  return walk(value) as T;
}
