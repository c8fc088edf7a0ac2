/**
 * The translatable text of an entry: the strings at the paths its collection declares
 * (`TRANSLATABLE` in src/schemas/index.ts) and its Markdown body. From it come the stamp a translation
 * carries (`translationOf`, a hash of the English text it translates) and the list of what changed
 * since. Pure: the same input gives the same hash on every machine and in every build.
 */
import { createHash } from 'node:crypto';

/** What a collection declares translatable (the shape of `TRANSLATABLE[collection]`). */
export interface TranslatableFields {
  readonly text: readonly string[];
  readonly vocabulary?: readonly string[];
  readonly body: boolean;
}

export type PathSegment = string | number;

/** Whether a concrete path (`["comparison", "entity-list", "note"]`) matches a pattern (`comparison.*.note`). */
export function matchesPattern(pattern: string, path: readonly PathSegment[]): boolean {
  const parts = pattern.split('.');
  return parts.length === path.length && parts.every((p, i) => p === '*' || p === String(path[i]));
}

/** Whether a concrete path leads to (or is) a field matching the pattern: `decisionPoints.0` leads to `decisionPoints.*.prompt`. */
export function leadsTo(pattern: string, path: readonly PathSegment[]): boolean {
  const parts = pattern.split('.');
  return path.length <= parts.length && path.every((s, i) => parts[i] === '*' || parts[i] === String(s));
}

/** The kind of translatable field at a path: item-for-item text, free vocabulary, or none. */
export function fieldKind(spec: TranslatableFields, path: readonly PathSegment[]): 'text' | 'vocabulary' | undefined {
  if (spec.text.some((p) => matchesPattern(p, path))) return 'text';
  if (spec.vocabulary?.some((p) => matchesPattern(p, path))) return 'vocabulary';
  return undefined;
}

/** Whether a path is a translatable field or lies on the way to one. */
export function isTranslatablePath(spec: TranslatableFields, path: readonly PathSegment[]): boolean {
  return [...spec.text, ...(spec.vocabulary ?? [])].some((p) => leadsTo(p, path));
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);

/** One string of translatable text and where it is. */
export interface TextField {
  /** Concrete dotted path: `decisionPoints.1.choices.0.text`, `comparison.entity-list.note`. */
  path: string;
  text: string;
}

/**
 * Every string of item-for-item text in `data` (vocabulary lists left out), sorted by path: the
 * order of keys in the file does not matter, the order of array items does.
 */
export function textFields(data: unknown, spec: TranslatableFields): TextField[] {
  const out: TextField[] = [];
  const walk = (value: unknown, path: PathSegment[]) => {
    if (typeof value === 'string') {
      if (spec.text.some((p) => matchesPattern(p, path))) out.push({ path: path.join('.'), text: value });
    } else if (Array.isArray(value)) {
      for (const [i, v] of value.entries()) walk(v, [...path, i]);
    } else if (isRecord(value)) {
      for (const [k, v] of Object.entries(value)) if (isTranslatablePath(spec, [...path, k])) walk(v, [...path, k]);
    }
  };
  walk(data, []);
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** A body as compared: line endings unified, trailing spaces and the blank lines around it dropped. */
export function normalizeBody(body: string | undefined): string {
  return (body ?? '')
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+$/gm, '')
    .trim();
}

/** The length of the stamp: 12 hex digits of SHA-256 (48 bits; collisions are not a concern at this scale). */
export const STAMP_LENGTH = 12;
export const STAMP_RE = /^[0-9a-f]{12}$/;
/** The form translators first write: `git hash-object` of the English file (40 hex); converted by `npm run i18n:stamp`. */
export const GIT_BLOB_RE = /^[0-9a-f]{40}$/;

/**
 * The stamp of an entry's translatable text: 12 hex digits of the SHA-256 of its text fields (paths
 * and strings) and, where the body is translated, its normalised body. Equal stamps mean the same
 * text; any edit to the text changes it, no other edit does.
 */
export function textStamp(data: unknown, body: string | undefined, spec: TranslatableFields): string {
  const payload = JSON.stringify({
    fields: textFields(data, spec).map((f) => [f.path, f.text]),
    body: spec.body ? normalizeBody(body) : null,
  });
  return createHash('sha256').update(payload).digest('hex').slice(0, STAMP_LENGTH);
}

/** One section of a body: the heading line that opens it ("" before the first heading) and its text. */
export interface BodySection {
  heading: string;
  text: string;
}

/** A body cut at its `##`…`######` headings. */
export function bodySections(body: string | undefined): BodySection[] {
  const sections: BodySection[] = [{ heading: '', text: '' }];
  for (const line of normalizeBody(body).split('\n')) {
    if (/^#{2,6}\s/.test(line)) sections.push({ heading: line.trim(), text: '' });
    else sections[sections.length - 1]!.text += `${line}\n`;
  }
  return sections.filter((s, i) => i > 0 || s.text.trim() !== '').map((s) => ({ ...s, text: s.text.trim() }));
}

/** One change to the English text: where, what kind, and the text before and after. */
export interface TextChange {
  /** A field path (`leadBodies.1.name`; `checks[kc-hard-cases].explanation` where the item has an id) or `body: "## Heading"`. */
  where: string;
  change: 'added' | 'changed' | 'removed';
  before?: string;
  after?: string;
}

/** A concrete path for people: array indexes of items with an `id` shown as that id. */
export function displayPath(data: unknown, path: string): string {
  let node: unknown = data;
  let out = '';
  for (const seg of path.split('.')) {
    const next = Array.isArray(node) ? node[Number(seg)] : isRecord(node) ? node[seg] : undefined;
    const id = Array.isArray(node) && isRecord(next) && typeof next.id === 'string' ? next.id : undefined;
    out += id !== undefined ? `[${id}]` : `${out ? '.' : ''}${seg}`;
    node = next;
  }
  return out;
}

/** What changed in the English text between two versions: one item per field or body section. */
export function textChanges(
  before: { data: unknown; body?: string | undefined },
  after: { data: unknown; body?: string | undefined },
  spec: TranslatableFields,
): TextChange[] {
  const out: TextChange[] = [];
  const a = new Map(textFields(before.data, spec).map((f) => [f.path, f.text]));
  const b = new Map(textFields(after.data, spec).map((f) => [f.path, f.text]));
  for (const [path, text] of b) {
    const where = displayPath(after.data, path);
    if (!a.has(path)) out.push({ where, change: 'added', after: text });
    else if (a.get(path) !== text) out.push({ where, change: 'changed', before: a.get(path)!, after: text });
  }
  for (const [path, text] of a)
    if (!b.has(path)) out.push({ where: displayPath(before.data, path), change: 'removed', before: text });
  if (spec.body) {
    const label = (h: string) => (h === '' ? 'body: (before the first heading)' : `body: "${h}"`);
    const keyed = (ss: BodySection[]) => {
      const count = new Map<string, number>();
      return new Map(
        ss.map((s) => {
          const n = (count.get(s.heading) ?? 0) + 1;
          count.set(s.heading, n);
          return [n > 1 ? `${s.heading} (${n})` : s.heading, s] as const;
        }),
      );
    };
    const ka = keyed(bodySections(before.body));
    const kb = keyed(bodySections(after.body));
    for (const [k, s] of kb) {
      const old = ka.get(k);
      if (!old) out.push({ where: label(k), change: 'added', after: s.text });
      else if (old.text !== s.text) out.push({ where: label(k), change: 'changed', before: old.text, after: s.text });
    }
    for (const [k, s] of ka) if (!kb.has(k)) out.push({ where: label(k), change: 'removed', before: s.text });
  }
  return out;
}
