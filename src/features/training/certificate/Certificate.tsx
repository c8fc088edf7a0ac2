/**
 * The certificate of a role path, made in the browser from the progress kept on this device:
 * locked (with the modules still to pass) until every module of the path is passed; then a name
 * field (stored with the progress) and a printable certificate with the path, its modules with the
 * dates passed and best scores, the date, and the content version studied (computed at build time
 * and passed in).
 *
 * The learner's name is rendered as React text, never as HTML: markup typed as a name shows
 * literally and creates no element.
 *
 * No-JS contract: the server render explains that the certificate is made by JavaScript from the
 * progress on this device, and lists the modules it requires.
 */
import { useEffect, useState } from 'react';
import { certificateFor, createProgressStore, setLearnerName, type Progress } from '../progress/progress.ts';
import { onStoreChange } from '#src/lib/storage.ts';
import { percent } from '../quiz/quiz.ts';
import { formatDay } from '../training.ts';
import { fill } from '#src/lib/template.ts';

export interface CertificateStrings {
  noJs: string;
  lockedHeading: string;
  lockedIntro: string;
  nameLabel: string;
  nameHint: string;
  print: string;
  printHint: string;
  heading: string;
  certifies: string;
  namePlaceholder: string;
  completed: string;
  tableCaption: string;
  'col.module': string;
  'col.date': string;
  'col.score': string;
  completedOn: string;
  version: string;
  disclaimer: string;
  printed: string;
}

export interface CertificateProps {
  pathTitle: string;
  siteName: string;
  modules: { id: string; title: string; href: string }[];
  /** The content version of the path (pathVersion), computed at build time. */
  contentVersion: string;
  strings: CertificateStrings;
  locale?: string;
}

export default function Certificate({ pathTitle, siteName, modules, contentVersion, strings, locale = 'en' }: CertificateProps) {
  const [progress, setProgress] = useState<Progress | null>(null);
  const [name, setName] = useState('');
  const [today, setToday] = useState('');

  useEffect(() => {
    const store = createProgressStore();
    const refresh = () => {
      const p = store.read();
      setProgress(p);
      setName(p.learnerName ?? '');
    };
    refresh();
    setToday(formatDay(new Date(), locale));
    return onStoreChange(store.key, refresh);
  }, [locale]);

  function onName(value: string) {
    setName(value);
    const store = createProgressStore();
    store.write(setLearnerName(store.read(), value));
  }

  const ids = modules.map((m) => m.id);
  const titles = new Map(modules.map((m) => [m.id, m]));

  if (progress === null) {
    return (
      <div className="certificate-tool" data-no-glossary="">
        <p className="callout">{strings.noJs}</p>
        <ol>
          {modules.map((m) => (
            <li key={m.id}>
              <a href={m.href}>{m.title}</a>
            </li>
          ))}
        </ol>
      </div>
    );
  }

  const cert = certificateFor(progress, ids);
  if (!cert.complete) {
    return (
      <div className="certificate-tool" data-no-glossary="">
        <h2 id="certificate-locked">{strings.lockedHeading}</h2>
        <p>{fill(strings.lockedIntro, { count: cert.missing.length })}</p>
        <ul className="certificate-missing">
          {cert.missing.map((id) => (
            <li key={id}>
              <a href={titles.get(id)?.href}>{titles.get(id)?.title ?? id}</a>
            </li>
          ))}
        </ul>
      </div>
    );
  }

  const shownName = name.trim();
  return (
    <div className="certificate-tool" data-no-glossary="">
      <div className="certificate-controls no-print">
        <p className="certificate-name-field">
          <label htmlFor="certificate-name">{strings.nameLabel}</label>
          <span id="certificate-name-hint" className="meta">
            {strings.nameHint}
          </span>
          <input id="certificate-name" type="text" autoComplete="name" maxLength={120} value={name} aria-describedby="certificate-name-hint" onChange={(e) => onName(e.currentTarget.value)} />
        </p>
        <p>
          <button type="button" className="button" onClick={() => window.print()}>
            {strings.print}
          </button>
        </p>
        <p className="meta">{strings.printHint}</p>
      </div>

      <article className="certificate" aria-labelledby="certificate-heading">
        <p className="certificate__site">{siteName}</p>
        <h2 id="certificate-heading" className="certificate__heading">
          {strings.heading}
        </h2>
        <p className="certificate__certifies">{strings.certifies}</p>
        <p className={`certificate__name${shownName ? '' : ' certificate__name--empty'}`} data-testid="certificate-name">
          {shownName || strings.namePlaceholder}
        </p>
        <p className="certificate__completed">{fill(strings.completed, { path: pathTitle, site: siteName, count: modules.length })}</p>
        <table className="certificate__modules">
          <caption>{strings.tableCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{strings['col.module']}</th>
              <th scope="col">{strings['col.date']}</th>
              <th scope="col">{strings['col.score']}</th>
            </tr>
          </thead>
          <tbody>
            {cert.rows.map((row) => (
              <tr key={row.id}>
                <th scope="row">{titles.get(row.id)?.title ?? row.id}</th>
                <td>{formatDay(row.completedAt, locale)}</td>
                <td>{row.bestScore !== undefined ? `${percent(row.bestScore)}%` : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <dl className="certificate__facts">
          {cert.completedAt && (
            <div>
              <dt>{strings.completedOn}</dt>
              <dd>{formatDay(cert.completedAt, locale)}</dd>
            </div>
          )}
          <div>
            <dt>{strings.printed}</dt>
            <dd>{today}</dd>
          </div>
          <div>
            <dt>{strings.version}</dt>
            <dd>
              <code>{contentVersion}</code>
            </dd>
          </div>
        </dl>
        <p className="certificate__disclaimer">{strings.disclaimer}</p>
      </article>
    </div>
  );
}
