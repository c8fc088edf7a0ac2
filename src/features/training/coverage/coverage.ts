/**
 * The coverage map (`/training/coverage/` and `/data/training-coverage.json`): the training topics
 * that national requirements and official recommendations name, each with those requirements, and
 * the modules and lessons that teach it (from the modules' `covers`). A topic no module covers is a
 * gap, and stays visible as one. Pure: the loader hands over plain data, pages and the JSON route
 * render what this returns.
 */
import { urlFor } from '#src/lib/routes.ts';

export type RequirementStatus = 'mandatory' | 'recommended';
export type RequirementScope = 'national' | 'g7' | 'international';

/** A requirement as a training topic lists it (TrainingRequirementSchema). */
export interface RequirementInput {
  name: string;
  jurisdiction?: string | undefined;
  scope?: RequirementScope | undefined;
  status: RequirementStatus;
  audience: readonly string[];
  who: string;
  frequency?: string | undefined;
  from?: string | undefined;
  instrument?: string | undefined;
  sources: readonly string[];
  note?: string | undefined;
}

export interface TopicInput {
  id: string;
  title: string;
  summary: string;
  order: number;
  requirements: readonly RequirementInput[];
  related?: readonly { href: string; label: string }[] | undefined;
}

export interface ModuleInput {
  id: string;
  title: string;
  order: number;
  covers: readonly { topic: string; lessons: readonly number[]; note?: string | undefined }[];
  /** The module's lessons in order: its `##` headings (slug and text). */
  lessons: readonly { slug: string; text: string }[];
}

/** A lesson that teaches a topic, with its anchor on the module page. */
export interface CoveredLesson {
  number: number;
  title: string;
  url: string;
}

/** One module's teaching of one topic. */
export interface TopicModule {
  id: string;
  title: string;
  url: string;
  lessons: CoveredLesson[];
  note?: string;
}

/** Where a requirement applies: a jurisdiction id, or "g7" / "international" for requirements without one. */
export type RequirementPlace = string;

export interface TopicRequirement extends RequirementInput {
  scope: RequirementScope;
  /** The jurisdiction id, or the scope for G7 and international recommendations. */
  place: RequirementPlace;
}

export interface TopicCoverage {
  id: string;
  title: string;
  summary: string;
  url: string;
  requirements: TopicRequirement[];
  /** The modules that teach it, in module order; empty for a gap. */
  modules: TopicModule[];
  /** True when no module teaches the topic. */
  gap: boolean;
  /** True when at least one requirement naming it is mandatory. */
  mandatory: boolean;
  related: { href: string; label: string }[];
}

/** One row of the map by jurisdiction: a requirement and one topic it names. */
export interface PlaceRow {
  topic: string;
  topicTitle: string;
  requirement: TopicRequirement;
  gap: boolean;
  modules: TopicModule[];
}

export interface PlaceGroup {
  place: RequirementPlace;
  rows: PlaceRow[];
}

export interface CoverageMap {
  topics: TopicCoverage[];
  /** Requirements grouped by where they apply, in the order of `placeOrder`. */
  places: PlaceGroup[];
  counts: { topics: number; covered: number; gaps: number; requirements: number };
}

/** The anchor of a place's section on the coverage page. */
export function placeAnchor(place: RequirementPlace): string {
  return `in-${place}`;
}

/** A lesson's address: the module page at the lesson's heading. */
export function lessonUrl(moduleId: string, slug: string): string {
  return `${urlFor('modules', moduleId)}#${slug}`;
}

/**
 * Builds the map. `placeOrder` sorts the places (e.g. by their names in the page's language); it
 * receives jurisdiction ids and "g7" / "international". Lesson numbers that a module does not have
 * are skipped here (the content tests report them).
 */
