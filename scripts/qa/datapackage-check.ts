/**
 * Checks a Frictionless Data Package (v2) and its files. No maintained JavaScript validator of the
 * v2 standard installs here (the `datapackage` npm package implements v1 and was last released in
 * 2019), so the rules are written from the standard (https://datapackage.org/standard/): the
 * descriptor's required properties and their forms (Data Package, Data Resource, Table Dialect,
 * Table Schema), then the data itself: every path exists, bytes and hash match, every JSON file
 * validates against its JSON Schema (Ajv), every CSV header matches its Table Schema, every value
 * parses as its field's type and meets its constraints, primary keys are unique and foreign keys
 * resolve. Each check returns problems as lines; an empty list means valid.
 */
import { createHash } from 'node:crypto';
import { parseCsv } from '#src/lib/csv.ts';
import { compile, errorLines, newAjv } from './json-schema-check.ts';

type Json = Record<string, unknown>;

/** A POSIX path inside the package, or an http(s) URL (Data Package glossary, "URL or Path"). */
const URL_OR_PATH = /^((?=[^./~])(?!file:)((?!\/\.\.\/)(?!\\)(?!:\/\/).)*|(http|ftp)s?:\/\/.*)$/;
const NAME = /^[a-z0-9._-]+$/;
const LICENSE_NAME = /^[-a-zA-Z0-9._]+$/;
const HASH = /^([^:]+:[a-fA-F0-9]+|[a-fA-F0-9]{32})$/;
const FIELD_TYPES = [
  'string',
  'number',
  'integer',
  'boolean',
  'object',
  'array',
  'list',
  'datetime',
  'date',
  'time',
  'year',
  'yearmonth',
  'duration',
  'geopoint',
  'geojson',
  'any',
];

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function checkLicenses(where: string, licenses: unknown, problems: string[]) {
  if (licenses === undefined) return;
  if (!Array.isArray(licenses) || licenses.length === 0) {
    problems.push(`${where}: licenses must be a non-empty array`);
    return;
  }
  licenses.forEach((l, i) => {
    if (!isObject(l) || (l.name === undefined && l.path === undefined))
      problems.push(`${where}: licenses[${i}] needs a name or a path`);
    else {
      if (l.name !== undefined && !(typeof l.name === 'string' && LICENSE_NAME.test(l.name)))
        problems.push(`${where}: licenses[${i}].name is not an Open Definition identifier`);
      if (l.path !== undefined && !(typeof l.path === 'string' && URL_OR_PATH.test(l.path)))
        problems.push(`${where}: licenses[${i}].path is not a URL or path`);
    }
  });
}

function checkSources(where: string, sources: unknown, problems: string[]) {
  if (sources === undefined) return;
  if (!Array.isArray(sources)) problems.push(`${where}: sources must be an array`);
  else
    sources.forEach((s, i) => {
      if (!isObject(s) || Object.keys(s).length === 0)
        problems.push(`${where}: sources[${i}] must be a non-empty object`);
      else if (s.path !== undefined && !(typeof s.path === 'string' && URL_OR_PATH.test(s.path)))
        problems.push(`${where}: sources[${i}].path is not a URL or path`);
    });
}

/** The Table Schema rules (fields, types, primary and foreign keys, missing values). */
export function checkTableSchema(where: string, schema: unknown, resourceNames: Set<string>): string[] {
  const problems: string[] = [];
  if (!isObject(schema)) return [`${where}: schema must be a Table Schema object`];
  const fields = schema.fields;
  if (!Array.isArray(fields) || fields.length === 0) return [`${where}: schema.fields must be a non-empty array`];
  const names = new Set<string>();
  fields.forEach((f, i) => {
    if (!isObject(f) || typeof f.name !== 'string' || f.name === '') {
      problems.push(`${where}: fields[${i}] needs a name`);
      return;
    }
    if (names.has(f.name)) problems.push(`${where}: field "${f.name}" is defined twice`);
    names.add(f.name);
    if (f.type !== undefined && !FIELD_TYPES.includes(String(f.type)))
      problems.push(`${where}: field "${f.name}" has an unknown type "${String(f.type)}"`);
    if (
      f.type === 'list' &&
      f.itemType !== undefined &&
      !['string', 'integer', 'boolean', 'number', 'datetime', 'date', 'time'].includes(String(f.itemType))
    )
      problems.push(`${where}: field "${f.name}" has an unknown itemType`);
    if (f.constraints !== undefined && !isObject(f.constraints))
      problems.push(`${where}: field "${f.name}" constraints must be an object`);
  });
  const keyList = (v: unknown) => (typeof v === 'string' ? [v] : v);
  const pk = keyList(schema.primaryKey);
  if (pk !== undefined) {
    if (!Array.isArray(pk) || pk.length === 0)
      problems.push(`${where}: primaryKey must be a non-empty array of field names`);
    else
      for (const k of pk)
        if (!names.has(String(k))) problems.push(`${where}: primaryKey names an unknown field "${String(k)}"`);
  }
  if (schema.foreignKeys !== undefined) {
    if (!Array.isArray(schema.foreignKeys)) problems.push(`${where}: foreignKeys must be an array`);
    else
      schema.foreignKeys.forEach((fk, i) => {
        const from = isObject(fk) ? keyList(fk.fields) : undefined;
        const ref = isObject(fk) ? fk.reference : undefined;
        const to = isObject(ref) ? keyList(ref.fields) : undefined;
        if (!Array.isArray(from) || !Array.isArray(to) || from.length !== to.length)
          problems.push(`${where}: foreignKeys[${i}] needs fields and reference.fields of the same length`);
        else {
          for (const k of from)
            if (!names.has(String(k)))
              problems.push(`${where}: foreignKeys[${i}] names an unknown field "${String(k)}"`);
          if (isObject(ref) && ref.resource !== undefined && !resourceNames.has(String(ref.resource)))
            problems.push(`${where}: foreignKeys[${i}] points to an unknown resource "${String(ref.resource)}"`);
        }
      });
  }
  if (schema.missingValues !== undefined && !Array.isArray(schema.missingValues))
    problems.push(`${where}: missingValues must be an array`);
  return problems;
}

