/**
 * Rules that span collections or point inside another entry, which a single schema cannot check.
 * Each returns problems in the validator's format. Add a rule here, not in a page.
 */
import { milestoneIds } from '#src/features/timeline/milestones.ts';
import type { InstrumentEvent } from '#src/features/tracker/tracker.ts';
import type { ContentProblem, LoadedEntry } from './entries.ts';

type Rule = (byCollection: Map<string, LoadedEntry[]>) => ContentProblem[];

const get = (m: Map<string, LoadedEntry[]>, c: string) => m.get(c) ?? [];

/** Crosswalk cells name items that exist in their framework. */
const crosswalkItemsExist: Rule = (m) => {
  const frameworks = new Map(
    get(m, 'crosswalk-frameworks').map((f) => [f.id, new Set((f.data.items as { id: string }[]).map((i) => i.id))]),
  );
  const out: ContentProblem[] = [];
  for (const row of get(m, 'crosswalk')) {
    for (const [fw, cell] of Object.entries(row.data.cells as Record<string, { items: string[] }>)) {
      for (const item of cell.items) {
        if (!frameworks.get(fw)?.has(item))
          out.push({
            file: row.file,
            field: `cells.${fw}.items`,
            message: `"${item}" is not an item of framework "${fw}"`,
          });
      }
    }
  }
  return out;
};

/** A quiz belongs to the module with its own id. */
const quizMatchesModule: Rule = (m) =>
  get(m, 'quizzes')
    .filter((q) => q.data.module !== q.id)
    .map((q) => ({
      file: q.file,
      field: 'module',
      message: `a quiz file is named after its module: expected "${q.id}"`,
    }));

/** Every jurisdiction has a cell for every dimension. */
const comparisonComplete: Rule = (m) => {
  const dims = get(m, 'dimensions').map((d) => d.id);
  const out: ContentProblem[] = [];
  for (const j of get(m, 'jurisdictions')) {
    const cells = j.data.comparison as Record<string, unknown>;
    for (const d of dims)
      if (!(d in cells))
        out.push({
          file: j.file,
          field: `comparison.${d}`,
          message: 'missing cell: every jurisdiction answers every dimension ("unknown" is allowed)',
        });
  }
  return out;
};

/** A technology area's `categories` point at category areas. */
const areaCategoriesAreCategories: Rule = (m) => {
  const kinds = new Map(get(m, 'areas').map((a) => [a.id, a.data.kind]));
  const out: ContentProblem[] = [];
  for (const a of get(m, 'areas')) {
    (a.data.categories as string[]).forEach((c, i) => {
      if (kinds.get(c) !== 'category')
        out.push({ file: a.file, field: `categories.${i}`, message: `"${c}" is not a category area` });
    });
  }
  return out;
};

/** Every `<KnowledgeCheck id="…" />` in a module names a check of that module's quiz. */
const knowledgeChecksExist: Rule = (m) => {
  const checks = new Map(
    get(m, 'quizzes').map((q) => [q.id, new Set((q.data.checks as { id: string }[]).map((c) => c.id))]),
  );
  const out: ContentProblem[] = [];
  for (const mod of get(m, 'modules')) {
    for (const match of (mod.body ?? '').matchAll(/<KnowledgeCheck\s+id="([^"]+)"/g)) {
      if (!checks.get(mod.id)?.has(match[1]!))
        out.push({
          file: mod.file,
          field: 'body',
          message: `<KnowledgeCheck id="${match[1]}"> has no matching check in content/quizzes/${mod.id}.yaml`,
        });
    }
  }
  return out;
};

/**
 * Every event of every instrument is a milestone of /timeline/ with a unique id (its own `id`, or
 * `<instrument>-<type>`): the anchors and `/data/timeline.json` ids must not collide.
 */
const milestoneIdsUnique: Rule = (m) => {
  const seen = new Map<string, string>();
  const out: ContentProblem[] = [];
  for (const i of get(m, 'instruments')) {
    milestoneIds(i.id, i.data.events as InstrumentEvent[]).forEach((id, n) => {
      const other = seen.get(id);
      if (other)
        out.push({ file: i.file, field: `events.${n}`, message: `milestone id "${id}" is also used by ${other}` });
      else seen.set(id, i.file);
    });
  }
  return out;
};

/** `supersededBy` and `supersedes` agree: the replacement lists what it replaces, and the other way round. */
const supersessionBothWays: Rule = (m) => {
  const instruments = get(m, 'instruments');
  const byId = new Map(instruments.map((i) => [i.id, i]));
  const out: ContentProblem[] = [];
  for (const i of instruments) {
    const by = i.data.supersededBy as string | undefined;
    if (by && !((byId.get(by)?.data.supersedes as string[] | undefined) ?? []).includes(i.id))
      out.push({ file: i.file, field: 'supersededBy', message: `"${by}" does not list "${i.id}" in its supersedes` });
    for (const old of (i.data.supersedes as string[] | undefined) ?? []) {
      if (byId.get(old)?.data.supersededBy !== i.id)
        out.push({
          file: i.file,
          field: 'supersedes',
          message: `"${old}" does not name "${i.id}" in its supersededBy`,
        });
    }
  }
  return out;
};

const RULES: Rule[] = [
  milestoneIdsUnique,
  supersessionBothWays,
  knowledgeChecksExist,
  crosswalkItemsExist,
  quizMatchesModule,
  comparisonComplete,
  areaCategoriesAreCategories,
];

export function crossChecks(entries: LoadedEntry[]): ContentProblem[] {
  const byCollection = new Map<string, LoadedEntry[]>();
  for (const e of entries) byCollection.set(e.collection, [...(byCollection.get(e.collection) ?? []), e]);
  return RULES.flatMap((rule) => rule(byCollection));
}
