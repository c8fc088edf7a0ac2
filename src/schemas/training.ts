import { z } from 'astro/zod';
import { entryFields, link, partialDate, ref, refs, stakeholder } from './common.ts';

/**
 * One topic a module teaches, in the terms of a training topic (`content/training-topics/<id>.yaml`):
 * which lessons teach it. Lessons are the module's `## Lesson N: …` headings, counted from 1.
 * Declare a topic only where a lesson really teaches it (a passing mention is not coverage); a topic
 * that no module declares is shown as a gap on `/training/coverage/`.
 */
export const CoverageSchema = () =>
  z
    .object({
      /** The training topic taught. */
      topic: ref('training-topics'),
      /** The lesson numbers that teach it (N of `## Lesson N: …`), ascending, each once. */
      lessons: z
        .array(z.number().int().min(1))
        .min(1)
        .refine(
          (a) => a.every((n, i) => i === 0 || n > a[i - 1]!),
          'list lesson numbers in ascending order, each once',
        ),
      /** Optional: one short line on what the lessons cover of the topic, or what they leave out. */
      note: z.string().min(5).max(200).optional(),
    })
    .strict();

/**
 * A training module: `content/modules/<id>.mdx` (MDX: lessons embed knowledge checks). The body holds the lessons (one `##` heading per
 * lesson) with embedded knowledge checks; the frontmatter holds what the module page, paths and the
 * printable summary need. Its end-of-module quiz is `content/quizzes/<id>.yaml` (same id).
 */
export const ModuleSchema = () =>
  z
    .object({
      ...entryFields,
      /** Position in the module list. */
      order: z.number().int(),
      /** Estimated minutes to complete, lessons and quiz together (15–25 for core modules). */
      minutes: z.number().int().min(5).max(60),
      /** Who it is written for. */
      audience: z.array(stakeholder).min(1),
      /** What a learner can do after the module: "Explain…", "Recognise…". */
      objectives: z.array(z.string().min(10)).min(2),
      /** The printable one-page summary: key points. */
      keyPoints: z.array(z.string().min(10)).min(3),
      /** Pages of the knowledge base to read alongside. */
      related: z.array(link).default([]),
      /**
       * The training topics (national training requirements' topics) this module's lessons teach;
       * the coverage map `/training/coverage/` and the certificate read it. Each topic at most once.
       */
      covers: z
        .array(CoverageSchema())
        .default([])
        .refine(
          (a) => new Set(a.map((c) => c.topic)).size === a.length,
          'lists the same topic twice: merge its lessons into one entry',
        ),
    })
    .strict();

export const QUESTION_TYPES = ['single', 'multiple', 'true-false', 'scenario'] as const;

