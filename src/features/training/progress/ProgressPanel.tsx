/**
 * The learner's progress page: modules passed and attempted with best scores, progress per role
 * path with certificate links, export to a JSON file, import from one (validated, merged or
 * replacing), and deleting everything after a confirmation. All logic is in src/features/training/progress/progress.ts;
 * storage goes through src/lib/storage.ts.
 *
 * Robustness: damaged or unreadable stored data reads as empty progress and is reported in words;
 * a refused import names the reason in a role="alert" message and leaves progress untouched. Other
 * tabs' changes are followed through the storage event (onStoreChange).
 *
 * No-JS contract: the server render explains that progress is kept by JavaScript in this browser
 * only, and shows the controls disabled.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { downloadText } from '#src/lib/download.ts';
import TableScroll from '#src/ui/TableScroll.tsx';
import { formatDay } from '#src/lib/i18n/format.ts';
import { applyImport, exportProgress, importProgress, type ImportMode } from './file.ts';
import {
  createProgressStore,
  emptyProgress,
  moduleStatus,
  pathProgress,
  progressCounts,
  storedProgressState,
  type ModuleStatus,
  type Progress,
} from './progress.ts';
import { MAX_VALUE_LENGTH, browserStorage, onStoreChange } from '#src/lib/storage.ts';
import { percent } from '../quiz/quiz.ts';
import { progressFileName } from '../training.ts';
import { messages, type Strings } from '#src/lib/i18n/messages.ts';
import type { Locale } from '#src/lib/i18n/locale.ts';
import { STATUS_KEY, type ProgressKey } from '../strings.ts';
import { StatusIcon } from '../paths/PathProgress.tsx';

export interface ProgressPanelProps {
  modules: { id: string; title: string; href: string }[];
  paths: { id: string; title: string; href: string; moduleIds: string[]; certificateHref: string }[];
  /** PROGRESS_KEYS (../strings.ts), picked on the server. */
  strings: Strings<ProgressKey>;
  locale: Locale;
}

const STATUS_CLASS: Record<ModuleStatus, string> = {
  passed: 'status-good',
  attempted: 'status-warn',
  'not-started': 'muted',
};

