/** The comparison's data: jurisdictions, dimensions (in order), sources and the titles of the instruments cells name. */
import { getCollection } from 'astro:content';
import { localized, sorted } from '#src/lib/content.ts';
import type { Locale } from '#src/lib/i18n/locale.ts';
import { buildMatrix, matrixParts, packMatrix, type JurisdictionData, type Matrix } from './matrix.ts';
import { matrixCsv } from './export.ts';

/** The comparison in `locale`: names, notes and definitions translated, values and sources the same. */
export async function loadComparison(locale: Locale) {
  const [jurisdictions, dimensions, sources, instruments] = await Promise.all([
    localized('jurisdictions', locale),
    sorted('dimensions', locale),
    getCollection('sources'),
    localized('instruments', locale),
  ]);
  return { jurisdictions, dimensions, sources, instrumentTitles: titlesOf(instruments) };
}

/** The whole comparison in `locale`, as /compare/ shows it (its full matrix) and the picker reads it. */
export async function comparisonMatrix(locale: Locale): Promise<Matrix> {
  const { jurisdictions, dimensions, sources, instrumentTitles } = await loadComparison(locale);
  return buildMatrix(
    jurisdictions,
    dimensions,
    new Map(sources.map((s) => [s.id, s.data.url])),
    instrumentTitles,
    locale,
  );
}

/** `/compare/matrix.<locale>.json`: the picker's data (packMatrix). */
export async function packedComparison(locale: Locale): Promise<string> {
  return packMatrix(await comparisonMatrix(locale));
}

/** The address of the picker's data in `locale`. */
export const comparisonDataPath = (locale: Locale) => `/compare/matrix.${locale}.json`;

/** instrument id → title, for the instrument links of the cells. */
function titlesOf(instruments: { id: string; data: { title: string } }[]): Map<string, string> {
  return new Map(instruments.map((i) => [i.id, i.data.title]));
}

/** The dimensions of the comparison, in order, in `locale`. */
export const loadDimensions = (locale: Locale) => sorted('dimensions', locale);

/**
 * `/data/comparison.csv`: the whole matrix (every dimension × every jurisdiction), built with the
 * same CSV builder as the picker's downloads, sources as urls.
 */
export async function comparisonCsv(): Promise<string> {
  const [jurisdictions, dimensions, sources] = await Promise.all([
    getCollection('jurisdictions'),
    getCollection('dimensions'),
    getCollection('sources'),
  ]);
  // The generated content types currently infer `data: unknown` for jurisdictions; the schema
  // (src/schemas/jurisdiction.ts) guarantees this shape.
  const entries = jurisdictions.map((j) => ({ id: j.id, data: j.data as JurisdictionData }));
  return matrixCsv(buildMatrix(entries, dimensions, new Map(sources.map((s) => [s.id, s.data.url]))));
}

/** The paths of /compare/<n>/, from 2: the parts of a split full table (matrixParts); none today. */
export async function comparePartPaths() {
  const count = matrixParts((await getCollection('jurisdictions')).map((j) => j.id)).length;
  return Array.from({ length: Math.max(0, count - 1) }, (_, i) => ({
    params: { part: String(i + 2) },
    props: { part: i + 2 },
  }));
}
