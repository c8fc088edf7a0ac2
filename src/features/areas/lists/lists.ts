/**
 * At-risk research areas and the national technology lists that name them: which items of which
 * list map to an area, and the areas × lists crosswalk. Pure functions over plain data, used by the
 * area pages, the crosswalk and the explorer (which receives the result as props).
 *
 * The mapping itself is content: each list item names the academy areas it corresponds to
 * (`content/technology-lists/<id>.yaml`, field `items[].areas`).
 */
import { splitIntoParts } from '#src/lib/parts.ts';

/** The crosswalk stays one page up to this many lists (the site has 7 in December 2026)… */
export const LISTS_SINGLE_MAX = 24;
/** …and past that splits into parts of this many lists each: /areas/crosswalk/, /areas/crosswalk/2/, … */
export const LISTS_PART_SIZE = 12;

/** The lists of each part of the crosswalk, in the order given (one part while they fit on one page). */
export function listParts<L>(lists: readonly L[], single = LISTS_SINGLE_MAX, size = LISTS_PART_SIZE): L[][] {
  return splitIntoParts(lists, single, size);
}

/** One item of a technology list, as the schema stores it. */
export interface ListItemLike {
  id: string;
  label: string;
  areas: string[];
  highestRisk: boolean;
  source: string;
  note?: string | undefined;
}

/** A technology list, as the schema stores it (entry id plus the fields used here). */
export interface TechListLike {
  id: string;
  shortTitle: string;
  jurisdiction: string;
  items: ListItemLike[];
}

/** A list that names an area, with the items that do so. */
export interface ListMention {
  /** The list's id (its section on the crosswalk is `#list-<id>`). */
  list: string;
  shortTitle: string;
  /** Jurisdiction id of the list. */
  jurisdiction: string;
  /** The items of the list that map to the area, in the list's order. */
  items: ListItemLike[];
  /** True when at least one of those items is marked highest-risk by the list itself. */
  highestRisk: boolean;
}

/** The lists that name `areaId`, in the order the lists are given (callers pass them sorted). */
export function listsNaming(areaId: string, lists: readonly TechListLike[]): ListMention[] {
  return lists.flatMap((list) => {
    const items = list.items.filter((item) => item.areas.includes(areaId));
    if (items.length === 0) return [];
    return [
      {
        list: list.id,
        shortTitle: list.shortTitle,
        jurisdiction: list.jurisdiction,
        items,
        highestRisk: items.some((i) => i.highestRisk),
      },
    ];
  });
}

/** One row of the areas × lists crosswalk. */
export interface CrosswalkRow<A> {
  area: A;
  /** One cell per list, in list order: the items of that list that map to the area (may be empty). */
  cells: ListItemLike[][];
  /** How many lists name the area. */
  count: number;
}

/** The crosswalk: a row per area (in the order given), a cell per list. */
export function crosswalkRows<A extends { id: string }>(
  areas: readonly A[],
  lists: readonly TechListLike[],
): CrosswalkRow<A>[] {
  return areas.map((area) => {
    const cells = lists.map((list) => list.items.filter((item) => item.areas.includes(area.id)));
    return { area, cells, count: cells.filter((c) => c.length > 0).length };
  });
}
