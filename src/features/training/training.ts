/**
 * Pure helpers of the training pages: the addresses of the pages that hang off a module or a path,
 * time totals, lessons from headings, the "content version" printed on summaries and certificates,
 * and small formatting. No DOM and no `astro:content`: pages pass plain data.
 */
import { fnv1aHex } from './quiz/quiz.ts';
import { urlFor } from '#src/lib/routes.ts';

/** The training home page. */
export const TRAINING_URL = '/training/';
/** The learner's progress page (local progress, export/import, delete). */
export const PROGRESS_URL = '/training/progress/';
/** The coverage map: training topics that requirements name → the lessons that teach them. */
export const COVERAGE_URL = '/training/coverage/';
/** The open data of the coverage map. */
export const COVERAGE_DATA_URL = '/data/training-coverage.json';
/** The SCORM packages for learning management systems, and how to use them. */
export const LMS_URL = '/training/lms/';

/** `/training/<module>/summary/`: the printable one-page summary of a module. */
export function summaryUrl(moduleId: string): string {
  return `${urlFor('modules', moduleId)}summary/`;
}

/**
 * `/training/paths/<path>/certificate/`: the printable certificate of a role path. One page per
 * path, so the path title, its modules and its content version are fixed at build time and only
 * the learner's results come from the browser.
 */
export function certificateUrl(pathId: string): string {
  return `${urlFor('paths', pathId)}certificate/`;
}

/** Sum of the minutes of some modules. */
export function totalMinutes(modules: readonly { minutes: number }[]): number {
  return modules.reduce((sum, m) => sum + m.minutes, 0);
}

/** A heading as Astro's `render()` reports it. */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

/** The lessons of a module: its `##` headings, in order. */
export function lessonsFromHeadings(headings: readonly Heading[]): { slug: string; text: string }[] {
  return headings.filter((h) => h.depth === 2).map(({ slug, text }) => ({ slug, text }));
}

/**
 * JSON with object keys sorted at every level, so that a hash of data does not depend on the order
 * in which a YAML file or a loader happened to list its keys. `undefined` values are dropped as in
 * JSON.stringify.
 */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      return Object.fromEntries(
        Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
      );
    }
    return v;
  });
}

/**
 * The content version of one module: a hash of its id, its lesson text (the MDX body), its
 * frontmatter and its quiz. Any edit to the lessons, objectives, key points or questions changes it.
 */
export function moduleVersion(module: { id: string; body: string; data: unknown }, quiz: unknown): string {
  return contentHash([module.id, module.body, stableJson(module.data), stableJson(quiz ?? null)]);
}

/** The content version of a path: a hash of its id and its modules' versions, in path order. */
export function pathVersion(pathId: string, moduleVersions: readonly string[]): string {
  return contentHash([pathId, ...moduleVersions]);
}

/** The name of an exported progress file, dated in the learner’s time zone: `academy-progress-2026-11-21.json` (`word` is the page’s: `academie-progression` in French). */
export function progressFileName(now: Date = new Date(), word = 'academy-progress'): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${word}-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}

/**
 * A short, stable hash of the given strings (order matters), as 8 hex digits: printed on a
 * certificate to say which version of the content was studied. Each string is length-prefixed, so
 * ["ab", "c"] and ["a", "bc"] differ.
 */
export function contentHash(parts: readonly string[]): string {
  return fnv1aHex(parts.map((p) => `${p.length}:${p}`).join('\u0000'));
}
