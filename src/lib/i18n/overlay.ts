/**
 * Laying a translation over its English entry. A translation ("overlay",
 * `content/<locale>/<collection>/<id>.<ext>`, content/README.md "Translations") holds only the
 * words a reader sees, at the paths its collection declares translatable; everything else comes from
 * the English entry. Rules:
 * - maps (objects, and records keyed by an id such as `comparison` or `actions`): by key; a key the
 *   English entry lacks is a problem;
 * - arrays of objects: item for item; where the English items have an `id`, the overlay items carry
 *   the same `id` and are matched by it, otherwise by position (then the lengths must be equal);
 * - arrays of strings: replaced, same length (vocabulary lists such as `keywords`: any length);
 * - strings: replaced;
 * - a key at a path that is not translatable is a problem naming the path.
 * Problems caused by the English entry having changed since the translation (`drift`) fall back to
 * the English for the part concerned: they are errors only for a translation that claims to be
 * current. Pure; the merged data is then checked with the English schema by the caller
 * (`localizeData`).
 */
import type { z } from 'astro/zod';
import { fieldKind, isTranslatablePath, type PathSegment, textStamp, type TranslatableFields } from './translatable.ts';

/** The fields a translation adds at its top, besides the translated words. */
export const OVERLAY_META_KEYS = ['translationOf', 'translated'] as const;

export interface OverlayMeta {
  /** The stamp of the English text translated (`textStamp`), or, before conversion, a git blob hash. */
  translationOf?: string;
  /** The day of the translation, YYYY-MM-DD. */
  translated?: string;
}

export interface OverlayProblem {
  /** Dotted path inside the overlay ("" for the whole file). */
  path: string;
  message: string;
  /**
   * True when the overlay no longer lines up because the English entry changed (a field or an item
   * it translates is gone, items were added). Such parts show in English; an error only when the
   * overlay is not stale.
   */
  drift: boolean;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);

const toDay = (v: unknown) =>
  v instanceof Date ? v.toISOString().slice(0, 10) : typeof v === 'string' ? v : undefined;

/** Splits a parsed overlay into its meta fields and its translated fields. */
export function splitOverlay(raw: unknown): { meta: OverlayMeta; fields: Record<string, unknown> } {
  const fields: Record<string, unknown> = { ...(isRecord(raw) ? raw : {}) };
  const translationOf = fields.translationOf;
  const translated = toDay(fields.translated);
  for (const k of OVERLAY_META_KEYS) delete fields[k];
  const meta: OverlayMeta = {};
  if (translationOf !== undefined && translationOf !== null) meta.translationOf = String(translationOf);
  if (translated !== undefined) meta.translated = translated;
  return { meta, fields };
}

const kindOf = (v: unknown) =>
  Array.isArray(v) ? 'a list' : isRecord(v) ? 'a map' : v instanceof Date ? 'a date' : `a ${typeof v}`;

/**
 * The English data with the overlay's words laid over it, and the problems found. The English data
 * is never modified. Where a part of the overlay has a problem, that part stays English.
 */
