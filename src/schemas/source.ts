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

/**
 * A citable document: `content/sources/<id>.yaml`. Every fact elsewhere points here by id.
 * A source carries no `sources` of its own: it is the end of the chain.
 */
export const SourceSchema = () =>
  z
    .object({
      /** The document's own title, in its own language. */
      title: z.string().min(3),
      /** The body that published it (a ministry, funder, agency, parliament, journal…). */
      publisher: z.string().min(2),
      /** When it was published or last updated: YYYY, YYYY-MM or YYYY-MM-DD. */
      date: partialDate,
      /** Where to read it: a stable address, without session ids or tracking parameters. */
      url: z
        .url({ protocol: /^https?$/ })
        .refine(
          (u) => !/;jsessionid=|[?&](?:utm_[a-z]+|fbclid|gclid|mc_eid|share)=/i.test(u),
          'remove the session id or tracking parameters from the address',
        ),
      /** A jurisdiction id (`content/jurisdictions/`), or "g7" / "international". */
      jurisdiction: z.string().superRefine((j, ctx) => {
        if (!(SOURCE_SCOPES as readonly string[]).includes(j) && !knownIds('jurisdictions').has(j)) {
          ctx.addIssue({
            code: 'custom',
            message: `"${j}" is neither a jurisdiction id nor one of ${SOURCE_SCOPES.join(', ')}`,
          });
        }
      }),
      /** What kind of document it is. */
      kind: z.enum(SOURCE_KINDS),
      /** True for documents from a government, a public funder, the EU or the G7 itself. */
      official: z.boolean().default(false),
      /** ISO 639-1 code of the document's language when it is not English. */
      language: z
        .string()
        .regex(/^[a-z]{2}$/)
        .default('en'),
      /** One sentence on what the document is and why it is cited. */
      summary: z.string().min(10).max(400),
      /** The day the address and the cited facts were last checked. */
      lastReviewed: isoDate,
    })
    .strict();

export type Source = z.infer<ReturnType<typeof SourceSchema>>;
