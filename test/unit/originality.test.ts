/**
 * Content is written in our own words: no content file may share a run of 12 or more consecutive
 * words with a source document kept beside the repository (../shared/seeds: the G7 paper it
 * explains, and any other seed text), apart from the names of documents and of the four best
 * practices, which are quoted on purpose. Where the folder is absent the check is skipped and says so.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { listEntryFiles } from '#src/schemas/content-index.ts';
import { COLLECTION_NAMES } from '#src/schemas/index.ts';

const SEEDS = resolve('..', 'shared', 'seeds');
const PAPERS = existsSync(SEEDS)
  ? readdirSync(SEEDS)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => resolve(SEEDS, f))
  : [];
const RUN = 12;

/** Titles quoted on purpose (documents, the practices' own names). */
const TITLES = [
  'G7 Common Values and Principles on Research Security and Research Integrity',
  'G7 Best Practices for Secure and Open Research',
  'Establish resources to promote awareness and forums for dialogue and information sharing on research security and integrity across all research stakeholders',
  'Identify and share information on which research areas are at risk',
  'Identify areas of risk activity by conducting due diligence and ensuring transparency and the disclosure of relevant information',
  'Implement risk mitigation measures both as standard organizational practice and for individual research projects',
  'Countering Unwanted Foreign Influence in Department-Funded Research at Institutions of Higher Education',
  'Policy Directions for Ensuring Research Integrity in Response to New Risks Associated with Increasing Internationalization and Openness of Research Activities',
];

const words = (text: string) => text.toLowerCase().match(/[a-z0-9']+/g) ?? [];
const strip = (text: string) =>
  TITLES.reduce((t, title) => t.replace(new RegExp(words(title).join('\\W+'), 'gi'), ' '), text);

describe.skipIf(PAPERS.length === 0)('originality against the source documents in ../shared/seeds', () => {
  const runs = new Set<string>();
  for (const paper of PAPERS) {
    const w = words(strip(readFileSync(paper, 'utf8')));
    for (let i = 0; i + RUN <= w.length; i++) runs.add(w.slice(i, i + RUN).join(' '));
  }

  it(`no content file repeats ${RUN} consecutive words of a source document (${PAPERS.length} checked)`, () => {
    const copied: string[] = [];
    for (const collection of COLLECTION_NAMES) {
      for (const file of listEntryFiles(collection, resolve('content'))) {
        const w = words(strip(readFileSync(resolve('content', collection, file), 'utf8')));
        for (let i = 0; i + RUN <= w.length; i++) {
          const run = w.slice(i, i + RUN).join(' ');
          if (runs.has(run)) {
            copied.push(`content/${collection}/${file}: "${run}"`);
            break;
          }
        }
      }
    }
    expect(copied).toEqual([]);
  });
});
