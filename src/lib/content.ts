/**
 * Server-side access to content for pages: lookups by id, entries in a locale (translations laid
 * over their English entries), and the site-wide citation index. Pages call these instead of
 * repeating getCollection logic.
 */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import type { z } from 'astro/zod';
import { COLLECTION_NAMES, COLLECTIONS, TRANSLATABLE, type CollectionName } from '#src/schemas/index.ts';
import { citationIndex, collectSourceIds, type CitingPage } from './citations.ts';
import { DEFAULT_LOCALE, INTL_LOCALE, type Locale } from './i18n/locale.ts';
import { resolveTranslation } from './i18n/overlay.ts';
import type { TranslatableFields } from './i18n/translatable.ts';
import { urlFor } from './routes.ts';

export type Source = CollectionEntry<'sources'>;

const orderKey = (data: unknown) =>
  (data as { order?: number; number?: number }).order ?? (data as { number?: number }).number ?? 0;

/*
 * Every page asks for the same collections: `sorted` and `byId` work once per build, collection and
 * locale (the content does not change during a build), instead of once per page, which grew with
 * pages × entries. The map `byId` returns is shared: read it, never change it.
 */
const sortedCache = new Map<string, Promise<CollectionEntry<CollectionName>[]>>();
const byIdCache = new Map<string, Promise<Map<string, CollectionEntry<CollectionName>>>>();

/**
 * Entries of a collection sorted by `order` (then title) where they have one. With a locale: the
 * entries in that locale (`localized`), titles compared in its collation.
 */
export async function sorted<C extends CollectionName>(name: C): Promise<CollectionEntry<C>[]>;
export async function sorted<C extends CollectionName>(name: C, locale: Locale): Promise<LocalizedEntry<C>[]>;
export async function sorted<C extends CollectionName>(name: C, locale?: Locale): Promise<CollectionEntry<C>[]> {
  const key = `${locale ?? ''}/${name}`;
  let cached = sortedCache.get(key);
  if (!cached) {
    cached = (async () => {
      const entries =
        locale === undefined
          ? [...((await getCollection(name)) as CollectionEntry<C>[])]
          : [...(await localized(name, locale))];
      const collator = locale === undefined ? undefined : new Intl.Collator(INTL_LOCALE[locale]);
      const title = (e: CollectionEntry<C>) => String((e.data as { title: string }).title);
      return entries.sort(
        (a, b) =>
          orderKey(a.data) - orderKey(b.data) ||
          (collator ? collator.compare(title(a), title(b)) : title(a).localeCompare(title(b))),
      );
    })() as Promise<CollectionEntry<CollectionName>[]>;
    sortedCache.set(key, cached);
  }
  // A copy: callers may sort or filter it in place.
  return [...((await cached) as CollectionEntry<C>[])];
}

/** id → entry for a collection; with a locale, the entries in that locale (`localized`). Shared: do not change it. */
export async function byId<C extends CollectionName>(name: C): Promise<Map<string, CollectionEntry<C>>>;
export async function byId<C extends CollectionName>(name: C, locale: Locale): Promise<Map<string, LocalizedEntry<C>>>;
export async function byId<C extends CollectionName>(
  name: C,
  locale?: Locale,
): Promise<Map<string, CollectionEntry<C>>> {
  const key = `${locale ?? ''}/${name}`;
  let cached = byIdCache.get(key);
  if (!cached) {
    cached = (async () => {
      const entries =
        locale === undefined ? ((await getCollection(name)) as CollectionEntry<C>[]) : await localized(name, locale);
      return new Map(entries.map((e) => [e.id, e]));
    })() as Promise<Map<string, CollectionEntry<CollectionName>>>;
    byIdCache.set(key, cached);
  }
  return cached as Promise<Map<string, CollectionEntry<C>>>;
}

/** The source entries for a list of ids, in that order (ids are validated at build time), in `locale`. */
export async function sourcesFor(ids: string[], locale: Locale = DEFAULT_LOCALE): Promise<LocalizedEntry<'sources'>[]> {
  const all = await byId('sources', locale);
  return ids.map((id) => all.get(id)).filter((s): s is LocalizedEntry<'sources'> => s !== undefined);
}

const citations = new Map<Locale, Promise<Map<string, CitingPage[]>>>();

/**
 * source id → pages that cite it, across every collection, with their titles in `locale` (English by
 * default) and their English addresses. Computed once per build and locale.
 */
export function sourceCitations(locale: Locale = DEFAULT_LOCALE): Promise<Map<string, CitingPage[]>> {
  let found = citations.get(locale);
  if (!found) {
    found = (async () => {
      const pages: { href: string; title: string; sourceIds: string[]; lang?: string }[] = [];
      for (const name of COLLECTION_NAMES) {
        if (name === 'sources') continue;
        for (const entry of await localized(name, locale)) {
          const data = entry.data as Record<string, unknown>;
          pages.push({
            href: urlFor(name, entry.id, data),
            title: String(data.title),
            sourceIds: collectSourceIds(data),
            ...(entry.translation.state === 'missing' && locale !== DEFAULT_LOCALE ? { lang: DEFAULT_LOCALE } : {}),
          });
        }
      }
      return citationIndex(pages, INTL_LOCALE[locale]);
    })();
    citations.set(locale, found);
  }
  return found;
}

/**
 * The rendered body of an entry (its `Content` component and headings). For an entry in a locale
 * (`localize`, `localized`), the translated body when there is one, else the English body.
 */
export function renderEntry<C extends CollectionName>(entry: CollectionEntry<C> | LocalizedEntry<C>) {
  const translation = (entry as Partial<LocalizedEntry<C>>).translation;
  return translation?.bodyTranslated && translation.overlay ? render(translation.overlay) : render(entry);
}

