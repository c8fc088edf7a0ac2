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
import { ModuleSchema, PathSchema, QuizSchema } from './training.ts';

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
