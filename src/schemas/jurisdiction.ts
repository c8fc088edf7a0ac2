import { z } from 'astro/zod';
import { entryFields, isoDate, ref, refs } from './common.ts';

/** The fixed scale of a comparison cell. "unknown" is an honest answer; a guess is not. */
export const COMPARISON_VALUES = ['yes', 'partial', 'no', 'unknown'] as const;

export const ComparisonCellSchema = () =>
  z
    .object({
      value: z.enum(COMPARISON_VALUES),
      note: z
        .string()
        .min(5)
        .max(300)
        .describe('One line in plain words: what exists, or why the value is partial or unknown.'),
      source: ref('sources').describe(
        'The source id that supports the value (for "unknown": the source that was checked).',
      ),
      lastVerified: isoDate.describe('The day this cell was last checked against its source.'),
      changed: isoDate.describe(
        "The day the cell's value or note last changed (what it tells a reader), as distinct from `lastVerified` (checked, perhaps unchanged). Published per cell in the open data.",
      ),
      instruments: refs('instruments')
        .optional()
        .describe(
          "The instruments (`content/instruments/`) this cell rests on, shown as links after the note. The note then says only what the instrument pages do not: the cell's judgement.",
        ),
    })
    .strict()
    .describe('One cell of the comparison matrix: a value, a one-line note, its source and when it was checked.');

export const JurisdictionSchema = () =>
  z
    .object({
      ...entryFields,
      code: z
        .string()
        .regex(/^[A-Z]{2}$/)
        .describe('ISO 3166-1 alpha-2 code, or "EU".'),
      kind: z.enum(['country', 'union']).default('country').describe('A state, or a union of states.'),
      g7: z
        .boolean()
        .default(false)
        .describe('Whether it is a G7 member (the EU takes part in the G7 as a non-enumerated member).'),
      tile: z
        .object({ col: z.number().int().min(1).max(12), row: z.number().int().min(1).max(8) })
        .describe('Position on the tile map: column and row, 1-based.'),
      leadBodies: z
        .array(z.object({ name: z.string(), role: z.string(), source: ref('sources') }).strict())
        .min(1)
        .describe('The bodies that lead on research security and integrity, with their role.'),
      identification: z
        .enum(['lists', 'country-agnostic', 'mixed', 'unknown'])
        .describe('How sensitive research is identified: published lists, a country-agnostic approach, or both.'),
      policyInAction: ref('case-studies')
        .optional()
        .describe('The G7 paper\'s "Policy in action" example for this jurisdiction, as a case-study id.'),
      researcherMustDo: z
        .array(z.string().min(5))
        .min(3)
        .describe('Short imperative steps: what a researcher working here must or should do.'),
      comparison: z
        .record(ref('dimensions'), ComparisonCellSchema())
        .describe('Comparison cells keyed by dimension id (`content/dimensions/`).'),
    })
    .strict()
    .describe(
      'A country or union: `content/jurisdictions/<id>.md`. The Markdown body holds the narrative sections (overview, legal basis, identification, due diligence, training, screening, advice, integrity); the frontmatter holds what the comparison, the map and the open data need.',
    );

export const DimensionSchema = () =>
  z
    .object({
      ...entryFields,
      order: z.number().int().describe('Position in the matrix, ascending.'),
      yesMeans: z
        .string()
        .min(10)
        .describe('What "yes" means for this dimension, so that every cell is judged the same way.'),
      partialMeans: z.string().min(10).describe('What "partial" means.'),
      noMeans: z
        .string()
        .min(10)
        .describe(
          'What "no" means: the evidence that settles a "no" (an official overview showing the thing does not exist). "Not found" alone is not a "no": such a cell stays "unknown", and its note says what was checked and where.',
        ),
    })
    .strict()
    .describe('A column of the comparison matrix: `content/dimensions/<id>.yaml`.');
