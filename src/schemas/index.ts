/**
 * The registry of content collections: one folder of `content/` per collection, one schema per
 * concept. `src/content.config.ts` and `scripts/qa/validate-content.ts` both read it, so the build and
 * the validator can never disagree.
 */
import type { z } from 'astro/zod';
import { AreaSchema, TechnologyListSchema } from './area.ts';
import { CaseStudySchema } from './case-study.ts';
import { ChecklistSchema } from './checklist.ts';
import {
  CrosswalkFrameworkSchema,
  CrosswalkRowSchema,
  GlossaryTermSchema,
  GuideSchema,
  PracticeSchema,
  PrincipleSchema,
  StakeholderSchema,
  ValueSchema,
} from './framework.ts';
import { InstrumentSchema } from './instrument.ts';
import { DimensionSchema, JurisdictionSchema } from './jurisdiction.ts';
import { SourceSchema } from './source.ts';
import { ModuleSchema, PathSchema, QuizSchema, TrainingTopicSchema } from './training.ts';

export interface CollectionSpec<S extends z.ZodType = z.ZodType> {
  /** The Zod schema of one entry. */
  schema: () => S;
  /** File types the collection holds: MDX pages (with a body) or YAML data. */
  format: 'mdx' | 'yaml';
  /** Published as `/data/<name>.json`. */
  public: boolean;
  /**
   * How many months after `lastReviewed` an entry is due for its next full review: pages show "Next
   * review due", and `npm run review` lists entries past it. The interval follows how fast the facts
   * behind the collection move (see REVIEW below).
   */
  reviewMonths: number;
  /**
   * The day the collection went live on the site (`YYYY-MM-DD`): an entry without its own `published`
   * date first appeared then.
   */
  published: string;
}

/** The day the academy was first published. */
export const LAUNCHED = '2026-11-21';

/**
 * Review intervals, in months, by how fast the facts move.
 * - 3: the tracker's instruments. Statuses and dates change with each consultation, adoption or
 *   commencement, and a stale "in force" or "applies from" misleads a research office at once.
 * - 6: what summarises national policy (jurisdictions and their comparison cells, the national
 *   technology lists) and the sources' addresses, which break or move. These follow the
 *   instruments but are read as a whole, so a half-yearly check keeps them in step.
 * - 12: teaching and reference content built on the G7 paper and settled practice (framework,
 *   areas, case studies, training, checklists, glossary, definitions). It changes when the framework
 *   or the advice changes, which is rare; a yearly full check is proportionate.
 */
const REVIEW = { fast: 3, policy: 6, settled: 12 } as const;

export const COLLECTIONS = {
  sources: { schema: SourceSchema, format: 'yaml', public: true, reviewMonths: REVIEW.policy, published: LAUNCHED },
  jurisdictions: {
    schema: JurisdictionSchema,
    format: 'mdx',
    public: true,
    reviewMonths: REVIEW.policy,
    published: LAUNCHED,
  },
  dimensions: {
    schema: DimensionSchema,
    format: 'yaml',
    public: true,
    reviewMonths: REVIEW.settled,
    published: LAUNCHED,
  },
  instruments: {
    schema: InstrumentSchema,
    format: 'yaml',
    public: true,
    reviewMonths: REVIEW.fast,
    published: '2026-12-02',
  },
  guides: { schema: GuideSchema, format: 'mdx', public: false, reviewMonths: REVIEW.settled, published: LAUNCHED },
  practices: { schema: PracticeSchema, format: 'mdx', public: true, reviewMonths: REVIEW.settled, published: LAUNCHED },
  stakeholders: {
    schema: StakeholderSchema,
    format: 'mdx',
    public: true,
    reviewMonths: REVIEW.settled,
    published: LAUNCHED,
  },
  values: { schema: ValueSchema, format: 'mdx', public: true, reviewMonths: REVIEW.settled, published: LAUNCHED },
  principles: {
    schema: PrincipleSchema,
    format: 'mdx',
    public: true,
    reviewMonths: REVIEW.settled,
    published: LAUNCHED,
  },
  'crosswalk-frameworks': {
    schema: CrosswalkFrameworkSchema,
    format: 'yaml',
    public: true,
    reviewMonths: REVIEW.settled,
    published: LAUNCHED,
  },
  crosswalk: {
    schema: CrosswalkRowSchema,
    format: 'yaml',
    public: true,
    reviewMonths: REVIEW.settled,
    published: LAUNCHED,
  },
  glossary: {
    schema: GlossaryTermSchema,
    format: 'yaml',
    public: true,
    reviewMonths: REVIEW.settled,
    published: LAUNCHED,
  },
  areas: { schema: AreaSchema, format: 'mdx', public: true, reviewMonths: REVIEW.settled, published: LAUNCHED },
  'technology-lists': {
    schema: TechnologyListSchema,
    format: 'yaml',
    public: true,
    reviewMonths: REVIEW.policy,
    published: LAUNCHED,
  },
  'case-studies': {
    schema: CaseStudySchema,
    format: 'mdx',
    public: true,
    reviewMonths: REVIEW.settled,
    published: LAUNCHED,
  },
  modules: { schema: ModuleSchema, format: 'mdx', public: true, reviewMonths: REVIEW.settled, published: LAUNCHED },
  quizzes: { schema: QuizSchema, format: 'yaml', public: true, reviewMonths: REVIEW.settled, published: LAUNCHED },
  paths: { schema: PathSchema, format: 'yaml', public: true, reviewMonths: REVIEW.settled, published: LAUNCHED },
  // Training requirements change with policy (new agency rules, start dates): reviewed as policy is.
  'training-topics': {
    schema: TrainingTopicSchema,
    format: 'yaml',
    public: true,
    reviewMonths: REVIEW.policy,
    published: '2026-12-02',
  },
  checklists: {
    schema: ChecklistSchema,
    format: 'yaml',
    public: true,
    reviewMonths: REVIEW.settled,
    published: LAUNCHED,
  },
} as const satisfies Record<string, CollectionSpec>;

