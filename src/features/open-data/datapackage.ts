/**
 * `/data/datapackage.json`: the Frictionless Data Package (v2, https://datapackage.org/standard/)
 * that describes every file of the open data: one JSON resource per public collection (its `schema`
 * is the JSON Schema of its records, as in the "JSON Data Resources" recipe) and one tabular resource
 * per CSV table (with its Table Schema inline). Pure: load.ts gathers the files and calls this.
 * Paths are relative to `/data/`, where the descriptor lives.
 */
import type { Release } from '#src/lib/release.ts';
import { csvResourceName, jsonResourceName, type TableSchema } from './tables.ts';

export const DATA_PACKAGE_PROFILE = 'https://datapackage.org/profiles/2.0/datapackage.json';

export const LICENCE = {
  name: 'CC-BY-4.0',
  path: 'https://creativecommons.org/licenses/by/4.0/',
  title: 'Creative Commons Attribution 4.0 International',
} as const;

/** A file of the package, with what the descriptor says about it. */
export interface PackageFile {
  /** The file's text, exactly as published (for bytes and hash). */
  text: string;
  title: string;
  description: string;
  /** The collections its data comes from (the sources they cite are the resource's sources). */
  inputs: readonly string[];
}

export interface JsonFile extends PackageFile {
  collection: string;
}

export interface CsvFile extends PackageFile {
  name: string;
  schema: TableSchema;
}

export interface PackageInput {
  release: Release;
  /** The site's address (SITE_URL), when set: gives the package an `id` and a `homepage`. */
  site?: string | undefined;
  json: JsonFile[];
  csv: CsvFile[];
  /** SHA-256 of a text, as hex (injected: node:crypto at build, anything in tests). */
  sha256: (text: string) => string;
}

export type Descriptor = Record<string, unknown> & { resources: Record<string, unknown>[] };

const byteLength = (text: string) => new TextEncoder().encode(text).length;

function resourceSources(inputs: readonly string[]): { title: string; path?: string }[] {
  if (inputs.length === 1 && inputs[0] === 'sources') {
    return [{ title: "The publishers' own documents, at each record's url" }];
  }
  return [
    { title: 'The documents each row or record cites, by id (sources field): see sources.json', path: 'sources.json' },
  ];
}

/** The Data Package descriptor. */
export function dataPackage(input: PackageInput): Descriptor {
  const { release, site } = input;
  const home = site ? new URL('/', site).href : undefined;
  const common = (file: PackageFile) => ({
    title: file.title,
    description: file.description,
    encoding: 'utf-8',
    bytes: byteLength(file.text),
    hash: `sha256:${input.sha256(file.text)}`,
    licenses: [LICENCE],
    sources: resourceSources(file.inputs),
  });
  const names = new Set([
    ...input.json.map((f) => jsonResourceName(f.collection)),
    ...input.csv.map((f) => csvResourceName(f.name)),
  ]);
  const json = input.json.map((file) => ({
    name: jsonResourceName(file.collection),
    path: `${file.collection}.json`,
    format: 'json',
    mediatype: 'application/json',
    ...common(file),
    schema: `schema/records/${file.collection}.json`,
  }));
  const csv = input.csv.map((file) => {
    // A foreign key is kept only when the table it points to is in the package.
    const foreignKeys = (file.schema.foreignKeys ?? []).filter((fk) => names.has(fk.reference.resource));
    return {
      name: csvResourceName(file.name),
      type: 'table',
      path: `${file.name}.csv`,
      format: 'csv',
      mediatype: 'text/csv',
      ...common(file),
      dialect: { header: true, delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true },
      schema: { ...file.schema, ...(foreignKeys.length ? { foreignKeys } : { foreignKeys: undefined }) },
    };
  });
  return {
    $schema: DATA_PACKAGE_PROFILE,
    name: 'secure-open-research-academy',
    ...(home ? { id: new URL('data/datapackage.json', home).href, homepage: home } : {}),
    title: 'Secure and Open Research Academy: open data',
    description:
      'The content of the Secure and Open Research Academy as data: how sixteen jurisdictions handle research security (comparison cells with notes, sources and dates), their laws, policies and guidance, the G7 best practices, values and principles, research areas and national technology lists, case studies, training and self-assessment checklists, a glossary, and every cited source. Built from the same checked content as the site. JSON files hold the full records; CSV files hold the one-value fields as tables.',
    version: release.version,
    created: `${release.released}T00:00:00Z`,
    keywords: ['research security', 'research integrity', 'open science', 'G7', 'policy comparison', 'export control'],
    licenses: [LICENCE],
    contributors: [{ title: 'Secure and Open Research Academy contributors', roles: ['creator'] }],
    sources: [
      {
        title: 'Official documents of governments, funders and international bodies, listed in sources.json',
        path: 'sources.json',
      },
    ],
    resources: [...json, ...csv],
  };
}
