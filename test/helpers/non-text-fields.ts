/**
 * Every string field of the content model that is NOT translatable text (`TRANSLATABLE` in
 * src/schemas/index.ts), with what it is. test/unit/schemas/translatable.test.ts checks that each
 * string field of each schema is either translatable or listed here; test/content/translatable.test.ts
 * checks the real values against the pattern of their kind. A new field must be declared in one of
 * the two places: translatable text, or one of these kinds.
 */
import type { CollectionName } from '#src/schemas/index.ts';

/** Kinds whose values have a form, and the pattern every value must match. */
export const PATTERNS = {
  /** An entry id, an item id or a reference to one; also enum values and scale values (lower-case slugs). */
  id: /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  date: /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/,
  /** A site path or a web address. */
  url: /^(?:\/|https?:\/\/)\S*$/,
  /** A short code: a country code, a framework item code ("P1", "R14"). */
  code: /^[A-Za-z0-9.-]{1,12}$/,
  /** An ISO 639-1 language code. */
  language: /^[a-z]{2}$/,
} as const;

export type PatternKind = keyof typeof PATTERNS;

/** A field that is text but deliberately not translated, and why. */
export interface Kept {
  kept: string;
}

export type NonText = PatternKind | Kept;

const CHANGE_NOTES: Kept = {
  kept: 'change notes record edits to the English entry: a translation says when it was translated instead',
};

/** The fields of `entryFields` (src/schemas/common.ts), in every collection but sources. */
const ENTRY: Record<string, NonText> = {
  lastReviewed: 'date',
  published: 'date',
  'sources.*': 'id',
  'changes.*.date': 'date',
  'changes.*.kind': 'id',
  'changes.*.note': CHANGE_NOTES,
};

const question = (list: string): Record<string, NonText> => ({
  [`${list}.*.id`]: 'id',
  [`${list}.*.type`]: 'id',
  [`${list}.*.options.*.id`]: 'id',
  [`${list}.*.link.href`]: 'url',
});

export const NON_TEXT: Record<CollectionName, Record<string, NonText>> = {
  sources: {
    title: { kept: "the document's own title, in its own language: cited as published" },
    date: 'date',
    url: 'url',
    jurisdiction: 'id',
    kind: 'id',
    language: 'language',
    lastReviewed: 'date',
  },
  jurisdictions: {
    ...ENTRY,
    code: 'code',
    kind: 'id',
    'leadBodies.*.source': 'id',
    identification: 'id',
    policyInAction: 'id',
    'comparison.*.value': 'id',
    'comparison.*.source': 'id',
    'comparison.*.lastVerified': 'date',
    'comparison.*.changed': 'date',
    'comparison.*.instruments.*': 'id',
  },
  dimensions: { ...ENTRY },
  instruments: {
    ...ENTRY,
    officialTitle: { kept: "the instrument's official title in its own language: quoted as it is" },
    language: 'language',
    jurisdiction: 'id',
    scope: 'id',
    kind: 'id',
    status: 'id',
    'stakeholders.*': 'id',
    'events.*.date': 'date',
    'events.*.type': 'id',
    'events.*.id': 'id',
    'events.*.source': 'id',
    'amends.*': 'id',
    'supersedes.*': 'id',
    supersededBy: 'id',
  },
  guides: { ...ENTRY, path: 'url' },
  practices: { ...ENTRY, 'policyInAction.*': 'id' },
  stakeholders: { ...ENTRY, key: 'id' },
  values: { ...ENTRY, 'practices.*': 'id', 'principles.*': 'id' },
  principles: { ...ENTRY, 'practices.*': 'id', 'values.*': 'id' },
  'crosswalk-frameworks': { ...ENTRY, 'items.*.id': 'id', 'items.*.code': 'code', 'items.*.source': 'id' },
  crosswalk: { ...ENTRY, practice: 'id', principle: 'id', 'cells.*.items.*': 'id', 'cells.*.source': 'id' },
  glossary: {
    ...ENTRY,
    'translations.*': { kept: "the term's sourced equivalents in other languages: data, shown as they are" },
    'translationSources.*': 'id',
    'related.*.href': 'url',
  },
  areas: { ...ENTRY, kind: 'id', 'categories.*': 'id', 'nextSteps.*.href': 'url', 'caseStudies.*': 'id' },
  'technology-lists': {
    ...ENTRY,
    jurisdiction: 'id',
    date: 'date',
    'items.*.id': 'id',
    'items.*.areas.*': 'id',
    'items.*.source': 'id',
  },
  'case-studies': {
    ...ENTRY,
    kind: 'id',
    'riskVectors.*': 'id',
    'stakeholders.*': 'id',
    'jurisdictions.*': 'id',
    'areas.*': 'id',
    'practices.*': 'id',
    'topics.*': 'id',
    'decisionPoints.*.choices.*.rating': 'id',
  },
  modules: { ...ENTRY, 'audience.*': 'id', 'related.*.href': 'url', 'covers.*.topic': 'id' },
  quizzes: { ...ENTRY, module: 'id', ...question('questions'), ...question('checks') },
  paths: { ...ENTRY, 'modules.*': 'id' },
  'training-topics': {
    ...ENTRY,
    'requirements.*.jurisdiction': 'id',
    'requirements.*.scope': 'id',
    'requirements.*.status': 'id',
    'requirements.*.audience.*': 'id',
    'requirements.*.from': 'date',
    'requirements.*.instrument': 'id',
    'requirements.*.sources.*': 'id',
    'related.*.href': 'url',
  },
  checklists: {
    ...ENTRY,
    mode: 'id',
    'modelledOn.*.source': 'id',
    'scale.*.value': 'id',
    'scales.*.*.value': 'id',
    'sections.*.id': 'id',
    'sections.*.items.*.id': 'id',
    'sections.*.items.*.scale': 'id',
    'sections.*.items.*.flagOn.*': 'id',
    'sections.*.items.*.flagLevel': 'id',
    'sections.*.items.*.links.*.href': 'url',
    'sections.*.items.*.source': 'id',
    'levels.*.id': 'id',
    'levels.*.onFlag': 'id',
    'rules.*.id': 'id',
    'rules.*.all.*.item': 'id',
    'rules.*.all.*.answers.*': 'id',
    'rules.*.any.*.item': 'id',
    'rules.*.any.*.answers.*': 'id',
    'rules.*.level': 'id',
  },
};
