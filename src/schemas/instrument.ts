import { z } from 'astro/zod';
import { entryFields, partialDate, ref, refs, slug, stakeholder } from './common.ts';

/**
 * Where an instrument stands on the review date. The order is the usual life of an instrument:
 * proposed → consultation → adopted → in-force → (amended) → superseded | repealed | expired.
 * - proposed: announced or tabled, not yet open for comment or adopted;
 * - consultation: a draft is open for (or has closed) public comment, not yet adopted;
 * - adopted: passed or signed, but not yet in force or not yet applying;
 * - in-force: applies now (guidance: published and current);
 * - amended: in force in a changed form (the amending instrument is listed in `amendedBy` of its events);
 * - superseded: replaced by another instrument (name it in `supersededBy`);
 * - repealed: withdrawn with nothing in its place; expired: ended by its own terms.
 */
export const INSTRUMENT_STATUSES = [
  'proposed',
  'consultation',
  'adopted',
  'in-force',
  'amended',
  'superseded',
  'repealed',
  'expired',
] as const;

/**
 * What kind of instrument it is. law: an act or statute; regulation: binding secondary rules (orders,
 * decrees, agency rules); policy: a government or funder policy that binds those it applies to
 * (including grant conditions); guidance: advice and guidelines without binding force; list: a list of
 * technologies or organisations; body: an advisory service, centre or committee set up; report: an
 * official report or evaluation; statement: a joint or international statement or communiqué.
 */
export const INSTRUMENT_KINDS = [
  'law',
  'regulation',
  'policy',
  'guidance',
  'list',
  'body',
  'report',
  'statement',
] as const;

/**
 * What happened on a dated event. announced: first made public as an intention; published: a
 * document or list published; consultation: public consultation opened; consultation-closes: the
 * last day to respond to a consultation (a deadline: it goes into the calendar of upcoming dates); adopted: passed, signed or
 * approved; in-force: legally in force; applies-from: the day its obligations start to apply (can be
 * later than in-force); launched: a body or service opened; amended, superseded, repealed, expired.
 */
export const EVENT_TYPES = [
  'announced',
  'published',
  'consultation',
  'consultation-closes',
  'adopted',
  'in-force',
  'applies-from',
  'launched',
  'amended',
  'superseded',
  'repealed',
  'expired',
] as const;

export const InstrumentEventSchema = () =>
  z
    .object({
      date: partialDate.describe('YYYY, YYYY-MM or YYYY-MM-DD: give only what the source confirms.'),
      type: z.enum(EVENT_TYPES),
      approximate: z
        .boolean()
        .default(false)
        .describe('True when the source gives the date as expected or approximate ("by early 2026").'),
      note: z
        .string()
        .min(5)
        .max(300)
        .optional()
        .describe('Optional: one line on what happened, when the type alone does not say it.'),
      id: slug
        .optional()
        .describe(
          'The milestone id this event had on `/timeline/` before instruments existed (kept so that `/timeline/#<id>` and `/data/timeline.json` ids stay stable). New events leave it out: their id is `<instrument id>-<type>`.',
        ),
      source: ref('sources')
        .optional()
        .describe("The source of this date when it is not one of the instrument's own sources."),
    })
    .strict()
    .describe("One dated step in an instrument's life; each event is a point on `/timeline/`.");

export const InstrumentSchema = () =>
  z
    .object({
      ...entryFields,
      officialTitle: z
        .string()
        .min(2)
        .optional()
        .describe("The official title in the instrument's own language, when it is not English."),
      language: z
        .string()
        .regex(/^[a-z]{2}$/)
        .default('en')
        .describe('ISO 639-1 language of `officialTitle` (and of the instrument).'),
      jurisdiction: ref('jurisdictions')
        .optional()
        .describe('The jurisdiction that made it; omitted for G7 and other international instruments.'),
      scope: z
        .enum(['national', 'g7', 'international'])
        .default('national')
        .describe(
          'national (one jurisdiction, the EU included), g7 (the G7 together) or international (any other forum).',
        ),
      kind: z.enum(INSTRUMENT_KINDS),
      status: z.enum(INSTRUMENT_STATUSES),
      stakeholders: z.array(stakeholder).min(1).describe('Who it applies to or is addressed to.'),
      obligations: z
        .array(z.string().min(5).max(300))
        .default([])
        .describe('What it requires or offers, in a few short plain lines (empty for reports and statements).'),
      events: z.array(InstrumentEventSchema()).min(1).describe('Dated steps, oldest first; at least one.'),
      amends: refs('instruments').default([]).describe('Instruments this one amends.'),
      supersedes: refs('instruments').default([]).describe('Instruments this one replaces.'),
      supersededBy: ref('instruments')
        .optional()
        .describe('The instrument that replaced this one (status superseded).'),
    })
    .strict()
    .refine((m) => (m.scope === 'national') === (m.jurisdiction !== undefined), {
      message: 'a national instrument names its jurisdiction; a g7 or international one names none',
      path: ['jurisdiction'],
    })
    .refine((m) => m.status !== 'superseded' || m.supersededBy !== undefined, {
      message: 'a superseded instrument names what replaced it in supersededBy',
      path: ['supersededBy'],
    })
    .refine((m) => m.language === 'en' || m.officialTitle !== undefined, {
      message: 'an instrument in another language gives its officialTitle',
      path: ['officialTitle'],
    })
    .describe(
      'A law, regulation, policy, guideline, list, body, report or statement: `content/instruments/<id>.yaml`. The one place an instrument is described: jurisdiction pages, `/timeline/`, `/tracker/` and comparison notes draw from it.',
    );
