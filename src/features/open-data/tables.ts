/**
 * The CSV tables of the open data (`/data/<name>.csv`), each with the Table Schema that the data
 * package publishes for it (Frictionless Table Schema: typed fields with descriptions, a primary key
 * and foreign keys). Pure: tables are built from entries; load.ts reads them and writes the files with
 * the one CSV writer (src/lib/csv.ts).
 *
 * - Every public collection gets a table of its entries (`collectionTable`): one row per entry, one
 *   column per field that holds one value (text, number, yes/no, date, one id) or a list of ids or
 *   fixed values (joined with ";"). Prose lists and nested objects stay in the JSON. A new collection
 *   in the registry gets its table by itself.
 * - Nested lists that are tables in their own right get their own: the items of the national
 *   technology lists and the items of the checklists.
 * - `/data/comparison.csv` (the matrix, one row per dimension) is written by the compare feature; its
 *   Table Schema is read off its header here (`comparisonFields`).
 *
 * To add a table: write a `TableSpec` (or a spec with `csvFields` for a CSV written elsewhere) and list
 * it in load.ts `TABLES`; the data package describes it and the dist tests check it.
 */
import { ISO_DATE_RE } from '#src/schemas/common.ts';
import { COLLECTIONS, COLLECTION_NAMES, type CollectionName } from '#src/schemas/index.ts';
import { recordItemSchema, type JsonSchema } from './json-schema.ts';
import { toOpenRecord, type RawEntry } from './records.ts';

/** Table Schema field types used here (https://datapackage.org/standard/table-schema/#field-types). */
export type FieldType = 'string' | 'integer' | 'number' | 'boolean' | 'date' | 'list';

export interface TableField {
  name: string;
  type: FieldType;
  description: string;
  /** For `list`: the separator of the items, and their type. */
  delimiter?: string;
  itemType?: 'string';
  constraints?: {
    required?: boolean;
    unique?: boolean;
    enum?: string[];
    pattern?: string;
    minimum?: number;
    maximum?: number;
  };
}

export interface ForeignKey {
  fields: string[];
  reference: { resource: string; fields: string[] };
}

export interface TableSchema {
  fields: TableField[];
  primaryKey: string[];
  foreignKeys?: ForeignKey[];
  missingValues: string[];
}

export type CellValue = string | number | boolean | null | undefined | readonly string[];

/** Entries by collection, as load.ts reads them. */
export type Entries = Partial<Record<CollectionName, RawEntry[]>>;

export interface TableSpec {
  /** The file is `/data/<name>.csv`; the data package resource is `<name>-csv`. */
  name: string;
  title: string;
  description: string;
  /** Collections whose entries it reads (and cites as sources). */
  inputs: CollectionName[];
  schema: TableSchema;
  rows(entries: Entries): CellValue[][];
}

/** The separator of list cells (ids and fixed values never contain it). */
export const LIST_DELIMITER = ';';

/** The data package name of a table's resource, and of a collection's JSON resource. */
export const csvResourceName = (table: string) => `${table}-csv`;
export const jsonResourceName = (collection: string) => collection;

/** A CSV cell as text: lists joined by ";", booleans as true/false, missing values empty. */
export function cellText(value: CellValue): string | number | null | undefined {
  if (Array.isArray(value)) return value.join(LIST_DELIMITER);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return value as string | number | null | undefined;
}

