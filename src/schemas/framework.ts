/**
 * The G7 framework: guide pages, the four best practices, the four stakeholders, the seven values
 * of research integrity (Annex A), the eight principles of research security (Annex B), and the
 * crosswalk to other frameworks.
 */
import { z } from 'astro/zod';
import { entryFields, ref, refs, stakeholder, STAKEHOLDERS } from './common.ts';

export const GuideSchema = () =>
  z
    .object({
      ...entryFields,
      path: z
        .string()
        .regex(/^\/([a-z0-9-]+\/)*$/)
        .describe('The page\'s address, e.g. "/framework/risk/". Each guide is routed by its own page file.'),
    })
    .strict()
    .describe('A free-standing explanatory page (`content/guides/<id>.md`), e.g. "framework", "risk", "about".');

const RoleSchema = z
  .object({
    summary: z
      .array(z.string().min(20))
      .min(1)
      .describe("Plain-text paragraphs on the stakeholder's role under this practice."),
    actions: z
      .array(z.string().min(10))
      .min(3)
      .describe('Concrete actions, each an imperative sentence ("Name a senior lead for research security.").'),
  })
  .strict()
  .describe('What one stakeholder does under one best practice.');

export const PracticeSchema = () =>
  z
    .object({
      ...entryFields,
      number: z.number().int().min(1).max(4).describe('1–4, the order used across the site.'),
      shortTitle: z.string().min(3).max(40).describe('A short label for tables and navigation.'),
      roles: z
        .object(
          Object.fromEntries(STAKEHOLDERS.map((s) => [s, RoleSchema])) as Record<
            (typeof STAKEHOLDERS)[number],
            typeof RoleSchema
          >,
        )
        .describe('The section for each stakeholder. All four are required.'),
      policyInAction: refs('case-studies')
        .default([])
        .describe('The paper\'s "Policy in action" examples for this practice, as case-study ids.'),
    })
    .strict()
    .describe('One of the four G7 best practices: `content/practices/<id>.md`.');

export const StakeholderSchema = () =>
  z
    .object({
      ...entryFields,
      key: stakeholder,
      order: z.number().int(),
    })
    .strict()
    .describe('One of the four stakeholder groups: `content/stakeholders/<id>.md` (id is the stakeholder key).');

const TensionSchema = z
  .object({ with: z.string().min(3), balance: z.string().min(20) })
  .strict()
  .describe('A tension between a value or principle and another consideration, and how to balance it.');

/** Shared shape of values (Annex A) and principles (Annex B). */
const valueOrPrinciple = {
  ...entryFields,
  order: z.number().int(),
  inPractice: z
    .array(z.string().min(10))
    .min(2)
    .describe('What the value or principle asks for in day-to-day practice: short statements.'),
  tensions: z.array(TensionSchema).min(1),
  practices: refs('practices').min(1).describe('Best practices (ids) that put it to work.'),
};

export const ValueSchema = () => z.object({ ...valueOrPrinciple, principles: refs('principles').default([]) }).strict();
export const PrincipleSchema = () => z.object({ ...valueOrPrinciple, values: refs('values').default([]) }).strict();

export const CrosswalkFrameworkSchema = () =>
  z
    .object({
      ...entryFields,
      order: z.number().int(),
      items: z
        .array(
          z
            .object({
              id: z
                .string()
                .regex(/^[a-z0-9-]+$/)
                .describe('Unique inside the framework, e.g. "p1", "r14", "cyber".'),
              code: z.string().min(1).max(12).describe('Short code shown in cells, e.g. "P1", "R14".'),
              label: z.string().min(3),
              source: ref('sources'),
            })
            .strict(),
        )
        .min(1)
        .refine((items) => new Set(items.map((i) => i.id)).size === items.length, 'item ids must be unique'),
    })
    .strict()
    .describe(
      'Another framework that the crosswalk maps to (`content/crosswalk-frameworks/<id>.yaml`), with its items (principles, recommendations, themes, elements), each with a short code and a source.',
    );

export const CrosswalkRowSchema = () =>
  z
    .object({
      ...entryFields,
      order: z.number().int(),
      practice: ref('practices').optional().describe('The G7 side of the row. Exactly one of the two.'),
      principle: ref('principles').optional(),
      cells: z
        .record(
          ref('crosswalk-frameworks'),
          z
            .object({ items: z.array(z.string()).default([]), note: z.string().min(5), source: ref('sources') })
            .strict(),
        )
        .describe('framework id → matching items and a one-line note on the fit.'),
    })
    .strict()
    .refine((r) => (r.practice ? 1 : 0) + (r.principle ? 1 : 0) === 1, {
      message: 'name exactly one of practice or principle',
      path: ['practice'],
    })
    .describe(
      'One row of the crosswalk (`content/crosswalk/<id>.yaml`): a G7 practice or principle and, for each other framework, the items that correspond to it. Item ids are checked against the framework.',
    );

/** Language codes of glossary translations. */
export const GLOSSARY_LANGUAGES = ['fr', 'de', 'it', 'ja', 'nl'] as const;

export const GlossaryTermSchema = () =>
  z
    .object({
      ...entryFields,
      definition: z
        .string()
        .min(40)
        .describe('The full definition in plain text (the `summary` is its one-line form).'),
      aliases: z
        .array(z.string().min(2))
        .default([])
        .describe('Other spellings or forms that should link to this term in pages (case-insensitive).'),
      translations: z
        .partialRecord(z.enum(GLOSSARY_LANGUAGES), z.string().min(2))
        .default({})
        .describe('Equivalent terms used in the field, keyed by ISO 639-1 code; only where one is in use.'),
      translationSources: z
        .partialRecord(z.enum(GLOSSARY_LANGUAGES), ref('sources'))
        .default({})
        .describe(
          'For each language in `translations`, the source (an official or terminological document in that language) where the equivalent was found. Every translation must have one.',
        ),
      related: z
        .array(z.object({ href: z.string().regex(/^\//), label: z.string() }).strict())
        .default([])
        .describe('Site pages to read next.'),
      autolink: z
        .boolean()
        .default(true)
        .describe('Set false to stop pages linking this term automatically (e.g. very common words).'),
    })
    .strict()
    .superRefine((term, ctx) => {
      for (const lang of GLOSSARY_LANGUAGES) {
        if (term.translations[lang] && !term.translationSources[lang]) {
          ctx.addIssue({
            code: 'custom',
            path: ['translationSources', lang],
            message: `the "${lang}" equivalent has no source: add translationSources.${lang}`,
          });
        }
        if (term.translationSources[lang] && !term.translations[lang]) {
          ctx.addIssue({
            code: 'custom',
            path: ['translations', lang],
            message: `translationSources.${lang} is given but there is no "${lang}" equivalent`,
          });
        }
      }
    })
    .describe('A glossary term: `content/glossary/<id>.yaml`.');

export { ref };
