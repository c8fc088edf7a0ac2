/**
 * The comparison picker (/compare/): pick 2 to 4 jurisdictions (G7 first) and any dimensions, keep
 * only differences or some values, and get a table of that view, a shareable address and CSV/JSON
 * downloads made in the browser. All logic is in matrix.ts, view.ts and export.ts; this file only holds state.
 *
 * No-JS contract: the server render shows the controls disabled with a note saying the full matrix
 * below has everything; hydration (client:idle) enables them and restores the view from the address.
 * The view is written back with history.replaceState, so sharing or reloading the address reopens it.
 * Downloads are Blob object URLs on ordinary links: nothing is sent anywhere.
 */
import { useEffect, useId, useMemo, useState } from 'react';
import { textUrl } from '#src/lib/download.ts';
import TableScroll from '#src/ui/TableScroll.tsx';
import { COMPARE_VALUES, MAX_PICK, unpackMatrix, type Cell } from './matrix.ts';
import {
  EMPTY_VIEW,
  isComparable,
  parseView,
  serialiseView,
  summarise,
  toggleId,
  viewRows,
  type ViewState,
} from './view.ts';
import { downloadName, toCsv, toViewJson } from './export.ts';
import { messages, type Messages, type Strings } from '#src/lib/i18n/messages.ts';
import type { Locale } from '#src/lib/i18n/locale.ts';
import type { PickerKey } from './strings.ts';
import InstrumentLinks from './InstrumentLinks.tsx';
import ValueMark from './ValueMark.tsx';

type Text = Messages<PickerKey>['t'];

export interface ComparePickerProps {
  /** The matrix from `packMatrix` (matrix.ts): compact, so the page stays light. */
  packedMatrix: string;
  /** PICKER_KEYS (strings.ts), picked on the server. */
  strings: Strings<PickerKey>;
  locale: Locale;
  /** source id → its number in the page's source list (for "[3]" links to #cite-<id>). */
  citeNumbers: Record<string, number>;
}

/** "A", "A and B", "A, B and C". */
function listNames(names: string[], and: string): string {
  if (names.length < 2) return names.join('');
  return `${names.slice(0, -1).join(', ')} ${and} ${names.at(-1)}`;
}

function CellView({
  cell,
  t,
  citeNumbers,
  titles,
}: {
  cell: Cell | null;
  t: Text;
  citeNumbers: Record<string, number>;
  titles?: Record<string, string> | undefined;
}) {
  if (!cell) return <td>—</td>;
  const n = citeNumbers[cell.source];
  return (
    <td>
      <ValueMark value={cell.value} t={t} />
      <p className="picker__note">
        {cell.note}{' '}
        {n !== undefined && (
          <a className="cite" href={`#cite-${cell.source}`}>
            <span className="visually-hidden">{t('jur.source')} </span>[{n}]
          </a>
        )}
      </p>
      <InstrumentLinks ids={cell.instruments} titles={titles} label={t('compare.instruments')} />
    </td>
  );
}

/** A Blob object URL for some text, revoked when the text changes or the island unmounts. */
function useObjectUrl(text: string | null, type: string): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (text === null) {
      setUrl(null);
      return;
    }
    const u = textUrl(text, type);
    setUrl(u);
    return () => URL.revokeObjectURL(u);
  }, [text, type]);
  return url;
}