export default function ProgressPanel({ modules, paths, strings, locale }: ProgressPanelProps) {
  const { t } = messages(strings, locale);
  const [ready, setReady] = useState(false);
  const [progress, setProgress] = useState<Progress>(emptyProgress);
  const [canStore, setCanStore] = useState(true);
  const [damaged, setDamaged] = useState(false);
  const [message, setMessage] = useState('');
  const [error, setError] = useState('');
  const [mode, setMode] = useState<ImportMode>('merge');
  const [confirming, setConfirming] = useState(false);
  const fileRef = useRef<HTMLInputElement>(null);
  const confirmRef = useRef<HTMLDivElement>(null);
  const deleteRef = useRef<HTMLButtonElement>(null);
  const focusNext = useRef<'confirm' | 'delete' | null>(null);

  useEffect(() => {
    const store = createProgressStore();
    const refresh = () => {
      setProgress(store.read());
      setDamaged(storedProgressState() === 'damaged');
    };
    setCanStore(browserStorage() !== undefined);
    refresh();
    setReady(true);
    return onStoreChange(store.key, refresh);
  }, []);

  useEffect(() => {
    const target = focusNext.current;
    focusNext.current = null;
    if (target === 'confirm') confirmRef.current?.focus();
    if (target === 'delete') deleteRef.current?.focus();
  });

  const ids = modules.map((m) => m.id);
  const counts = progressCounts(progress, ids);
  const disabled = !ready || !canStore;

  function say(text: string) {
    setError('');
    setMessage(text);
  }

  function onExport() {
    const name = progressFileName(new Date(), t('training.progress.fileWord'));
    downloadText(exportProgress(progress), name, 'application/json');
    say(t('training.progress.exported', { file: name }));
  }

  async function onImport(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = fileRef.current?.files?.[0];
    if (!file) {
      setMessage('');
      setError(t('training.progress.importNoFile'));
      return;
    }
    // Refuse obviously wrong files before reading them (importProgress checks the text length too).
    const text = file.size > MAX_VALUE_LENGTH * 4 ? 'x'.repeat(MAX_VALUE_LENGTH + 1) : await file.text();
    const result = importProgress(text);
    if (!result.ok) {
      setMessage('');
      setError(t('training.progress.importRefused', { reason: t(result.error.key, result.error.vars) }));
      return;
    }
    const store = createProgressStore();
    const next = applyImport(store.read(), result.progress, mode);
    if (!store.write(next)) {
      setMessage('');
      setError(t('training.progress.importSaveFailed'));
      return;
    }
    setProgress(next);
    setDamaged(false);
    if (fileRef.current) fileRef.current.value = '';
    const after = progressCounts(next, ids);
    say(t('training.progress.imported', { passed: after.passed, total: after.total }));
  }

  function onDelete() {
    setConfirming(true);
    focusNext.current = 'confirm';
  }

  function confirmDelete(yes: boolean) {
    setConfirming(false);
    focusNext.current = 'delete';
    if (!yes) {
      say(t('training.progress.deleteCancelled'));
      return;
    }
    const store = createProgressStore();
    store.clear();
    setProgress(store.read());
    setDamaged(false);
    say(t('training.progress.deleted'));
  }

  return (
    <div className="progress-panel" data-no-glossary="">
      {!ready && <p className="callout">{t('training.progress.noJs')}</p>}
      {ready && !canStore && <p className="callout status-warn">{t('training.progress.noStorage')}</p>}
      {ready && damaged && <p className="callout status-warn">{t('training.progress.damaged')}</p>}

      <h2 id="progress-modules">{t('training.progress.modulesHeading')}</h2>
      {ready && (
        <>
          <p>
            {t('training.progress.modulesCount', {
              passed: counts.passed,
              total: counts.total,
              attempted: counts.attempted,
            })}
          </p>
          <TableScroll labelledBy="progress-table-caption">
            <table>
              <caption id="progress-table-caption">{t('training.progress.tableCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('training.progress.col.module')}</th>
                  <th scope="col">{t('training.progress.col.status')}</th>
                  <th scope="col">{t('training.progress.col.best')}</th>
                  <th scope="col">{t('training.progress.col.attempts')}</th>
                  <th scope="col">{t('training.progress.col.passedOn')}</th>
                </tr>
              </thead>
              <tbody>
                {modules.map((m) => {
                  const status = moduleStatus(progress, m.id);
                  const record = progress.modules[m.id];
                  return (
                    <tr key={m.id} data-module={m.id}>
                      <th scope="row">
                        <a href={m.href}>{m.title}</a>
                      </th>
                      <td className={STATUS_CLASS[status]}>
                        <StatusIcon status={status} /> {t(STATUS_KEY[status])}
                      </td>
                      <td>
                        {record?.bestScore !== undefined && record.attempts > 0
                          ? `${percent(record.bestScore)}%`
                          : t('training.progress.none')}
                      </td>
                      <td>{record?.attempts ?? 0}</td>
                      <td>
                        {record?.passed && record.completedAt
                          ? formatDay(record.completedAt, locale)
                          : t('training.progress.none')}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </TableScroll>
        </>
      )}

      <h2 id="progress-paths">{t('training.progress.pathsHeading')}</h2>
      <ul className="progress-paths">
        {paths.map((p) => {
          const { done, total } = pathProgress(progress, p.moduleIds);
          const complete = ready && done === total && total > 0;
          return (
            <li key={p.id}>
              <a href={p.href}>{p.title}</a>
              {ready && (
                <>
                  {': '}
                  {t('training.progress.pathDone', { done, total })}
                  {' · '}
                  {complete ? (
                    <a className="status-good" href={p.certificateHref}>
                      {t('training.progress.certificateReady')}
                    </a>
                  ) : (
                    <span className="muted">{t('training.progress.certificateLocked')}</span>
                  )}
                </>
              )}
            </li>
          );
        })}
      </ul>

      <h2 id="progress-keep">{t('training.progress.keepHeading')}</h2>
      <p>{t('training.progress.keepIntro')}</p>
      <p>
        <button type="button" className="button" onClick={onExport} disabled={!ready}>
          {t('training.progress.export')}
        </button>
      </p>
      <form className="progress-import" onSubmit={onImport} noValidate>
        <fieldset disabled={disabled}>
          <legend>{t('training.progress.importLegend')}</legend>
          <p className="progress-import__file">
            <label htmlFor="progress-import-file">{t('training.progress.importFile')}</label>
            <input id="progress-import-file" ref={fileRef} type="file" accept="application/json,.json" />
          </p>
          <div className="check">
            <input
              id="progress-import-merge"
              type="radio"
              name="progress-import-mode"
              value="merge"
              checked={mode === 'merge'}
              onChange={() => setMode('merge')}
            />
            <label htmlFor="progress-import-merge">{t('training.progress.importMerge')}</label>
          </div>
          <div className="check">
            <input
              id="progress-import-replace"
              type="radio"
              name="progress-import-mode"
              value="replace"
              checked={mode === 'replace'}
              onChange={() => setMode('replace')}
            />
            <label htmlFor="progress-import-replace">{t('training.progress.importReplace')}</label>
          </div>
          <p>
            <button type="submit" className="button button--quiet">
              {t('training.progress.importButton')}
            </button>
          </p>
        </fieldset>
      </form>
      <div className="progress-message progress-message--error" role="alert">
        {error && <p>{error}</p>}
      </div>
      <div className="progress-message" role="status" aria-live="polite">
        {message && <p>{message}</p>}
      </div>

      <h2 id="progress-delete">{t('training.progress.deleteHeading')}</h2>
      <p>{t('training.progress.deleteIntro')}</p>
      {confirming ? (
        // biome-ignore lint/a11y/useSemanticElements: a labelled group of a question and its two buttons (not form fields, so no <fieldset>).
        <div
          ref={confirmRef}
          className="progress-confirm"
          tabIndex={-1}
          role="group"
          aria-labelledby="progress-confirm-text"
        >
          <p id="progress-confirm-text">{t('training.progress.deleteConfirm')}</p>
          <p className="progress-confirm__buttons">
            <button type="button" className="button button--danger" onClick={() => confirmDelete(true)}>
              {t('training.progress.deleteYes')}
            </button>
            <button type="button" className="button button--quiet" onClick={() => confirmDelete(false)}>
              {t('training.progress.deleteCancel')}
            </button>
          </p>
        </div>
      ) : (
        <p>
          <button ref={deleteRef} type="button" className="button button--quiet" onClick={onDelete} disabled={disabled}>
            {t('training.progress.delete')}
          </button>
        </p>
      )}
    </div>
  );
}
