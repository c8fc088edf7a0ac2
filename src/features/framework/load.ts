/**
 * The framework feature's data: the G7 paper's practices, stakeholders, values and principles, the
 * framework guides, and the crosswalk to other frameworks, in the page's locale. The only place the
 * framework pages read content collections.
 */
import { byId, entryPaths, localize, sorted } from '#src/lib/content.ts';
import { DEFAULT_LOCALE, type Locale } from '#src/lib/i18n/locale.ts';

// One page per entry; each page shows its entry in the page's locale.
export const practicePaths = async () => entryPaths(await sorted('practices', DEFAULT_LOCALE));
export const principlePaths = async () => entryPaths(await sorted('principles', DEFAULT_LOCALE));
export const stakeholderPaths = async () => entryPaths(await sorted('stakeholders', DEFAULT_LOCALE));
export const valuePaths = async () => entryPaths(await sorted('values', DEFAULT_LOCALE));

export const loadPractices = (locale: Locale) => sorted('practices', locale);
export const loadStakeholders = (locale: Locale) => sorted('stakeholders', locale);
export const loadValues = (locale: Locale) => sorted('values', locale);
export const loadPrinciples = (locale: Locale) => sorted('principles', locale);

/** A guide page of `content/guides/` (the framework overview, the risk page), in `locale`. */
export async function loadGuide(id: 'framework' | 'risk', locale: Locale) {
  const entry = (await byId('guides', locale)).get(id);
  if (!entry) throw new Error(`content/guides/${id}.mdx is missing`);
  return localize(entry, locale);
}

/** What a practice page links to: stakeholders and case studies by id, values and principles in order. */
export async function loadPracticeLinks(locale: Locale) {
  const [stakeholders, caseStudies, jurisdictions, values, principles] = await Promise.all([
    byId('stakeholders', locale),
    byId('case-studies', locale),
    byId('jurisdictions', locale),
    sorted('values', locale),
    sorted('principles', locale),
  ]);
  return { stakeholders, caseStudies, jurisdictions, values, principles };
}

/** The crosswalk: frameworks and rows in their order, practices and principles by id, in `locale`. */
export async function loadCrosswalk(locale: Locale) {
  const [frameworks, rows, practices, principles] = await Promise.all([
    sorted('crosswalk-frameworks', locale),
    sorted('crosswalk', locale),
    byId('practices', locale),
    byId('principles', locale),
  ]);
  return { frameworks, rows, practices, principles };
}
