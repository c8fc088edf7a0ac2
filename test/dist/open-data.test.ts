/**
 * The open data of the built site (`dist/data/`): the Frictionless data package describes every JSON
 * and CSV file there, and the files match their descriptions (paths, sizes, hashes, JSON Schemas,
 * CSV headers, types, constraints, primary and foreign keys; scripts/qa/datapackage-check.ts).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkData, checkDescriptor } from '#scripts/qa/datapackage-check.ts';

const DIST = resolve(process.env.DIST_DIR ?? 'dist');
const DATA = join(DIST, 'data');
const descriptor = JSON.parse(readFileSync(join(DATA, 'datapackage.json'), 'utf8')) as {
  resources: Record<string, unknown>[];
};
const read = (path: string) => {
  const full = join(DATA, path);
  return existsSync(full) ? readFileSync(full, 'utf8') : undefined;
};

describe('the open data package (dist/data/datapackage.json)', () => {
  it('is a valid Data Package descriptor', () => {
    expect(checkDescriptor(descriptor)).toEqual([]);
  });

  it('describes its files truthfully: sizes, hashes, schemas, headers, types and keys', () => {
    expect(checkData(descriptor as Parameters<typeof checkData>[0], read)).toEqual([]);
  });

  it('lists every JSON and CSV file of /data/', () => {
    const listed = new Set(descriptor.resources.map((r) => String(r.path)));
    const files = readdirSync(DATA).filter((f) => /\.(json|csv)$/.test(f) && f !== 'datapackage.json');
    expect(files.filter((f) => !listed.has(f))).toEqual([]);
  });
});
