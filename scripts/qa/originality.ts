/**
 * Originality: content is written in our own words, so no content file may share a run of 12
 * consecutive words with a seed document kept beside the repository (`../shared/seeds`: the G7
 * paper the academy explains, and any other seed text), apart from the titles of documents and of
 * the four best practices, which are quoted on purpose.
 *
 * The seed texts are not part of the repository, so the check runs against their fingerprints:
 * a SHA-256 prefix of every 12-word run (`test/content/seed-fingerprints.txt`, made by
 * `npm run fingerprints`). The fingerprints say nothing readable about the texts, and the check
 * runs wherever the repository is, seeds or not.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** How many consecutive words make a copied run. */
export const RUN = 12;

/** Where the seed texts are: `SEEDS_DIR`, or `../shared/seeds` beside the repository. */
export const SEEDS_DIR = resolve(process.env.SEEDS_DIR ?? join('..', 'shared', 'seeds'));

/** The committed fingerprints of the seed texts. */
export const FINGERPRINTS_FILE = resolve('test/content/seed-fingerprints.txt');

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

/** The words of a text, lower case, with the quoted titles taken out. */
export function wordsOf(text: string): string[] {
  const words = (t: string) => t.toLowerCase().match(/[a-z0-9']+/g) ?? [];
  const stripped = TITLES.reduce((t, title) => t.replace(new RegExp(words(title).join('\\W+'), 'gi'), ' '), text);
  return words(stripped);
}

/** Every run of `RUN` consecutive words, as text. */
export function runsOf(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i + RUN <= words.length; i++) out.push(words.slice(i, i + RUN).join(' '));
  return out;
}

/** The fingerprint of a run: the first 12 hex digits of its SHA-256. */
export function fingerprint(run: string): string {
  return createHash('sha256').update(run).digest('hex').slice(0, 12);
}

export interface Fingerprints {
  /** The seed files they were made from. */
  seeds: string[];
  hashes: Set<string>;
}

/** The fingerprints of the seed texts in `dir`, or undefined when the folder is absent. */
export function seedFingerprints(dir = SEEDS_DIR): Fingerprints | undefined {
  if (!existsSync(dir)) return undefined;
  const seeds = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const hashes = new Set<string>();
  for (const seed of seeds)
    for (const run of runsOf(wordsOf(readFileSync(join(dir, seed), 'utf8')))) hashes.add(fingerprint(run));
  return { seeds, hashes };
}

/** The fingerprints file: two comment lines (the second names the seeds), then one hash a line, sorted. */
export function formatFingerprints(f: Fingerprints): string {
  return [
    `# SHA-256 prefixes of every ${RUN}-word run of the seed texts (scripts/qa/originality.ts). Regenerate: npm run fingerprints`,
    `# seeds: ${f.seeds.join(' ')}`,
    ...[...f.hashes].sort(),
    '',
  ].join('\n');
}

export function parseFingerprints(text: string): Fingerprints {
  const lines = text.split('\n');
  const seeds = (lines.find((l) => l.startsWith('# seeds:')) ?? '')
    .replace('# seeds:', '')
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  return { seeds, hashes: new Set(lines.filter((l) => /^[0-9a-f]{12}$/.test(l))) };
}

/** The committed fingerprints, or undefined when the file is absent. */
export function committedFingerprints(file = FINGERPRINTS_FILE): Fingerprints | undefined {
  return existsSync(file) ? parseFingerprints(readFileSync(file, 'utf8')) : undefined;
}

/** The first run of `text` whose fingerprint is a seed's, or undefined. */
export function copiedRun(text: string, hashes: ReadonlySet<string>): string | undefined {
  return runsOf(wordsOf(text)).find((run) => hashes.has(fingerprint(run)));
}