/**
 * Where a localized entry's words come from:
 * - `original`: the English entry itself (the default locale);
 * - `translated`: a translation of the English text as it is now;
 * - `stale`: a translation of an older English text (show a short notice linking to the English);
 *   parts that no longer line up with the English are shown in English;
 * - `missing`: no translation: the English entry is shown (say so on the page).
 */
export type TranslationState = 'original' | 'translated' | 'stale' | 'missing';

export interface Translation<C extends CollectionName> {
  /** The locale the entry is given in. */
  locale: Locale;
  state: TranslationState;
  /** The English entry it comes from (ids, references, dates and numbers are always its own). */
  english: CollectionEntry<C>;
  /** The translation laid over it (`content/<locale>/<collection>/<id>.<ext>`), when there is one. */
  overlay?: CollectionEntry<'translations'>;
  /** The day of the translation, YYYY-MM-DD, when there is one. */
  translated?: string;
  /** Whether `renderEntry` renders a translated body (false: no body, or the English body is shown). */
  bodyTranslated: boolean;
}

/** An entry in a locale: the English entry with its `data` translated, and where its words come from. */
export type LocalizedEntry<C extends CollectionName> = CollectionEntry<C> & { translation: Translation<C> };

let overlays: Promise<Map<string, CollectionEntry<'translations'>>> | undefined;
const localizedCache = new Map<string, Promise<LocalizedEntry<CollectionName>[]>>();

/** Every translation, by id `<locale>/<collection>/<id>`. Read once per build. */
function translationEntries(): Promise<Map<string, CollectionEntry<'translations'>>> {
  overlays ??= getCollection('translations').then((all) => new Map(all.map((t) => [t.id, t])));
  return overlays;
}

const schemas = new Map<CollectionName, z.ZodType>();
/** A collection's schema, made once (making a Zod schema is not free). */
function schemaOf(name: CollectionName): z.ZodType {
  let schema = schemas.get(name);
  if (!schema) {
    schema = COLLECTIONS[name].schema() as z.ZodType;
    schemas.set(name, schema);
  }
  return schema;
}

/** One English entry in a locale, given the translations (see `localize`). */
function localizeWith<C extends CollectionName>(
  name: C,
  entry: CollectionEntry<C>,
  locale: Locale,
  all: Map<string, CollectionEntry<'translations'>>,
): LocalizedEntry<C> {
  if (locale === DEFAULT_LOCALE)
    return { ...entry, translation: { locale, state: 'original', english: entry, bodyTranslated: false } };
  const overlay = all.get(`${locale}/${name}/${entry.id}`);
  if (!overlay) return { ...entry, translation: { locale, state: 'missing', english: entry, bodyTranslated: false } };
  const resolved = resolveTranslation(
    { data: entry.data as Record<string, unknown>, body: (entry as { body?: string }).body },
    { data: overlay.data, body: overlay.body },
    TRANSLATABLE[name] as TranslatableFields,
    schemaOf(name),
  );
  if (resolved.errors.length > 0)
    throw new Error(
      `${overlay.filePath ?? overlay.id}: ${resolved.errors.map((p) => `${p.path ? `${p.path}: ` : ''}${p.message}`).join('; ')} (npm run validate)`,
    );
  const translation: Translation<C> = {
    locale,
    state: resolved.state,
    english: entry,
    overlay,
    bodyTranslated: resolved.bodyTranslated,
  };
  if (resolved.translated !== undefined) translation.translated = resolved.translated;
  return { ...entry, data: resolved.data, translation } as LocalizedEntry<C>;
}

/**
 * Every entry of a collection in a locale: each English entry with its translation laid over it
 * (`data` merged and checked with the English schema), or the English entry itself when there is no
 * translation (state `missing`). Same ids and order as `getCollection`. Computed once per build.
 */
export function localized<C extends CollectionName>(name: C, locale: Locale): Promise<LocalizedEntry<C>[]> {
  const key = `${locale}/${name}`;
  let cached = localizedCache.get(key);
  if (!cached) {
    cached = Promise.all([getCollection(name), translationEntries()]).then(([entries, all]) =>
      (entries as CollectionEntry<C>[]).map((e) => localizeWith(name, e, locale, all)),
    ) as Promise<LocalizedEntry<CollectionName>[]>;
    localizedCache.set(key, cached);
  }
  return cached as Promise<LocalizedEntry<C>[]>;
}

/** One entry in a locale (see `localized`); an entry already localized is localized afresh from its English entry. */
export async function localize<C extends CollectionName>(
  entry: CollectionEntry<C> | LocalizedEntry<C>,
  locale: Locale,
): Promise<LocalizedEntry<C>> {
  const english = (entry as Partial<LocalizedEntry<C>>).translation?.english ?? entry;
  const found = (await byId(english.collection as C, locale)).get(english.id);
  return found ?? localizeWith(english.collection as C, english, locale, await translationEntries());
}

/** `getStaticPaths` results for one page per entry: `params[param]` is the entry id, `props.entry` the entry. */
export function entryPaths<E extends { id: string }>(entries: readonly E[], param = 'id') {
  return entries.map((entry) => ({ params: { [param]: entry.id }, props: { entry } }));
}

/**
 * The day of the build (`YYYY-MM-DD`, UTC): "today" for what the tracker shows as coming or recent,
 * and for the feeds and the calendar. `BUILD_DATE=YYYY-MM-DD` fixes it (tests, reproducible builds).
 */
export function buildDay(): string {
  const fixed = process.env.BUILD_DATE;
  return fixed && /^\d{4}-\d{2}-\d{2}$/.test(fixed) ? fixed : new Date().toISOString().slice(0, 10);
}
