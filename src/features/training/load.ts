/**
 * Server-side access to the training content for pages: modules in order, their quizzes, the role
 * paths, and the content versions printed on summaries and certificates. Loaded once per build.
 */
import type { z } from 'astro/zod';
import type { ModuleSchema, PathSchema, QuizSchema, TrainingTopicSchema } from '#src/schemas/training.ts';
import {
  byId,
  entryPaths,
  localize,
  localized,
  renderEntry,
  sorted,
  type LocalizedEntry,
  type Source,
} from '#src/lib/content.ts';
import { latestDay } from '#src/lib/dates.ts';
import { DEFAULT_LOCALE, INTL_LOCALE, type Locale } from '#src/lib/i18n/locale.ts';
import { wordsLang } from '#src/lib/i18n/notice.ts';
import { buildCoverage, coverageRecords, type CoverageMap, type RequirementPlace } from './coverage/coverage.ts';
import { PACKAGE_LOCALES } from './lms/package.ts';
import pkg from '../../../package.json' with { type: 'json' };
import { lessonsFromHeadings, moduleVersion, pathVersion, totalMinutes } from './training.ts';

// The entry types name their data explicitly (from the schemas), so this module and the pages type
// check even where Astro's generated content types are not available.
export type ModuleData = z.infer<ReturnType<typeof ModuleSchema>>;
export type QuizData = z.infer<ReturnType<typeof QuizSchema>>;
export type PathData = z.infer<ReturnType<typeof PathSchema>>;
export type ModuleEntry = LocalizedEntry<'modules'> & { data: ModuleData };
export type QuizEntry = LocalizedEntry<'quizzes'> & { data: QuizData };
export type PathEntry = LocalizedEntry<'paths'> & { data: PathData };
export type TopicData = z.infer<ReturnType<typeof TrainingTopicSchema>>;
export type TopicEntry = LocalizedEntry<'training-topics'> & { data: TopicData };

export interface TrainingContent {
  /** Modules by `order`. */
  modules: ModuleEntry[];
  moduleById: Map<string, ModuleEntry>;
  /** module id → its quiz (same id). */
  quizByModule: Map<string, QuizEntry>;
  /** Paths by `order`. */
  paths: PathEntry[];
  /**
   * module id → content version (hash of the ENGLISH lessons, frontmatter and quiz: the same in every
   * language, so progress and certificates carry over when the reader switches language).
   */
  moduleVersions: Map<string, string>;
  /** The modules of a path, in path order. */
  modulesOf(path: PathEntry): ModuleEntry[];
  /** Total minutes of a path. */
  minutesOf(path: PathEntry): number;
  /** The content version of a path (its modules' versions, in order). */
  versionOf(path: PathEntry): string;
  /** The latest `lastReviewed` of a module and its quiz (YYYY-MM-DD). */
  reviewedOfModule(moduleId: string): string;
  /** The latest `lastReviewed` of a path, its modules and their quizzes (YYYY-MM-DD). */
  reviewedOf(path: PathEntry): string;
}

/** The academy's release (package.json `version`), printed with the content date on certificates and packages. */
export const RELEASE: string = pkg.version;

const cached = new Map<Locale, Promise<TrainingContent>>();
const coverageCache = new Map<Locale, Promise<CoverageContent>>();

/** The training content in `locale` (translations laid over the English; see `localized`). */
export function loadTraining(locale: Locale = DEFAULT_LOCALE): Promise<TrainingContent> {
  let found = cached.get(locale);
  if (found) return found;
  found = (async () => {
    const [modules, quizzes, paths] = (await Promise.all([
      sorted('modules', locale),
      sorted('quizzes', locale),
      sorted('paths', locale),
    ])) as [ModuleEntry[], QuizEntry[], PathEntry[]];
    const moduleById = new Map(modules.map((m) => [m.id, m]));
    const quizByModule = new Map(quizzes.map((q) => [q.data.module, q]));
    // Versions hash the English: the same in every language, so progress carries over.
    const english = (e: ModuleEntry | QuizEntry) => e.translation.english;
    const moduleVersions = new Map(
      modules.map((m) => {
        const quiz = quizByModule.get(m.id);
        return [
          m.id,
          moduleVersion(
            { id: m.id, body: english(m).body ?? '', data: english(m).data as ModuleData },
            quiz ? (english(quiz).data as QuizData) : undefined,
          ),
        ];
      }),
    );
    const modulesOf = (path: PathEntry) =>
      path.data.modules.map((id) => moduleById.get(id)).filter((m): m is ModuleEntry => m !== undefined);
    const reviewedOfModule = (id: string) =>
      latestDay([moduleById.get(id)?.data.lastReviewed, quizByModule.get(id)?.data.lastReviewed]) ?? '';
    return {
      modules,
      moduleById,
      quizByModule,
      paths,
      moduleVersions,
      modulesOf,
      minutesOf: (path) => totalMinutes(modulesOf(path).map((m) => m.data)),
      reviewedOfModule,
      reviewedOf: (path) => latestDay([path.data.lastReviewed, ...path.data.modules.map(reviewedOfModule)]) ?? '',
      versionOf: (path) =>
        pathVersion(
          path.id,
          path.data.modules.map((id) => moduleVersions.get(id) ?? ''),
        ),
    };
  })();
  cached.set(locale, found);
  return found;
}

