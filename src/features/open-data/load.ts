/**
 * The open data's files, read from the content: `/data/<collection>.json` per public collection
 * (records.ts), `/data/<table>.csv` per table (tables.ts), their JSON Schemas (json-schema.ts) and
 * `/data/datapackage.json` (datapackage.ts) that describes them all.
 */
import { createHash } from 'node:crypto';
import { getCollection } from 'astro:content';
import { comparisonCsv } from '#src/features/compare/load.ts';
import { loadMilestones, milestonePages } from '#src/features/timeline/load.ts';
import { coverageRecordsText } from '#src/features/training/load.ts';
import { milestoneRecord } from '#src/features/timeline/milestones.ts';
import { loadInstruments } from '#src/features/tracker/load.ts';
import { INSTRUMENT_CSV_COLUMNS, instrumentCsvRows } from '#src/features/tracker/tracker.ts';
import { milestoneUrl } from '#src/lib/routes.ts';
import { contentHash, stableJson } from '#src/features/training/training.ts';
import { csvLines, parseCsv } from '#src/lib/csv.ts';
import { urlFor } from '#src/lib/routes.ts';
import { RELEASE } from '#src/lib/release.ts';
import { COLLECTIONS, COLLECTION_NAMES, type CollectionName } from '#src/schemas/index.ts';
import { dataPackage, type CsvFile, type Descriptor, type JsonFile } from './datapackage.ts';
import { recordsSchema } from './json-schema.ts';
import { ENRICHER_INPUTS, recordsText, toOpenRecord, type OpenRecord, type RawEntry } from './records.ts';
import {
  cellText,
  COMPARISON_TABLE,
  comparisonFields,
  entryTables,
  type Entries,
  type TableSchema,
  type TableSpec,
} from './tables.ts';

/** The public collections, each published as `/data/<name>.json`. */
export const publicCollections = (): CollectionName[] => COLLECTION_NAMES.filter((name) => COLLECTIONS[name].public);

/** One file per public collection. */
export const openDataPaths = () => publicCollections().map((collection) => ({ params: { collection } }));

const loaded = new Map<CollectionName, Promise<RawEntry[]>>();
function load(name: CollectionName): Promise<RawEntry[]> {
  let entries = loaded.get(name);
  if (!entries) {
    entries = getCollection(name).then((all) =>
      all.map((e): RawEntry => ({ id: e.id, data: e.data as Record<string, unknown> })),
    );
    loaded.set(name, entries);
  }
  return entries;
}

async function loadAll(names: readonly CollectionName[]): Promise<Entries> {
  const out: Entries = {};
  for (const name of names) out[name] = await load(name);
  return out;
}

/** The records of a collection, by id. */
export async function openRecords(collection: CollectionName): Promise<OpenRecord[]> {
  const all = await loadAll(ENRICHER_INPUTS[collection] ?? []);
  return [...(await load(collection))]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((e) => toOpenRecord(collection, e, all));
}

/** A CSV file of the open data: what the data package says about it, and its text. */
export interface OpenTable {
  name: string;
  title: string;
  description: string;
  inputs: CollectionName[];
  schema: TableSchema;
  csv(): Promise<string>;
}

function fromSpec(spec: TableSpec): OpenTable {
  return {
    ...spec,
    csv: async () => {
      const rows = spec.rows(await loadAll(spec.inputs));
      return csvLines([spec.schema.fields.map((f) => f.name), ...rows.map((r) => r.map(cellText))]);
    },
  };
}

/** `/data/comparison.csv`, written by the compare feature; its Table Schema is read off its header. */
async function comparisonTable(): Promise<OpenTable> {
  const text = await comparisonCsv();
  const header = parseCsv(text.slice(0, text.indexOf('\r\n') + 2))[0] ?? [];
  return {
    ...COMPARISON_TABLE,
    schema: {
      fields: comparisonFields(header),
      primaryKey: COMPARISON_TABLE.primaryKey,
      foreignKeys: [{ fields: ['dimension_id'], reference: { resource: 'dimensions-csv', fields: ['id'] } }],
      missingValues: [''],
    },
    csv: async () => text,
  };
}

/** What each column of `/data/instruments.csv` holds. */
const INSTRUMENT_COLUMN_DESCRIPTIONS: Record<(typeof INSTRUMENT_CSV_COLUMNS)[number], string> = {
  id: 'The instrument id (its record in instruments.json).',
  title: 'Its title in English.',
  official_title: 'Its official title in its own language, when that is not English.',
  language: 'ISO 639-1 language of the instrument.',
  jurisdiction: 'The jurisdiction that made it (jurisdictions.csv); empty for G7 and international instruments.',
  scope: 'national, g7 or international.',
  kind: 'law, regulation, policy, guidance, list, body, report or statement.',
  status: 'proposed, consultation, adopted, in-force, amended, superseded, repealed or expired.',
  stakeholders: 'Who it applies to, ";"-separated.',
  announced: 'First made public: YYYY, YYYY-MM or YYYY-MM-DD.',
  adopted: 'Passed, signed or approved.',
  in_force: 'Legally in force.',
  applies_from: 'The day its obligations start to apply.',
  approximate_dates: 'The date columns whose date the source gives as approximate, ";"-separated.',
  amends: 'Instruments it amends, ";"-separated ids.',
  supersedes: 'Instruments it replaces, ";"-separated ids.',
  superseded_by: 'The instrument that replaced it.',
  last_reviewed: 'The day the whole entry was last checked against its sources.',
  sources: 'Ids of its sources (sources.csv), ";"-separated.',
  url: 'Its page on the site.',
};

