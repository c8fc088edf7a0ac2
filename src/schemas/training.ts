import { z } from 'astro/zod';
import { entryFields, link, partialDate, ref, refs, stakeholder } from './common.ts';

export const CoverageSchema = () =>
  z
    .object({
      topic: ref('training-topics').describe('The training topic taught.'),
      lessons: z
        .array(z.number().int().min(1))
        .min(1)
        .refine((a) => a.every((n, i) => i === 0 || n > a[i - 1]!), 'list lesson numbers in ascending order, each once')
        .describe('The lesson numbers that teach it (N of `## Lesson N: …`), ascending, each once.'),
      note: z
        .string()
        .min(5)
        .max(200)
        .optional()
        .describe('Optional: one short line on what the lessons cover of the topic, or what they leave out.'),
    })
    .strict()
    .describe(
      "One topic a module teaches, in the terms of a training topic (`content/training-topics/<id>.yaml`): which lessons teach it. Lessons are the module's `## Lesson N: …` headings, counted from 1. Declare a topic only where a lesson really teaches it (a passing mention is not coverage); a topic that no module declares is shown as a gap on `/training/coverage/`.",
    );

export const ModuleSchema = () =>
  z
    .object({
      ...entryFields,
      order: z.number().int().describe('Position in the module list.'),
      minutes: z
        .number()
        .int()
        .min(5)
        .max(60)
        .describe('Estimated minutes to complete, lessons and quiz together (15–25 for core modules).'),
      audience: z.array(stakeholder).min(1).describe('Who it is written for.'),
      objectives: z
        .array(z.string().min(10))
        .min(2)
        .describe('What a learner can do after the module: "Explain…", "Recognise…".'),
      keyPoints: z.array(z.string().min(10)).min(3).describe('The printable one-page summary: key points.'),
      related: z.array(link).default([]).describe('Pages of the knowledge base to read alongside.'),
      covers: z
        .array(CoverageSchema())
        .default([])
        .refine(
          (a) => new Set(a.map((c) => c.topic)).size === a.length,
          'lists the same topic twice: merge its lessons into one entry',
        )
        .describe(
          "The training topics (national training requirements' topics) this module's lessons teach; the coverage map `/training/coverage/` and the certificate read it. Each topic at most once.",
        ),
    })
    .strict()
    .describe(
      'A training module: `content/modules/<id>.mdx` (MDX: lessons embed knowledge checks). The body holds the lessons (one `##` heading per lesson) with embedded knowledge checks; the frontmatter holds what the module page, paths and the printable summary need. Its end-of-module quiz is `content/quizzes/<id>.yaml` (same id).',
    );

export const QUESTION_TYPES = ['single', 'multiple', 'true-false', 'scenario'] as const;

export const QuestionSchema = z
  .object({
    id: z
      .string()
      .regex(/^[a-z0-9-]+$/)
      .describe('Unique inside its quiz.'),
    type: z.enum(QUESTION_TYPES),
    scenario: z
      .string()
      .min(20)
      .optional()
      .describe('For scenario questions: the short situation the question is about.'),
    prompt: z.string().min(8),
    options: z
      .array(
        z
          .object({
            id: z.string().regex(/^[a-z0-9-]+$/),
            text: z.string().min(1),
            correct: z.boolean().default(false),
          })
          .strict(),
      )
      .min(2)
      .max(6),
    explanation: z.string().min(20).describe('Shown after answering, right or wrong: why the answer is what it is.'),
    link: link.describe('Where to read more.'),
  })
  .strict()
  .superRefine((q, ctx) => {
    const correct = q.options.filter((o) => o.correct).length;
    if (correct < 1)
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'at least one option must be correct' });
    if ((q.type === 'single' || q.type === 'true-false' || q.type === 'scenario') && correct !== 1)
      ctx.addIssue({
        code: 'custom',
        path: ['options'],
        message: `exactly one option must be correct for type "${q.type}"`,
      });
    if (q.type === 'true-false' && q.options.length !== 2)
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'a true-false question has exactly two options' });
    if (q.type === 'scenario' && !q.scenario)
      ctx.addIssue({ code: 'custom', path: ['scenario'], message: 'a scenario question describes its scenario' });
    if (new Set(q.options.map((o) => o.id)).size !== q.options.length)
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'option ids must be unique' });
  });