/** The descriptor rules: Data Package, each Data Resource, Table Dialect and Table Schema. */
export function checkDescriptor(descriptor: unknown): string[] {
  const problems: string[] = [];
  if (!isObject(descriptor)) return ['the descriptor must be a JSON object'];
  const d = descriptor;
  if (d.$schema !== undefined && typeof d.$schema !== 'string')
    problems.push('$schema must be a string (a profile URL)');
  if (d.name !== undefined && !(typeof d.name === 'string' && NAME.test(d.name)))
    problems.push('name should be lower-case letters, digits, ".", "-" and "_"');
  for (const key of ['id', 'title', 'description', 'version', 'homepage', 'image'] as const)
    if (d[key] !== undefined && typeof d[key] !== 'string') problems.push(`${key} must be a string`);
  if (d.homepage !== undefined && !/^https?:\/\//.test(String(d.homepage)))
    problems.push('homepage must be an http(s) URL');
  if (d.created !== undefined && Number.isNaN(Date.parse(String(d.created))))
    problems.push('created must be an RFC 3339 date-time');
  if (
    d.created !== undefined &&
    !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(String(d.created))
  )
    problems.push('created must be an RFC 3339 date-time');
  if (
    d.keywords !== undefined &&
    !(Array.isArray(d.keywords) && d.keywords.length > 0 && d.keywords.every((k) => typeof k === 'string'))
  )
    problems.push('keywords must be a non-empty array of strings');
  if (d.contributors !== undefined) {
    if (!Array.isArray(d.contributors) || d.contributors.length === 0)
      problems.push('contributors must be a non-empty array');
    else
      d.contributors.forEach((c, i) => {
        if (!isObject(c) || Object.keys(c).length === 0) problems.push(`contributors[${i}] must be a non-empty object`);
      });
  }
  checkLicenses('package', d.licenses, problems);
  checkSources('package', d.sources, problems);
  if (!Array.isArray(d.resources) || d.resources.length === 0) {
    problems.push('resources is required: a non-empty array');
    return problems;
  }
  const names = new Set<string>();
  for (const r of d.resources) if (isObject(r) && typeof r.name === 'string') names.add(r.name);
  const seen = new Set<string>();
  d.resources.forEach((r, i) => {
    if (!isObject(r)) {
      problems.push(`resources[${i}] must be an object`);
      return;
    }
    const where = `resource ${typeof r.name === 'string' ? `"${r.name}"` : `#${i}`}`;
    if (typeof r.name !== 'string' || r.name === '') problems.push(`${where}: name is required`);
    else {
      if (!NAME.test(r.name)) problems.push(`${where}: name should be lower-case letters, digits, ".", "-" and "_"`);
      if (seen.has(r.name)) problems.push(`${where}: name is not unique in the package`);
      seen.add(r.name);
    }
    if ((r.path === undefined) === (r.data === undefined))
      problems.push(`${where}: exactly one of path and data is required`);
    if (r.path !== undefined) {
      const paths = Array.isArray(r.path) ? r.path : [r.path];
      if (paths.length === 0 || !paths.every((p) => typeof p === 'string' && URL_OR_PATH.test(p)))
        problems.push(`${where}: path must be a URL or a relative POSIX path (no "..", no leading "/" or ".")`);
    }
    if (r.type !== undefined && r.type !== 'table') problems.push(`${where}: type can only be "table"`);
    for (const key of ['title', 'description', 'format', 'mediatype', 'encoding'] as const)
      if (r[key] !== undefined && typeof r[key] !== 'string') problems.push(`${where}: ${key} must be a string`);
    if (r.bytes !== undefined && !Number.isInteger(r.bytes)) problems.push(`${where}: bytes must be an integer`);
    if (r.hash !== undefined && !(typeof r.hash === 'string' && HASH.test(r.hash)))
      problems.push(`${where}: hash is malformed`);
    checkLicenses(where, r.licenses, problems);
    checkSources(where, r.sources, problems);
    if (r.type === 'table') {
      if (r.dialect !== undefined && !isObject(r.dialect) && typeof r.dialect !== 'string')
        problems.push(`${where}: dialect must be an object or a path`);
      if (isObject(r.dialect)) {
        if (r.dialect.header !== undefined && typeof r.dialect.header !== 'boolean')
          problems.push(`${where}: dialect.header must be a boolean`);
        if (r.dialect.delimiter !== undefined && typeof r.dialect.delimiter !== 'string')
          problems.push(`${where}: dialect.delimiter must be a string`);
      }
      if (r.schema === undefined) problems.push(`${where}: a table resource should have a Table Schema`);
      else if (typeof r.schema !== 'string') problems.push(...checkTableSchema(where, r.schema, names));
    } else if (r.schema !== undefined && typeof r.schema !== 'string' && !isObject(r.schema)) {
      problems.push(`${where}: schema must be an object or a path`);
    }
  });
  return problems;
}

/** Reads a file of the package by its path (relative to the descriptor); undefined when it does not exist. */
export type ReadFile = (path: string) => string | undefined;

/** Whether a CSV cell (not a missing value) is a valid lexical value of the field's type. */
export function parsesAs(type: string, value: string): boolean {
  switch (type) {
    case 'integer':
      return /^[+-]?\d+$/.test(value);
    case 'number':
      return /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(value) || /^(NaN|[+-]?INF)$/i.test(value);
    case 'boolean':
      return ['true', 'True', 'TRUE', '1', 'false', 'False', 'FALSE', '0'].includes(value);
    case 'date': {
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
      if (!m) return false;
      const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
      return d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
    }
    case 'year':
      return /^\d{4}$/.test(value);
    case 'yearmonth':
      return /^\d{4}-(0[1-9]|1[0-2])$/.test(value);
    case 'object':
    case 'array':
      try {
        const v = JSON.parse(value) as unknown;
        return type === 'array' ? Array.isArray(v) : isObject(v);
      } catch {
        return false;
      }
    default:
      return true;
  }
}

function checkValue(field: Json, value: string, where: string): string[] {
  const type = String(field.type ?? 'string');
  const c = (field.constraints ?? {}) as Json;
  const items = type === 'list' ? value.split(String(field.delimiter ?? ',')) : [value];
  const itemType = type === 'list' ? String(field.itemType ?? 'string') : type;
  const problems: string[] = [];
  for (const item of items) {
    if (!parsesAs(itemType, item)) problems.push(`${where}: "${item}" is not a ${itemType}`);
    if (Array.isArray(c.enum) && !c.enum.map(String).includes(item))
      problems.push(`${where}: "${item}" is not one of ${c.enum.join(', ')}`);
    if (typeof c.pattern === 'string' && !new RegExp(`^(?:${c.pattern})$`, 'u').test(item))
      problems.push(`${where}: "${item}" does not match ${c.pattern}`);
    if ((itemType === 'integer' || itemType === 'number') && parsesAs(itemType, item)) {
      if (typeof c.minimum === 'number' && Number(item) < c.minimum)
        problems.push(`${where}: ${item} is below ${c.minimum}`);
      if (typeof c.maximum === 'number' && Number(item) > c.maximum)
        problems.push(`${where}: ${item} is above ${c.maximum}`);
    }
  }
  if (typeof c.minLength === 'number' && value.length < c.minLength)
    problems.push(`${where}: shorter than ${c.minLength}`);
  if (typeof c.maxLength === 'number' && value.length > c.maxLength)
    problems.push(`${where}: longer than ${c.maxLength}`);
  return problems;
}

/**
 * The data against the descriptor: paths, bytes, hashes, JSON Schemas of JSON resources, and for
 * each table: header, types, constraints, unique and primary keys, foreign keys.
 */
export function checkData(descriptor: Json & { resources: Json[] }, read: ReadFile): string[] {
  const problems: string[] = [];
  const ajv = newAjv();
  const tables = new Map<string, { header: string[]; rows: string[][] }>();
  for (const r of descriptor.resources) {
    const where = `resource "${String(r.name)}"`;
    const text = read(String(r.path));
    if (text === undefined) {
      problems.push(`${where}: ${String(r.path)} does not exist`);
      continue;
    }
    if (typeof r.bytes === 'number' && Buffer.byteLength(text, 'utf8') !== r.bytes)
      problems.push(`${where}: bytes is ${r.bytes}, the file has ${Buffer.byteLength(text, 'utf8')}`);
    if (typeof r.hash === 'string') {
      const [algorithm, digest] = r.hash.includes(':') ? r.hash.split(':') : ['md5', r.hash];
      if (createHash(algorithm!).update(text, 'utf8').digest('hex') !== digest)
        problems.push(`${where}: hash does not match the file`);
    }
    if (r.type !== 'table') {
      if (r.format === 'json') {
        let data: unknown;
        try {
          data = JSON.parse(text);
        } catch {
          problems.push(`${where}: not JSON`);
          continue;
        }
        if (typeof r.schema === 'string') {
          const schemaText = read(r.schema);
          if (schemaText === undefined) problems.push(`${where}: schema ${r.schema} does not exist`);
          else {
            const validate = compile(ajv, JSON.parse(schemaText) as Json);
            if (!validate(data))
              problems.push(
                ...errorLines(validate)
                  .slice(0, 20)
                  .map((l) => `${where}: ${l}`),
              );
          }
        }
      }
      continue;
    }
    const schema = (typeof r.schema === 'string' ? JSON.parse(read(r.schema) ?? '{}') : r.schema) as Json;
    const fields = (schema.fields ?? []) as Json[];
    const [header = [], ...rows] = parseCsv(text);
    tables.set(String(r.name), { header, rows });
    const names = fields.map((f) => String(f.name));
    if (header.join('\u0000') !== names.join('\u0000'))
      problems.push(`${where}: header [${header.join(', ')}] does not match the schema's fields [${names.join(', ')}]`);
    const missing = new Set(((schema.missingValues as string[] | undefined) ?? ['']).map(String));
    rows.forEach((row, i) => {
      const line = i + 2;
      if (row.length !== header.length)
        problems.push(`${where}: line ${line} has ${row.length} fields, the header ${header.length}`);
      fields.forEach((f, j) => {
        const value = row[j] ?? '';
        const c = (f.constraints ?? {}) as Json;
        if (missing.has(value)) {
          if (c.required === true) problems.push(`${where}: line ${line}, ${String(f.name)}: a value is required`);
          return;
        }
        problems.push(...checkValue(f, value, `${where}: line ${line}, ${String(f.name)}`));
      });
    });
    fields.forEach((f, j) => {
      if ((f.constraints as Json | undefined)?.unique !== true) return;
      const values = rows.map((row) => row[j] ?? '').filter((v) => !missing.has(v));
      if (new Set(values).size !== values.length) problems.push(`${where}: ${String(f.name)} has repeated values`);
    });
    const pk =
      (typeof schema.primaryKey === 'string' ? [schema.primaryKey] : (schema.primaryKey as string[] | undefined)) ?? [];
    if (pk.length > 0) {
      const idx = pk.map((k) => names.indexOf(k));
      const keys = rows.map((row) => idx.map((j) => row[j] ?? '').join('\u0000'));
      const dup = keys.find((k, i) => keys.indexOf(k) !== i);
      if (dup !== undefined)
        problems.push(`${where}: primary key (${pk.join(', ')}) is repeated: ${dup.split('\u0000').join(', ')}`);
      rows.forEach((row, i) => {
        if (idx.some((j) => missing.has(row[j] ?? '')))
          problems.push(`${where}: line ${i + 2}: a primary key field is empty`);
      });
    }
  }
  // Foreign keys, once every table is read.
  for (const r of descriptor.resources) {
    if (r.type !== 'table' || !isObject(r.schema)) continue;
    const own = tables.get(String(r.name));
    if (!own) continue;
    for (const fk of (r.schema.foreignKeys ?? []) as {
      fields: string[];
      reference: { resource?: string; fields: string[] };
    }[]) {
      const target = fk.reference.resource ? tables.get(fk.reference.resource) : own;
      if (!target) continue;
      const from = fk.fields.map((k) => own.header.indexOf(k));
      const to = fk.reference.fields.map((k) => target.header.indexOf(k));
      const known = new Set(target.rows.map((row) => to.map((j) => row[j] ?? '').join('\u0000')));
      own.rows.forEach((row, i) => {
        const values = from.map((j) => row[j] ?? '');
        if (values.every((v) => v === '')) return;
        if (!known.has(values.join('\u0000')))
          problems.push(
            `resource "${String(r.name)}": line ${i + 2}: ${fk.fields.join(', ')} "${values.join(', ')}" is not in ${fk.reference.resource ?? 'this table'}`,
          );
      });
    }
  }
  return problems;
}
