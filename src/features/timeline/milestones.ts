/**
 * The policy timeline's milestones, derived from the instruments (`content/instruments/`): one
 * milestone per dated event, so a fact is written once, in the instrument. Pure: the caller passes
 * the instruments and a function that words a milestone's title in the page's language.
 *
 * - id: the event's own `id` (the milestone ids published before instruments existed, kept so that
 *   `/timeline/#<id>` and `/data/timeline.json` stay stable), else `<instrument id>-<event type>`,
 *   with `-2`, `-3`… for a second or third event of the same type in one instrument;
 * - title: the instrument's title and what happened (worded by `titleOf`);
 * - summary: the event's note, else the instrument's summary;
 * - sources: the event's own source first, then the instrument's;
 * - kind: the instrument's kind in the timeline's older, smaller set (MILESTONE_KINDS): a
 *   `regulation` (binding secondary rules) is a `law` there, as binding rules were before.
 */
import type { EventType, Instrument, InstrumentData, InstrumentEvent } from '#src/features/tracker/tracker.ts';
import type { ChangeNote } from '#src/lib/history.ts';
import { z } from 'astro/zod';
import { EVENT_TYPES } from '#src/schemas/instrument.ts';
import { ChangeSchema } from '#src/schemas/common.ts';

/** The kinds of `/data/timeline.json` (its published value set). */
export const MILESTONE_KINDS = ['law', 'policy', 'guidance', 'body', 'list', 'report', 'statement'] as const;
export type MilestoneKind = (typeof MILESTONE_KINDS)[number];

/** An instrument's kind as a milestone kind: every instrument kind maps to one; `regulation` → `law`. */
export const KIND_TO_MILESTONE: Record<string, MilestoneKind> = {
  law: 'law',
  regulation: 'law',
  policy: 'policy',
  guidance: 'guidance',
  list: 'list',
  body: 'body',
  report: 'report',
  statement: 'statement',
};

export interface Milestone {
  id: string;
  title: string;
  summary: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  date: string;
  jurisdiction?: string | undefined;
  scope: 'national' | 'g7' | 'international';
  kind: MilestoneKind;
  sources: string[];
  lastReviewed: string;
  changes: ChangeNote[];
  /** The instrument the milestone is a step of. */
  instrument: string;
  /** What happened (the event's type). */
  type: EventType;
  /** The source gives the date as expected or approximate. */
  approximate: boolean;
}

/** One record of `/data/timeline.json` (milestoneRecord), for its published JSON Schema. */
export const MilestoneRecordSchema = () =>
  z
    .object({
      id: z
        .string()
        .describe('The milestone id: the id it had before milestones were derived, or <instrument>-<type>.'),
      url: z.string().describe('Its anchor on /timeline/.'),
      title: z.string().describe("The instrument's title and what happened."),
      summary: z.string().describe('One or two plain sentences.'),
      lastReviewed: z.string().describe("The instrument's last full review, YYYY-MM-DD."),
      sources: z.array(z.string()).describe('Ids of records of /data/sources.json.'),
      changes: z.array(ChangeSchema()).describe("The instrument's change notes."),
      date: z.string().describe('YYYY, YYYY-MM or YYYY-MM-DD, as the source gives it.'),
      jurisdiction: z
        .string()
        .optional()
        .describe('Id of a record of /data/jurisdictions.json; none for G7 and international steps.'),
      scope: z.enum(['national', 'g7', 'international']),
      kind: z
        .enum(MILESTONE_KINDS)
        .describe("The instrument's kind in the timeline's set (a regulation counts as a law)."),
      instrument: z.string().describe('Id of the record of /data/instruments.json this is a step of.'),
      type: z.enum(EVENT_TYPES).describe('What happened.'),
      approximate: z.boolean().describe('The source gives the date as expected or approximate.'),
    })
    .strict()
    .describe('A dated step of an instrument of the policy tracker.');

/** Words a milestone's title from its instrument's title and the event type. */
export type MilestoneTitle = (instrumentTitle: string, type: EventType) => string;

/** The milestone id of each event of an instrument, in event order. */
export function milestoneIds(instrumentId: string, events: readonly InstrumentEvent[]): string[] {
  const seen = new Map<string, number>();
  return events.map((e) => {
    if (e.id) return e.id;
    const n = (seen.get(e.type) ?? 0) + 1;
    seen.set(e.type, n);
    return n === 1 ? `${instrumentId}-${e.type}` : `${instrumentId}-${e.type}-${n}`;
  });
}

export function milestonesFromInstruments(
  instruments: readonly Instrument<InstrumentData>[],
  titleOf: MilestoneTitle,
): Milestone[] {
  return instruments.flatMap(({ id, data }) => {
    const ids = milestoneIds(id, data.events);
    return data.events.map(
      (event, i): Milestone => ({
        id: ids[i]!,
        title: titleOf(data.title, event.type),
        summary: event.note ?? data.summary,
        date: event.date,
        ...(data.jurisdiction ? { jurisdiction: data.jurisdiction } : {}),
        scope: data.scope,
        kind: KIND_TO_MILESTONE[data.kind] ?? 'policy',
        sources: [...new Set([...(event.source ? [event.source] : []), ...data.sources])],
        lastReviewed: data.lastReviewed,
        changes: [...(data.changes ?? [])],
        instrument: id,
        type: event.type,
        approximate: event.approximate ?? false,
      }),
    );
  });
}

/**
 * A milestone as published in `/data/timeline.json`: the fields and value sets of the records
 * published before milestones were derived (id, url, title, summary, lastReviewed, sources, changes,
 * date, jurisdiction when national, scope, kind), then the added fields instrument, type and approximate.
 */
export function milestoneRecord(m: Milestone, url: string): Record<string, unknown> {
  return {
    id: m.id,
    url,
    title: m.title,
    summary: m.summary,
    lastReviewed: m.lastReviewed,
    sources: m.sources,
    changes: m.changes,
    date: m.date,
    ...(m.jurisdiction ? { jurisdiction: m.jurisdiction } : {}),
    scope: m.scope,
    kind: m.kind,
    instrument: m.instrument,
    type: m.type,
    approximate: m.approximate,
  };
}
