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
import { certificateFor, createProgressStore, emptyProgress, moduleStatus, progressCounts, type ModuleStatus, type Progress } from '../progress/progress.ts';
import { onStoreChange } from '#src/lib/storage.ts';
import { percent } from '../quiz/quiz.ts';
import { fill } from '#src/lib/template.ts';

export interface PathStrings {
  noJs: string;
  status: Record<ModuleStatus, string>;
  /** "best score {percent}%" */
  bestScore: string;
  /** "{done} of {total} modules passed." */
  done: string;
  /** "{minutes} minutes" */
  minutes: string;
  certificateHeading: string;
  certificateIntro: string;
  certificateReady: string;
  /** "Locked: {count} modules still to pass." */
  certificateLocked: string;
  certificateLink: string;
  certificateAbout: string;
}

export interface PathProgressProps {
  modules: { id: string; title: string; href: string; minutes: number; summary: string }[];
  certificateHref: string;
  strings: PathStrings;
}

export function StatusIcon({ status }: { status: ModuleStatus }) {
  return (
    <svg className={`status-icon status-icon--${status}`} viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" focusable="false">
      <circle cx="10" cy="10" r="8" fill="none" stroke="currentColor" strokeWidth="2" />
      {status === 'passed' && <path d="m6 10.5 2.8 2.8L14.5 7" fill="none" stroke="currentColor" strokeWidth="2.4" strokeLinecap="round" strokeLinejoin="round" />}
      {status === 'attempted' && <path d="M10 2a8 8 0 0 1 0 16Z" fill="currentColor" />}
    </svg>
  );
}

const STATUS_CLASS: Record<ModuleStatus, string> = { passed: 'status-good', attempted: 'status-warn', 'not-started': 'muted' };

export default function PathProgress({ modules, certificateHref, strings }: PathProgressProps) {
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
      {progress === null ? <p className="meta">{strings.noJs}</p> : <p className="path-progress__done">{fill(strings.done, { done: counts.passed, total: counts.total })}</p>}
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
                {fill(strings.minutes, { minutes: m.minutes })}
                {progress !== null && (
                  <>
                    {' · '}
                    <span className={`path-status ${STATUS_CLASS[status]}`}>
                      <StatusIcon status={status} /> {strings.status[status]}
                      {status !== 'not-started' && best !== undefined && ` (${fill(strings.bestScore, { percent: percent(best) })})`}
                    </span>
                  </>
                )}
              </p>
              <p>{m.summary}</p>
            </li>
          );
        })}
      </ol>
      <h2 id="certificate-heading">{strings.certificateHeading}</h2>
      <p>{strings.certificateIntro}</p>
      {progress !== null && (
        <p className={complete ? 'status-good' : undefined}>
          {complete ? strings.certificateReady : fill(strings.certificateLocked, { count: counts.total - counts.passed })}
        </p>
      )}
      <p>
        <a className={complete ? 'button' : undefined} href={certificateHref}>
          {complete ? strings.certificateLink : strings.certificateAbout}
        </a>
      </p>
    </div>
  );
}