/** The Table Schema field for a JSON Schema property, or undefined when it does not fit one cell. */
export function fieldFor(name: string, prop: JsonSchema): { field: TableField; reference?: string } | undefined {
  const description = String(prop.description ?? '');
  const reference = typeof prop['x-reference'] === 'string' ? (prop['x-reference'] as string) : undefined;
  const enumOf = (p: JsonSchema) => (Array.isArray(p.enum) ? (p.enum as string[]) : undefined);
  switch (prop.type) {
    case 'string': {
      const values = enumOf(prop);
      const pattern = typeof prop.pattern === 'string' ? prop.pattern : undefined;
      if (pattern === ISO_DATE_RE.source) {
        return { field: { name, type: 'date', description } };
      }
      const constraints = { ...(values ? { enum: values } : {}), ...(pattern && !values ? { pattern } : {}) };
      return {
        field: { name, type: 'string', description, ...(Object.keys(constraints).length ? { constraints } : {}) },
        ...(reference ? { reference } : {}),
      };
    }
    case 'integer':
    case 'number': {
      const constraints = {
        ...(typeof prop.minimum === 'number' ? { minimum: prop.minimum } : {}),
        ...(typeof prop.maximum === 'number' ? { maximum: prop.maximum } : {}),
      };
      return {
        field: { name, type: prop.type, description, ...(Object.keys(constraints).length ? { constraints } : {}) },
      };
    }
    case 'boolean':
      return { field: { name, type: 'boolean', description } };
    case 'array': {
      const items = (prop.items ?? {}) as JsonSchema;
      const values = enumOf(items);
      const itemRef = typeof items['x-reference'] === 'string';
      if (items.type !== 'string' || !(values || itemRef)) return undefined;
      return {
        field: {
          name,
          type: 'list',
          delimiter: LIST_DELIMITER,
          itemType: 'string',
          description: [
            description,
            values ? `Values: ${values.join(', ')}.` : `Ids of content/${String(items['x-reference'])}/ entries.`,
            `Separated by "${LIST_DELIMITER}".`,
          ]
            .filter(Boolean)
            .join(' '),
        },
      };
    }
    default:
      return undefined;
  }
}

