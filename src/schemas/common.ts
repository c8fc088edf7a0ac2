/**
 * Building blocks shared by every content schema: ids, dates, references and the fields that
 * every entry carries (title, summary, lastReviewed, sources).
 */
import { z } from 'astro/zod';
import { knownIds } from './content-index.ts';

/** Lower-case words joined by hyphens: the form of every id and file name. */
export const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case letters, digits and single hyphens (e.g. "dual-use")');

const toIso = (v: unknown) => (v instanceof Date && !Number.isNaN(v.valueOf()) ? v.toISOString().slice(0, 10) : v);

/** A calendar day, `YYYY-MM-DD`. YAML dates and strings are both accepted and stored as strings. */
export const isoDate = z.preprocess(
  toIso,
  z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'must be a date written YYYY-MM-DD'),
);

/** A date known to the year, month or day: `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (publication dates). */
export const partialDate = z.preprocess(
  (v) => (typeof v === 'number' ? String(v) : toIso(v)),
  z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD'),
);

/**
 * A reference to an entry of another collection, by id. Fails validation, naming the field, when no
 * file with that id exists in `content/<collection>/`.
 */
export function ref<C extends string>(collection: C) {
  return z.string().superRefine((id, ctx) => {
    if (!knownIds(collection).has(id)) {
      ctx.addIssue({
        code: 'custom',
        message: `no entry "${id}" in collection "${collection}" (content/${collection}/${id}.*)`,
      });
    }
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

/** An internal or external link shown next to content. Internal links start with "/". */
export const link = z.object({
  /** Where it goes: a site path ("/areas/quantum/") or an https URL. */
  href: z.string().regex(/^(\/|https?:\/\/)/, 'must start with "/" or "http"'),
  /** The link text: says where it goes. */
  label: z.string().min(2),
});

/** Plain text: one or more short paragraphs, no Markdown. */
export const text = z.string().min(1);

/** One change note: when, what in one line, and whether a reader needs to know. */
export const ChangeSchema = () =>
  z
    .object({
      /** The day the change was published. */
      date: isoDate,
      /** One line a reader understands: what changed, not why the author touched the file. */
      note: z.string().min(10).max(300),
      /** major: what the entry tells a reader changed; minor: wording, typos, links. */
      kind: z.enum(['major', 'minor']),
    })
    .strict();

/**
 * The fields every entry (except a source) carries. Spread into each collection's schema.
 * `sources` lists ids from the `sources` collection; at least one is required.
 */
export const entryFields = {
  /** The name shown as the page heading. */
  title: z.string().min(2),
  /** One or two plain sentences: used in lists, search results, meta description and open data. */
  summary: z.string().min(20).max(400),
  /** The day a person last checked this entry against its sources. */
  lastReviewed: isoDate,
  /** Ids of the `sources` this entry's facts come from; shown as numbered citations. */
  sources: refs('sources').min(1, 'cite at least one source'),
  /**
   * The entry's change history, oldest first (GOV.UK change notes). A `major` change alters what the
   * entry tells a reader (a fact, a value, a date, advice): it updates the page's "Updated" date and
   * appears in the history and the feeds. A `minor` one (wording, a typo, a link) is listed nowhere
   * but here. Defaults to none.
   */
  changes: z.array(ChangeSchema()).default([]),
  /**
   * The day the entry first appeared on the site, when that is later than its collection's launch
   * (`published` in the registry, src/schemas/index.ts). Pages say "Updated <date>" from the latest
   * major change, else from this day; the tracker's feeds announce a new instrument on it.
   */
  published: isoDate.optional(),
};
