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
import {
  applyImport,
  createProgressStore,
  emptyProgress,
  exportProgress,
  importProgress,
  moduleStatus,
  pathProgress,
  progressCounts,
  storedProgressState,
  type ImportMode,
  type ModuleStatus,
  type Progress,
} from './progress.ts';
import { MAX_VALUE_LENGTH, browserStorage, onStoreChange } from '#src/lib/storage.ts';
import { percent } from '../quiz/quiz.ts';
import { formatDay, progressFileName } from '../training.ts';
import { fill } from '#src/lib/template.ts';
import { StatusIcon } from '../paths/PathProgress.tsx';

export interface ProgressStrings {
  noJs: string;
  noStorage: string;
  damaged: string;
  modulesHeading: string;
  modulesCount: string;
  tableCaption: string;
  'col.module': string;
  'col.status': string;
  'col.best': string;
  'col.attempts': string;
  'col.passedOn': string;
  none: string;
  pathsHeading: string;
  pathDone: string;
  certificateReady: string;
  certificateLocked: string;
  keepHeading: string;
  keepIntro: string;
  export: string;
  exported: string;
  importLegend: string;
  importFile: string;
  importMerge: string;
  importReplace: string;
  importButton: string;
  imported: string;
  importRefused: string;
  importNoFile: string;
  importSaveFailed: string;
  deleteHeading: string;
  deleteIntro: string;
  delete: string;
  deleteConfirm: string;
  deleteYes: string;
  deleteCancel: string;
  deleted: string;
  deleteCancelled: string;
  status: Record<ModuleStatus, string>;
}

export interface ProgressPanelProps {
  modules: { id: string; title: string; href: string }[];
  paths: { id: string; title: string; href: string; moduleIds: string[]; certificateHref: string }[];
  strings: ProgressStrings;
  locale?: string;
}

const STATUS_CLASS: Record<ModuleStatus, string> = { passed: 'status-good', attempted: 'status-warn', 'not-started': 'muted' };

export default function ProgressPanel({ modules, paths, strings, locale = 'en' }: ProgressPanelProps) {
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
    const name = progressFileName();
    const url = URL.createObjectURL(new Blob([exportProgress(progress)], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    say(fill(strings.exported, { file: name }));
  }

  async function onImport(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = fileRef.current?.files?.[0];
    if (!file) {
      setMessage('');
      setError(strings.importNoFile);
      return;
    }
    // Refuse obviously wrong files before reading them (importProgress checks the text length too).
    const text = file.size > MAX_VALUE_LENGTH * 4 ? 'x'.repeat(MAX_VALUE_LENGTH + 1) : await file.text();
    const result = importProgress(text);
    if (!result.ok) {
      setMessage('');
      setError(fill(strings.importRefused, { reason: result.error }));
      return;
    }
    const store = createProgressStore();
    const next = applyImport(store.read(), result.progress, mode);
    if (!store.write(next)) {
      setMessage('');
      setError(strings.importSaveFailed);
      return;
    }
    setProgress(next);
    setDamaged(false);
    if (fileRef.current) fileRef.current.value = '';
    const after = progressCounts(next, ids);
    say(fill(strings.imported, { passed: after.passed, total: after.total }));
  }

  function onDelete() {
    setConfirming(true);
    focusNext.current = 'confirm';
  }

  function confirmDelete(yes: boolean) {
    setConfirming(false);
    focusNext.current = 'delete';
    if (!yes) {
      say(strings.deleteCancelled);
      return;
    }
    const store = createProgressStore();
    store.clear();
    setProgress(store.read());
    setDamaged(false);
    say(strings.deleted);
  }

  return (
    <div className="progress-panel" data-no-glossary="">
      {!ready && <p className="callout">{strings.noJs}</p>}
      {ready && !canStore && <p className="callout status-warn">{strings.noStorage}</p>}
      {ready && damaged && <p className="callout status-warn">{strings.damaged}</p>}

      <h2 id="progress-modules">{strings.modulesHeading}</h2>
      {ready && (
        <>
          <p>{fill(strings.modulesCount, { passed: counts.passed, total: counts.total, attempted: counts.attempted })}</p>
          <div className="table-scroll" role="region" aria-labelledby="progress-table-caption" tabIndex={0}>
            <table>
              <caption id="progress-table-caption">{strings.tableCaption}</caption>
              <thead>
                <tr>
                  <th scope="col">{strings['col.module']}</th>
                  <th scope="col">{strings['col.status']}</th>
                  <th scope="col">{strings['col.best']}</th>
                  <th scope="col">{strings['col.attempts']}</th>
                  <th scope="col">{strings['col.passedOn']}</th>
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
                        <StatusIcon status={status} /> {strings.status[status]}
                      </td>
                      <td>{record?.bestScore !== undefined && record.attempts > 0 ? `${percent(record.bestScore)}%` : strings.none}</td>
                      <td>{record?.attempts ?? 0}</td>
                      <td>{record?.passed && record.completedAt ? formatDay(record.completedAt, locale) : strings.none}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </>
      )}

      <h2 id="progress-paths">{strings.pathsHeading}</h2>
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
                  {fill(strings.pathDone, { done, total })}
                  {' · '}
                  {complete ? (
                    <a className="status-good" href={p.certificateHref}>
                      {strings.certificateReady}
                    </a>
                  ) : (
                    <span className="muted">{strings.certificateLocked}</span>
                  )}
                </>
              )}
            </li>
          );
        })}
      </ul>

      <h2 id="progress-keep">{strings.keepHeading}</h2>
      <p>{strings.keepIntro}</p>
      <p>
        <button type="button" className="button" onClick={onExport} disabled={!ready}>
          {strings.export}
        </button>
      </p>
      <form className="progress-import" onSubmit={onImport} noValidate>
        <fieldset disabled={disabled}>
          <legend>{strings.importLegend}</legend>
          <p className="progress-import__file">
            <label htmlFor="progress-import-file">{strings.importFile}</label>
            <input id="progress-import-file" ref={fileRef} type="file" accept="application/json,.json" />
          </p>
          <div className="check">
            <input id="progress-import-merge" type="radio" name="progress-import-mode" value="merge" checked={mode === 'merge'} onChange={() => setMode('merge')} />
            <label htmlFor="progress-import-merge">{strings.importMerge}</label>
          </div>
          <div className="check">
            <input id="progress-import-replace" type="radio" name="progress-import-mode" value="replace" checked={mode === 'replace'} onChange={() => setMode('replace')} />
            <label htmlFor="progress-import-replace">{strings.importReplace}</label>
          </div>
          <p>
            <button type="submit" className="button button--quiet">
              {strings.importButton}
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

      <h2 id="progress-delete">{strings.deleteHeading}</h2>
      <p>{strings.deleteIntro}</p>
      {confirming ? (
        <div ref={confirmRef} className="progress-confirm" tabIndex={-1} role="group" aria-labelledby="progress-confirm-text">
          <p id="progress-confirm-text">{strings.deleteConfirm}</p>
          <p className="progress-confirm__buttons">
            <button type="button" className="button button--danger" onClick={() => confirmDelete(true)}>
              {strings.deleteYes}
            </button>
            <button type="button" className="button button--quiet" onClick={() => confirmDelete(false)}>
              {strings.deleteCancel}
            </button>
          </p>
        </div>
      ) : (
        <p>
          <button ref={deleteRef} type="button" className="button button--quiet" onClick={onDelete} disabled={disabled}>
            {strings.delete}
          </button>
        </p>
      )}
    </div>
  );
}