export function applyOverlay(
  english: Record<string, unknown>,
  fields: Record<string, unknown>,
  spec: TranslatableFields,
): { data: Record<string, unknown>; problems: OverlayProblem[] } {
  const problems: OverlayProblem[] = [];
  const at = (path: readonly PathSegment[]) => path.join('.');
  const problem = (path: readonly PathSegment[], message: string, drift = false) =>
    problems.push({ path: at(path), message, drift });

  const merge = (en: unknown, ov: unknown, path: PathSegment[]): unknown => {
    const kind = fieldKind(spec, path);
    if (kind !== undefined) {
      if (typeof ov !== 'string') {
        problem(path, `must be text (a string), not ${kindOf(ov)}`);
        return en;
      }
      if (typeof en !== 'string') {
        problem(path, 'the English entry has no text here', true);
        return en;
      }
      return ov;
    }
    if (Array.isArray(en)) return mergeArray(en, ov, path);
    if (isRecord(en)) {
      if (!isRecord(ov)) {
        problem(path, `must be a map of translated fields, not ${kindOf(ov)}`);
        return en;
      }
      const out: Record<string, unknown> = { ...en };
      for (const [k, v] of Object.entries(ov)) {
        const p = [...path, k];
        if (!isTranslatablePath(spec, p)) {
          problem(
            p,
            'is not a translatable field: copy only the words a reader sees (content/README.md, "Translations")',
          );
          continue;
        }
        if (!(k in en) || en[k] === undefined) {
          problem(p, 'the English entry has no such field', true);
          continue;
        }
        out[k] = merge(en[k], v, p);
      }
      return out;
    }
    problem(path, 'the English entry has no text here', true);
    return en;
  };

  const mergeArray = (en: unknown[], ov: unknown, path: PathSegment[]): unknown => {
    if (!Array.isArray(ov)) {
      problem(path, `must be a list (as in English), not ${kindOf(ov)}`);
      return en;
    }
    const itemKind = fieldKind(spec, [...path, 0]);
    if (itemKind === 'vocabulary') {
      const bad = ov.findIndex((v) => typeof v !== 'string');
      if (bad >= 0) {
        problem([...path, bad], `must be text (a string), not ${kindOf(ov[bad])}`);
        return en;
      }
      return ov;
    }
    if (itemKind === 'text') {
      if (ov.length !== en.length) {
        problem(path, `has ${ov.length} items where the English has ${en.length}: translate each item, in order`, true);
        return en;
      }
      return en.map((e, i) => merge(e, ov[i], [...path, i]));
    }
    // A list of objects: matched by `id` where the English items have one, else by position.
    const ids = en.map((e) => (isRecord(e) && typeof e.id === 'string' ? e.id : undefined));
    if (ids.every((id) => id !== undefined)) {
      const out = [...en];
      const seen = new Set<string>();
      ov.forEach((item, i) => {
        const p = [...path, i];
        if (!isRecord(item)) {
          problem(p, `must be a map of translated fields, not ${kindOf(item)}`);
          return;
        }
        const id = item.id === undefined || item.id === null ? undefined : String(item.id);
        if (id === undefined) {
          problem(
            p,
            `needs the "id" of the English item it translates (the English item ${i + 1} is "${ids[i] ?? '?'}")`,
          );
          return;
        }
        if (seen.has(id)) {
          problem(p, `translates the item "${id}" twice`);
          return;
        }
        seen.add(id);
        const j = ids.indexOf(id);
        if (j < 0) {
          problem(p, `the English entry has no item with id "${id}"`, true);
          return;
        }
        const { id: _id, ...rest } = item;
        out[j] = merge(en[j], rest, p);
      });
      const untranslated = ids.filter((id) => !seen.has(id!));
      if (untranslated.length > 0)
        problem(
          path,
          `has no translation for the English item(s) ${untranslated.map((id) => `"${id}"`).join(', ')}`,
          true,
        );
      return out;
    }
    if (ov.length !== en.length) {
      problem(
        path,
        `has ${ov.length} items where the English has ${en.length}: one item per English item, in order`,
        true,
      );
      return en;
    }
    return en.map((e, i) => {
      const item = ov[i];
      if (isRecord(item) && 'id' in item) {
        problem([...path, i, 'id'], 'is not a translatable field: the English item has no id');
        const { id: _id, ...rest } = item;
        return merge(e, rest, [...path, i]);
      }
      return merge(e, item, [...path, i]);
    });
  };

  const data = merge(english, fields, []) as Record<string, unknown>;
  return { data, problems };
}

