/**
 * The UI strings each training island receives as props, resolved on the server from
 * `src/features/<feature>/i18n/<locale>.json training.json` (no i18n runtime ships to the browser).
 */
import type { useTranslations } from '#src/lib/i18n.ts';
import type { QuizStrings } from './quiz/Quiz.tsx';
import type { ProgressStrings } from './progress/ProgressPanel.tsx';
import type { PathStrings } from './paths/PathProgress.tsx';
import type { CertificateStrings } from './certificate/Certificate.tsx';

type T = ReturnType<typeof useTranslations>;

/** Every key under `prefix` with the prefix removed: `training.quiz.correct` → `correct`. */
function group(t: T, prefix: string, keys: readonly string[]): Record<string, string> {
  return Object.fromEntries(keys.map((k) => [k, t(`${prefix}.${k}`)]));
}

export function quizStrings(t: T, mode: 'quiz' | 'check'): QuizStrings {
  const keys = ['noJs', 'questionOf', 'questionN', 'scenario', 'selectAll', 'tryAgain', 'correct', 'incorrect', 'unanswered', 'yourAnswer', 'readMore', 'chooseFirst', 'score', 'passed', 'failed', 'review', 'saved', 'notSaved', 'progressLink', 'cleared', 'previous', 'previousPassed'] as const;
  return { ...(group(t, 'training.quiz', keys) as Omit<QuizStrings, 'check'>), check: t(mode === 'quiz' ? 'training.quiz.checkAnswers' : 'training.quiz.checkAnswer') };
}

export function progressStrings(t: T): ProgressStrings {
  const keys = ['noJs', 'noStorage', 'damaged', 'modulesHeading', 'modulesCount', 'tableCaption', 'col.module', 'col.status', 'col.best', 'col.attempts', 'col.passedOn', 'none', 'pathsHeading', 'pathDone', 'certificateReady', 'certificateLocked', 'keepHeading', 'keepIntro', 'export', 'exported', 'importLegend', 'importFile', 'importMerge', 'importReplace', 'importButton', 'imported', 'importRefused', 'importNoFile', 'importSaveFailed', 'deleteHeading', 'deleteIntro', 'delete', 'deleteConfirm', 'deleteYes', 'deleteCancel', 'deleted', 'deleteCancelled'] as const;
  return { ...(group(t, 'training.progress', keys) as unknown as Omit<ProgressStrings, 'status'>), status: statusStrings(t) };
}

function statusStrings(t: T): PathStrings['status'] {
  return { passed: t('training.path.status.passed'), attempted: t('training.path.status.attempted'), 'not-started': t('training.path.status.notStarted') };
}

export function pathStrings(t: T): PathStrings {
  const keys = ['noJs', 'bestScore', 'done', 'certificateHeading', 'certificateIntro', 'certificateReady', 'certificateLocked', 'certificateLink', 'certificateAbout'] as const;
  return { ...(group(t, 'training.path', keys) as unknown as Omit<PathStrings, 'status' | 'minutes'>), minutes: t('training.minutes'), status: statusStrings(t) };
}

export function certificateStrings(t: T): CertificateStrings {
  const keys = ['noJs', 'lockedHeading', 'lockedIntro', 'nameLabel', 'nameHint', 'print', 'printHint', 'heading', 'certifies', 'namePlaceholder', 'completed', 'tableCaption', 'col.module', 'col.date', 'col.score', 'completedOn', 'version', 'disclaimer', 'printed'] as const;
  return group(t, 'training.certificate', keys) as unknown as CertificateStrings;
}