export const QuestionSchema = z
  .object({
    /** Unique inside its quiz. */
    id: z.string().regex(/^[a-z0-9-]+$/),
    type: z.enum(QUESTION_TYPES),
    /** For scenario questions: the short situation the question is about. */
    scenario: z.string().min(20).optional(),
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
    /** Shown after answering, right or wrong: why the answer is what it is. */
    explanation: z.string().min(20),
    /** Where to read more. */
    link,
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

/** A quiz: `content/quizzes/<id>.yaml`, where id is the module id. */
export const QuizSchema = () =>
  z
    .object({
      ...entryFields,
      module: ref('modules'),
      /** Share of points needed to pass, 0–1. */
      passMark: z.number().min(0.5).max(1).default(0.8),
      /** The end-of-module quiz. */
      questions: z.array(QuestionSchema).min(5),
      /**
       * Knowledge checks embedded in the lessons with `<KnowledgeCheck id="…" />`; not part of the
       * final score. Ids share one namespace with `questions`.
       */
      checks: z.array(QuestionSchema).default([]),
    })
    .strict()
    .superRefine((quiz, ctx) => {
      const ids = [...quiz.questions, ...quiz.checks].map((q) => q.id);
      const dup = ids.find((id, i) => ids.indexOf(id) !== i);
      if (dup) ctx.addIssue({ code: 'custom', path: ['questions'], message: `question id "${dup}" is used twice` });
    });

/** A role path: `content/paths/<id>.yaml`: ordered modules for one role. */
export const PathSchema = () =>
  z
    .object({
      ...entryFields,
      order: z.number().int(),
      /** Who the path is for, in a sentence. */
      audience: z.string().min(10),
      modules: refs('modules').min(2),
    })
    .strict();

/** mandatory: binds those it names (a law, regulation or funding condition); recommended: advice or a voluntary model. */
export const REQUIREMENT_STATUSES = ['mandatory', 'recommended'] as const;

/**
 * One requirement (or official recommendation) that names a training topic: who made it, whether it
 * binds, who must or should take the training, how often, and the official source that names the
 * topic. The same requirement appears under each topic it names.
 */
export const TrainingRequirementSchema = () =>
  z
    .object({
      /** The official name of the requirement, with its instrument (e.g. "… (42 U.S.C. 19234)"); in English. */
      name: z.string().min(5).max(200),
      /** The jurisdiction that set it; omitted for G7 and other international recommendations. */
      jurisdiction: ref('jurisdictions').optional(),
      /** national (one jurisdiction, the EU included), g7 (the G7 together) or international (any other forum). */
      scope: z.enum(['national', 'g7', 'international']).default('national'),
      status: z.enum(REQUIREMENT_STATUSES),
      /** Who must (or should) take the training, as stakeholder groups. */
      audience: z.array(stakeholder).min(1),
      /** Who must (or should) take it, in one short line in the source's terms ("covered individuals named on …"). */
      who: z.string().min(10).max(300),
      /** How often, only when the source gives it ("within the 12 months before each application"). */
      frequency: z.string().min(5).max(200).optional(),
      /** When it starts to apply, only when the source gives it: YYYY, YYYY-MM or YYYY-MM-DD. */
      from: partialDate.optional(),
      /** The instrument entry (`/tracker/<id>/`), when the academy tracks it. */
      instrument: ref('instruments').optional(),
      /**
       * The documents that set the requirement and name this topic, the official one first (at least one
       * must be official: a government's, funder's, the EU's or the G7's own copy). Secondary pages may
       * follow for details the official text was not checked for, such as a date or a frequency.
       */
      sources: refs('sources').min(1, 'cite the official source of the requirement'),
      /** Optional: one line on scope, timing or how the requirement words the topic. */
      note: z.string().min(5).max(300).optional(),
    })
    .strict()
    .refine((r) => (r.scope === 'national') === (r.jurisdiction !== undefined), {
      message: 'a national requirement names its jurisdiction; a g7 or international one names none',
      path: ['jurisdiction'],
    });

/**
 * A training topic: `content/training-topics/<id>.yaml`. One topic that a national training
 * requirement, or an official recommendation on training, names (such as "foreign travel security"),
 * with every requirement that names it. Modules declare which of their lessons teach it (`covers` in
 * `content/modules/*.mdx`), so `/training/coverage/#<id>` can show topic → requirements → lessons,
 * and a topic no module covers shows as a gap.
 */
export const TrainingTopicSchema = () =>
  z
    .object({
      ...entryFields,
      /** Position on the coverage map. */
      order: z.number().int(),
      /** The requirements and recommendations that name this topic; at least one. */
      requirements: z.array(TrainingRequirementSchema()).min(1),
      /** Pages of the knowledge base that explain the topic (glossary terms, jurisdictions). */
      related: z.array(link).default([]),
    })
    .strict()
    .superRefine((t, ctx) => {
      const keys = t.requirements.map((r) => `${r.jurisdiction ?? r.scope}: ${r.name}`);
      const dup = keys.find((k, i) => keys.indexOf(k) !== i);
      if (dup)
        ctx.addIssue({ code: 'custom', path: ['requirements'], message: `requirement "${dup}" is listed twice` });
    });
