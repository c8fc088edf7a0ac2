/**
 * The comparison picker (/compare/): pick 2 or more jurisdictions, up to all of them (G7 members,
 * the European Union and the other jurisdictions in three groups), and any dimensions, keep only
 * differences or some values, and get that view, a link to copy and CSV/JSON downloads made in the
 * browser. All logic is in matrix.ts, view.ts and export.ts; this file only holds state.
 *
 * Layout: up to TABLE_MAX jurisdictions read as a table on wide screens (sticky first column);
 * otherwise, and on every narrow screen, one card per dimension with a line per jurisdiction, which
 * reads without sideways scrolling at 320 px. Only one of the two is displayed at a time (CSS), so
 * assistive technology meets one. With "only differences" every row differs: no tint, no marker.
 *
 * Data: the page carries only the names of the jurisdictions and dimensions (packIndex), enough to
 * draw the controls; the cells come from `/compare/matrix.<locale>.json`, fetched when the island
 * starts. Carried in the page, they doubled its size and grew with every jurisdiction added
 * (test/bench/report.md). Until they arrive the controls stay disabled; if they cannot be fetched (an
 * offline copy of another language, say) a note points to the full matrix below.
 *
 * No-JS contract: the server render shows the controls disabled with a note saying the full matrix
 * below has everything; hydration (client:load) enables them and restores the view from the address.
 * The view is written back with history.replaceState, so sharing or reloading the address reopens it.
 * "Copy link" uses the clipboard when the browser allows it, and otherwise selects the address in a
 * read-only field for the reader to copy. Downloads are Blob object URLs on ordinary links: nothing
 * is sent anywhere.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { textUrl } from '#src/lib/download.ts';
import TableScroll from '#src/ui/TableScroll.tsx';
import { COMPARE_VALUES, unpackMatrix, type Cell } from './matrix.ts';
import {
  EMPTY_VIEW,
  addIds,
  isComparable,
  layoutFor,
  parseView,
  serialiseView,
  summarise,
  toggleId,
  viewRows,
  type JurisdictionGroups,
  type ViewRow,
  type ViewState,
} from './view.ts';
import { downloadName, toCsv, toViewJson, type CsvHeadings } from './export.ts';
import { messages, type Messages, type Strings } from '#src/lib/i18n/messages.ts';
import type { Locale } from '#src/lib/i18n/locale.ts';
import { localizePath, urlFor } from '#src/lib/routes.ts';
import type { PickerKey } from './strings.ts';
import InstrumentLinks from './InstrumentLinks.tsx';
import ValueMark from './ValueMark.tsx';

type Text = Messages<PickerKey>['t'];

export interface ComparePickerProps {
  /** The jurisdictions and dimensions from `packIndex` (matrix.ts), for the controls. */
  packedIndex: string;
  /** Where the whole matrix (`packMatrix`) is fetched from: `/compare/matrix.<locale>.json`. */
  dataUrl: string;
  /** PICKER_KEYS (strings.ts), picked on the server. */
  strings: Strings<PickerKey>;
  locale: Locale;
  /** source id → its number in the page's source list (for "[3]" links to #cite-<id>). */
  citeNumbers: Record<string, number>;
  /** The picker's groups: G7 members, the European Union, other jurisdictions (`jurisdictionGroups`). */
  groups: JurisdictionGroups;
}

/** "A", "A and B", "A, B and C". */
function listNames(names: string[], and: string): string {
  if (names.length < 2) return names.join('');
  return `${names.slice(0, -1).join(', ')} ${and} ${names.at(-1)}`;
}

/** A cell's answer, note, source number and instrument links (in a table cell or a card line). */
function CellContent({
  cell,
  jurisdiction,
  t,
  citeNumbers,
  titles,
  locale,
}: {
  cell: Cell | null;
  jurisdiction: string;
  t: Text;
  citeNumbers: Record<string, number>;
  titles?: Record<string, string> | undefined;
  locale: Locale;
}) {
  if (!cell) return <>—</>;
  const n = citeNumbers[cell.source];

  return (
    <>
      <ValueMark value={cell.value} t={t} />
      <p className="picker__note">
        {cell.note}{' '}
        {n !== undefined ? (
          <a className="cite" href={`#cite-${cell.source}`}>
            <span className="visually-hidden">{t('jur.source')} </span>[{n}]
          </a>
        ) : (
          // A source not listed on this page (a jurisdiction on another part of a split table) is
          // cited on the jurisdiction's own page.
          <a
            className="cite"
            href={localizePath(`${urlFor('jurisdictions', jurisdiction)}#cite-${cell.source}`, locale)}
          >
            {t('jur.source')}
          </a>
        )}
      </p>
      <InstrumentLinks ids={cell.instruments} titles={titles} label={t('compare.instruments')} locale={locale} />
    </>
  );
}