/** One page per module (`[module]` routes). */
export const modulePaths = async () => entryPaths((await loadTraining()).modules, 'module');
/** One page per role path. */
export const pathPaths = async () => entryPaths((await loadTraining()).paths);

/** The build-only pages of the SCORM packages: one per package language and module. */
export const scoSourcePaths = async () => {
  const { modules } = await loadTraining();
  return PACKAGE_LOCALES.flatMap((locale) =>
    modules.map((entry) => ({ params: { locale, module: entry.id }, props: { entry } })),
  );
};

/** The quiz of a module in `locale` (knowledge checks read their question from it). */
export const loadQuiz = async (moduleId: string, locale: Locale = DEFAULT_LOCALE) =>
  (await localized('quizzes', locale)).find((q) => q.id === moduleId) as QuizEntry | undefined;

const lessonCache = new Map<string, Promise<{ slug: string; text: string }[]>>();

/**
 * The lessons of a module (its `##` headings: slug and text), from its rendered body; for a module
 * in a locale (`localize`), the headings of its translated body.
 */
export function lessonsOf(entry: ModuleEntry | LocalizedEntry<'modules'>): Promise<{ slug: string; text: string }[]> {
  const key = `${(entry as Partial<LocalizedEntry<'modules'>>).translation?.locale ?? 'en'}/${entry.id}`;
  let lessons = lessonCache.get(key);
  if (!lessons) {
    lessons = renderEntry(entry).then(({ headings }) => lessonsFromHeadings(headings));
    lessonCache.set(key, lessons);
  }
  return lessons;
}

/** The MDX body a module shows in its locale: the translated body when there is one. */
export function bodyOf(entry: ModuleEntry | LocalizedEntry<'modules'>): string {
  const translation = (entry as Partial<LocalizedEntry<'modules'>>).translation;
  return (translation?.bodyTranslated ? translation.overlay?.body : entry.body) ?? '';
}

export interface CoverageContent {
  map: CoverageMap;
  /** The name of a jurisdiction (undefined for "g7" and "international", which pages name themselves). */
  jurisdictionName(place: RequirementPlace): string | undefined;
  /** The sources the requirements cite, by id. */
  sources: Map<string, Source>;
  /** The latest `lastReviewed` of the topics. */
  lastReviewed: string | undefined;
  /** The topics in the page's language, for its translation notice. */
  topics: TopicEntry[];
  /** The language of a topic's words when it is not the page's (an untranslated topic: 'en'). */
  topicLang(id: string): 'en' | undefined;
}

/**
 * The coverage map for a page in `locale`: topics, their requirements and the lessons that teach
 * them. Places are sorted G7 first, then jurisdictions by name in the page's language, then other
 * international recommendations.
 */
export function loadCoverage(locale: Locale): Promise<CoverageContent> {
  let coverage = coverageCache.get(locale);
  if (!coverage) {
    coverage = buildCoverageContent(locale);
    coverageCache.set(locale, coverage);
  }
  return coverage;
}

async function buildCoverageContent(locale: Locale): Promise<CoverageContent> {
  const [training, topics, jurisdictions, sources] = await Promise.all([
    loadTraining(),
    sorted('training-topics', locale) as Promise<TopicEntry[]>,
    localized('jurisdictions', locale),
    byId('sources'),
  ]);
  const names = new Map(jurisdictions.map((j) => [j.id, String(j.data.title)]));
  const collator = new Intl.Collator(INTL_LOCALE[locale]);
  const rank = (p: string) => (p === 'g7' ? 0 : p === 'international' ? 2 : 1);
  const modules = await Promise.all(
    training.modules.map(async (english) => {
      const m = (await localize(english, locale)) as LocalizedEntry<'modules'> & { data: ModuleData };
      return { id: m.id, title: m.data.title, order: m.data.order, covers: m.data.covers, lessons: await lessonsOf(m) };
    }),
  );
  const map = buildCoverage(
    topics.map((t) => ({ id: t.id, ...t.data })),
    modules,
    (a, b) => rank(a) - rank(b) || collator.compare(names.get(a) ?? a, names.get(b) ?? b),
  );
  return {
    map,
    jurisdictionName: (place) => names.get(place),
    sources,
    lastReviewed: latestDay(topics.map((t) => t.data.lastReviewed)),
    topics,
    topicLang: (id) => wordsLang(topics.find((t) => t.id === id)?.translation),
  };
}

/** `/data/training-coverage.json`: the coverage map's records (English), as published. */
export async function coverageRecordsText(): Promise<string> {
  const { map, sources } = await loadCoverage('en');
  const records = coverageRecords(map, (id) => {
    const s = sources.get(id);
    return s && { id, title: s.data.title, publisher: s.data.publisher, url: s.data.url, official: s.data.official };
  });
  return JSON.stringify(records, null, 1);
}
