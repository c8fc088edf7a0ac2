/**
 * How the list of sources is split so that no page grows without limit: one page per kind of
 * source (`/sources/legislation/`), and a kind with more than SOURCES_PER_PART sources over several
 * pages (`/sources/legislation/`, `/sources/legislation-2/`, …). Sources are dealt to the pages of
 * their kind in id order, so a source stays on the same page in every language and only moves when
 * sources are added before it. /sources/ keeps one short entry per source, `<li id="<id>">`, so
 * that every `/sources/#<id>` address still leads to it.
 */
export const SOURCES_PER_PART = 150;

export interface SourcePart<S, K extends string = string> {
  /** The page's last path segment: the kind, then `-2`, `-3`… for its further pages. */
  slug: string;
  kind: K;
  /** 1-based page number within the kind, and the kind's page count. */
  number: number;
  of: number;
  sources: S[];
}

export function sourceParts<S extends { id: string; data: { kind: string } }, K extends string>(
  sources: readonly S[],
  kinds: readonly K[],
  perPart = SOURCES_PER_PART,
): SourcePart<S, K>[] {
  const parts: SourcePart<S, K>[] = [];
  for (const kind of kinds) {
    const ofKind = sources.filter((s) => s.data.kind === kind);
    const byId = ofKind.map((s) => s.id).sort();
    const of = Math.ceil(ofKind.length / perPart);
    for (let i = 0; i < of; i++) {
      const here = new Set(byId.slice(i * perPart, (i + 1) * perPart));
      parts.push({
        slug: i === 0 ? kind : `${kind}-${i + 1}`,
        kind,
        number: i + 1,
        of,
        // In the order given (the page's own order), dealt by id.
        sources: ofKind.filter((s) => here.has(s.id)),
      });
    }
  }
  return parts;
}

/** The page of a part: `/sources/<slug>/`. */
export const sourcePartUrl = (slug: string) => `/sources/${slug}/`;

/** id → the address of its entry on its part page (`/sources/<slug>/#<id>`). */
export function sourcePartIndex<S extends { id: string; data: { kind: string } }>(
  parts: readonly SourcePart<S>[],
): Map<string, string> {
  return new Map(parts.flatMap((p) => p.sources.map((s) => [s.id, `${sourcePartUrl(p.slug)}#${s.id}`] as const)));
}