export const QuizSchema = () =>
  z
    .object({
      ...entryFields,
      module: ref('modules'),
      passMark: z.number().min(0.5).max(1).default(0.8).describe('Share of points needed to pass, 0–1.'),
      questions: z.array(QuestionSchema).min(5).describe('The end-of-module quiz.'),
      checks: z
        .array(QuestionSchema)
        .default([])
        .describe(
          'Knowledge checks embedded in the lessons with `<KnowledgeCheck id="…" />`; not part of the final score. Ids share one namespace with `questions`.',
        ),
    })
    .strict()
    .superRefine((quiz, ctx) => {
      const ids = [...quiz.questions, ...quiz.checks].map((q) => q.id);
      const dup = ids.find((id, i) => ids.indexOf(id) !== i);
      if (dup) ctx.addIssue({ code: 'custom', path: ['questions'], message: `question id "${dup}" is used twice` });
    })
    .describe('A quiz: `content/quizzes/<id>.yaml`, where id is the module id.');

export const PathSchema = () =>
  z
    .object({
      ...entryFields,
      order: z.number().int(),
      audience: z.string().min(10).describe('Who the path is for, in a sentence.'),
      modules: refs('modules').min(2),
    })
    .strict()
    .describe('A role path: `content/paths/<id>.yaml`: ordered modules for one role.');

export const REQUIREMENT_STATUSES = ['mandatory', 'recommended'] as const;

export const TrainingRequirementSchema = () =>
  z
    .object({
      name: z
        .string()
        .min(5)
        .max(200)
        .describe(
          'The official name of the requirement, with its instrument (e.g. "… (42 U.S.C. 19234)"); in English.',
        ),
      jurisdiction: ref('jurisdictions')
        .optional()
        .describe('The jurisdiction that set it; omitted for G7 and other international recommendations.'),
      scope: z
        .enum(['national', 'g7', 'international'])
        .default('national')
        .describe(
          'national (one jurisdiction, the EU included), g7 (the G7 together) or international (any other forum).',
        ),
      status: z
        .enum(REQUIREMENT_STATUSES)
        .describe(
          'mandatory: binds those it names (a law, regulation or funding condition); recommended: advice or a voluntary model.',
        ),
      audience: z.array(stakeholder).min(1).describe('Who must (or should) take the training, as stakeholder groups.'),
      who: z
        .string()
        .min(10)
        .max(300)
        .describe(
          'Who must (or should) take it, in one short line in the source\'s terms ("covered individuals named on …").',
        ),
      frequency: z
        .string()
        .min(5)
        .max(200)
        .optional()
        .describe('How often, only when the source gives it ("within the 12 months before each application").'),
      from: partialDate
        .optional()
        .describe('When it starts to apply, only when the source gives it: YYYY, YYYY-MM or YYYY-MM-DD.'),
      instrument: ref('instruments')
        .optional()
        .describe('The instrument entry (`/tracker/<id>/`), when the academy tracks it.'),
      sources: refs('sources')
        .min(1, 'cite the official source of the requirement')
        .describe(
          "The documents that set the requirement and name this topic, the official one first (at least one must be official: a government's, funder's, the EU's or the G7's own copy). Secondary pages may follow for details the official text was not checked for, such as a date or a frequency.",
        ),
      note: z
        .string()
        .min(5)
        .max(300)
        .optional()
        .describe('Optional: one line on scope, timing or how the requirement words the topic.'),
    })
    .strict()
    .refine((r) => (r.scope === 'national') === (r.jurisdiction !== undefined), {
      message: 'a national requirement names its jurisdiction; a g7 or international one names none',
      path: ['jurisdiction'],
    })
    .describe(
      'One requirement (or official recommendation) that names a training topic: who made it, whether it binds, who must or should take the training, how often, and the official source that names the topic. The same requirement appears under each topic it names.',
    );

export const TrainingTopicSchema = () =>
  z
    .object({
      ...entryFields,
      order: z.number().int().describe('Position on the coverage map.'),
      requirements: z
        .array(TrainingRequirementSchema())
        .min(1)
        .describe('The requirements and recommendations that name this topic; at least one.'),
      related: z
        .array(link)
        .default([])
        .describe('Pages of the knowledge base that explain the topic (glossary terms, jurisdictions).'),
    })
    .strict()
    .superRefine((t, ctx) => {
      const keys = t.requirements.map((r) => `${r.jurisdiction ?? r.scope}: ${r.name}`);
      const dup = keys.find((k, i) => keys.indexOf(k) !== i);
      if (dup)
        ctx.addIssue({ code: 'custom', path: ['requirements'], message: `requirement "${dup}" is listed twice` });
    })
    .describe(
      'A training topic: `content/training-topics/<id>.yaml`. One topic that a national training requirement, or an official recommendation on training, names (such as "foreign travel security"), with every requirement that names it. Modules declare which of their lessons teach it (`covers` in `content/modules/*.mdx`), so `/training/coverage/#<id>` can show topic → requirements → lessons, and a topic no module covers shows as a gap.',
    );
