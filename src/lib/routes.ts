/**
 * Where every entry lives on the site. Pages, citations, search and open data all ask here, so an
 * address is defined once. These addresses are published: never change one without a redirect.
 */
import type { CollectionName } from '#src/schemas/index.ts';

const ROUTES: Record<CollectionName, (id: string, data?: Record<string, unknown>) => string> = {
  sources: (id) => `/sources/#${id}`,
  jurisdictions: (id) => `/jurisdictions/${id}/`,
  dimensions: (id) => `/compare/#dimension-${id}`,
  instruments: (id) => `/tracker/${id}/`,
  guides: (_id, data) => String(data?.path ?? '/'),
  practices: (id) => `/practices/${id}/`,
  stakeholders: (id) => `/stakeholders/${id}/`,
  values: (id) => `/values/${id}/`,
  principles: (id) => `/principles/${id}/`,
  'crosswalk-frameworks': (id) => `/framework/crosswalk/#framework-${id}`,
  crosswalk: (id) => `/framework/crosswalk/#${id}`,
  glossary: (id) => `/glossary/#${id}`,
  areas: (id) => `/areas/${id}/`,
  'technology-lists': (id) => `/areas/crosswalk/#list-${id}`,
  'case-studies': (id) => `/case-studies/${id}/`,
  modules: (id) => `/training/${id}/`,
  quizzes: (id) => `/training/${id}/#quiz`,
  paths: (id) => `/training/paths/${id}/`,
  'training-topics': (id) => `/training/coverage/#${id}`,
  checklists: (id) => `/checklists/${id}/`,
};

export function urlFor(collection: CollectionName, id: string, data?: Record<string, unknown>): string {
  return ROUTES[collection](id, data);
}

/** A milestone of the policy timeline (an instrument's dated event): `/timeline/#<milestone id>`. */
export function milestoneUrl(id: string): string {
  return `/timeline/#${id}`;
}

/** The page (without fragment) an entry is shown on. */
export function pageFor(collection: CollectionName, id: string, data?: Record<string, unknown>): string {
  return urlFor(collection, id, data).split('#')[0]!;
}
