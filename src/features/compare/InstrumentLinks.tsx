/**
 * The instruments a comparison cell rests on, as links to their tracker pages
 * ("In the tracker: Title; Title"). Used by the picker island; the server-rendered matrix writes
 * the same markup in CompareMatrix.astro.
 */
import type { Locale } from '#src/lib/i18n/locale.ts';
import { localizePath, urlFor } from '#src/lib/routes.ts';

export default function InstrumentLinks({
  ids,
  titles,
  label,
  locale,
}: {
  ids?: string[] | undefined;
  titles?: Record<string, string> | undefined;
  label: string;
  /** The page's locale: the links go to the tracker pages in it. */
  locale: Locale;
}) {
  if (!ids || ids.length === 0) return null;
  return (
    <p className="picker__instruments">
      {label}{' '}
      {ids.map((id, i) => (
        <span key={id}>
          {i > 0 && '; '}
          <a href={localizePath(urlFor('instruments', id), locale)}>{titles?.[id] ?? id}</a>
        </span>
      ))}
    </p>
  );
}