/** Markdown headings of a body, as `##`-level markers in order (`["##", "##", "###"]`). */
export function headingOutline(body: string | undefined): string[] {
  return [...(body ?? '').matchAll(/^(#{2,6})\s/gm)].map((m) => m[1]!);
}

/** Link targets of a Markdown body, in order (`[text](/areas/quantum/)` → `/areas/quantum/`). */
export function linkTargets(body: string | undefined): string[] {
  return [...(body ?? '').matchAll(/\]\(\s*([^)\s]+)(?:\s+"[^"]*")?\s*\)/g)].map((m) => m[1]!);
}

/** Component tags of an MDX body with their id (`<KnowledgeCheck id="kc-1" />` → `KnowledgeCheck#kc-1`). */
export function componentTags(body: string | undefined): string[] {
  return [...(body ?? '').matchAll(/<([A-Z][A-Za-z0-9]*)\b([^>]*)>/g)].map((m) => {
    const id = /\bid="([^"]*)"/.exec(m[2]!)?.[1];
    return id === undefined ? m[1]! : `${m[1]}#${id}`;
  });
}

/**
 * A translated body against the English one: the same headings (count and levels, in order: the
 * anchors are derived per language), the same link targets (the site makes internal ones French) and
 * the same components. Differences are drift: a changed English body explains them.
 */
export function checkBody(englishBody: string | undefined, translatedBody: string | undefined): OverlayProblem[] {
  const problems: OverlayProblem[] = [];
  const same = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
  const en = headingOutline(englishBody);
  const tr = headingOutline(translatedBody);
  if (!same(en, tr))
    problems.push({
      path: 'body',
      message: `has headings ${tr.join(' ') || '(none)'} where the English has ${en.join(' ') || '(none)'}: keep the same headings in the same order`,
      drift: true,
    });
  const setDiff = (a: string[], b: string[]) => [...new Set(a)].filter((x) => !b.includes(x));
  const enLinks = linkTargets(englishBody);
  const trLinks = linkTargets(translatedBody);
  const missing = setDiff(enLinks, trLinks);
  const extra = setDiff(trLinks, enLinks);
  if (missing.length > 0 || extra.length > 0)
    problems.push({
      path: 'body',
      message: `links differ from the English: ${[...missing.map((l) => `missing ${l}`), ...extra.map((l) => `not in English ${l}`)].join(', ')}`,
      drift: true,
    });
  const enTags = componentTags(englishBody);
  const trTags = componentTags(translatedBody);
  if (!same(enTags, trTags))
    problems.push({
      path: 'body',
      message: `components ${trTags.join(', ') || '(none)'} differ from the English ${enTags.join(', ') || '(none)'}: keep every component tag as it is`,
      drift: true,
    });
  return problems;
}

/** What `localizeData` returns: the merged data (schema output) and every problem found. */
export interface LocalizedData {
  data: Record<string, unknown>;
  problems: OverlayProblem[];
}

/**
 * The English data with a translation laid over it, checked with the English schema so that its
 * limits (a summary of at most 400 characters, a label of at least 2) hold in every language. When
 * the merged data fails the schema, `data` is the English data and the schema's messages are problems.
 */
export function localizeData(
  english: Record<string, unknown>,
  fields: Record<string, unknown>,
  spec: TranslatableFields,
  schema: z.ZodType,
): LocalizedData {
  const { data, problems } = applyOverlay(english, fields, spec);
  const parsed = schema.safeParse(data);
  if (parsed.success) return { data: parsed.data as Record<string, unknown>, problems };
  for (const issue of parsed.error.issues)
    problems.push({ path: issue.path.map(String).join('.'), message: issue.message, drift: false });
  return { data: english, problems };
}

/** A translation laid over its English entry, as a page uses it (`src/lib/content.ts`). */
export interface ResolvedTranslation {
  /** translated: the stamp is the English text's; stale: the English text changed since. */
  state: 'translated' | 'stale';
  /** The merged data (schema output); the English data when the merge fails the schema. */
  data: Record<string, unknown>;
  /** The day of the translation, when given. */
  translated?: string;
  /** Whether the translation has a body to render (where the collection translates bodies). */
  bodyTranslated: boolean;
  /** Problems that make the translation unusable as it is (`npm run validate` reports them first). */
  errors: OverlayProblem[];
  /** Parts of a stale translation that no longer line up: they show in English. */
  notes: OverlayProblem[];
}

/**
 * A translation (its parsed data, with `translationOf` and `translated`, and its body) laid over an
 * English entry (schema output and body): its state, its merged data and what went wrong.
 */
export function resolveTranslation(
  english: { data: Record<string, unknown>; body?: string | undefined },
  overlay: { data: unknown; body?: string | undefined },
  spec: TranslatableFields,
  schema: z.ZodType,
): ResolvedTranslation {
  const { meta, fields } = splitOverlay(overlay.data);
  const state = meta.translationOf === textStamp(english.data, english.body, spec) ? 'translated' : 'stale';
  const { data, problems } = localizeData(english.data, fields, spec, schema);
  const resolved: ResolvedTranslation = {
    state,
    data,
    bodyTranslated: spec.body && (overlay.body ?? '').trim() !== '',
    errors: problems.filter((p) => !p.drift || state === 'translated'),
    notes: problems.filter((p) => p.drift && state === 'stale'),
  };
  if (meta.translated !== undefined) resolved.translated = meta.translated;
  return resolved;
}
