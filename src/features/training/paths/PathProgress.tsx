/**
 * The modules of a role path with the learner's status for each (passed, started, not started),
 * how many are passed, and the certificate link, unlocked when every module is passed. Reads the
 * progress kept in this browser (src/features/training/progress/progress.ts) and follows changes made in other tabs.
 *
 * No-JS contract: the server render is the ordered list of modules with their minutes and
 * summaries, without any status, and a note that status needs JavaScript; the certificate link is
 * there too (the certificate page explains what it needs).
 */
import { useEffect, useState } from 'react';
import { certificateFor } from '../certificate/certificate.ts';
import {
  createProgressStore,
  emptyProgress,
  moduleStatus,
  progressCounts,
  type ModuleStatus,
  type Progress,
} from '../progress/progress.ts';
import { onStoreChange } from '#src/lib/storage.ts';
import { percent } from '../quiz/quiz.ts';
import { messages, type Strings } from '#src/lib/i18n/messages.ts';
import type { Locale } from '#src/lib/i18n/locale.ts';
import { STATUS_KEY, type PathKey } from '../strings.ts';

export interface PathProgressProps {
  modules: { id: string; title: string; href: string; minutes: number; summary: string }[];
  certificateHref: string;
  /** PATH_KEYS (../strings.ts), picked on the server. */
  strings: Strings<PathKey>;
  locale: Locale;
}

export function StatusIcon({ status }: { status: ModuleStatus }) {
  return (
    <svg
      className={`status-icon status-icon--${status}`}
      viewBox="0 0 20 20"
      width="18"
      height="18"
      aria-hidden="true"
      focusable="false"
    >
      <circle cx="10" cy="10" r="8" fill="none" stroke="currentColor" strokeWidth="2" />
      {status === 'passed' && (
        <path
          d="m6 10.5 2.8 2.8L14.5 7"
          fill="none"
          stroke="currentColor"
          strokeWidth="2.4"
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      )}
      {status === 'attempted' && <path d="M10 2a8 8 0 0 1 0 16Z" fill="currentColor" />}
    </svg>
  );
}

const STATUS_CLASS: Record<ModuleStatus, string> = {
  passed: 'status-good',
  attempted: 'status-warn',
  'not-started': 'muted',
};

export default function PathProgress({ modules, certificateHref, strings, locale }: PathProgressProps) {
  const { t, tn } = messages(strings, locale);
  const [progress, setProgress] = useState<Progress | null>(null);

  useEffect(() => {
    const store = createProgressStore();
    setProgress(store.read());
    return onStoreChange(store.key, () => setProgress(store.read()));
  }, []);

  const ids = modules.map((m) => m.id);
  const p = progress ?? emptyProgress();
  const counts = progressCounts(p, ids);
  const complete = progress !== null && certificateFor(p, ids).complete;

  return (
    <div className="path-progress" data-no-glossary="">
      {progress === null ? (
        <p className="meta">{t('training.path.noJs')}</p>
      ) : (
        <p className="path-progress__done">{t('training.path.done', { done: counts.passed, total: counts.total })}</p>
      )}
      <ol className="path-modules">
        {modules.map((m) => {
          const status = moduleStatus(p, m.id);
          const best = p.modules[m.id]?.bestScore;
          return (
            <li key={m.id}>
              <h3>
                <a href={m.href}>{m.title}</a>
              </h3>
              <p className="meta">
                {t('training.minutes', { minutes: m.minutes })}
                {progress !== null && (
                  <>
                    {' · '}
                    <span className={`path-status ${STATUS_CLASS[status]}`}>
                      <StatusIcon status={status} /> {t(STATUS_KEY[status])}
                      {status !== 'not-started' &&
                        best !== undefined &&
                        ` (${t('training.path.bestScore', { percent: percent(best) })})`}
                    </span>
                  </>
                )}
              </p>
              <p>{m.summary}</p>
            </li>
          );
        })}
      </ol>
      <h2 id="certificate-heading">{t('training.path.certificateHeading')}</h2>
      <p>{t('training.path.certificateIntro')}</p>
      {progress !== null && (
        <p className={complete ? 'status-good' : undefined}>
          {complete
            ? t('training.path.certificateReady')
            : tn('training.path.certificateLocked', counts.total - counts.passed)}
        </p>
      )}
      <p>
        <a className={complete ? 'button' : undefined} href={certificateHref}>
          {complete ? t('training.path.certificateLink') : t('training.path.certificateAbout')}
        </a>
      </p>
    </div>
  );
}