/** The columns of a JSON Schema object that fit one cell each, with foreign keys for single ids. */
function columnsOf(
  item: JsonSchema,
  skip: readonly string[] = [],
): { fields: TableField[]; refs: Map<string, string> } {
  const props = (item.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((item.required as string[] | undefined) ?? []);
  const fields: TableField[] = [];
  const refs = new Map<string, string>();
  for (const [name, prop] of Object.entries(props)) {
    if (skip.includes(name)) continue;
    const col = fieldFor(name, prop);
    if (!col) continue;
    if (required.has(name) && col.field.type !== 'list')
      col.field.constraints = { ...col.field.constraints, required: true };
    fields.push(col.field);
    if (col.reference) refs.set(name, col.reference);
  }
  return { fields, refs };
}

function foreignKeys(refs: Map<string, string>): ForeignKey[] {
  return [...refs].map(([field, collection]) => ({
    fields: [field],
    reference: { resource: csvResourceName(collection), fields: ['id'] },
  }));
}

const byId = (a: RawEntry, b: RawEntry) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The table of a collection's entries: `id`, `url`, then every one-cell field of its published
 * records, in schema order, with `extra` columns computed from the entry (e.g. glossary translations).
 */
export function collectionTable(
  collection: CollectionName,
  extra: { field: TableField; value: (entry: RawEntry) => CellValue }[] = [],
): TableSpec {
  const item = recordItemSchema(collection);
  const { fields, refs } = columnsOf(item, ['id', 'url']);
  const id: TableField = {
    name: 'id',
    type: 'string',
    description: 'The entry id (its file name in content/); the key of the record in the JSON file.',
    constraints: { required: true, unique: true },
  };
  const url: TableField = {
    name: 'url',
    type: 'string',
    description:
      'Where the entry is shown on the site (a path from the site root) or, for a source, the document’s address.',
    constraints: { required: true },
  };
  const all = [id, url, ...fields, ...extra.map((e) => e.field)];
  return {
    name: collection,
    title: `${collection} (one row per entry)`,
    description: `${COLLECTIONS[collection].format === 'mdx' ? 'Frontmatter fields' : 'Fields'} of every ${collection} entry that hold one value or a list of ids; the full records are in ${collection}.json.`,
    inputs: collection === 'areas' ? ['areas', 'technology-lists'] : [collection],
    schema: { fields: all, primaryKey: ['id'], foreignKeys: foreignKeys(refs), missingValues: [''] },
    rows: (entries) =>
      [...(entries[collection] ?? [])].sort(byId).map((entry) => {
        const record = toOpenRecord(collection, entry, entries) as Record<string, unknown>;
        return [...[id, url, ...fields].map((f) => record[f.name] as CellValue), ...extra.map((e) => e.value(entry))];
      }),
  };
}

/** The nested list `listField` of a collection as its own table, keyed by (entry id, item id). */
function nestedTable(options: {
  name: string;
  title: string;
  description: string;
  collection: CollectionName;
  parentKey: string;
  /** The items of one entry, each with the columns that locate it (e.g. its section). */
  items: (data: Record<string, unknown>) => { where: Record<string, CellValue>; item: Record<string, unknown> }[];
  /** JSON Schema of one item (for its columns). */
  itemSchema: JsonSchema;
  where: TableField[];
  skip?: string[];
}): TableSpec {
  const { fields, refs } = columnsOf(options.itemSchema, options.skip);
  const parent: TableField = {
    name: options.parentKey,
    type: 'string',
    description: `Id of the ${options.collection} entry the item belongs to.`,
    constraints: { required: true },
  };
  const all = [parent, ...options.where, ...fields];
  const idField = fields.find((f) => f.name === 'id');
  return {
    name: options.name,
    title: options.title,
    description: options.description,
    inputs: [options.collection],
    schema: {
      fields: all,
      primaryKey: [options.parentKey, ...(idField ? ['id'] : [])],
      foreignKeys: [
        { fields: [options.parentKey], reference: { resource: csvResourceName(options.collection), fields: ['id'] } },
        ...foreignKeys(refs),
      ],
      missingValues: [''],
    },
    rows: (entries) =>
      [...(entries[options.collection] ?? [])]
        .sort(byId)
        .flatMap((entry) =>
          options
            .items(entry.data)
            .map(({ where, item }) => [
              entry.id,
              ...options.where.map((f) => where[f.name]),
              ...fields.map((f) => item[f.name] as CellValue),
            ]),
        ),
  };
}

/** Digs the JSON Schema of a nested array's items out of a record schema, by property path. */
function itemsAt(schema: JsonSchema, path: string[]): JsonSchema {
  let node = schema;
  for (const key of path) {
    const next = ((node.properties ?? {}) as Record<string, JsonSchema>)[key];
    if (!next) throw new Error(`open data: no field "${path.join('.')}" in the schema`);
    node = (next.items ?? next) as JsonSchema;
  }
  return node;
}

/** `/data/technology-list-items.csv`: every item of every national technology list. */
export function technologyListItemsTable(): TableSpec {
  return nestedTable({
    name: 'technology-list-items',
    title: 'Items of the national technology lists',
    description:
      'One row per item of each national or international list of sensitive or critical technologies, with the academy areas it corresponds to.',
    collection: 'technology-lists',
    parentKey: 'list',
    items: (data) => (data.items as Record<string, unknown>[]).map((item) => ({ where: {}, item })),
    itemSchema: itemsAt(recordItemSchema('technology-lists'), ['items']),
    where: [],
  });
}

/** `/data/checklist-items.csv`: every question of every self-assessment checklist. */
export function checklistItemsTable(): TableSpec {
  return nestedTable({
    name: 'checklist-items',
    title: 'Questions of the self-assessment checklists',
    description:
      'One row per question of each checklist, with its section, weight and the answers that raise a flag. The answer scales, actions and scoring rules are in checklists.json.',
    collection: 'checklists',
    parentKey: 'checklist',
    items: (data) =>
      (data.sections as { id: string; items: Record<string, unknown>[] }[]).flatMap((section) =>
        section.items.map((item) => ({ where: { section: section.id }, item })),
      ),
    itemSchema: itemsAt(recordItemSchema('checklists'), ['sections', 'items']),
    where: [
      {
        name: 'section',
        type: 'string',
        description: 'Id of the section of the checklist.',
        constraints: { required: true },
      },
    ],
    // The deprecated one-size action is superseded by the per-answer actions (in the JSON).
    skip: ['action'],
  });
}

/** Glossary translations as columns: `translation_fr`, … and their sources. */
function glossaryTable(): TableSpec {
  const languages = (() => {
    const item = recordItemSchema('glossary');
    const translations = ((item.properties as Record<string, JsonSchema>).translations ?? {}) as JsonSchema;
    const names = (translations.propertyNames as JsonSchema | undefined)?.enum;
    return Array.isArray(names) ? (names as string[]) : Object.keys((translations.properties ?? {}) as object);
  })();
  return collectionTable(
    'glossary',
    languages.flatMap((lang) => [
      {
        field: {
          name: `translation_${lang}`,
          type: 'string' as const,
          description: `The equivalent term in use in the language "${lang}" (ISO 639-1), where one is in use.`,
        },
        value: (e: RawEntry) => (e.data.translations as Record<string, string> | undefined)?.[lang],
      },
      {
        field: {
          name: `translation_${lang}_source`,
          type: 'string' as const,
          description: `Id of the source where the "${lang}" equivalent was found.`,
        },
        value: (e: RawEntry) => (e.data.translationSources as Record<string, string> | undefined)?.[lang],
      },
    ]),
  );
}

/**
 * Collections whose CSV is written by another feature with columns of its own, not by
 * `collectionTable`. instruments: `/data/instruments.csv` comes from the tracker (status and key
 * dates as columns); list its spec in load.ts `TABLES` when it lands.
 */
export const CSV_ELSEWHERE: readonly CollectionName[] = ['instruments'];

/** The tables built from entries: one per public collection, plus the nested ones. */
export function entryTables(): TableSpec[] {
  const perCollection = COLLECTION_NAMES.filter((c) => COLLECTIONS[c].public && !CSV_ELSEWHERE.includes(c)).map((c) =>
    c === 'glossary' ? glossaryTable() : collectionTable(c),
  );
  return [...perCollection, technologyListItemsTable(), checklistItemsTable()];
}

/**
 * The Table Schema of `/data/comparison.csv`, read off its header: `dimension_id`, `dimension`, then
 * for each jurisdiction "<Name> value", "<Name> note", "<Name> source", "<Name> last verified" (and any
 * further per-cell column listed in COMPARISON_CELL_COLUMNS). A column it does not know fails the build.
 */
export function comparisonFields(header: readonly string[]): TableField[] {
  return header.map((name) => {
    if (name === 'dimension_id')
      return {
        name,
        type: 'string',
        description: 'Id of the dimension (a record of dimensions.json).',
        constraints: { required: true, unique: true },
      };
    if (name === 'dimension') return { name, type: 'string', description: 'The dimension, as titled on /compare/.' };
    for (const [suffix, make] of COMPARISON_CELL_COLUMNS) {
      if (name.endsWith(` ${suffix}`)) return { name, ...make(name.slice(0, -suffix.length - 1)) };
    }
    throw new Error(
      `open data: comparison.csv has a column "${name}" that src/features/open-data/tables.ts does not describe`,
    );
  });
}

/** Per-jurisdiction columns of the comparison CSV: header suffix → field (given the jurisdiction's name). */
export const COMPARISON_CELL_COLUMNS: [string, (jurisdiction: string) => Omit<TableField, 'name'>][] = [
  [
    'value',
    (j) => ({
      type: 'string',
      description: `${j}: the cell's value on the fixed scale (empty where the cell is missing).`,
      constraints: { enum: ['yes', 'partial', 'no', 'unknown'] },
    }),
  ],
  [
    'note',
    (j) => ({ type: 'string', description: `${j}: one line on what exists, or why the value is partial or unknown.` }),
  ],
  [
    'source',
    (j) => ({
      type: 'string',
      description: `${j}: the address of the document that supports the value (its source id when the address is not known).`,
    }),
  ],
  [
    'last verified',
    (j) => ({ type: 'date', description: `${j}: the day the cell was last checked against its source.` }),
  ],
  ['changed', (j) => ({ type: 'date', description: `${j}: the day the cell's value last changed.` })],
];

export const COMPARISON_TABLE = {
  name: 'comparison',
  title: 'The comparison matrix: dimensions × jurisdictions',
  description:
    'One row per dimension of the comparison, and for each jurisdiction its value, note, source and the day it was checked: the table of /compare/. The same cells, with their source ids, are in jurisdictions.json (field comparison).',
  inputs: ['jurisdictions', 'dimensions', 'sources'] as CollectionName[],
  primaryKey: ['dimension_id'],
};
