/**
 * Fixes `npm run validate` suggests for the common mistakes, from a schema issue and the value the
 * author wrote:
 * - an id that does not exist → the 3 closest existing ids (edit distance);
 * - a malformed date → the expected form with an example (and the ISO form of a day written
 *   21/11/2026 or 21.11.2026);
 * - a value outside a fixed list → the allowed values, the closest first;
 * - a missing required field → what the field is for (its description in the schema);
 * - an unknown field → the closest known field name (a typo such as `lastReviwed`).
 * Pure: the caller passes the known ids, the JSON Schema and today's date.
 */
import { ISO_DATE_RE, PARTIAL_DATE_RE } from '#src/schemas/common.ts';
import type { JsonSchema } from '#src/features/open-data/json-schema.ts';

/** Levenshtein distance (insertions, deletions, substitutions), case-insensitive. */
export function editDistance(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  let prev = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const row = [i];
    for (let j = 1; j <= t.length; j++) {
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (s[i - 1] === t[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[t.length]!;
}

/** The `n` candidates closest to `word` (ties in the candidates' order). */
export function closest(word: string, candidates: Iterable<string>, n = 3): string[] {
  return [...candidates]
    .map((c, i) => ({ c, i, d: editDistance(word, c) }))
    .sort((a, b) => a.d - b.d || a.i - b.i)
    .slice(0, n)
    .map((x) => x.c);
}

/** The part of a Zod issue the suggestions read. */
export interface IssueLike {
  code: string;
  path: readonly PropertyKey[];
  message: string;
  params?: Record<string, unknown> | undefined;
  values?: readonly unknown[] | undefined;
  keys?: readonly string[] | undefined;
  pattern?: string | undefined;
  expected?: string | undefined;
}

export interface SuggestContext {
  /** The entry as parsed from its file. */
  data: unknown;
  /** The authoring JSON Schema of the entry's collection (descriptions, known fields). */
  schema: JsonSchema;
  /** The ids of a collection. */
  idsOf: (collection: string) => Iterable<string>;
  /** YYYY-MM-DD, used in examples. */
  today: string;
}

/** The value at a path of parsed data (undefined when absent). */
export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let node: unknown = data;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

/** The JSON Schema node at a data path (through properties, items, additionalProperties, anyOf). */
export function schemaAt(schema: JsonSchema, path: readonly PropertyKey[]): JsonSchema | undefined {
  let node: JsonSchema | undefined = schema;
  for (const key of path) {
    if (!node) return undefined;
    if (typeof key === 'number') node = node.items as JsonSchema | undefined;
    else {
      const props = node.properties as Record<string, JsonSchema> | undefined;
      node = props?.[String(key)] ?? (node.additionalProperties as JsonSchema | undefined);
    }
    if (node && !node.type && Array.isArray(node.anyOf)) {
      node = (node.anyOf as JsonSchema[]).find((s) => s.type === 'object' || s.type === 'array') ?? node;
    }
  }
  return node;
}

const shown = (v: unknown) => (typeof v === 'string' ? `"${v}"` : JSON.stringify(v));

/** A written day such as 21/11/2026, 21.11.2026 or 2026/11/21, in ISO form; undefined when it is not one. */
export function isoFromWritten(value: string): string | undefined {
  const pad = (n: string) => n.padStart(2, '0');
  const dmy = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(value.trim());
  const ymd = /^(\d{4})[./](\d{1,2})[./](\d{1,2})$/.exec(value.trim());
  const iso = dmy
    ? `${dmy[3]}-${pad(dmy[2]!)}-${pad(dmy[1]!)}`
    : ymd
      ? `${ymd[1]}-${pad(ymd[2]!)}-${pad(ymd[3]!)}`
      : undefined;
  if (!iso || !ISO_DATE_RE.test(iso)) return undefined;
  // A real day (no 31 February).
  return new Date(`${iso}T00:00:00Z`).toISOString().startsWith(iso) ? iso : undefined;
}

/** A hint for one issue (a sentence to append to its message), or undefined when there is none. */
export function suggestFix(issue: IssueLike, ctx: SuggestContext): string | undefined {
  const value = valueAt(ctx.data, issue.path);

  // An id that does not exist.
  const reference = issue.params?.reference;
  if (issue.code === 'custom' && typeof reference === 'string' && typeof issue.params?.id === 'string') {
    const extra = Array.isArray(issue.params.also) ? (issue.params.also as string[]) : [];
    const near = closest(issue.params.id, [...ctx.idsOf(reference), ...extra]);
    return near.length > 0 ? `Did you mean ${near.map((id) => `"${id}"`).join(', ')}?` : undefined;
  }

  // A malformed date.
  if (issue.code === 'invalid_format' && typeof issue.pattern === 'string') {
    const iso = typeof value === 'string' ? isoFromWritten(value) : undefined;
    if (issue.pattern === String(ISO_DATE_RE)) {
      return `Write the day as YYYY-MM-DD, e.g. ${iso ?? ctx.today}${iso ? ` (for ${shown(value)})` : ''}.`;
    }
    if (issue.pattern === String(PARTIAL_DATE_RE)) {
      return `Write it as YYYY, YYYY-MM or YYYY-MM-DD, e.g. ${iso ?? `${ctx.today.slice(0, 4)}, ${ctx.today.slice(0, 7)} or ${ctx.today}`}${iso ? ` (for ${shown(value)})` : ''}.`;
    }
  }

  // A value outside a fixed list.
  if (issue.code === 'invalid_value' && Array.isArray(issue.values)) {
    const allowed = issue.values.map(String);
    const ordered = typeof value === 'string' ? closest(value, allowed, allowed.length) : allowed;
    return `Allowed: ${ordered.join(', ')}.`;
  }

  // A missing required field.
  if (issue.code === 'invalid_type' && value === undefined) {
    const description = schemaAt(ctx.schema, issue.path)?.description;
    const name = String(issue.path.at(-1) ?? '');
    return `Missing required field "${name}"${description ? `: ${String(description)}` : '.'}`;
  }

  // An unknown field: probably a typo of a known one.
  if (issue.code === 'unrecognized_keys' && issue.keys?.length) {
    const known = Object.keys((schemaAt(ctx.schema, issue.path)?.properties ?? {}) as object);
    const hints = issue.keys.flatMap((key) => {
      const [best] = closest(key, known, 1);
      return best !== undefined && editDistance(key, best) <= Math.max(2, Math.floor(best.length / 3))
        ? [`"${key}" → "${best}"`]
        : [];
    });
    return hints.length > 0 ? `Did you mean ${hints.join(', ')}?` : `Known fields here: ${known.join(', ')}.`;
  }
  return undefined;
}
