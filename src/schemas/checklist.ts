import { z } from 'astro/zod';
import { entryFields, link, ref } from './common.ts';

/** Severity of a red flag, from the least to the most serious. */
export const FLAG_LEVELS = ['low', 'medium', 'high'] as const;
const flagLevel = z.enum(FLAG_LEVELS);

const localId = z.string().regex(/^[a-z0-9-]+$/, 'must be lower-case letters, digits and hyphens');

const ScaleOptionSchema = z
  .object({
    value: localId,
    label: z.string().min(1),
    score: z
      .number()
      .min(0)
      .max(1)
      .nullable()
      .describe(
        'Share of the item\'s weight this answer earns: 1 is the best (safest, most mature) answer, 0 the worst. Null means "not applicable": the item is left out of the score entirely.',
      ),
  })
  .strict()
  .describe("An answer on the scale of an instrument, and the points it earns (0–1 of the item's weight).");

const scaleList = z
  .array(ScaleOptionSchema)
  .min(2)
  .refine((s) => new Set(s.map((o) => o.value)).size === s.length, 'the same value is used twice')
  .describe('A list of answers with distinct values.');

export const ChecklistItemSchema = z
  .object({
    id: localId.describe(
      'Unique within the instrument; saved answers are keyed by it, so never rename a published one.',
    ),
    question: z.string().min(8),
    guidance: z.string().min(10).describe('What a good answer looks like (1–3 sentences).'),
    weight: z
      .number()
      .min(0.5)
      .max(5)
      .default(1)
      .describe('How much the item counts (0.5–5); on paper, the points of an answer are its share × weight.'),
    scale: localId
      .optional()
      .describe(
        'Name of an entry of the instrument\'s `scales` to use instead of the default `scale`, for questions where "yes" is the risky answer (e.g. "Does the partner …?").',
      ),
    flagOn: z
      .array(z.string())
      .default([])
      .describe('Answers (scale values) that raise a flag for this item, e.g. ["no"].'),
    flagLevel: flagLevel.optional().describe('How serious a raised flag is. Required when `flagOn` lists answers.'),
    actions: z
      .record(localId, z.string().min(10).max(400))
      .default({})
      .describe(
        'What to do, by answer: scale value → action (10–400 characters), shown in the report and the exports for that answer. Required for every answer that earns less than the item\'s best score (e.g. "not-in-place", "developing" and "in-place"; "partly" and "no"; "yes" and "unsure" on a scale where "yes" is risky) and for every answer in `flagOn`. The best answer may have one (e.g. how to keep a safeguard working); "not applicable" (score null) may not, unless it raises a flag. Keys must be values of the item\'s scale. Each text must read alone: one or two imperative sentences that fit that answer (not in place → establish it; partly or being developed → complete it; in place → test and review it; not sure → find out).',
      ),
    links: z.array(link).default([]).describe('Site pages (or official pages) that help with the action.'),
    source: ref('sources'),
  })
  .strict();

export const ChecklistSectionSchema = z
  .object({
    id: localId,
    title: z.string().min(3),
    intro: z.string().optional(),
    items: z.array(ChecklistItemSchema).min(1),
  })
  .strict();

const LevelSchema = z
  .object({
    id: localId,
    label: z.string().min(2),
    min: z
      .number()
      .min(0)
      .max(100)
      .describe('Lowest overall score (0–100, whole numbers compared after rounding) that reaches this level.'),
    description: z.string().min(10),
    onFlag: flagLevel
      .optional()
      .describe(
        'A raised flag of this severity (or a more serious one) moves the result to this level when the score alone gives a less serious one: at least this level in "risk" mode, at most this level in "maturity" and "reflection" modes. In risk mode the top level must take `onFlag: high`.',
      ),
  })
  .strict()
  .describe('A result level: a band of the overall score with its meaning.');

const RuleConditionSchema = z
  .object({ item: localId, answers: z.array(z.string()).min(1) })
  .strict()
  .describe("One condition of an escalation rule: the item's answer is one of `answers`.");

const RuleSchema = z
  .object({
    id: localId,
    description: z.string().min(10).describe('Plain-language statement of the rule, shown in results and on paper.'),
    all: z.array(RuleConditionSchema).default([]),
    any: z.array(RuleConditionSchema).default([]),
    level: localId,
  })
  .strict()
  .refine((r) => r.all.length + r.any.length > 0, 'a rule needs at least one condition')
  .describe(
    'An escalation rule for combinations that single flags cannot express (e.g. "a partner that supports a foreign military AND sensitive research → high"). It fires when every `all` condition holds and, if `any` is given, at least one `any` condition holds. It then moves the result to `level` in the same direction as `onFlag`.',
  );

