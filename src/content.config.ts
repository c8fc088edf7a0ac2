/**
 * Content collections: every folder of `content/` with its schema, from the one registry in
 * `src/schemas/index.ts`. Ids are file names (see `src/schemas/content-index.ts`).
 *
 * Plus `translations`: every translation of every collection, `content/<locale>/<collection>/<id>.<ext>`
 * for each locale but the default, with id `<locale>/<collection>/<id>`. Its schema is loose: a
 * translation is only meaningful laid over its English entry, which `src/lib/content.ts` does (and
 * `npm run validate` checks, before the build, with the English schema). One collection, so that
 * translated Markdown bodies render with `render()` like any other.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { DEFAULT_LOCALE, LOCALES } from '#src/lib/i18n/locale.ts';
import { STAMP_RE } from '#src/lib/i18n/translatable.ts';
import { isoDate } from '#src/schemas/common.ts';
import { COLLECTIONS, type CollectionName, type CollectionSpec } from '#src/schemas/index.ts';
import { entryIdFromPath } from '#src/schemas/content-index.ts';

const PATTERNS = { mdx: '**/[^_]*.{md,mdx}', yaml: '**/[^_]*.{yaml,yml,json}' } as const;

/**
 * The spec is passed in, not looked up by name: `S` must be inferred from one concrete schema so that
 * `astro:content` types each collection's `data`. Typed through `COLLECTIONS[name]`, `S` stays generic,
 * fails defineCollection's constraint and silently widens to a schema of `unknown`.
 */
function collection<S extends z.ZodType>(name: CollectionName, spec: CollectionSpec<S>) {
  if ((COLLECTIONS[name] as CollectionSpec) !== spec)
    throw new Error(`content.config.ts: collection "${name}" is given another collection's spec`);
  return defineCollection({
    loader: glob({
      pattern: PATTERNS[spec.format],
      base: `./content/${name}`,
      generateId: ({ entry }) => entryIdFromPath(entry),
    }),
    schema: spec.schema(),
  });
}

const TRANSLATED_LOCALES = LOCALES.filter((l) => l !== DEFAULT_LOCALE);
const localeGlob = TRANSLATED_LOCALES.length === 1 ? TRANSLATED_LOCALES[0] : `{${TRANSLATED_LOCALES.join(',')}}`;

const translations = defineCollection({
  loader: glob({
    pattern: `${localeGlob}/*/**/[^_]*.{md,mdx,yaml,yml}`,
    base: './content',
    generateId: ({ entry }) => entryIdFromPath(entry),
  }),
  schema: z.looseObject({
    /** The stamp of the English text translated (src/lib/i18n/translatable.ts `textStamp`). */
    translationOf: z.string().regex(STAMP_RE),
    /** The day of the translation. */
    translated: isoDate,
  }),
});

const english = {
  sources: collection('sources', COLLECTIONS.sources),
  jurisdictions: collection('jurisdictions', COLLECTIONS.jurisdictions),
  dimensions: collection('dimensions', COLLECTIONS.dimensions),
  instruments: collection('instruments', COLLECTIONS.instruments),
  guides: collection('guides', COLLECTIONS.guides),
  practices: collection('practices', COLLECTIONS.practices),
  stakeholders: collection('stakeholders', COLLECTIONS.stakeholders),
  values: collection('values', COLLECTIONS.values),
  principles: collection('principles', COLLECTIONS.principles),
  'crosswalk-frameworks': collection('crosswalk-frameworks', COLLECTIONS['crosswalk-frameworks']),
  crosswalk: collection('crosswalk', COLLECTIONS.crosswalk),
  glossary: collection('glossary', COLLECTIONS.glossary),
  areas: collection('areas', COLLECTIONS.areas),
  'technology-lists': collection('technology-lists', COLLECTIONS['technology-lists']),
  'case-studies': collection('case-studies', COLLECTIONS['case-studies']),
  modules: collection('modules', COLLECTIONS.modules),
  quizzes: collection('quizzes', COLLECTIONS.quizzes),
  paths: collection('paths', COLLECTIONS.paths),
  'training-topics': collection('training-topics', COLLECTIONS['training-topics']),
  checklists: collection('checklists', COLLECTIONS.checklists),
} satisfies Record<CollectionName, unknown>;

export const collections = { ...english, translations };
