/**
 * Checks content files against the generated JSON Schemas with a standard validator (Ajv, JSON
 * Schema 2020-12), reading each file as an editor's YAML language server does: YAML 1.2 core types
 * (an unquoted 2026-11-21 is a string, not a date), and for Markdown entries the frontmatter only.
 * Used by the content tests to prove that the schemas editors see accept every valid entry.
 */
import { extname } from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsPlugin from 'ajv-formats';
import { parseFrontmatter } from 'astro/markdown';
import yaml from 'js-yaml';
import type { JsonSchema } from '#src/features/open-data/json-schema.ts';

// ajv-formats is CommonJS: its default export arrives as the module object under some loaders.
const addFormats = ((addFormatsPlugin as unknown as { default?: typeof addFormatsPlugin }).default ??
  addFormatsPlugin) as typeof addFormatsPlugin;

/** A validator for JSON Schema 2020-12 with the standard formats (uri, date, email…). */
export function newAjv(): Ajv2020 {
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictTypes: false });
  addFormats(ajv);
  // Our annotation: the collection a reference field points to (src/schemas/common.ts, ref()).
  ajv.addKeyword({ keyword: 'x-reference', schemaType: 'string' });
  return ajv;
}

/** Compiles a schema (without its `$id`, so that one validator can hold several versions of it). */
export function compile(ajv: Ajv2020, schema: JsonSchema): ValidateFunction {
  const { $id: _, ...rest } = schema;
  return ajv.compile(rest);
}

/** The data of a content file as an editor's YAML language server sees it (YAML 1.2 core schema). */
export function editorView(text: string, file: string): unknown {
  const ext = extname(file);
  const source =
    ext === '.md' || ext === '.mdx' ? parseFrontmatter(text, { frontmatter: 'remove' }).rawFrontmatter : text;
  return yaml.load(source, { schema: yaml.CORE_SCHEMA }) ?? {};
}

/** Ajv's errors as `path: message` lines. */
export function errorLines(validate: ValidateFunction): string[] {
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'}: ${e.message ?? e.keyword}`);
}
