import { z } from 'astro/zod';
import { entryFields, refs, riskVector, stakeholder } from './common.ts';

export const ChoiceSchema = z
  .object({
    text: z.string().min(5),
    consequence: z.string().min(10).describe('What happens next if the reader makes this choice.'),
    feedback: z.string().min(10).describe('Why the choice is good, weak or risky, in plain words.'),
    rating: z
      .enum(['recommended', 'acceptable', 'risky'])
      .describe('How the choice holds up; shown as words, never by colour alone.'),
  })
  .strict()
  .describe('One choice at a decision point, with what follows from it.');

export const DecisionPointSchema = z
  .object({
    prompt: z.string().min(10),
    choices: z.array(ChoiceSchema).min(2).max(4),
  })
  .strict();

/** Topic tags of the scenario library. */
export const CASE_TOPICS = [
  'conflicts-of-commitment',
  'talent-programmes',
  'partner-due-diligence',
  'funding-with-strings',
  'insider-risk',
  'cyber-incident',
  'travel-and-conferences',
  'visiting-researchers',
  'export-control',
  'sensitive-data',
  'intellectual-property',
  'dual-use-publication',
  'reputational-and-ethical-risk',
  'proportionality-and-non-discrimination',
  'incident-response',
  'research-integrity',
  'open-science',
  'policy-design',
] as const;
/** A topic a case study covers (its `topics`). */
export type CaseTopic = (typeof CASE_TOPICS)[number];

export const CaseStudySchema = () =>
  z
    .object({
      ...entryFields,
      kind: z.enum(['scenario', 'policy']),
      riskVectors: z.array(riskVector).default([]),
      stakeholders: z.array(stakeholder).min(1),
      jurisdictions: refs('jurisdictions').default([]),
      areas: refs('areas').default([]),
      practices: refs('practices').min(1),
      topics: z.array(z.enum(CASE_TOPICS)).default([]),
      redFlags: z.array(z.string().min(5)).default([]).describe('Scenario: warning signs a reader should notice.'),
      decisionPoints: z
        .array(DecisionPointSchema)
        .max(4)
        .default([])
        .describe('Scenario: 2–4 "what would you do?" steps.'),
      mitigations: z
        .array(z.string().min(5))
        .default([])
        .describe('Scenario: measures that reduce the risk. Policy: what others can learn.'),
      discussion: z.array(z.string().min(10)).default([]).describe('Questions for group discussion.'),
      facilitator: z
        .object({
          minutes: z.number().int().min(10).max(180),
          groupSize: z.string().min(3),
          steps: z.array(z.object({ minutes: z.number().int().min(1), activity: z.string().min(10) }).strict()).min(3),
        })
        .strict()
        .optional()
        .describe('Facilitator guide for group sessions: total minutes and timed steps.'),
    })
    .strict()
    .superRefine((c, ctx) => {
      if (c.kind === 'scenario') {
        if (c.decisionPoints.length < 2)
          ctx.addIssue({ code: 'custom', path: ['decisionPoints'], message: 'a scenario needs 2–4 decision points' });
        if (c.redFlags.length < 2)
          ctx.addIssue({ code: 'custom', path: ['redFlags'], message: 'a scenario lists at least 2 red flags' });
        if (c.riskVectors.length < 1)
          ctx.addIssue({ code: 'custom', path: ['riskVectors'], message: 'a scenario names at least one risk vector' });
        if (!c.facilitator)
          ctx.addIssue({ code: 'custom', path: ['facilitator'], message: 'a scenario has a facilitator guide' });
      }
    })
    .describe(
      'A case study: `content/case-studies/<id>.md`. A "scenario" is a composite, anonymised situation with decision points; a "policy" case describes a real national practice (the G7 Annex C examples). The MDX body holds the situation (scenario) or the context and how it works (policy).',
    );
