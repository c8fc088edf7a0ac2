/**
 * The instruments a comparison cell rests on, as links to their tracker pages
 * ("In the tracker: Title; Title"). Used by the picker island; the server-rendered matrix writes
 * the same markup in CompareMatrix.astro.
 */
export default function InstrumentLinks({
  ids,
  titles,
  label,
}: {
  ids?: string[] | undefined;
  titles?: Record<string, string> | undefined;
  label: string;
}) {
  if (!ids || ids.length === 0) return null;
  return (
    <p className="picker__instruments">
      {label}{' '}
      {ids.map((id, i) => (
        <span key={id}>
          {i > 0 && '; '}
          <a href={`/tracker/${id}/`}>{titles?.[id] ?? id}</a>
        </span>
      ))}
    </p>
  );
}
