/**
 * Checks the translations ("overlays", `content/<locale>/<collection>/<id>.<ext>`, content/README.md
 * "Translations") against the English entries the validator has loaded, and says for each whether it
 * is current or stale. Used by `npm run validate` (and so the build), `npm run i18n:status` and
 * `npm run i18n:stamp`.
 *
 * A problem in a translation is an error (the build stops) when the translation is wrong in itself:
 * its English entry is missing, it does not parse, it holds a field that is not translatable, its
 * items do not line up, its stamp is missing or not converted, or the merged entry fails the English
 * schema. When the English entry has changed since (the translation is stale), what no longer lines
 * up is only a warning: those parts show in English until the translation is updated.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { z } from 'astro/zod';
import { parseContentFile } from '#scripts/lib/content-files.ts';
import { DEFAULT_LOCALE, LOCALES } from '#src/lib/i18n/locale.ts';
import { checkBody, componentTags, localizeData, splitOverlay, type OverlayMeta } from '#src/lib/i18n/overlay.ts';
import { GIT_BLOB_RE, STAMP_RE, textStamp } from '#src/lib/i18n/translatable.ts';
import { entryIdFromPath, listEntryFiles } from '#src/schemas/content-index.ts';
import { COLLECTIONS, TRANSLATABLE, type CollectionName } from '#src/schemas/index.ts';
import { type ContentProblem, type LoadedEntry, usesMdx } from './entries.ts';

/** The locales whose translations live in `content/<locale>/`: every locale but the default. */
export const TRANSLATION_LOCALES: readonly string[] = LOCALES.filter((l) => l !== DEFAULT_LOCALE);

const FORMAT_EXTENSIONS = { mdx: ['.md', '.mdx'], yaml: ['.yaml', '.yml'] } as const;

export type TranslationState = 'translated' | 'stale' | 'unstamped';

/** One translation file as checked. */
export interface TranslationReport {
  locale: string;
  collection: CollectionName;
  id: string;
  /** Path relative to the project, e.g. "content/fr/glossary/dual-use.yaml". */
  file: string;
  /** translated: its stamp is the English text's; stale: the English text changed since; unstamped: no usable stamp. */
  state: TranslationState;
  meta: OverlayMeta;
  /** The stamp of the current English text. */
  englishStamp: string;
  /** Errors: the build stops. */
  problems: ContentProblem[];
  /** Parts that no longer line up with the changed English (they show in English), and other notes. */
  warnings: ContentProblem[];
}

export interface TranslationCheck {
  reports: TranslationReport[];
  /** Problems not tied to one translation file (unknown folders). */
  problems: ContentProblem[];
}

/** Whether a top-level folder of `content/` holds translations. */
export const isLocaleFolder = (name: string) => TRANSLATION_LOCALES.includes(name);

/** The English entries by collection and id, for lookups. */
function index(entries: readonly LoadedEntry[]) {
  const m = new Map<string, LoadedEntry>();
  for (const e of entries) m.set(`${e.collection}/${e.id}`, e);
  return m;
}

/**
 * Checks every translation under `root/<locale>/` against the English `entries` (as loaded by the
 * validator: schema output and body). `rel` turns an absolute path into the path shown to people.
 */
export function checkTranslations(
  root: string,
  entries: readonly LoadedEntry[],
  rel: (p: string) => string,
): TranslationCheck {
  const english = index(entries);
  const schemas = new Map<CollectionName, z.ZodType>();
  const schemaOf = (c: CollectionName) => {
    let s = schemas.get(c);
    if (!s) {
      s = COLLECTIONS[c].schema() as z.ZodType;
      schemas.set(c, s);
    }
    return s;
  };
  const reports: TranslationReport[] = [];
  const problems: ContentProblem[] = [];
  const quizzes = new Map(
    entries.filter((e) => e.collection === 'quizzes').map((q) => [q.id, q.data.checks as { id: string }[]]),
  );

  for (const locale of TRANSLATION_LOCALES) {
    const base = join(root, locale);
    if (!existsSync(base)) continue;
    for (const name of readdirSync(base).sort()) {
      if (name.startsWith('.') || name.startsWith('_')) continue;
      const dir = join(base, name);
      if (!statSync(dir).isDirectory()) {
        problems.push({
          file: rel(dir),
          field: '',
          message: `a translation lives in ${locale}/<collection>/<id>.<ext>`,
        });
        continue;
      }
      if (!(name in COLLECTIONS)) {
        problems.push({
          file: rel(dir),
          field: '',
          message: `unknown collection folder; known: ${Object.keys(COLLECTIONS).join(', ')}`,
        });
        continue;
      }
      const collection = name as CollectionName;
      for (const path of listEntryFiles(collection, base)) {
        reports.push(checkOne(locale, collection, path, join(dir, path), english, quizzes, schemaOf(collection), rel));
      }
    }
  }
  return { reports, problems };
}

