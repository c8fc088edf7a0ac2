import { z } from 'astro/zod';
import { entryFields, link, ref, refs, stakeholder } from './common.ts';

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
