/**
 * Content collections: every folder of `content/` with its schema, from the one registry in
 * `src/schemas/index.ts`. Ids are file names (see `src/lib/content-index.ts`).
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { COLLECTIONS, type CollectionName } from './schemas/index.ts';
import { entryIdFromPath } from './lib/content-index.ts';

const PATTERNS = { mdx: '**/[^_]*.{md,mdx}', yaml: '**/[^_]*.{yaml,yml,json}' } as const;

function collection<N extends CollectionName>(name: N) {
  const spec = COLLECTIONS[name];
  return defineCollection({
    loader: glob({ pattern: PATTERNS[spec.format], base: `./content/${name}`, generateId: ({ entry }) => entryIdFromPath(entry) }),
    schema: spec.schema() as ReturnType<(typeof COLLECTIONS)[N]['schema']>,
  });
}

export const collections = {
  sources: collection('sources'),
  jurisdictions: collection('jurisdictions'),
  dimensions: collection('dimensions'),
  timeline: collection('timeline'),
  guides: collection('guides'),
  practices: collection('practices'),
  stakeholders: collection('stakeholders'),
  values: collection('values'),
  principles: collection('principles'),
  'crosswalk-frameworks': collection('crosswalk-frameworks'),
  crosswalk: collection('crosswalk'),
  glossary: collection('glossary'),
  areas: collection('areas'),
  'technology-lists': collection('technology-lists'),
  'case-studies': collection('case-studies'),
  modules: collection('modules'),
  quizzes: collection('quizzes'),
  paths: collection('paths'),
  checklists: collection('checklists'),
} satisfies Record<CollectionName, unknown>;
