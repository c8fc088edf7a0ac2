/**
 * The G7 framework: guide pages, the four best practices, the four stakeholders, the seven values
 * of research integrity (Annex A), the eight principles of research security (Annex B), and the
 * crosswalk to other frameworks.
 */
import { z } from 'astro/zod';
import { entryFields, ref, refs, stakeholder, STAKEHOLDERS } from './common.ts';

/** A free-standing explanatory page (`content/guides/<id>.md`), e.g. "framework", "risk", "about". */
export const GuideSchema = () =>
  z
    .object({
      ...entryFields,
      /** The page's address, e.g. "/framework/risk/". Each guide is routed by its own page file. */
      path: z.string().regex(/^\/([a-z0-9-]+\/)*$/),
    })
    .strict();

/** What one stakeholder does under one best practice. */
const RoleSchema = z
  .object({
    /** Plain-text paragraphs on the stakeholder's role under this practice. */
    summary: z.array(z.string().min(20)).min(1),
    /** Concrete actions, each an imperative sentence ("Name a senior lead for research security."). */
    actions: z.array(z.string().min(10)).min(3),
  })
  .strict();

/** One of the four G7 best practices: `content/practices/<id>.md`. */
export const PracticeSchema = () =>
  z
    .object({
      ...entryFields,
      /** 1–4, the order used across the site. */
      number: z.number().int().min(1).max(4),
      /** A short label for tables and navigation. */
      shortTitle: z.string().min(3).max(40),
      /** The section for each stakeholder. All four are required. */
      roles: z.object(
        Object.fromEntries(STAKEHOLDERS.map((s) => [s, RoleSchema])) as Record<
          (typeof STAKEHOLDERS)[number],
          typeof RoleSchema
        >,
      ),
      /** The paper's "Policy in action" examples for this practice, as case-study ids. */
      policyInAction: refs('case-studies').default([]),
    })
    .strict();

/** One of the four stakeholder groups: `content/stakeholders/<id>.md` (id is the stakeholder key). */
export const StakeholderSchema = () =>
  z
    .object({
      ...entryFields,
      key: stakeholder,
      order: z.number().int(),
    })
    .strict();

/** A tension between a value or principle and another consideration, and how to balance it. */
const TensionSchema = z.object({ with: z.string().min(3), balance: z.string().min(20) }).strict();

/** Shared shape of values (Annex A) and principles (Annex B). */
const valueOrPrinciple = {
  ...entryFields,
  order: z.number().int(),
  /** What the value or principle asks for in day-to-day practice: short statements. */
  inPractice: z.array(z.string().min(10)).min(2),
  tensions: z.array(TensionSchema).min(1),
  /** Best practices (ids) that put it to work. */
  practices: refs('practices').min(1),
};

export const ValueSchema = () => z.object({ ...valueOrPrinciple, principles: refs('principles').default([]) }).strict();
export const PrincipleSchema = () => z.object({ ...valueOrPrinciple, values: refs('values').default([]) }).strict();

/**
 * Another framework that the crosswalk maps to (`content/crosswalk-frameworks/<id>.yaml`), with its
 * items (principles, recommendations, themes, elements), each with a short code and a source.
 */
export const CrosswalkFrameworkSchema = () =>
  z
    .object({
      ...entryFields,
      order: z.number().int(),
      items: z
        .array(
          z
            .object({
              /** Unique inside the framework, e.g. "p1", "r14", "cyber". */
              id: z.string().regex(/^[a-z0-9-]+$/),
              /** Short code shown in cells, e.g. "P1", "R14". */
              code: z.string().min(1).max(12),
              label: z.string().min(3),
              source: ref('sources'),
            })
            .strict(),
        )
        .min(1)
        .refine((items) => new Set(items.map((i) => i.id)).size === items.length, 'item ids must be unique'),
    })
    .strict();

/**
 * One row of the crosswalk (`content/crosswalk/<id>.yaml`): a G7 practice or principle and, for each
 * other framework, the items that correspond to it. Item ids are checked against the framework.
 */
export const CrosswalkRowSchema = () =>
  z
    .object({
      ...entryFields,
      order: z.number().int(),
      /** The G7 side of the row. Exactly one of the two. */
      practice: ref('practices').optional(),
      principle: ref('principles').optional(),
      /** framework id → matching items and a one-line note on the fit. */
      cells: z.record(
        ref('crosswalk-frameworks'),
        z.object({ items: z.array(z.string()).default([]), note: z.string().min(5), source: ref('sources') }).strict(),
      ),
    })
    .strict()
    .refine((r) => (r.practice ? 1 : 0) + (r.principle ? 1 : 0) === 1, {
      message: 'name exactly one of practice or principle',
      path: ['practice'],
    });

/** Language codes of glossary translations. */
export const GLOSSARY_LANGUAGES = ['fr', 'de', 'it', 'ja', 'nl'] as const;

/** A glossary term: `content/glossary/<id>.yaml`. */
export const GlossaryTermSchema = () =>
  z
    .object({
      ...entryFields,
      /** The full definition in plain text (the `summary` is its one-line form). */
      definition: z.string().min(40),
      /** Other spellings or forms that should link to this term in pages (case-insensitive). */
      aliases: z.array(z.string().min(2)).default([]),
      /** Equivalent terms used in the field, keyed by ISO 639-1 code; only where one is in use. */
      translations: z.partialRecord(z.enum(GLOSSARY_LANGUAGES), z.string().min(2)).default({}),
      /**
       * For each language in `translations`, the source (an official or terminological document in
       * that language) where the equivalent was found. Every translation must have one.
       */
      translationSources: z.partialRecord(z.enum(GLOSSARY_LANGUAGES), ref('sources')).default({}),
      /** Site pages to read next. */
      related: z.array(z.object({ href: z.string().regex(/^\//), label: z.string() }).strict()).default([]),
      /** Set false to stop pages linking this term automatically (e.g. very common words). */
      autolink: z.boolean().default(true),
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
    });

export { ref };