export const ChecklistSchema = () =>
  z
    .object({
      ...entryFields,
      order: z.number().int(),
      mode: z.enum(['maturity', 'risk', 'reflection']),
      modelledOn: z
        .array(z.object({ label: z.string().min(3), source: ref('sources') }).strict())
        .min(1)
        .describe('The practices or national tools this instrument is modelled on (it is never an official form).'),
      audience: z.string().min(10).describe('Who should use it and when.'),
      scoringInstructions: z.string().min(20).describe('How to score it on paper (shown in the printable form).'),
      scale: scaleList.describe('The default answer scale.'),
      scales: z
        .record(localId, scaleList)
        .default({})
        .describe('Further named scales that items can pick with `scale: <name>`.'),
      sections: z.array(ChecklistSectionSchema).min(1),
      levels: z.array(LevelSchema).min(2).describe('Result bands; listed from the lowest `min` to the highest.'),
      rules: z.array(RuleSchema).default([]).describe('Escalation rules for combinations of answers.'),
    })
    .strict()
    .superRefine((c, ctx) => {
      const items = c.sections.flatMap((s) => s.items);
      const ids = items.map((i) => i.id);
      const dup = ids.find((id, i) => ids.indexOf(id) !== i);
      if (dup) ctx.addIssue({ code: 'custom', path: ['sections'], message: `item id "${dup}" is used twice` });
      const scaleOf = (name: string | undefined) => (name === undefined ? c.scale : c.scales[name]);
      const scaleValues = (name: string | undefined) => scaleOf(name)?.map((o) => o.value);
      for (const [si, s] of c.sections.entries()) {
        for (const [ii, it] of s.items.entries()) {
          const path = ['sections', si, 'items', ii];
          const values = scaleValues(it.scale);
          if (!values) {
            ctx.addIssue({ code: 'custom', path: [...path, 'scale'], message: `no scale "${it.scale}" in scales` });
            continue;
          }
          it.flagOn.forEach((v) => {
            if (!values.includes(v))
              ctx.addIssue({
                code: 'custom',
                path: [...path, 'flagOn'],
                message: `"${v}" is not a value of the item's scale`,
              });
          });
          if (it.flagOn.length > 0 && !it.flagLevel)
            ctx.addIssue({
              code: 'custom',
              path: [...path, 'flagLevel'],
              message: 'an item with flagOn needs a flagLevel',
            });
          if (it.flagOn.length === 0 && it.flagLevel)
            ctx.addIssue({
              code: 'custom',
              path: [...path, 'flagOn'],
              message: 'flagLevel is set but flagOn lists no answer',
            });
          // Actions by answer: one for every answer that gets an action in the report (below the best
          // score, or raising a flag), none for an answer that is not on the scale or is "not applicable".
          const options = scaleOf(it.scale) ?? [];
          const best = Math.max(...options.flatMap((o) => (o.score === null ? [] : [o.score])));
          const needed = options
            .filter((o) => (o.score !== null && o.score < best) || it.flagOn.includes(o.value))
            .map((o) => o.value);
          needed.forEach((v) => {
            if (it.actions[v] === undefined)
              ctx.addIssue({
                code: 'custom',
                path: [...path, 'actions'],
                message: `item "${it.id}" has no action for the answer "${v}"`,
              });
          });
          Object.keys(it.actions).forEach((v) => {
            const option = options.find((o) => o.value === v);
            if (!option)
              ctx.addIssue({
                code: 'custom',
                path: [...path, 'actions', v],
                message: `item "${it.id}" has an action for "${v}", which is not a value of its scale`,
              });
            else if (option.score === null && !needed.includes(v)) {
              ctx.addIssue({
                code: 'custom',
                path: [...path, 'actions', v],
                message: `item "${it.id}" has an action for "${v}", an answer that is left out of the score and raises no flag`,
              });
            }
          });
        }
      }
      if (!c.levels.some((l) => l.min === 0))
        ctx.addIssue({ code: 'custom', path: ['levels'], message: 'one level must start at 0' });
      c.levels.forEach((l, i) => {
        const prev = c.levels[i - 1];
        if (prev && prev.min >= l.min)
          ctx.addIssue({
            code: 'custom',
            path: ['levels', i, 'min'],
            message: 'levels must be listed by increasing min',
          });
      });
      const levelIds = c.levels.map((l) => l.id);
      if (new Set(levelIds).size !== levelIds.length)
        ctx.addIssue({ code: 'custom', path: ['levels'], message: 'a level id is used twice' });
      const onFlags = c.levels.flatMap((l) => (l.onFlag ? [l.onFlag] : []));
      if (new Set(onFlags).size !== onFlags.length)
        ctx.addIssue({ code: 'custom', path: ['levels'], message: 'two levels take the same onFlag' });
      if (c.mode === 'risk' && c.levels.at(-1)?.onFlag !== 'high') {
        ctx.addIssue({
          code: 'custom',
          path: ['levels'],
          message: 'in risk mode the top level must take onFlag: high (a high flag forces the highest risk level)',
        });
      }
      c.rules.forEach((r, ri) => {
        if (!levelIds.includes(r.level))
          ctx.addIssue({ code: 'custom', path: ['rules', ri, 'level'], message: `no level "${r.level}"` });
        [...r.all, ...r.any].forEach((cond) => {
          const item = items.find((i) => i.id === cond.item);
          if (!item) {
            ctx.addIssue({ code: 'custom', path: ['rules', ri], message: `no item "${cond.item}"` });
            return;
          }
          const values = scaleValues(item.scale) ?? [];
          cond.answers.forEach((a) => {
            if (!values.includes(a))
              ctx.addIssue({
                code: 'custom',
                path: ['rules', ri],
                message: `"${a}" is not a value of item "${cond.item}"'s scale`,
              });
          });
        });
      });
    })
    .describe(
      'A self-assessment instrument: `content/checklists/<id>.yaml`. Scoring lives in `src/features/checklists/scores.ts`, which documents every rule. `mode` says how the overall score reads: "maturity" (higher is better, levels 1–4), "risk" (the score is 100 minus the safeguard score, so higher is riskier, levels low → high) or "reflection" (read like maturity, ending in advice rather than a grade).',
    );

/** A checklist entry as the site reads it (defaults applied). */
export type Checklist = z.output<ReturnType<typeof ChecklistSchema>>;
export type ChecklistSection = Checklist['sections'][number];
export type ChecklistItem = ChecklistSection['items'][number];
export type ChecklistLevel = Checklist['levels'][number];
export type ChecklistRule = Checklist['rules'][number];
export type ScaleOption = Checklist['scale'][number];
export type FlagLevel = (typeof FLAG_LEVELS)[number];
