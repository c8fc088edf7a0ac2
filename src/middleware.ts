/**
 * Rendering in a locale: on a page outside the default locale (`/fr/…`), every link to a page of the
 * site is made to point to the same page in that locale (src/lib/i18n/localize-links.ts). Runs when
 * each page is built (and in `astro dev`), so content and components keep one English address each.
 * Islands and page scripts localize the links they make themselves (`localizePath`), since they
 * render again in the browser.
 */
import { defineMiddleware } from 'astro:middleware';
import { DEFAULT_LOCALE, toLocale } from '#src/lib/i18n/locale.ts';
import { localizeLinks } from '#src/lib/i18n/localize-links.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const locale = toLocale(context.currentLocale);
  if (locale === DEFAULT_LOCALE || !response.headers.get('content-type')?.includes('text/html')) return response;
  const html = await response.text();
  return new Response(localizeLinks(html, locale), {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
});