export default function ComparePicker({ packedMatrix, strings, locale, citeNumbers }: ComparePickerProps) {
  const { t, tn } = messages(strings, locale);
  const uid = useId();
  const matrix = useMemo(() => unpackMatrix(packedMatrix), [packedMatrix]);
  const [ready, setReady] = useState(false);
  const [view, setView] = useState<ViewState>(EMPTY_VIEW);

  // Restore the view from the address once, after hydration (the server has no address to read).
  useEffect(() => {
    setView(parseView(window.location.search, matrix));
    setReady(true);
  }, [matrix]);

  // Keep the address in step with the view, without adding history entries.
  useEffect(() => {
    if (!ready) return;
    const query = serialiseView(view);
    const next = query ? `${window.location.pathname}?${query}` : window.location.pathname;
    if (next !== window.location.pathname + window.location.search)
      window.history.replaceState(window.history.state, '', next + window.location.hash);
  }, [view, ready]);

  const rows = useMemo(() => viewRows(matrix, view), [matrix, view]);
  const comparable = isComparable(view);
  const summary = summarise(view, rows);
  const names = view.jurisdictions.map((id) => matrix.jurisdictions.find((j) => j.id === id)?.title ?? id);
  const csv = useMemo(
    () => (ready && comparable ? toCsv(matrix, view.jurisdictions, rows) : null),
    [ready, comparable, matrix, view, rows],
  );
  const json = useMemo(
    () => (ready && comparable ? JSON.stringify(toViewJson(matrix, view, rows), null, 2) : null),
    [ready, comparable, matrix, view, rows],
  );
  const csvUrl = useObjectUrl(csv, 'text/csv;charset=utf-8');
  const jsonUrl = useObjectUrl(json, 'application/json;charset=utf-8');

  const dims = (n: number) => tn('picker.dimensionCount', n);
  let message = '';
  if (ready) {
    if (!comparable) message = t('picker.pickMore');
    else if (rows.length === 0) message = t('picker.statusNoRows', { count: summary.jurisdictions });
    else
      message = t('picker.status', {
        count: summary.jurisdictions,
        dimensions: dims(summary.dimensions),
        differ: summary.differ,
      });
    if (view.jurisdictions.length >= MAX_PICK) message += ` ${t('picker.maxReached')}`;
  }

  const full = view.jurisdictions.length >= MAX_PICK;
  const g7 = matrix.jurisdictions.filter((j) => j.g7);
  const others = matrix.jurisdictions.filter((j) => !j.g7);
  const jurisdictionBoxes = (list: typeof matrix.jurisdictions) =>
    list.map((j) => {
      const checked = view.jurisdictions.includes(j.id);
      return (
        <label className="check" key={j.id}>
          <input
            type="checkbox"
            name="j"
            value={j.id}
            checked={checked}
            disabled={!ready || (full && !checked)}
            onChange={(e) =>
              setView((v) => ({ ...v, jurisdictions: toggleId(v.jurisdictions, j.id, e.target.checked, MAX_PICK) }))
            }
          />
          <span>{j.title}</span>
        </label>
      );
    });

  const captionId = `${uid}-caption`;
  const query = serialiseView(view);

  return (
    <section className="picker no-print" aria-labelledby={`${uid}-heading`} data-pagefind-ignore>
      <h2 id={`${uid}-heading`}>{t('picker.heading')}</h2>
      {!ready && <p className="callout">{t('picker.noJs')}</p>}
      <div className="picker__controls">
        <fieldset className="picker__jurisdictions">
          <legend>{t('picker.jurisdictions')}</legend>
          <fieldset>
            <legend>{t('picker.g7')}</legend>
            <div className="picker__grid">{jurisdictionBoxes(g7)}</div>
          </fieldset>
          <fieldset>
            <legend>{t('picker.others')}</legend>
            <div className="picker__grid">{jurisdictionBoxes(others)}</div>
          </fieldset>
        </fieldset>
        <fieldset aria-describedby={`${uid}-dims-hint`}>
          <legend>{t('picker.dimensions')}</legend>
          <p className="meta" id={`${uid}-dims-hint`}>
            {t('picker.dimensionsHint')}
          </p>
          <div className="picker__grid picker__grid--wide">
            {matrix.dimensions.map((d) => (
              <label className="check" key={d.id}>
                <input
                  type="checkbox"
                  name="d"
                  value={d.id}
                  checked={view.dimensions.includes(d.id)}
                  disabled={!ready}
                  onChange={(e) =>
                    setView((v) => ({
                      ...v,
                      dimensions: matrix.dimensions
                        .map((x) => x.id)
                        .filter((id) => (id === d.id ? e.target.checked : v.dimensions.includes(id))),
                    }))
                  }
                />
                <span>{d.title}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset aria-describedby={`${uid}-values-hint`}>
          <legend>{t('picker.values')}</legend>
          <p className="meta" id={`${uid}-values-hint`}>
            {t('picker.valuesHint')}
          </p>
          <div className="picker__grid">
            {COMPARE_VALUES.map((value) => (
              <label className="check" key={value}>
                <input
                  type="checkbox"
                  name="v"
                  value={value}
                  checked={view.values.includes(value)}
                  disabled={!ready}
                  onChange={(e) =>
                    setView((v) => ({
                      ...v,
                      values: COMPARE_VALUES.filter((x) => (x === value ? e.target.checked : v.values.includes(x))),
                    }))
                  }
                />
                <ValueMark value={value} t={t} />
              </label>
            ))}
          </div>
        </fieldset>
        <div className="picker__actions">
          <label className="check picker__diff">
            <input
              type="checkbox"
              name="only"
              value="diff"
              checked={view.onlyDiff}
              disabled={!ready}
              onChange={(e) => setView((v) => ({ ...v, onlyDiff: e.target.checked }))}
            />
            <span>{t('picker.onlyDiff')}</span>
          </label>
          <button type="button" className="button button--quiet" disabled={!ready} onClick={() => setView(EMPTY_VIEW)}>
            {t('picker.clear')}
          </button>
        </div>
      </div>

      <p className="picker__status" role="status" aria-live="polite">
        {message}
      </p>

      {ready && comparable && rows.length > 0 && (
        <TableScroll labelledBy={captionId}>
          <table className="picker__table">
            <caption id={captionId}>
              {t('picker.caption', { names: listNames(names, t('picker.and')), dimensions: dims(rows.length) })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('compare.dimension')}</th>
                {names.map((n, i) => (
                  <th scope="col" key={view.jurisdictions[i]}>
                    {n}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.dimension.id} className={row.differs ? 'is-different' : undefined}>
                  <th scope="row">
                    <a href={`#dimension-${row.dimension.id}`}>{row.dimension.title}</a>
                    {row.differs ? (
                      <span className="picker__differs">
                        <span aria-hidden="true">≠ </span>
                        {t('picker.differs')}
                      </span>
                    ) : (
                      <span className="picker__same">
                        <span aria-hidden="true">= </span>
                        {t('picker.same')}
                      </span>
                    )}
                  </th>
                  {row.cells.map((cell, i) => (
                    <CellView
                      key={view.jurisdictions[i]}
                      cell={cell}
                      t={t}
                      citeNumbers={citeNumbers}
                      titles={matrix.instruments}
                    />
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}

      {ready && comparable && (
        <div className="picker__downloads">
          {csvUrl && (
            <a className="button" href={csvUrl} download={downloadName(view, 'csv')}>
              {t('picker.downloadCsv')}
            </a>
          )}
          {jsonUrl && (
            <a className="button button--quiet" href={jsonUrl} download={downloadName(view, 'json')}>
              {t('picker.downloadJson')}
            </a>
          )}
          <a href={`?${query}`}>{t('picker.link')}</a>
          <p className="meta">{t('picker.downloadNote')}</p>
        </div>
      )}
    </section>
  );
}