function checkOne(
  locale: string,
  collection: CollectionName,
  path: string,
  full: string,
  english: Map<string, LoadedEntry>,
  quizzes: Map<string, { id: string }[]>,
  schema: z.ZodType,
  rel: (p: string) => string,
): TranslationReport {
  const spec = COLLECTIONS[collection];
  const translatable = TRANSLATABLE[collection];
  const id = entryIdFromPath(path);
  const file = rel(full);
  const report: TranslationReport = {
    locale,
    collection,
    id,
    file,
    state: 'unstamped',
    meta: {},
    englishStamp: '',
    problems: [],
    warnings: [],
  };
  const error = (field: string, message: string) => report.problems.push({ file, field, message });
  const warn = (field: string, message: string) => report.warnings.push({ file, field, message });

  const allowed = FORMAT_EXTENSIONS[spec.format] as readonly string[];
  if (!allowed.includes(extname(path))) {
    error('', `a ${collection} translation must be ${allowed.join(' or ')}, like its English entry`);
    return report;
  }
  const en = english.get(`${collection}/${id}`);
  if (!en) {
    error('', `translates no English entry: content/${collection}/${id}.* does not exist (or is invalid)`);
    return report;
  }
  report.englishStamp = textStamp(en.data, en.body, translatable);

  let raw: unknown;
  let body: string | undefined;
  try {
    const parsed = parseContentFile(readFileSync(full, 'utf8'), full);
    if (spec.format === 'mdx' && !parsed.hasFrontmatter) {
      error('', 'missing YAML frontmatter between --- lines');
      return report;
    }
    raw = parsed.data;
    body = parsed.body;
  } catch (e) {
    error('', `cannot be parsed: ${(e as Error).message.split('\n')[0]}`);
    return report;
  }

  const { meta, fields } = splitOverlay(raw);
  report.meta = meta;
  const rawStamp = (raw as { translationOf?: unknown } | undefined)?.translationOf;
  if (rawStamp !== undefined && typeof rawStamp !== 'string') {
    error('translationOf', 'must be quoted text ("…"): YAML reads an unquoted stamp of digits as a number');
    delete meta.translationOf;
  } else if (meta.translationOf === undefined) {
    error('translationOf', 'missing: stamp the translation with `npm run i18n:stamp -- <file>`');
  } else if (GIT_BLOB_RE.test(meta.translationOf)) {
    error(
      'translationOf',
      'is a git blob hash (the form translators write): convert it with `npm run i18n:stamp -- --convert`',
    );
  } else if (!STAMP_RE.test(meta.translationOf)) {
    error('translationOf', 'must be the 12-hex stamp written by `npm run i18n:stamp`');
  } else {
    report.state = meta.translationOf === report.englishStamp ? 'translated' : 'stale';
  }
  if (meta.translated === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(meta.translated))
    error('translated', 'missing or not a date written YYYY-MM-DD (the day of the translation)');

  const current = report.state !== 'stale';
  const { problems } = localizeData(en.data, fields, translatable, schema);
  for (const p of problems) (p.drift && !current ? warn : error)(p.path, p.message);

  if (spec.format === 'mdx') {
    const text = body ?? '';
    if (!translatable.body) {
      if (text.trim() !== '') error('body', 'the body of this collection is not translated: leave it empty');
    } else if (text.trim() === '') {
      warn('body', 'no translated body: the English body is shown');
    } else {
      for (const p of checkBody(en.body, text)) (p.drift && !current ? warn : error)(p.path, p.message);
      const mdx = usesMdx(text);
      if (extname(path) === '.mdx' && !mdx)
        error('', 'uses no MDX component: rename it to .md (plain Markdown builds faster and with less memory)');
      else if (extname(path) === '.md' && mdx)
        error('', 'uses an MDX component or import, which plain Markdown would print as text: rename it to .mdx');
      if (collection === 'modules') {
        const checks = new Set((quizzes.get(id) ?? []).map((c) => c.id));
        for (const tag of componentTags(text)) {
          const [component, checkId] = tag.split('#');
          if (component === 'KnowledgeCheck' && (checkId === undefined || !checks.has(checkId)))
            error('body', `<KnowledgeCheck id="${checkId ?? ''}" /> names no check of content/quizzes/${id}.yaml`);
        }
      }
    }
  }
  return report;
}

/** Entries of a collection that have no translation in a locale. */
export function missingTranslations(
  entries: readonly LoadedEntry[],
  reports: readonly TranslationReport[],
  locale: string,
): LoadedEntry[] {
  const have = new Set(reports.filter((r) => r.locale === locale).map((r) => `${r.collection}/${r.id}`));
  return entries.filter((e) => !have.has(`${e.collection}/${e.id}`));
}

/** The English file of an entry, if any (`content/<collection>/<id>.<ext>`). */
export function englishFileOf(root: string, collection: string, id: string): string | undefined {
  for (const ext of ['.md', '.mdx', '.yaml', '.yml']) {
    const f = join(root, collection, `${id}${ext}`);
    if (existsSync(f)) return f;
  }
  return undefined;
}

/**
 * The stamp of an English entry's text as written in `source` (the text of its file, e.g. an older
 * version read from git). Reads it with the collection's schema when it still validates (as the site
 * does), else as parsed: the text fields are the same either way.
 */
export function stampOfSource(collection: CollectionName, source: string, fileName: string): string {
  const { data, body } = englishOfSource(collection, source, fileName);
  return textStamp(data, body, TRANSLATABLE[collection]);
}

/** An English entry's data and body from the text of its file (see `stampOfSource`). */
export function englishOfSource(
  collection: CollectionName,
  source: string,
  fileName: string,
): { data: Record<string, unknown>; body: string | undefined } {
  const parsed = parseContentFile(source, fileName);
  const result = COLLECTIONS[collection].schema().safeParse(parsed.data ?? {});
  const data = (result.success ? result.data : parsed.data) as Record<string, unknown>;
  return { data, body: parsed.body };
}
