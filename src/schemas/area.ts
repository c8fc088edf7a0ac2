import { z } from 'astro/zod';
import { entryFields, link, partialDate, ref, refs } from './common.ts';

export const AreaSchema = () =>
  z
    .object({
      ...entryFields,
      kind: z.enum(['category', 'technology']),
      keywords: z
        .array(z.string().min(2))
        .min(3)
        .describe('Words a researcher might type to find this area (lower-case; the explorer matches on them).'),
      disciplines: z
        .array(z.string().min(2))
        .default([])
        .describe('Academic disciplines where the area is usually found.'),
      categories: refs('areas')
        .default([])
        .describe('For a technology: the G7 categories (ids of category areas) it falls under.'),
      questions: z
        .array(z.string().min(10))
        .min(2)
        .describe('Questions a researcher should ask about their own work in this area.'),
      nextSteps: z
        .array(link)
        .min(1)
        .describe('Next steps, as links to checklists, case studies, modules or jurisdictions.'),
      caseStudies: refs('case-studies').default([]).describe('Scenario case studies that illustrate the area.'),
    })
    .strict()
    .describe(
      'An at-risk research area: `content/areas/<id>.md`. Either one of the six kinds of area named by the G7 paper ("category") or a technology area ("technology"). The MDX body explains why it is sensitive, typical risk scenarios and what to do.',
    );

export const TechnologyListSchema = () =>
  z
    .object({
      ...entryFields,
      shortTitle: z.string().min(2).max(24).describe('Short name for table headers, e.g. "Canada STRA".'),
      jurisdiction: ref('jurisdictions'),
      publisher: z.string().min(2),
      date: partialDate,
      order: z.number().int(),
      items: z
        .array(
          z
            .object({
              id: z.string().regex(/^[a-z0-9-]+$/),
              label: z
                .string()
                .min(2)
                .describe("The item's name as the list gives it (translated to English where needed)."),
              areas: refs('areas').min(1).describe('Academy technology areas this item corresponds to.'),
              highestRisk: z
                .boolean()
                .default(false)
                .describe('True where the list itself marks the item as highest-risk or priority.'),
              note: z.string().optional(),
              source: ref('sources'),
            })
            .strict(),
        )
        .min(1)
        .refine((items) => new Set(items.map((i) => i.id)).size === items.length, 'item ids must be unique'),
    })
    .strict()
    .describe(
      'A national or international list of sensitive or critical technologies: `content/technology-lists/<id>.yaml`. Each item names the academy areas it corresponds to.',
    );
