/**
 * The UI strings each training island uses. Its page hands them over with
 * `pick(QUIZ_KEYS)` (src/ui/i18n.ts); the island reads them with `messages()`. A key an island uses
 * but its list lacks is a type error (`Strings<QuizKey>` has no such key).
 */
import type { UiKey } from '#src/ui/i18n.ts';
import type { ModuleStatus } from './progress/progress.ts';

/** The words of a module's status (the same on the path page and the progress page). */
export const STATUS_KEY = {
  passed: 'training.path.status.passed',
  attempted: 'training.path.status.attempted',
  'not-started': 'training.path.status.notStarted',
} as const satisfies Record<ModuleStatus, UiKey>;

export const QUIZ_KEYS = [
  'training.quiz.checkAnswer',
  'training.quiz.checkAnswers',
  'training.quiz.chooseFirst',
  'training.quiz.cleared',
  'training.quiz.correct',
  'training.quiz.incorrect',
  'training.quiz.failed',
  'training.quiz.noJs',
  'training.quiz.passed',
  'training.quiz.notSaved',
  'training.quiz.previous',
  'training.quiz.previousPassed',
  'training.quiz.progressLink',
  'training.quiz.questionN',
  'training.quiz.questionOf',
  'training.quiz.readMore',
  'training.quiz.review',
  'training.quiz.saved',
  'training.quiz.scenario',
  'training.quiz.score',
  'training.quiz.selectAll',
  'training.quiz.tryAgain',
  'training.quiz.unanswered',
  'training.quiz.yourAnswer',
] as const satisfies readonly UiKey[];
export type QuizKey = (typeof QUIZ_KEYS)[number];

export const PROGRESS_KEYS = [
  'training.path.status.attempted',
  'training.path.status.notStarted',
  'training.path.status.passed',
  'training.progress.certificateLocked',
  'training.progress.certificateReady',
  'training.progress.col.attempts',
  'training.progress.col.best',
  'training.progress.col.module',
  'training.progress.col.passedOn',
  'training.progress.col.status',
  'training.progress.damaged',
  'training.progress.delete',
  'training.progress.deleteCancel',
  'training.progress.deleteCancelled',
  'training.progress.deleteConfirm',
  'training.progress.deleteHeading',
  'training.progress.deleteIntro',
  'training.progress.deleteYes',
  'training.progress.deleted',
  'training.progress.export',
  'training.progress.exported',
  'training.progress.importButton',
  'training.progress.importFile',
  'training.progress.importLegend',
  'training.progress.importMerge',
  'training.progress.importNoFile',
  'training.progress.importRefused',
  'training.progress.importError.empty',
  'training.progress.importError.tooBig',
  'training.progress.importError.notJson',
  'training.progress.importError.notProgress',
  'training.progress.importError.version',
  'training.progress.importError.damaged',
  'training.progress.importError.damagedAt',
  'training.progress.importReplace',
  'training.progress.importSaveFailed',
  'training.progress.imported',
  'training.progress.keepHeading',
  'training.progress.keepIntro',
  'training.progress.modulesCount',
  'training.progress.modulesHeading',
  'training.progress.noJs',
  'training.progress.noStorage',
  'training.progress.none',
  'training.progress.pathDone',
  'training.progress.pathsHeading',
  'training.progress.tableCaption',
] as const satisfies readonly UiKey[];
export type ProgressKey = (typeof PROGRESS_KEYS)[number];

export const PATH_KEYS = [
  'training.minutes',
  'training.path.bestScore',
  'training.path.certificateAbout',
  'training.path.certificateHeading',
  'training.path.certificateIntro',
  'training.path.certificateLink',
  'training.path.certificateLocked.one',
  'training.path.certificateLocked.other',
  'training.path.certificateReady',
  'training.path.done',
  'training.path.noJs',
  'training.path.status.attempted',
  'training.path.status.notStarted',
  'training.path.status.passed',
] as const satisfies readonly UiKey[];
export type PathKey = (typeof PATH_KEYS)[number];

export const CERTIFICATE_KEYS = [
  'training.certificate.certifies',
  'training.certificate.col.date',
  'training.certificate.col.module',
  'training.certificate.col.score',
  'training.certificate.completed',
  'training.certificate.completedOn',
  'training.certificate.disclaimer',
  'training.certificate.heading',
  'training.certificate.lockedHeading',
  'training.certificate.lockedIntro',
  'training.certificate.nameHint',
  'training.certificate.nameLabel',
  'training.certificate.namePlaceholder',
  'training.certificate.noJs',
  'training.certificate.print',
  'training.certificate.printHint',
  'training.certificate.printed',
  'training.certificate.tableCaption',
  'training.certificate.version',
] as const satisfies readonly UiKey[];
export type CertificateKey = (typeof CERTIFICATE_KEYS)[number];
