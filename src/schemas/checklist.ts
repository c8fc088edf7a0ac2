import { z } from 'astro/zod';
import { entryFields, link, ref } from './common.ts';

/** An answer on the scale of an instrument, and the points it earns (0–1 of the item's weight). */
const ScaleOptionSchema = z
  .object({
    value: z.string().regex(/^[a-z0-9-]+$/),
    label: z.string().min(1),
    /** Share of the item's weight this answer earns; null means "not applicable" (left out of the score). */
    score: z.number().min(0).max(1).nullable(),
  })
  .strict();

export const ChecklistItemSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    question: z.string().min(8),
    guidance: z.string().min(10),
    weight: z.number().min(0.5).max(5).default(1),
    /** Answers (scale values) that raise a flag for this item, e.g. ["no"]. */
    flagOn: z.array(z.string()).default([]),
    /** How serious a raised flag is. */
    flagLevel: z.enum(['low', 'medium', 'high']).optional(),
    /** What to do when the answer is not the best one. */
    action: z.string().min(10),
    links: z.array(link).default([]),
    source: ref('sources'),
  })
  .strict();

export const ChecklistSectionSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    title: z.string().min(3),
    intro: z.string().optional(),
    items: z.array(ChecklistItemSchema).min(1),
  })
  .strict();

/** A result level: a band of the overall score with its meaning. */
const LevelSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    label: z.string().min(2),
    /** Lowest overall score (0–100) that reaches this level. */
    min: z.number().min(0).max(100),
    description: z.string().min(10),
  })
  .strict();

/**
 * A self-assessment instrument: `content/checklists/<id>.yaml`. Scoring lives in `src/lib/scoring.ts`.
 * `mode` says how the overall score reads: "maturity" (higher is better, levels 1–4) or "risk"
 * (higher is riskier, levels low → high).
 */
export const ChecklistSchema = () =>
  z
    .object({
      ...entryFields,
      order: z.number().int(),
      mode: z.enum(['maturity', 'risk', 'reflection']),
      /** The practices or national tools this instrument is modelled on. */
      modelledOn: z.array(z.object({ label: z.string().min(3), source: ref('sources') }).strict()).min(1),
      /** Who should use it and when. */
      audience: z.string().min(10),
      /** How to score it on paper (shown in the printable form). */
      scoringInstructions: z.string().min(20),
      scale: z.array(ScaleOptionSchema).min(2),
      sections: z.array(ChecklistSectionSchema).min(1),
      levels: z.array(LevelSchema).min(2),
    })
    .strict()
    .superRefine((c, ctx) => {
      const ids = c.sections.flatMap((s) => s.items.map((i) => i.id));
      const dup = ids.find((id, i) => ids.indexOf(id) !== i);
      if (dup) ctx.addIssue({ code: 'custom', path: ['sections'], message: `item id "${dup}" is used twice` });
      const values = new Set(c.scale.map((o) => o.value));
      c.sections.forEach((s, si) =>
        s.items.forEach((it, ii) =>
          it.flagOn.forEach((v) => {
            if (!values.has(v)) ctx.addIssue({ code: 'custom', path: ['sections', si, 'items', ii, 'flagOn'], message: `"${v}" is not a value of the scale` });
          }),
        ),
      );
      if (!c.levels.some((l) => l.min === 0)) ctx.addIssue({ code: 'custom', path: ['levels'], message: 'one level must start at 0' });
    });