/** `/data/instruments.csv`, written by the tracker: status and key dates as columns. */
function instrumentsTable(): OpenTable {
  return {
    name: 'instruments',
    title: 'The policy tracker: every instrument with its status and key dates',
    description:
      'One row per law, regulation, policy, guideline, list, body, report or statement of the policy tracker (/tracker/), with its status and the first date of each key step. The full records, with every dated step, are in instruments.json.',
    inputs: ['instruments'],
    schema: {
      fields: INSTRUMENT_CSV_COLUMNS.map((name) => ({
        name,
        type: name === 'last_reviewed' ? ('date' as const) : ('string' as const),
        description: INSTRUMENT_COLUMN_DESCRIPTIONS[name],
      })),
      primaryKey: ['id'],
      foreignKeys: [
        { fields: ['jurisdiction'], reference: { resource: 'jurisdictions-csv', fields: ['id'] } },
        { fields: ['superseded_by'], reference: { resource: 'instruments-csv', fields: ['id'] } },
      ],
      missingValues: [''],
    },
    csv: async () => csvLines(instrumentCsvRows(await loadInstruments('en'), (id) => urlFor('instruments', id))),
  };
}

/** `/data/timeline.json`: the timeline's milestones, derived from the instruments' dated steps. */
export async function timelineRecordsText(): Promise<string> {
  const milestones = (await loadMilestones('en')).sort((a, b) => a.id.localeCompare(b.id));
  const pages = await milestonePages();
  return JSON.stringify(
    milestones.map((m) => milestoneRecord(m, milestoneUrl(m.id, pages.get(m.id)))),
    null,
    1,
  );
}

/**
 * Every CSV of the open data. Add a table here (a TableSpec from tables.ts, or an OpenTable whose
 * text another feature writes, like the comparison): the CSV route, the data package and the tests
 * pick it up.
 */
export async function openTables(): Promise<OpenTable[]> {
  return [...entryTables().map(fromSpec), await comparisonTable(), instrumentsTable()];
}

/** The CSV routes' paths. */
export async function openTablePaths() {
  return (await openTables()).map((table) => ({ params: { table: table.name }, props: { table } }));
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** `/data/datapackage.json`. `site`: SITE_URL, when set. */
export async function openDataPackage(site: string | undefined): Promise<Descriptor> {
  const json: JsonFile[] = [];
  for (const collection of publicCollections()) {
    const schema = recordsSchema(collection);
    json.push({
      collection,
      text: recordsText(await openRecords(collection)),
      title: `${collection}: every entry as published`,
      description: String(schema.description ?? ''),
      inputs: [collection, ...(ENRICHER_INPUTS[collection] ?? [])],
    });
  }
  json.push({
    collection: 'timeline',
    text: await timelineRecordsText(),
    title: 'timeline: every milestone of the policy timeline',
    description:
      'The dated steps of the instruments of the policy tracker, one record per step, as /timeline/ shows them.',
    inputs: ['instruments'],
  });
  json.push({
    collection: 'training-coverage',
    text: await coverageRecordsText(),
    title: 'training-coverage: the training topics that requirements name, and the lessons that teach them',
    description:
      'One record per training topic: the national requirements and official recommendations that name it (with their official sources), and the modules and lessons of the academy that teach it, or a gap. As /training/coverage/ shows it.',
    inputs: ['training-topics', 'modules', 'sources'],
  });
  const csv: CsvFile[] = [];
  for (const table of await openTables()) {
    csv.push({
      name: table.name,
      text: await table.csv(),
      title: table.title,
      description: table.description,
      inputs: table.inputs,
      schema: table.schema,
    });
  }
  return dataPackage({ release: RELEASE, site, json, csv, sha256 });
}

/** The content version of a page that shows one entry: the day it was last reviewed and a short hash of the entry. */
export interface PageVersion {
  lastReviewed: string;
  hash: string;
}

let versions: Promise<Map<string, PageVersion>> | undefined;

/**
 * Page path → the content version of the entry it shows, for every entry that has a page of its own
 * (entries shown on a shared page, such as glossary terms, have none). The hash covers the entry's
 * data and body, so any edit changes it. Computed once per build.
 */
export function pageVersions(): Promise<Map<string, PageVersion>> {
  versions ??= (async () => {
    const map = new Map<string, PageVersion>();
    for (const collection of COLLECTION_NAMES) {
      for (const entry of await getCollection(collection)) {
        const data = entry.data as Record<string, unknown>;
        const url = urlFor(collection, entry.id, data);
        if (url.includes('#') || typeof data.lastReviewed !== 'string') continue;
        const hash = contentHash([collection, entry.id, entry.body ?? '', stableJson(data)]);
        map.set(url, { lastReviewed: data.lastReviewed, hash });
      }
    }
    return map;
  })();
  return versions;
}
