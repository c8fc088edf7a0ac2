/** One record of `/data/training-coverage.json` (coverage.ts `coverageRecords`), for its published JSON Schema. */
import { z } from 'astro/zod';
import { REQUIREMENT_STATUSES } from '#src/schemas/training.ts';
import { STAKEHOLDERS } from '#src/schemas/common.ts';

const nullableText = (description: string) => z.string().nullable().describe(description);

export const CoverageRecordSchema = () =>
  z
    .object({
      id: z.string().describe('The topic id: a record of /data/training-topics.json.'),
      url: z.string().describe('Its section on /training/coverage/.'),
      title: z.string(),
      summary: z.string(),
      order: z.number().int().min(1).describe('Its place on the coverage map, from 1.'),
      gap: z.boolean().describe('True when no module of the academy teaches the topic.'),
      mandatory: z.boolean().describe('True when at least one requirement naming it is mandatory.'),
      requirements: z
        .array(
          z
            .object({
              name: z.string().describe('The official name of the requirement, with its instrument.'),
              jurisdiction: nullableText(
                'Id of a record of /data/jurisdictions.json; null for G7 and international ones.',
              ),
              scope: z.enum(['national', 'g7', 'international']),
              status: z.enum(REQUIREMENT_STATUSES),
              audience: z.array(z.enum(STAKEHOLDERS)).describe('Who must or should take the training.'),
              who: z.string().describe('Who must or should take it, in the source’s terms.'),
              frequency: nullableText('How often, when the source gives it.'),
              from: nullableText('When it starts to apply (YYYY, YYYY-MM or YYYY-MM-DD), when the source gives it.'),
              instrument: nullableText('Id of a record of /data/instruments.json, when the academy tracks it.'),
              note: nullableText('One line on scope, timing or wording.'),
              sources: z
                .array(
                  z
                    .object({
                      id: z.string().describe('Id of a record of /data/sources.json.'),
                      title: z.string(),
                      publisher: z.string(),
                      url: z.string(),
                      official: z.boolean(),
                    })
                    .strict(),
                )
                .describe('The documents it cites, official ones first.'),
            })
            .strict(),
        )
        .describe('The requirements and official recommendations that name the topic.'),
      modules: z
        .array(
          z
            .object({
              id: z.string().describe('Id of a record of /data/modules.json.'),
              url: z.string(),
              title: z.string(),
              note: nullableText('What the lessons cover of the topic, or leave out.'),
              lessons: z
                .array(
                  z
                    .object({
                      number: z.number().int().min(1),
                      title: z.string(),
                      url: z.string().describe('The lesson’s heading on the module page.'),
                    })
                    .strict(),
                )
                .describe('The lessons that teach the topic.'),
            })
            .strict(),
        )
        .describe('The modules that teach the topic, in module order; empty for a gap.'),
    })
    .strict()
    .describe('A training topic that national training requirements name, and where the academy teaches it.');
