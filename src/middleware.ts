/**
 * Rendering in a locale: on a page outside the default locale (`/fr/…`), every link to a page of the
 * site is made to point to the same page in that locale (src/lib/i18n/localize-links.ts), so content
 * and components keep one English address each. Here only in `astro dev`, as each page is served: the
 * build does it in its pass over the finished pages (scripts/build/html-pass.ts, in worker threads),
 * which saves Astro's build reading back and re-encoding every French page. Islands and page scripts
 * localize the links they make themselves (`localizePath`), since they render again in the browser.
 */
import { defineMiddleware } from 'astro:middleware';
import { DEFAULT_LOCALE, toLocale } from '#src/lib/i18n/locale.ts';
import { localizeLinks } from '#src/lib/i18n/localize-links.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (!import.meta.env.DEV) return response;
  const locale = toLocale(context.currentLocale);
  if (locale === DEFAULT_LOCALE || !response.headers.get('content-type')?.includes('text/html')) return response;
  const html = await response.text();
  return new Response(localizeLinks(html, locale), {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
});
