import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { checkData, checkDescriptor, parsesAs } from '#scripts/qa/datapackage-check.ts';

const sha = (t: string) => `sha256:${createHash('sha256').update(t).digest('hex')}`;

const people = 'id,name,born,team\r\na,Ann,2001-02-03,x\r\nb,Bo,,y\r\n';
const teams = 'id,size\r\nx,3\r\ny,4\r\n';

function pkg(files: Record<string, string>) {
  return {
    name: 'test',
    resources: [
      {
        name: 'people',
        type: 'table',
        path: 'people.csv',
        bytes: Buffer.byteLength(files['people.csv'] ?? ''),
        hash: sha(files['people.csv'] ?? ''),
        schema: {
          fields: [
            { name: 'id', type: 'string', constraints: { required: true, unique: true } },
            { name: 'name', type: 'string' },
            { name: 'born', type: 'date' },
            { name: 'team', type: 'string', constraints: { enum: ['x', 'y'] } },
          ],
          primaryKey: ['id'],
          foreignKeys: [{ fields: ['team'], reference: { resource: 'teams', fields: ['id'] } }],
          missingValues: [''],
        },
      },
      {
        name: 'teams',
        type: 'table',
        path: 'teams.csv',
        schema: {
          fields: [
            { name: 'id', type: 'string' },
            { name: 'size', type: 'integer', constraints: { minimum: 1 } },
          ],
          primaryKey: ['id'],
        },
      },
      { name: 'raw', path: 'raw.json', format: 'json', schema: 'raw.schema.json' },
    ],
  };
}

const files = {
  'people.csv': people,
  'teams.csv': teams,
  'raw.json': '[{"a":1}]',
  'raw.schema.json': JSON.stringify({
    type: 'array',
    items: { type: 'object', properties: { a: { type: 'integer' } }, required: ['a'] },
  }),
};
const reader = (f: Record<string, string>) => (path: string) => f[path];

describe('data package checks', () => {
  it('accept a valid package', () => {
    expect(checkDescriptor(pkg(files))).toEqual([]);
    expect(checkData(pkg(files), reader(files))).toEqual([]);
  });

  it('require resources, names, a path or data, and well-formed licences', () => {
    expect(checkDescriptor({})).toContain('resources is required: a non-empty array');
    const bad = {
      resources: [{ path: '../x.csv' }, { name: 'a', path: 'a.csv', data: [] }],
      licenses: [{ title: 'x' }],
    };
    expect(checkDescriptor(bad)).toEqual(
      expect.arrayContaining([
        'resource #0: name is required',
        'resource #0: path must be a URL or a relative POSIX path (no "..", no leading "/" or ".")',
        'resource "a": exactly one of path and data is required',
        'package: licenses[0] needs a name or a path',
      ]),
    );
  });

  it('check Table Schemas: field names, types, keys', () => {
    const p = pkg(files);
    p.resources[0]!.schema = {
      fields: [{ name: 'id', type: 'text' }],
      primaryKey: ['nope'],
      foreignKeys: [{ fields: ['id'], reference: { resource: 'ghost', fields: ['id'] } }],
    } as never;
    expect(checkDescriptor(p)).toEqual([
      'resource "people": field "id" has an unknown type "text"',
      'resource "people": primaryKey names an unknown field "nope"',
      'resource "people": foreignKeys[0] points to an unknown resource "ghost"',
    ]);
  });

  it('find a missing file, a wrong size or hash, a JSON file its schema rejects', () => {
    const broken = { ...files, 'people.csv': `${people}c,Cy,,x\r\n`, 'raw.json': '[{"b":1}]' };
    delete (broken as Record<string, string>)['teams.csv'];
    const problems = checkData(pkg(files), reader(broken));
    expect(problems).toEqual(
      expect.arrayContaining([
        'resource "teams": teams.csv does not exist',
        expect.stringMatching(/^resource "people": bytes is \d+, the file has \d+$/),
        'resource "people": hash does not match the file',
        'resource "raw": /0: must have required property \'a\'',
      ]),
    );
  });

  it('find a header that does not match, a bad value, a repeated key and a dangling foreign key', () => {
    const bad = {
      ...files,
      'people.csv': 'id,name,born,team\r\na,Ann,2001-02-30,x\r\na,Bo,,z\r\n',
      'teams.csv': 'id,size\r\nx,0\r\n',
    };
    const p = pkg(bad);
    const problems = checkData(p, reader(bad));
    expect(problems).toEqual(
      expect.arrayContaining([
        'resource "people": line 2, born: "2001-02-30" is not a date',
        'resource "people": line 3, team: "z" is not one of x, y',
        'resource "people": id has repeated values',
        'resource "people": primary key (id) is repeated: a',
        'resource "teams": line 2, size: 0 is below 1',
        'resource "people": line 3: team "z" is not in teams',
      ]),
    );
    const renamed = { ...files, 'people.csv': people.replace('born', 'birth') };
    expect(checkData(pkg(renamed), reader(renamed))).toContain(
      'resource "people": header [id, name, birth, team] does not match the schema\'s fields [id, name, born, team]',
    );
  });

  it('parse the lexical forms of Table Schema types', () => {
    expect(['1', '-2', '+3'].every((v) => parsesAs('integer', v))).toBe(true);
    expect(parsesAs('integer', '1.5')).toBe(false);
    expect(['1.5', '2e3', 'NaN', '-INF'].every((v) => parsesAs('number', v))).toBe(true);
    expect(parsesAs('boolean', 'yes')).toBe(false);
    expect(parsesAs('date', '2026-12-02')).toBe(true);
    expect(parsesAs('date', '2026-12')).toBe(false);
    expect(parsesAs('yearmonth', '2026-12')).toBe(true);
  });
});
