/**
 * `/compare/matrix.<locale>.json`: the whole comparison in one language, packed (packMatrix,
 * src/features/compare/matrix.ts), for the comparison picker on /compare/, which fetches it when it
 * starts rather than carrying it in the page (src/features/compare/ComparePicker.tsx says why).
 */
import type { APIRoute } from 'astro';
import { LOCALES, toLocale } from '#src/lib/i18n/locale.ts';
import { packedComparison } from '#src/features/compare/load.ts';

export const getStaticPaths = () => LOCALES.map((locale) => ({ params: { locale } }));

export const GET: APIRoute = async ({ params }) =>
  new Response(await packedComparison(toLocale(params.locale)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
