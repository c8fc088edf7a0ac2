/**
 * The content validation of `astro build`, in a worker thread of Astro's process
 * (scripts/build/academy.ts starts it and waits for its answer before the pages are built). It posts
 * back the problems, already worded (file, field, message), and the counts the build log shows.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { formatProblem } from '#scripts/qa/entries.ts';
import { validateContent } from '#scripts/qa/validate-content.ts';

/** What the worker answers. */
export interface ValidationSummary {
  problems: string[];
  entries: number;
  translations: number;
  stale: number;
  ms: number;
}

const { content, root } = workerData as { content: string; root: string };
const started = performance.now();
const { problems, entries, translations } = validateContent(content, root);
const summary: ValidationSummary = {
  problems: problems.map(formatProblem),
  entries: entries.length,
  translations: translations.length,
  stale: translations.filter((t) => t.state === 'stale').length,
  ms: Math.round(performance.now() - started),
};
parentPort!.postMessage(summary);
