import { z } from 'astro/zod';
import { entryFields, link, partialDate, ref, refs } from './common.ts';

/**
 * An at-risk research area: `content/areas/<id>.md`. Either one of the six kinds of area named by
 * the G7 paper ("category") or a technology area ("technology"). The MDX body explains why it is
 * sensitive, typical risk scenarios and what to do.
 */
export const AreaSchema = () =>
  z
    .object({
      ...entryFields,
      kind: z.enum(['category', 'technology']),
      /** Words a researcher might type to find this area (lower-case; the explorer matches on them). */
      keywords: z.array(z.string().min(2)).min(3),
      /** Academic disciplines where the area is usually found. */
      disciplines: z.array(z.string().min(2)).default([]),
      /** For a technology: the G7 categories (ids of category areas) it falls under. */
      categories: refs('areas').default([]),
      /** Questions a researcher should ask about their own work in this area. */
      questions: z.array(z.string().min(10)).min(2),
      /** Next steps, as links to checklists, case studies, modules or jurisdictions. */
      nextSteps: z.array(link).min(1),
      /** Scenario case studies that illustrate the area. */
      caseStudies: refs('case-studies').default([]),
    })
    .strict();

/**
 * A national or international list of sensitive or critical technologies:
 * `content/technology-lists/<id>.yaml`. Each item names the academy areas it corresponds to.
 */
export const TechnologyListSchema = () =>
  z
    .object({
      ...entryFields,
      /** Short name for table headers, e.g. "Canada STRA". */
      shortTitle: z.string().min(2).max(24),
      jurisdiction: ref('jurisdictions'),
      publisher: z.string().min(2),
      date: partialDate,
      order: z.number().int(),
      items: z
        .array(
          z
            .object({
              id: z.string().regex(/^[a-z0-9-]+$/),
              /** The item's name as the list gives it (translated to English where needed). */
              label: z.string().min(2),
              /** Academy technology areas this item corresponds to. */
              areas: refs('areas').min(1),
              /** True where the list itself marks the item as highest-risk or priority. */
              highestRisk: z.boolean().default(false),
              note: z.string().optional(),
              source: ref('sources'),
            })
            .strict(),
        )
        .min(1)
        .refine((items) => new Set(items.map((i) => i.id)).size === items.length, 'item ids must be unique'),
    })
    .strict();
