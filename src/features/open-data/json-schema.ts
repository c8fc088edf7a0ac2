/**
 * JSON Schemas of the content model, generated from the Zod schemas of the registry
 * (`src/schemas/index.ts`) with Zod's own `z.toJSONSchema`, so that they can never drift from what
 * the build accepts:
 *
 * - the **authoring schema** of a collection: what an author writes in `content/<collection>/<id>.yaml`
 *   (or in the frontmatter of a Markdown entry), i.e. the schema's *input* (fields with a default
 *   are optional). Descriptions come from the schemas' `.describe()`, so editors show them as help.
 *   Committed in `content/.schemas/` (editors work offline) and published at `/data/schema/<collection>.json`;
 * - the **record schema** of a collection: one element of `/data/<collection>.json` (the schema's
 *   *output*, defaults applied, plus `id`, `url` and the computed fields of `records.ts`), published at
 *   `/data/schema/records/<collection>.json` and referenced from the data package.
 *
 * What JSON Schema cannot say is left to `npm run validate`: references to other entries (a string
 * here), and the cross-field rules of `.refine()`/`.superRefine()` (e.g. "a scenario has 2–4 decision
 * points"). A JSON Schema therefore accepts every valid entry, and catches most mistakes as you type.
 */
import { z } from 'astro/zod';
import { COLLECTIONS, type CollectionName } from '#src/schemas/index.ts';
import { PARTIAL_DATE_RE } from '#src/schemas/common.ts';
import { RECORD_FIELDS } from './records.ts';

export type JsonSchema = Record<string, unknown>;

export const JSON_SCHEMA_DIALECT = 'https://json-schema.org/draft/2020-12/schema';

/** Where the committed authoring schemas live, relative to the project root. */
export const SCHEMA_DIR = 'content/.schemas';

const SAFE = Number.MAX_SAFE_INTEGER;

/**
 * Tidies what Zod writes for one node: drops the ±2^53 bounds of `.int()` (noise for an author) and,
 * writes URLs as a pattern (Zod accepts non-ASCII characters in them, as browsers do), and, for the authoring schema, lets a year-only publication date be written as a YAML number (`date: 2024`),
 * which `partialDate` accepts.
 */
function tidy(io: 'input' | 'output') {
  return (ctx: { zodSchema: unknown; jsonSchema: JsonSchema }) => {
    const js = ctx.jsonSchema;
    if (js.minimum === -SAFE) delete js.minimum;
    if (js.maximum === SAFE) delete js.maximum;
    // Zod's url() accepts what WHATWG URL parsing accepts, non-ASCII characters included, which the
    // RFC 3986 `uri` format rejects: say "a web address" with a pattern instead.
    if (js.format === 'uri') {
      delete js.format;
      js.pattern ??= '^https?://\\S+$';
    }
    if (io === 'input' && js.type === 'string' && js.pattern === PARTIAL_DATE_RE.source) {
      const { type: _type, pattern, ...rest } = js;
      for (const key of Object.keys(js)) delete js[key];
      Object.assign(js, rest, {
        anyOf: [
          { type: 'string', pattern },
          { type: 'integer', minimum: 1000, maximum: 9999 },
        ],
      });
    }
  };
}

function toJson(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  return z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    io,
    unrepresentable: 'any',
    override: tidy(io),
  }) as JsonSchema;
}

/** The site address that schema `$id`s are made absolute with, when one is given. */
function idFor(site: string | undefined, path: string): { $id?: string } {
  return site ? { $id: new URL(path, site.endsWith('/') ? site : `${site}/`).href } : {};
}

/** The authoring schema of a collection (see the module comment). */
export function authoringSchema(collection: CollectionName, site?: string): JsonSchema {
  const spec = COLLECTIONS[collection];
  const { $schema: _, description, ...body } = toJson(spec.schema(), 'input');
  const where =
    spec.format === 'mdx'
      ? `the YAML frontmatter of content/${collection}/<id>.md (or .mdx)`
      : `content/${collection}/<id>.yaml`;
  return {
    $schema: JSON_SCHEMA_DIALECT,
    ...idFor(site, `/data/schema/${collection}.json`),
    title: `${collection}: one entry, as written in ${where}`,
    description: [
      description,
      'Generated from the Zod schema (src/schemas/); `npm run validate` also checks references to other entries and cross-field rules.',
    ]
      .filter(Boolean)
      .join(' '),
    ...body,
  };
}

/** The schema of one record of `/data/<collection>.json` (see the module comment). */
export function recordItemSchema(collection: CollectionName): JsonSchema {
  const spec = COLLECTIONS[collection];
  const { $schema: _, ...entry } = toJson(spec.schema(), 'output');
  const extra = RECORD_FIELDS(collection);
  const { properties: extraProps, required: extraRequired } = toJson(extra, 'output') as {
    properties: Record<string, JsonSchema>;
    required?: string[];
  };
  const props = (entry.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set([...((entry.required as string[] | undefined) ?? []), ...(extraRequired ?? [])]);
  // id and url first, then the entry's fields (its own definition wins where both name one: a source's
  // `url` is its document's address), then the computed ones.
  const keys = [...new Set(['id', 'url', ...Object.keys(props), ...Object.keys(extraProps)])];
  const properties = Object.fromEntries(keys.map((k) => [k, (props[k] ?? extraProps[k]) as JsonSchema]));
  if (collection === 'checklists') addItemAction(properties);
  return { ...entry, properties, required: [...required] };
}

/**
 * A published checklist item keeps the single `action` its records had before actions depended on the
 * answer (records.ts: the action for the item's lowest answer), so the item schema names it too.
 */
function addItemAction(properties: Record<string, JsonSchema>): void {
  const sections = properties.sections as { items?: { properties?: Record<string, JsonSchema> } } | undefined;
  const item = (sections?.items?.properties?.items as { items?: JsonSchema } | undefined)?.items as
    | { properties?: Record<string, JsonSchema>; required?: string[] }
    | undefined;
  if (!item?.properties) throw new Error('checklists: the record schema has no sections[].items[] to describe');
  item.properties.action = {
    type: 'string',
    description:
      "Kept for compatibility: the action for the item's lowest answer. The action for each answer is in `actions`.",
  };
  item.required = [...(item.required ?? []), 'action'];
}

/** The schema of the whole `/data/<collection>.json` file: an array of records. */
export function recordsSchema(collection: CollectionName, site?: string): JsonSchema {
  const { description, ...item } = recordItemSchema(collection);
  return {
    $schema: JSON_SCHEMA_DIALECT,
    ...idFor(site, `/data/schema/records/${collection}.json`),
    title: `/data/${collection}.json: every ${collection} entry as published`,
    description: [
      'An array of records, sorted by id. Each record is the validated entry with defaults applied, its id and its address on the site.',
      description,
    ]
      .filter(Boolean)
      .join(' '),
    type: 'array',
    items: item,
  };
}

/**
 * The schema of a `/data/<name>.json` file that is derived rather than a collection (the timeline's
 * milestones, built from the instruments' events): an array of `item` records.
 */
export function derivedRecordsSchema(name: string, item: z.ZodType, title: string, site?: string): JsonSchema {
  const { $schema: _, description, ...body } = toJson(item, 'output');
  return {
    $schema: JSON_SCHEMA_DIALECT,
    ...idFor(site, `/data/schema/records/${name}.json`),
    title,
    description: ['An array of records, sorted by id.', description].filter(Boolean).join(' '),
    type: 'array',
    items: body,
  };
}

/** A schema as committed and published: two-space JSON with a final newline. */
export function schemaText(schema: JsonSchema): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}
