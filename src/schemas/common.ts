/**
 * Building blocks shared by every content schema: ids, dates, references and the fields that
 * every entry carries (title, summary, lastReviewed, sources).
 */
import { z } from 'astro/zod';
import { knownIds } from './content-index.ts';

export const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case letters, digits and single hyphens (e.g. "dual-use")')
  .describe('Lower-case words joined by hyphens: the form of every id and file name.');

const toIso = (v: unknown) => (v instanceof Date && !Number.isNaN(v.valueOf()) ? v.toISOString().slice(0, 10) : v);

/** `YYYY-MM-DD` (the open data's Table Schemas recognise calendar days by it). */
export const ISO_DATE_RE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export const isoDate = z
  .preprocess(toIso, z.string().regex(ISO_DATE_RE, 'must be a date written YYYY-MM-DD'))
  .describe('A calendar day, `YYYY-MM-DD`. YAML dates and strings are both accepted and stored as strings.');

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (the JSON Schema generator recognises partial dates by it). */
export const PARTIAL_DATE_RE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

export const partialDate = z
  .preprocess(
    (v) => (typeof v === 'number' ? String(v) : toIso(v)),
    z.string().regex(PARTIAL_DATE_RE, 'must be YYYY, YYYY-MM or YYYY-MM-DD'),
  )
  .describe('A date known to the year, month or day: `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (publication dates).');

/**
 * A reference to an entry of another collection, by id. Fails validation, naming the field, when no
 * file with that id exists in `content/<collection>/`.
 */
export function ref<C extends string>(collection: C) {
  return z
    .string()
    .superRefine((id, ctx) => {
      if (!knownIds(collection).has(id)) {
        ctx.addIssue({
          code: 'custom',
          message: `no entry "${id}" in collection "${collection}" (content/${collection}/${id}.*)`,
          // Read by `npm run validate` to suggest the closest ids.
          params: { reference: collection, id },
        });
      }
    })
    .meta({
      description: `The id of an entry of content/${collection}/ (its file name without the extension).`,
      // In the JSON Schemas: which collection the id belongs to (open data foreign keys, editor help).
      'x-reference': collection,
    });
}

/** A list of references with no repeats. */
export function refs<C extends string>(collection: C) {
  return z.array(ref(collection)).refine((a) => new Set(a).size === a.length, 'lists the same id twice');
}

/** The four stakeholder groups of the G7 paper. */
export const STAKEHOLDERS = ['governments', 'funders', 'institutions', 'researchers'] as const;
export type Stakeholder = (typeof STAKEHOLDERS)[number];
export const stakeholder = z.enum(STAKEHOLDERS);

/** The three vectors of risk in the G7 paper. */
export const RISK_VECTORS = ['infrastructure', 'people', 'funding'] as const;
export type RiskVector = (typeof RISK_VECTORS)[number];
export const riskVector = z.enum(RISK_VECTORS);

export const link = z
  .object({
    href: z
      .string()
      .regex(/^(\/|https?:\/\/)/, 'must start with "/" or "http"')
      .describe('Where it goes: a site path ("/areas/quantum/") or an https URL.'),
    label: z.string().min(2).describe('The link text: says where it goes.'),
  })
  .strict()
  .describe('An internal or external link shown next to content. Internal links start with "/".');

export const text = z.string().min(1).describe('Plain text: one or more short paragraphs, no Markdown.');

export const ChangeSchema = () =>
  z
    .object({
      date: isoDate.describe('The day the change was published.'),
      note: z
        .string()
        .min(10)
        .max(300)
        .describe('One line a reader understands: what changed, not why the author touched the file.'),
      kind: z
        .enum(['major', 'minor'])
        .describe('major: what the entry tells a reader changed; minor: wording, typos, links.'),
    })
    .strict()
    .describe('One change note: when, what in one line, and whether a reader needs to know.');

/**
 * The fields every entry (except a source) carries. Spread into each collection's schema.
 * `sources` lists ids from the `sources` collection; at least one is required.
 */
export const entryFields = {
  title: z.string().min(2).describe('The name shown as the page heading.'),
  summary: z
    .string()
    .min(20)
    .max(400)
    .describe('One or two plain sentences: used in lists, search results, meta description and open data.'),
  lastReviewed: isoDate.describe('The day a person last checked this entry against its sources.'),
  sources: refs('sources')
    .min(1, 'cite at least one source')
    .describe("Ids of the `sources` this entry's facts come from; shown as numbered citations."),
  changes: z
    .array(ChangeSchema())
    .default([])
    .describe(
      'The entry\'s change history, oldest first (GOV.UK change notes). A `major` change alters what the entry tells a reader (a fact, a value, a date, advice): it updates the page\'s "Updated" date and appears in the history and the feeds. A `minor` one (wording, a typo, a link) is listed nowhere but here. Defaults to none.',
    ),
  published: isoDate
    .optional()
    .describe(
      'The day the entry first appeared on the site, when that is later than its collection\'s launch (`published` in the registry). Pages say "Updated <date>" from the latest major change, else from this day; the tracker\'s feeds announce a new instrument on it.',
    ),
};
