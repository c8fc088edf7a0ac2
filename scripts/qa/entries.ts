/**
 * What the content validation works with: an entry as read from its file, and a problem found in
 * one (reported as `file: field: message`). Shared by the validator and the cross-collection rules.
 */
import type { CollectionName } from '#src/schemas/index.ts';

export interface ContentProblem {
  /** Path of the file, relative to the project (e.g. "content/areas/quantum.mdx"). */
  file: string;
  /** Dotted field path inside the entry, or "" for the whole file. */
  field: string;
  message: string;
  /** A suggested fix (closest ids, the expected form, allowed values, what a missing field is for). */
  hint?: string;
}

export interface LoadedEntry {
  collection: CollectionName;
  id: string;
  file: string;
  data: Record<string, unknown>;
  /** The Markdown/MDX body; undefined for YAML and JSON entries. */
  body?: string | undefined;
  /** The file's text as read. */
  source?: string | undefined;
}

export function formatProblem(p: ContentProblem): string {
  return `${p.file}${p.field ? `: ${p.field}` : ''}: ${p.message}${p.hint ? `\n      → ${p.hint}` : ''}`;
}

/**
 * Whether a body uses MDX: an `import`/`export` line or a JSX component tag (`<Capitalised`).
 * Why it matters: every `.mdx` file becomes a module that the build must bundle, while a `.md` body is
 * rendered once into the content store. At 5,000 entries, plain `.md` for component-free bodies cut
 * the build's memory from 2.8 to 1.8 GB (test/bench/report.md). So: `.mdx` only where it is needed.
 */
export function usesMdx(body: string): boolean {
  return /^(?:import|export)\s/m.test(body) || /<[A-Z][A-Za-z0-9]*[\s/>]/.test(body);
}
