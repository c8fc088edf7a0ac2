/**
 * The schema of `synonyms.<lang>.yaml` (this folder): the hand-maintained part of a language's
 * lexicon (lexicon.ts says what each part does). Read by the build's index step
 * (scripts/build/search-lexicon.ts) and checked by test/unit/features/search/synonyms.test.ts.
 * Build-time only: the browser gets the finished lexicon as JSON, without this schema.
 */
import { z } from 'astro/zod';
import { normalise } from './lexicon.ts';

export const SynonymsFile = z.strictObject({
  /** Each entry: words or phrases that mean the same on this site (at least two, none twice). */
  equivalents: z
    .array(z.array(z.string().min(1)).min(2))
    .default([])
    .refine((groups) => groups.every((g) => new Set(g.map(normalise)).size === g.length), {
      message: 'a set of equivalents lists the same word twice',
    }),
  /** One way: when a reader's query contains `from`, also search for each of `to`. */
  rewrites: z.array(z.strictObject({ from: z.string().min(1), to: z.array(z.string().min(1)).min(1) })).default([]),
  /** Words that name no subject, left out of a search that has other words. */
  ignore: z.array(z.string().min(1)).default([]),
});
export type SynonymsFile = z.infer<typeof SynonymsFile>;

/** The languages that have a synonyms file. */
export const SYNONYM_LANGS = ['en', 'fr'] as const;

/** The file of a language, relative to the project root. */
export const synonymsFile = (lang: string) => `src/features/search/synonyms.${lang}.yaml`;
