/**
 * How results are ranked: Pagefind's options, and the weight of each kind of result. Used by the
 * interface (search-ui.ts) and by the search-quality test (test/dist/search-quality.test.ts), so the
 * test measures exactly what readers get. src/features/search/README.md explains each choice.
 */

/** Options given to Pagefind (`pagefind.options`) before its first search. */
export const PAGEFIND_OPTIONS = {
  excerptLength: 24,
  ranking: { pageLength: 0.5 },
} as const;

/**
 * A result's score is multiplied by the weight of its content type (its key, the `type` filter's
 * value: facets.ts). Types not listed weigh 1.
 */
export const TYPE_WEIGHTS: Readonly<Record<string, number>> = {
  source: 0.5,
  instrument: 0.8,
  glossary: 0.95,
};