export type CollectionName = keyof typeof COLLECTIONS;
export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];

/**
 * What a translation carries: the paths of an entry's reader-visible text, declared once per
 * collection. A translation ("overlay", `content/<locale>/<collection>/<id>.<ext>`, see
 * content/README.md "Translations") may hold these fields and nothing else; its words replace the
 * English ones, every other field (ids, references, dates, enum values, numbers, links' `href`) comes
 * from the English entry. The same paths decide when a translation is stale: its `translationOf`
 * stamp is a hash of the English text at these paths (and the body), so an edit anywhere else (a
 * change note, a date, a source, a YAML comment) never asks for a new translation.
 *
 * Paths are dotted, `*` standing for any array index or map key (`decisionPoints.*.choices.*.text`,
 * `comparison.*.note`). Each names a string, or a list of strings (`researcherMustDo.*`).
 * test/unit/schemas/translatable.test.ts fails on a string field of a schema that is neither listed
 * here nor classified as non-text (an id, date, enum value, URL, reference or code), so a new text
 * field cannot be forgotten.
 */
export interface TranslatableSpec {
  /** Reader-visible text, translated item for item: arrays keep their length and order, maps their keys. */
  readonly text: readonly string[];
  /**
   * Lists of search and linking words that each language writes for its own readers (any length,
   * its own synonyms). They are not translations of the English items, so they never make a
   * translation stale.
   */
  readonly vocabulary?: readonly string[];
  /** Whether the Markdown body is translated (whole). */
  readonly body: boolean;
}

/** The fields every entry with `entryFields` shows: its title and summary. */
const HEAD = ['title', 'summary'] as const;

/** A quiz question's words (end-of-module `questions` and in-lesson `checks` alike). */
const question = (list: string) => [
  `${list}.*.scenario`,
  `${list}.*.prompt`,
  `${list}.*.options.*.text`,
  `${list}.*.explanation`,
  `${list}.*.link.label`,
];

export const TRANSLATABLE = {
  // A source's title is the document's own, in its own language: cited as published, never translated.
  sources: { text: ['publisher', 'summary'], body: false },
  jurisdictions: {
    text: [...HEAD, 'leadBodies.*.name', 'leadBodies.*.role', 'researcherMustDo.*', 'comparison.*.note'],
    body: true,
  },
  dimensions: { text: [...HEAD, 'yesMeans', 'partialMeans', 'noMeans'], body: false },
  // `officialTitle` is the instrument's title in its own language: quoted as it is.
  instruments: { text: [...HEAD, 'obligations.*', 'events.*.note'], body: false },
  guides: { text: [...HEAD], body: true },
  practices: { text: [...HEAD, 'shortTitle', 'roles.*.summary.*', 'roles.*.actions.*'], body: true },
  stakeholders: { text: [...HEAD], body: true },
  values: { text: [...HEAD, 'inPractice.*', 'tensions.*.with', 'tensions.*.balance'], body: true },
  principles: { text: [...HEAD, 'inPractice.*', 'tensions.*.with', 'tensions.*.balance'], body: true },
  'crosswalk-frameworks': { text: [...HEAD, 'items.*.label'], body: false },
  crosswalk: { text: [...HEAD, 'cells.*.note'], body: false },
  // `translations` are the term's sourced equivalents in other languages: data, not text to translate.
  glossary: { text: [...HEAD, 'definition', 'related.*.label'], vocabulary: ['aliases.*'], body: false },
  areas: {
    text: [...HEAD, 'disciplines.*', 'questions.*', 'nextSteps.*.label'],
    vocabulary: ['keywords.*'],
    body: true,
  },
  'technology-lists': {
    text: [...HEAD, 'shortTitle', 'publisher', 'items.*.label', 'items.*.note'],
    body: false,
  },
  'case-studies': {
    text: [
      ...HEAD,
      'redFlags.*',
      'decisionPoints.*.prompt',
      'decisionPoints.*.choices.*.text',
      'decisionPoints.*.choices.*.consequence',
      'decisionPoints.*.choices.*.feedback',
      'mitigations.*',
      'discussion.*',
      'facilitator.groupSize',
      'facilitator.steps.*.activity',
    ],
    body: true,
  },
  modules: { text: [...HEAD, 'objectives.*', 'keyPoints.*', 'related.*.label', 'covers.*.note'], body: true },
  quizzes: { text: [...HEAD, ...question('questions'), ...question('checks')], body: false },
  paths: { text: [...HEAD, 'audience'], body: false },
  // A requirement's name follows the translation rules for official names (its official French name, if any).
  'training-topics': {
    text: [
      ...HEAD,
      'requirements.*.name',
      'requirements.*.who',
      'requirements.*.frequency',
      'requirements.*.note',
      'related.*.label',
    ],
    body: false,
  },
  // `action` is superseded by `actions` and about to be removed (tools branch): not translated.
  checklists: {
    text: [
      ...HEAD,
      'modelledOn.*.label',
      'audience',
      'scoringInstructions',
      'scale.*.label',
      'scales.*.*.label',
      'sections.*.title',
      'sections.*.intro',
      'sections.*.items.*.question',
      'sections.*.items.*.guidance',
      'sections.*.items.*.actions.*',
      'sections.*.items.*.links.*.label',
      'levels.*.label',
      'levels.*.description',
      'rules.*.description',
    ],
    body: false,
  },
} as const satisfies Record<CollectionName, TranslatableSpec>;
