import { z } from 'astro/zod';
import { isoDate, partialDate } from './common.ts';
import { knownIds } from './content-index.ts';

/** Kinds of citable document, from the most to the least authoritative. */
export const SOURCE_KINDS = [
  'legislation',
  'policy',
  'guidance',
  'tool',
  'report',
  'statement',
  'academic',
  'news',
  'web',
] as const;

/** Who a source speaks for, in addition to the jurisdictions: the G7 itself or the wider world. */
export const SOURCE_SCOPES = ['g7', 'international'] as const;

export const SourceSchema = () =>
  z
    .object({
      title: z.string().min(3).describe("The document's own title, in its own language."),
      publisher: z
        .string()
        .min(2)
        .describe('The body that published it (a ministry, funder, agency, parliament, journal…).'),
      date: partialDate.describe('When it was published or last updated: YYYY, YYYY-MM or YYYY-MM-DD.'),
      url: z
        .url({ protocol: /^https?$/ })
        .refine(
          (u) => !/;jsessionid=|[?&](?:utm_[a-z]+|fbclid|gclid|mc_eid|share)=/i.test(u),
          'remove the session id or tracking parameters from the address',
        )
        .describe('Where to read it: a stable address, without session ids or tracking parameters.'),
      jurisdiction: z
        .string()
        .superRefine((j, ctx) => {
          if (!(SOURCE_SCOPES as readonly string[]).includes(j) && !knownIds('jurisdictions').has(j)) {
            ctx.addIssue({
              code: 'custom',
              message: `"${j}" is neither a jurisdiction id nor one of ${SOURCE_SCOPES.join(', ')}`,
              params: { reference: 'jurisdictions', id: j, also: [...SOURCE_SCOPES] },
            });
          }
        })
        .meta({
          description: 'A jurisdiction id (`content/jurisdictions/`), or "g7" / "international".',
          examples: ['international', 'g7', 'canada'],
        }),
      kind: z.enum(SOURCE_KINDS).describe('What kind of document it is.'),
      official: z
        .boolean()
        .default(false)
        .describe('True for documents from a government, a public funder, the EU or the G7 itself.'),
      language: z
        .string()
        .regex(/^[a-z]{2}$/)
        .default('en')
        .describe("ISO 639-1 code of the document's language when it is not English."),
      summary: z.string().min(10).max(400).describe('One sentence on what the document is and why it is cited.'),
      lastReviewed: isoDate.describe('The day the address and the cited facts were last checked.'),
    })
    .strict()
    .describe(
      'A citable document: `content/sources/<id>.yaml`. Every fact elsewhere points here by id. A source carries no `sources` of its own: it is the end of the chain.',
    );

export type Source = z.infer<ReturnType<typeof SourceSchema>>;
