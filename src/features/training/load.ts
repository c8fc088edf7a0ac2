/**
 * Server-side access to the training content for pages: modules in order, their quizzes, the role
 * paths, and the content versions printed on summaries and certificates. Loaded once per build.
 */
import type { z } from 'astro/zod';
import type { ModuleSchema, PathSchema, QuizSchema } from '#src/schemas/training.ts';
import { entryPaths, type LocalizedEntry, localized, sorted } from '#src/lib/content.ts';
import { DEFAULT_LOCALE, type Locale } from '#src/lib/i18n/locale.ts';
import { moduleVersion, pathVersion, totalMinutes } from './training.ts';

// The entry types name their data explicitly (from the schemas), so this module and the pages type
// check even where Astro's generated content types are not available.
export type ModuleData = z.infer<ReturnType<typeof ModuleSchema>>;
export type QuizData = z.infer<ReturnType<typeof QuizSchema>>;
export type PathData = z.infer<ReturnType<typeof PathSchema>>;
export type ModuleEntry = LocalizedEntry<'modules'> & { data: ModuleData };
export type QuizEntry = LocalizedEntry<'quizzes'> & { data: QuizData };
export type PathEntry = LocalizedEntry<'paths'> & { data: PathData };

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
}

const cached = new Map<Locale, Promise<TrainingContent>>();

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
    return {
      modules,
      moduleById,
      quizByModule,
      paths,
      moduleVersions,
      modulesOf,
      minutesOf: (path) => totalMinutes(modulesOf(path).map((m) => m.data)),
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

/** The quiz of a module in `locale` (knowledge checks read their question from it). */
export const loadQuiz = async (moduleId: string, locale: Locale = DEFAULT_LOCALE) =>
  (await localized('quizzes', locale)).find((q) => q.id === moduleId) as QuizEntry | undefined;
