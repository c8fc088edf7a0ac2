/**
 * Each HTML page as Astro renders it:
 * - in `astro build`, the page goes through the build's page pass (scripts/build/page-pass.ts: links
 *   in the page's language, glossary links, HTML repairs, CSP policies), which the academy integration
 *   runs in a worker thread for the length of the build (src/lib/page-pass.ts); the page Astro writes
 *   is the finished one;
 * - in `astro dev`, on a page outside the default locale (`/fr/…`), every link to a page of the site
 *   is made to point to the same page in that locale (src/lib/i18n/localize-links.ts), so content and
 *   components keep one English address each.
 * Islands and page scripts localize the links they make themselves (`localizePath`), since they
 * render again in the browser.
 */
import { defineMiddleware } from 'astro:middleware';
import { DEFAULT_LOCALE, toLocale } from '#src/lib/i18n/locale.ts';
import { localizeLinks } from '#src/lib/i18n/localize-links.ts';
import { runningPagePass } from '#src/lib/page-pass.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.includes('text/html')) return response;
  const pass = runningPagePass();
  const locale = toLocale(context.currentLocale);
  if (!pass && (!import.meta.env.DEV || locale === DEFAULT_LOCALE)) return response;
  const body = pass
    ? await pass.page(context.url.pathname, new Uint8Array(await response.arrayBuffer()))
    : localizeLinks(await response.text(), locale);
  return new Response(body, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
});
