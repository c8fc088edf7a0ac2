/**
 * One version and one date for the content and data (package.json `version` and `released`,
 * src/lib/release.ts), carried the same by CHANGELOG.md and CITATION.cff; CITATION.cff parses and
 * meets the Citation File Format 1.2.0 schema's rules (required keys, known keys, forms of values).
 */
import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { RELEASE } from '#src/lib/release.ts';

const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;
const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** The top-level keys of CFF 1.2.0 (schema.json `properties`; no others are allowed). */
const CFF_KEYS = [
  'abstract',
  'authors',
  'cff-version',
  'commit',
  'contact',
  'date-released',
  'doi',
  'identifiers',
  'keywords',
  'license',
  'license-url',
  'message',
  'preferred-citation',
  'references',
  'repository',
  'repository-artifact',
  'repository-code',
  'title',
  'type',
  'url',
  'version',
];

describe('release', () => {
  it('has a semantic version and a release day', () => {
    expect(RELEASE.version).toMatch(SEMVER);
    expect(RELEASE.released).toMatch(DAY);
  });

  it('CHANGELOG.md opens with the released version, dated, in Keep a Changelog form', () => {
    const text = readFileSync('CHANGELOG.md', 'utf8');
    const versions = [...text.matchAll(/^## \[([^\]]+)\](?: - (\S+))?$/gm)].map((m) => ({ version: m[1], date: m[2] }));
    expect(versions[0]).toEqual({ version: 'Unreleased', date: undefined });
    expect(versions[1]).toEqual({ version: RELEASE.version, date: RELEASE.released });
    for (const v of versions.slice(1)) {
      expect(v.version).toMatch(SEMVER);
      expect(v.date).toMatch(DAY);
    }
  });

  describe('CITATION.cff', () => {
    // YAML 1.2 core types: a date stays a string, as the CFF schema expects.
    const cff = yaml.load(readFileSync('CITATION.cff', 'utf8'), { schema: yaml.CORE_SCHEMA }) as Record<
      string,
      unknown
    >;

    it('has the required keys and no unknown ones', () => {
      for (const key of ['cff-version', 'message', 'title', 'authors']) expect(cff).toHaveProperty(key);
      expect(Object.keys(cff).filter((k) => !CFF_KEYS.includes(k))).toEqual([]);
      expect(cff['cff-version']).toBe('1.2.0');
      expect(typeof cff.message).toBe('string');
      expect(String(cff.title).length).toBeGreaterThan(0);
    });

    it('names its authors as persons or entities', () => {
      const authors = cff.authors as Record<string, unknown>[];
      expect(authors.length).toBeGreaterThan(0);
      for (const a of authors) {
        expect(
          typeof a.name === 'string' || typeof a['family-names'] === 'string' || typeof a['given-names'] === 'string',
        ).toBe(true);
      }
    });

    it('carries the release, a dataset type and the CC BY 4.0 licence', () => {
      expect(cff.version).toBe(RELEASE.version);
      expect(cff['date-released']).toBe(RELEASE.released);
      expect(['dataset', 'software']).toContain(cff.type);
      expect(cff.type).toBe('dataset');
      expect(cff.license).toBe('CC-BY-4.0');
      expect(Array.isArray(cff.keywords) && (cff.keywords as unknown[]).every((k) => typeof k === 'string')).toBe(true);
    });
  });
});