export function buildCoverage(
  topics: readonly TopicInput[],
  modules: readonly ModuleInput[],
  placeOrder: (a: RequirementPlace, b: RequirementPlace) => number = (a, b) => a.localeCompare(b),
): CoverageMap {
  const sortedModules = [...modules].sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  const sortedTopics = [...topics].sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));

  const coverage: TopicCoverage[] = sortedTopics.map((topic) => {
    const taught: TopicModule[] = [];
    for (const m of sortedModules) {
      const cover = m.covers.find((c) => c.topic === topic.id);
      if (!cover) continue;
      const lessons = cover.lessons.flatMap((n) => {
        const lesson = m.lessons[n - 1];
        return lesson ? [{ number: n, title: lesson.text, url: lessonUrl(m.id, lesson.slug) }] : [];
      });
      if (lessons.length === 0) continue;
      taught.push({
        id: m.id,
        title: m.title,
        url: urlFor('modules', m.id),
        lessons,
        ...(cover.note ? { note: cover.note } : {}),
      });
    }
    const requirements = topic.requirements.map((r): TopicRequirement => {
      const scope = r.scope ?? 'national';
      return { ...r, scope, place: r.jurisdiction ?? scope };
    });
    return {
      id: topic.id,
      title: topic.title,
      summary: topic.summary,
      url: urlFor('training-topics', topic.id),
      requirements,
      modules: taught,
      gap: taught.length === 0,
      mandatory: requirements.some((r) => r.status === 'mandatory'),
      related: [...(topic.related ?? [])],
    };
  });

  const byPlace = new Map<RequirementPlace, PlaceRow[]>();
  for (const t of coverage) {
    for (const requirement of t.requirements) {
      const rows = byPlace.get(requirement.place) ?? [];
      rows.push({ topic: t.id, topicTitle: t.title, requirement, gap: t.gap, modules: t.modules });
      byPlace.set(requirement.place, rows);
    }
  }
  const places = [...byPlace.entries()]
    .sort(([a], [b]) => placeOrder(a, b))
    .map(([place, rows]) => ({
      place,
      // Mandatory first, then by requirement name, then by topic order (already the order of `rows`).
      rows: rows
        .map((row, i) => ({ row, i }))
        .sort(
          (a, b) =>
            statusRank(a.row.requirement.status) - statusRank(b.row.requirement.status) ||
            a.row.requirement.name.localeCompare(b.row.requirement.name) ||
            a.i - b.i,
        )
        .map(({ row }) => row),
    }));

  const covered = coverage.filter((t) => !t.gap).length;
  return {
    topics: coverage,
    places,
    counts: {
      topics: coverage.length,
      covered,
      gaps: coverage.length - covered,
      requirements: coverage.reduce((n, t) => n + t.requirements.length, 0),
    },
  };
}

function statusRank(status: RequirementStatus): number {
  return status === 'mandatory' ? 0 : 1;
}

/** The topics a set of modules covers, in coverage-map order, each once (for certificates). */
export function topicsOfModules(map: Pick<CoverageMap, 'topics'>, moduleIds: readonly string[]): TopicCoverage[] {
  const ids = new Set(moduleIds);
  return map.topics.filter((t) => t.modules.some((m) => ids.has(m.id)));
}

/** The topics one module covers, in coverage-map order, with the lessons of that module only. */
export function topicsOfModule(
  map: Pick<CoverageMap, 'topics'>,
  moduleId: string,
): { id: string; title: string; url: string; lessons: CoveredLesson[]; note?: string }[] {
  return map.topics.flatMap((t) => {
    const m = t.modules.find((x) => x.id === moduleId);
    return m ? [{ id: t.id, title: t.title, url: t.url, lessons: m.lessons, ...(m.note ? { note: m.note } : {}) }] : [];
  });
}

/** A source as the coverage data names it. */
export interface CoverageSource {
  id: string;
  title: string;
  publisher: string;
  url: string;
  official: boolean;
}

/**
 * The records of `/data/training-coverage.json`: one per topic, sorted by id, with `order` (its
 * place on the map), the requirements that name it (each with the sources it cites, official ones
 * first and marked) and the modules and lessons that teach it; `gap` when none does. The shape is
 * CoverageRecordSchema (coverage-record.ts). Field names are a contract: add fields, never rename.
 */
export function coverageRecords(map: CoverageMap, sourceOf: (id: string) => CoverageSource | undefined) {
  return map.topics
    .map((topic, order) => ({
      id: topic.id,
      url: topic.url,
      title: topic.title,
      summary: topic.summary,
      order: order + 1,
      gap: topic.gap,
      mandatory: topic.mandatory,
      requirements: topic.requirements.map((r) => ({
        name: r.name,
        jurisdiction: r.jurisdiction ?? null,
        scope: r.scope,
        status: r.status,
        audience: [...r.audience],
        who: r.who,
        frequency: r.frequency ?? null,
        from: r.from ?? null,
        instrument: r.instrument ?? null,
        note: r.note ?? null,
        sources: r.sources
          .map((id) => sourceOf(id))
          .filter((s): s is CoverageSource => s !== undefined)
          .sort((a, b) => Number(b.official) - Number(a.official)),
      })),
      modules: topic.modules.map((m) => ({
        id: m.id,
        url: m.url,
        title: m.title,
        note: m.note ?? null,
        lessons: m.lessons,
      })),
    }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
