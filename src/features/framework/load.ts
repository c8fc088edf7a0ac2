/**
 * The framework feature's data: the G7 paper's practices, stakeholders, values and principles, the
 * framework guides, and the crosswalk to other frameworks. The only place the framework pages
 * read content collections.
 */
import { getEntry } from 'astro:content';
import { byId, entryPaths, sorted } from '#src/lib/content.ts';

export const practicePaths = async () => entryPaths(await sorted('practices'));
export const principlePaths = async () => entryPaths(await sorted('principles'));
export const stakeholderPaths = async () => entryPaths(await sorted('stakeholders'));
export const valuePaths = async () => entryPaths(await sorted('values'));

export const loadPractices = () => sorted('practices');
export const loadStakeholders = () => sorted('stakeholders');
export const loadValues = () => sorted('values');
export const loadPrinciples = () => sorted('principles');

/** A guide page of `content/guides/` (the framework overview, the risk page). */
export async function loadGuide(id: 'framework' | 'risk') {
  const entry = await getEntry('guides', id);
  if (!entry) throw new Error(`content/guides/${id}.mdx is missing`);
  return entry;
}

/** What a practice page links to: stakeholders and case studies by id, values and principles in order. */
export async function loadPracticeLinks() {
  const [stakeholders, caseStudies, jurisdictions, values, principles] = await Promise.all([
    byId('stakeholders'),
    byId('case-studies'),
    byId('jurisdictions'),
    sorted('values'),
    sorted('principles'),
  ]);
  return { stakeholders, caseStudies, jurisdictions, values, principles };
}

/** The crosswalk: frameworks and rows in their order, practices and principles by id. */
export async function loadCrosswalk() {
  const [frameworks, rows, practices, principles] = await Promise.all([
    sorted('crosswalk-frameworks'),
    sorted('crosswalk'),
    byId('practices'),
    byId('principles'),
  ]);
  return { frameworks, rows, practices, principles };
}
