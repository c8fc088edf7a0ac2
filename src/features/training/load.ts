/**
 * Server-side access to the training content for pages: modules in order, their quizzes, the role
 * paths, and the content versions printed on summaries and certificates. Loaded once per build.
 */
import { getEntry, type CollectionEntry } from 'astro:content';
import type { z } from 'astro/zod';
import type { ModuleSchema, PathSchema, QuizSchema } from '#src/schemas/training.ts';
import { entryPaths, sorted } from '#src/lib/content.ts';
import { moduleVersion, pathVersion, totalMinutes } from './training.ts';

// The entry types name their data explicitly (from the schemas), so this module and the pages type
// check even where Astro's generated content types are not available.
export type ModuleData = z.infer<ReturnType<typeof ModuleSchema>>;
export type QuizData = z.infer<ReturnType<typeof QuizSchema>>;
export type PathData = z.infer<ReturnType<typeof PathSchema>>;
export type ModuleEntry = CollectionEntry<'modules'> & { data: ModuleData };
export type QuizEntry = CollectionEntry<'quizzes'> & { data: QuizData };
export type PathEntry = CollectionEntry<'paths'> & { data: PathData };

export interface TrainingContent {
  /** Modules by `order`. */
  modules: ModuleEntry[];
  moduleById: Map<string, ModuleEntry>;
  /** module id → its quiz (same id). */
  quizByModule: Map<string, QuizEntry>;
  /** Paths by `order`. */
  paths: PathEntry[];
  /** module id → content version (hash of lessons, frontmatter and quiz). */
  moduleVersions: Map<string, string>;
  /** The modules of a path, in path order. */
  modulesOf(path: PathEntry): ModuleEntry[];
  /** Total minutes of a path. */
  minutesOf(path: PathEntry): number;
  /** The content version of a path (its modules' versions, in order). */
  versionOf(path: PathEntry): string;
}

let cached: Promise<TrainingContent> | undefined;

export function loadTraining(): Promise<TrainingContent> {
  cached ??= (async () => {
    const [modules, quizzes, paths] = (await Promise.all([sorted('modules'), sorted('quizzes'), sorted('paths')])) as [
      ModuleEntry[],
      QuizEntry[],
      PathEntry[],
    ];
    const moduleById = new Map(modules.map((m) => [m.id, m]));
    const quizByModule = new Map(quizzes.map((q) => [q.data.module, q]));
    const moduleVersions = new Map(
      modules.map((m) => [
        m.id,
        moduleVersion({ id: m.id, body: m.body ?? '', data: m.data }, quizByModule.get(m.id)?.data),
      ]),
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
  return cached;
}

/** One page per module (`[module]` routes). */
export const modulePaths = async () => entryPaths((await loadTraining()).modules, 'module');
/** One page per role path. */
export const pathPaths = async () => entryPaths((await loadTraining()).paths);

/** The quiz of a module (knowledge checks read their question from it). */
export const loadQuiz = (moduleId: string) => getEntry('quizzes', moduleId);