/** "Differs" or "Same answer", in words (the tint is only a second cue); nothing when only differences are shown. */
function RowMark({ row, onlyDiff, t }: { row: ViewRow; onlyDiff: boolean; t: Text }) {
  if (onlyDiff) return null;
  return row.differs ? (
    <span className="picker__differs">
      <span aria-hidden="true">≠ </span>
      {t('picker.differs')}
    </span>
  ) : (
    <span className="picker__same">
      <span aria-hidden="true">= </span>
      {t('picker.same')}
    </span>
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

type CopyState = '' | 'copied' | 'select';

export default function ComparePicker({
  packedIndex,
  dataUrl,
  strings,
  locale,
  citeNumbers,
  groups,
}: ComparePickerProps) {
  const { t, tn } = messages(strings, locale);
  const uid = useId();
  const [matrix, setMatrix] = useState(() => unpackMatrix(packedIndex));
  const [ready, setReady] = useState(false);
  const [load, setLoad] = useState<'start' | 'loading' | 'failed'>('start');
  const [view, setView] = useState<ViewState>(EMPTY_VIEW);
  const [copy, setCopy] = useState<CopyState>('');
  const [origin, setOrigin] = useState('');
  const linkRef = useRef<HTMLInputElement>(null);

  // Fetch the cells, then restore the view from the address (the server has no address to read).
  useEffect(() => {
    let live = true;
    setLoad('loading');
    fetch(dataUrl)
      .then((r) => (r.ok ? r.text() : Promise.reject(new Error(String(r.status)))))
      .then((text) => {
        if (!live) return;
        const full = unpackMatrix(text);
        setMatrix(full);
        setView(parseView(window.location.search, full));
        setOrigin(window.location.origin + window.location.pathname);
        setReady(true);
      })
      .catch(() => live && setLoad('failed'));
    return () => {
      live = false;
    };
  }, [dataUrl]);

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
  // The CSV's header in the reader's language; its keys (`dimension_id`, the values) are the same in all.
  const headings = useMemo<CsvHeadings>(() => {
    const text = messages(strings, locale).t;
    return {
      dimension: text('picker.csv.dimension'),
      column: (name, field) => text(`picker.csv.${field}`, { name }),
    };
  }, [strings, locale]);
  const csv = useMemo(
    () => (ready && comparable ? toCsv(matrix, view.jurisdictions, rows, { headings }) : null),
    [ready, comparable, matrix, view, rows, headings],
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
    if (copy === 'copied') message += ` ${t('picker.copied')}`;
    if (copy === 'select') message += ` ${t('picker.copySelect')}`;
  }

  const title = new Map(matrix.jurisdictions.map((j) => [j.id, j.title]));
  const jurisdictionBoxes = (ids: string[]) =>
    ids.map((id) => (
      <label className="check" key={id}>
        <input
          type="checkbox"
          name="j"
          value={id}
          checked={view.jurisdictions.includes(id)}
          disabled={!ready}
          onChange={(e) => change((v) => ({ ...v, jurisdictions: toggleId(v.jurisdictions, id, e.target.checked) }))}
        />
        <span>{title.get(id) ?? id}</span>
      </label>
    ));

  /** A change of view clears the "copied" note (the copied link was for the old view). */
  function change(update: (v: ViewState) => ViewState) {
    setCopy('');
    setView(update);
  }

  const captionId = `${uid}-caption`;
  const query = serialiseView(view);
  const link = `${origin}${query ? `?${query}` : ''}`;
  const everyone = matrix.jurisdictions.map((j) => j.id);
  const g7AndEu = [...groups.members, ...groups.unions];
  const caption =
    names.length <= 5
      ? t('picker.caption', { names: listNames(names, t('picker.and')), dimensions: dims(rows.length) })
      : t('picker.captionMany', { count: names.length, dimensions: dims(rows.length) });

  async function copyLink() {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(link);
      setCopy('copied');
    } catch {
      // Refused (permissions, an older browser): select the address for the reader to copy.
      setCopy('select');
      linkRef.current?.focus();
      linkRef.current?.select();
    }
  }

  return (
    <section className="picker no-print" aria-labelledby={`${uid}-heading`} data-pagefind-ignore>
      <h2 id={`${uid}-heading`}>{t('picker.heading')}</h2>
      {!ready && (
        <p className="callout" role={load === 'failed' ? 'alert' : undefined}>
          {load === 'start' ? t('picker.noJs') : load === 'loading' ? t('picker.loading') : t('picker.loadFailed')}
        </p>
      )}
      <div className="picker__controls">
        <fieldset className="picker__jurisdictions">
          <legend>{t('picker.jurisdictions')}</legend>
          <div className="picker__quick">
            <button
              type="button"
              className="button button--quiet"
              disabled={!ready}
              onClick={() => change((v) => ({ ...v, jurisdictions: addIds(v.jurisdictions, g7AndEu) }))}
            >
              {t('picker.addG7')}
            </button>
            <button
              type="button"
              className="button button--quiet"
              disabled={!ready}
              onClick={() => change((v) => ({ ...v, jurisdictions: addIds(v.jurisdictions, everyone) }))}
            >
              {t('picker.addAll', { count: everyone.length })}
            </button>
          </div>
          <fieldset>
            <legend>{t('picker.g7')}</legend>
            <div className="picker__grid">{jurisdictionBoxes(groups.members)}</div>
          </fieldset>
          {groups.unions.length > 0 && (
            <fieldset aria-describedby={`${uid}-eu-hint`}>
              <legend>{t('picker.eu')}</legend>
              <p className="meta" id={`${uid}-eu-hint`}>
                {t('picker.euHint')}
              </p>
              <div className="picker__grid">{jurisdictionBoxes(groups.unions)}</div>
            </fieldset>
          )}
          <fieldset>
            <legend>{t('picker.others')}</legend>
            <div className="picker__grid">{jurisdictionBoxes(groups.others)}</div>
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
                    change((v) => ({
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
                    change((v) => ({
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
              onChange={(e) => change((v) => ({ ...v, onlyDiff: e.target.checked }))}
            />
            <span>{t('picker.onlyDiff')}</span>
          </label>
          <button
            type="button"
            className="button button--quiet"
            disabled={!ready}
            onClick={() => change(() => EMPTY_VIEW)}
          >
            {t('picker.clear')}
          </button>
        </div>
      </div>

      <p className="picker__status" role="status" aria-live="polite">
        {message}
      </p>

      {ready && comparable && rows.length > 0 && (
        <div
          className={`picker__view picker__view--${layoutFor(view)}${view.onlyDiff ? ' picker__view--only-diff' : ''}`}
        >
          {layoutFor(view) === 'table-or-cards' && (
            <div className="picker__table-wrap">
              <TableScroll labelledBy={captionId}>
                <table className="picker__table">
                  <caption id={captionId}>{caption}</caption>
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
                      <tr key={row.dimension.id} className={row.differs && !view.onlyDiff ? 'is-different' : undefined}>
                        <th scope="row">
                          <a href={`#dimension-${row.dimension.id}`}>{row.dimension.title}</a>
                          <RowMark row={row} onlyDiff={view.onlyDiff} t={t} />
                        </th>
                        {row.cells.map((cell, i) => (
                          <td key={view.jurisdictions[i]}>
                            <CellContent
                              cell={cell}
                              jurisdiction={view.jurisdictions[i]!}
                              t={t}
                              citeNumbers={citeNumbers}
                              titles={matrix.instruments}
                              locale={locale}
                            />
                          </td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableScroll>
            </div>
          )}
          <section className="picker__cards" aria-labelledby={`${captionId}-cards`}>
            <h3 id={`${captionId}-cards`} className="picker__cards-heading">
              {caption}
            </h3>
            {rows.map((row) => (
              <article
                key={row.dimension.id}
                className={`picker__card${row.differs && !view.onlyDiff ? ' is-different' : ''}`}
                aria-labelledby={`${uid}-card-${row.dimension.id}`}
              >
                <h4 id={`${uid}-card-${row.dimension.id}`}>
                  <a href={`#dimension-${row.dimension.id}`}>{row.dimension.title}</a>
                  <RowMark row={row} onlyDiff={view.onlyDiff} t={t} />
                </h4>
                <dl>
                  {row.cells.map((cell, i) => (
                    <div key={view.jurisdictions[i]} className="picker__line">
                      <dt>{names[i]}</dt>
                      <dd>
                        <CellContent
                          cell={cell}
                          jurisdiction={view.jurisdictions[i]!}
                          t={t}
                          citeNumbers={citeNumbers}
                          titles={matrix.instruments}
                          locale={locale}
                        />
                      </dd>
                    </div>
                  ))}
                </dl>
              </article>
            ))}
          </section>
        </div>
      )}

      {ready && comparable && (
        <div className="picker__downloads">
          <div className="picker__link">
            <label htmlFor={`${uid}-link`}>{t('picker.link')}</label>
            <div className="picker__link-row">
              <input
                id={`${uid}-link`}
                ref={linkRef}
                type="text"
                readOnly
                value={link}
                onFocus={(e) => e.currentTarget.select()}
              />
              <button type="button" className="button" onClick={copyLink}>
                {t('picker.copy')}
              </button>
            </div>
          </div>
          {csvUrl && (
            <a className="button button--quiet" href={csvUrl} download={downloadName(view, 'csv')}>
              {t('picker.downloadCsv')}
            </a>
          )}
          {jsonUrl && (
            <a className="button button--quiet" href={jsonUrl} download={downloadName(view, 'json')}>
              {t('picker.downloadJson')}
            </a>
          )}
          <p className="meta">{t('picker.downloadNote')}</p>
        </div>
      )}
    </section>
  );
}
