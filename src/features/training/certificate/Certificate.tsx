/**
 * The certificate of a role path, made in the browser from the progress kept on this device:
 * locked (with the modules still to pass) until every module of the path is passed; then a name
 * field (stored with the progress) and a printable certificate with the path, its modules with the
 * dates passed and best scores, the training topics its modules cover (as national training
 * requirements name them), the date, and the content studied as a date and a release ("Content of 2
 * December 2026, version 0.2.0"), both computed at build time and passed in.
 *
 * The learner's name is rendered as React text, never as HTML: markup typed as a name shows
 * literally and creates no element.
 *
 * No-JS contract: the server render explains that the certificate is made by JavaScript from the
 * progress on this device, and lists the modules it requires.
 */
import { useEffect, useState } from 'react';
import { formatDay } from '#src/lib/i18n/format.ts';
import { certificateFor } from './certificate.ts';
import { createProgressStore, setLearnerName, type Progress } from '../progress/progress.ts';
import { onStoreChange } from '#src/lib/storage.ts';
import { percent } from '../quiz/quiz.ts';
import { messages, type Strings } from '#src/lib/i18n/messages.ts';
import type { Locale } from '#src/lib/i18n/locale.ts';
import type { CertificateKey } from '../strings.ts';

export interface CertificateProps {
  pathTitle: string;
  siteName: string;
  modules: { id: string; title: string; href: string }[];
  /** The content studied, for people: "Content of 2 December 2026, version 0.2.0" (training.edition). */
  edition: string;
  /** The training topics the path's modules cover (coverage map), in map order. */
  topics: string[];
  /** CERTIFICATE_KEYS (../strings.ts), picked on the server. */
  strings: Strings<CertificateKey>;
  locale: Locale;
}

export default function Certificate({
  pathTitle,
  siteName,
  modules,
  edition,
  topics,
  strings,
  locale,
}: CertificateProps) {
  const { t } = messages(strings, locale);
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
        <p className="callout">{t('training.certificate.noJs')}</p>
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
        <h2 id="certificate-locked">{t('training.certificate.lockedHeading')}</h2>
        <p>{t('training.certificate.lockedIntro', { count: cert.missing.length })}</p>
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
          <label htmlFor="certificate-name">{t('training.certificate.nameLabel')}</label>
          <span id="certificate-name-hint" className="meta">
            {t('training.certificate.nameHint')}
          </span>
          <input
            id="certificate-name"
            type="text"
            autoComplete="name"
            maxLength={120}
            value={name}
            aria-describedby="certificate-name-hint"
            onChange={(e) => onName(e.currentTarget.value)}
          />
        </p>
        <p>
          <button type="button" className="button" onClick={() => window.print()}>
            {t('training.certificate.print')}
          </button>
        </p>
        <p className="meta">{t('training.certificate.printHint')}</p>
      </div>

      <article className="certificate" aria-labelledby="certificate-heading">
        <p className="certificate__site">{siteName}</p>
        <h2 id="certificate-heading" className="certificate__heading">
          {t('training.certificate.heading')}
        </h2>
        <p className="certificate__certifies">{t('training.certificate.certifies')}</p>
        <p
          className={`certificate__name${shownName ? '' : ' certificate__name--empty'}`}
          data-testid="certificate-name"
        >
          {shownName || t('training.certificate.namePlaceholder')}
        </p>
        <p className="certificate__completed">
          {t('training.certificate.completed', { path: pathTitle, site: siteName, count: modules.length })}
        </p>
        <table className="certificate__modules">
          <caption>{t('training.certificate.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('training.certificate.col.module')}</th>
              <th scope="col">{t('training.certificate.col.date')}</th>
              <th scope="col">{t('training.certificate.col.score')}</th>
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
        {topics.length > 0 && (
          <p className="certificate__topics">
            <strong>{t('training.certificate.topics')}</strong> {topics.join(', ')}.
          </p>
        )}
        <dl className="certificate__facts">
          {cert.completedAt && (
            <div>
              <dt>{t('training.certificate.completedOn')}</dt>
              <dd>{formatDay(cert.completedAt, locale)}</dd>
            </div>
          )}
          <div>
            <dt>{t('training.certificate.printed')}</dt>
            <dd>{today}</dd>
          </div>
          <div>
            <dt>{t('training.certificate.version')}</dt>
            <dd>{edition}</dd>
          </div>
        </dl>
        <p className="certificate__disclaimer">{t('training.certificate.disclaimer')}</p>
      </article>
    </div>
  );
}
