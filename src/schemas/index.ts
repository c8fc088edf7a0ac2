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
import { DimensionSchema, JurisdictionSchema, MilestoneSchema } from './jurisdiction.ts';
import { SourceSchema } from './source.ts';
import { ModuleSchema, PathSchema, QuizSchema, TrainingTopicSchema } from './training.ts';

export interface CollectionSpec<S extends z.ZodType = z.ZodType> {
  /** The Zod schema of one entry. */
  schema: () => S;
  /** File types the collection holds: MDX pages (with a body) or YAML data. */
  format: 'mdx' | 'yaml';
  /** Published as `/data/<name>.json`. */
  public: boolean;
}

export const COLLECTIONS = {
  sources: { schema: SourceSchema, format: 'yaml', public: true },
  jurisdictions: { schema: JurisdictionSchema, format: 'mdx', public: true },
  dimensions: { schema: DimensionSchema, format: 'yaml', public: true },
  timeline: { schema: MilestoneSchema, format: 'yaml', public: true },
  instruments: { schema: InstrumentSchema, format: 'yaml', public: true },
  guides: { schema: GuideSchema, format: 'mdx', public: false },
  practices: { schema: PracticeSchema, format: 'mdx', public: true },
  stakeholders: { schema: StakeholderSchema, format: 'mdx', public: true },
  values: { schema: ValueSchema, format: 'mdx', public: true },
  principles: { schema: PrincipleSchema, format: 'mdx', public: true },
  'crosswalk-frameworks': { schema: CrosswalkFrameworkSchema, format: 'yaml', public: true },
  crosswalk: { schema: CrosswalkRowSchema, format: 'yaml', public: true },
  glossary: { schema: GlossaryTermSchema, format: 'yaml', public: true },
  areas: { schema: AreaSchema, format: 'mdx', public: true },
  'technology-lists': { schema: TechnologyListSchema, format: 'yaml', public: true },
  'case-studies': { schema: CaseStudySchema, format: 'mdx', public: true },
  modules: { schema: ModuleSchema, format: 'mdx', public: true },
  quizzes: { schema: QuizSchema, format: 'yaml', public: true },
  paths: { schema: PathSchema, format: 'yaml', public: true },
  'training-topics': { schema: TrainingTopicSchema, format: 'yaml', public: true },
  checklists: { schema: ChecklistSchema, format: 'yaml', public: true },
} as const satisfies Record<string, CollectionSpec>;

export type CollectionName = keyof typeof COLLECTIONS;
export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];
