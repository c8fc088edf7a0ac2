/**
 * Pages that split once their content outgrows one page (the full comparison table by jurisdictions,
 * the technology lists crosswalk by lists): while there are at most `single` items, one part; past
 * that, parts of `size` in the order given, so that no page grows with every item added. The first
 * part keeps the page's address; the next ones are `<address>2/`, `<address>3/`, …
 */
export function splitIntoParts<T>(items: readonly T[], single: number, size: number): T[][] {
  if (items.length <= single) return [[...items]];
  const parts: T[][] = [];
  for (let i = 0; i < items.length; i += size) parts.push(items.slice(i, i + size));
  return parts;
}

/** The address of part `n` (from 1) of the page at `base` (which ends with "/"). */
export function partPath(base: string, n = 1): string {
  return n <= 1 ? base : `${base}${n}/`;
}
