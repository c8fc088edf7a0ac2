/**
 * `/search/labels.<locale>.json`: the labels of the search facets' values in one language
 * (src/features/search/labels.ts), for the header's search dialog, which fetches them when it opens
 * instead of every page carrying them (they grow with every jurisdiction).
 */
import type { APIRoute } from 'astro';
import { LOCALES, toLocale } from '#src/lib/i18n/locale.ts';
import { facetLabels } from '#src/features/search/labels.ts';

export const getStaticPaths = () => LOCALES.map((locale) => ({ params: { locale } }));

export const GET: APIRoute = async ({ params }) =>
  new Response(JSON.stringify(await facetLabels(toLocale(params.locale))), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
