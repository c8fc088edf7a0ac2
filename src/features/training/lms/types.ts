/**
 * The data a SCORM package carries for its runtime (`index.html`, `<script type="application/json"
 * id="sco-data">`): the package, its modules with their questions (answer keys encoded as on the
 * site, see quiz/quiz.ts) and the UI strings of its language. Written by the build step
 * (scripts/build/scorm-packages.ts), read by the runtime (runtime/sco.ts).
 */
import type { Locale } from '#src/lib/i18n/locale.ts';
import type { Strings } from '#src/lib/i18n/messages.ts';
import type { ClientQuestion } from '../quiz/quiz.ts';
import type { ScoKey } from '../strings.ts';

export const SCORM_VERSIONS = ['1.2', '2004'] as const;
/** SCORM 1.2, or SCORM 2004 4th edition. */
export type ScormVersion = (typeof SCORM_VERSIONS)[number];

/** A package holds one module, or a role path's modules in sequence. */
export type PackageKind = 'module' | 'path';

export interface ScoModule {
  id: string;
  title: string;
  /** Estimated minutes, lessons and quiz together. */
  minutes: number;
  /** Share of questions needed to pass the quiz, 0–1. */
  passMark: number;
  /** The lessons, in order: title and length in words. */
  lessons: { title: string; words: number }[];
  /** The end-of-module quiz, as the site's quiz island receives it (no correct flags). */
  questions: ClientQuestion[];
  /** The knowledge checks inside the lessons (`<div data-check="id">` in the lesson HTML). */
  checks: ClientQuestion[];
}

export interface ScoData {
  /** Format of this object. */
  format: 1;
  kind: PackageKind;
  /** The module or path id. */
  id: string;
  title: string;
  /** The content version (a hash of the modules' lessons and quizzes): resume state is valid only for it. */
  version: string;
  scorm: ScormVersion;
  locale: Locale;
  modules: ScoModule[];
  strings: Strings<ScoKey>;
}
