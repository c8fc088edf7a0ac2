/**
 * Every SCORM package of the build (`dist/training/lms/`), checked in Node: the manifest of each
 * version parsed as XML (namespace bindings included) with the elements and attributes SCORM requires, the
 * files it lists against the files in the zip, self-containment, the runtime data (no answer key,
 * one entry per module and check), the worst-case resume state within SCORM 1.2's limit, and the
 * /training/lms/ page that lists them. The browser tests (test/e2e/scorm.spec.ts) run a few of them
 * in a SCORM run-time.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  MANIFEST_FILE,
  PACKAGE_LOCALES,
  SCO_SOURCE_DIR,
  outsideReferences,
} from '#src/features/training/lms/package.ts';
import type { PackageRecord } from '#src/features/training/lms/listing.ts';
import { SUSPEND_DATA_LIMIT_12, encodeState } from '#src/features/training/lms/runtime/state.ts';
import type { ScoData } from '#src/features/training/lms/types.ts';
import { courseSteps } from '#src/features/training/course.ts';

const DIST = resolve(process.env.DIST_DIR ?? 'dist');
const records = JSON.parse(readFileSync(join(DIST, 'training/lms/packages.json'), 'utf8')) as PackageRecord[];
/** How many entries a collection has, from the build's open data. */
const count = (collection: string) =>
  (JSON.parse(readFileSync(join(DIST, 'data', `${collection}.json`), 'utf8')) as unknown[]).length;

const NS = {
  '1.2': {
    cp: 'http://www.imsproject.org/xsd/imscp_rootv1p1p2',
    adlcp: 'http://www.adlnet.org/xsd/adlcp_rootv1p2',
    type: 'scormtype',
    version: '1.2',
  },
  '2004': {
    cp: 'http://www.imsglobal.org/xsd/imscp_v1p1',
    adlcp: 'http://www.adlnet.org/xsd/adlcp_v1p3',
    type: 'scormType',
    version: '2004 4th Edition',
  },
} as const;

/** An element as the parser gives it: attributes under "@_name", children by name (always lists), text under "#text". */
type Xml = Record<string, unknown>;
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseAttributeValue: false,
  parseTagValue: false,
  isArray: (name) => !name.startsWith('@_') && name !== '#text',
});
const kids = (el: Xml | undefined, name: string) => (el?.[name] as Xml[] | undefined) ?? [];
/** The text of an element: the parser gives a text-only element as its string. */
const text = (el: Xml | string | undefined) =>
  typeof el === 'string' ? el : typeof el?.['#text'] === 'string' ? (el['#text'] as string) : '';
const attr = (el: Xml | undefined, name: string) => el?.[`@_${name}`] as string | undefined;

/**
 * The problems of one package's manifest and files (empty when it is sound). Namespaces: the root
 * declares the content packaging namespace as the default one and the ADL namespace of the version
 * as `adlcp`, and the SCORM attributes and elements use that prefix.
 */
function manifestProblems(record: PackageRecord, files: Map<string, string>): string[] {
  const ns = NS[record.scorm];
  const xml = files.get(MANIFEST_FILE) ?? '';
  const valid = XMLValidator.validate(xml);
  if (valid !== true) return [`the manifest does not parse: ${valid.err.msg} (line ${valid.err.line})`];
  const problems: string[] = [];
  const one = (parent: Xml | undefined, name: string) => {
    const found = kids(parent, name);
    if (found.length !== 1) problems.push(`expected one <${name}>, found ${found.length}`);
    return found[0];
  };
  const root = kids(parser.parse(xml) as Xml, 'manifest')[0];
  if (!root) return ['the root is not <manifest>'];
  if (attr(root, 'xmlns') !== ns.cp) problems.push(`the default namespace is not ${ns.cp}`);
  if (attr(root, 'xmlns:adlcp') !== ns.adlcp) problems.push(`adlcp is not bound to ${ns.adlcp}`);
  if (!attr(root, 'identifier')) problems.push('manifest without identifier');
  const metadata = one(root, 'metadata');
  if (text(one(metadata, 'schema')) !== 'ADL SCORM') problems.push('metadata/schema is not "ADL SCORM"');
  if (text(one(metadata, 'schemaversion')) !== ns.version)
    problems.push(`metadata/schemaversion is not "${ns.version}"`);
  const organizations = one(root, 'organizations');
  const resources = one(root, 'resources');
  if (!organizations || !resources) return problems;
  const orgs = kids(organizations, 'organization');
  const def = attr(organizations, 'default');
  if (!def || !orgs.some((o) => attr(o, 'identifier') === def))
    problems.push(`organizations/@default "${def}" names no organization`);
  const resourceList = kids(resources, 'resource');
  const ids = new Set(resourceList.map((r) => attr(r, 'identifier')));
  for (const org of orgs) {
    if (!text(kids(org, 'title')[0])) problems.push('organization without title');
    const items = kids(org, 'item');
    if (items.length === 0) problems.push('organization without item');
    for (const item of items) {
      const ref = attr(item, 'identifierref');
      if (!ref || !ids.has(ref))
        problems.push(`item ${attr(item, 'identifier')}: identifierref "${ref}" names no resource`);
      if (!text(kids(item, 'title')[0])) problems.push('item without title');
      const mastery = text(kids(item, 'adlcp:masteryscore')[0]);
      if (record.scorm === '1.2' && record.kind === 'module' && !/^\d{1,3}$/.test(mastery))
        problems.push('a 1.2 module package gives no adlcp:masteryscore');
    }
  }
  const listed = new Set<string>();
  for (const r of resourceList) {
    if (attr(r, `adlcp:${ns.type}`) !== 'sco')
      problems.push(`resource ${attr(r, 'identifier')}: adlcp:${ns.type} is not "sco"`);
    if (attr(r, 'type') !== 'webcontent') problems.push('resource type is not webcontent');
    const href = attr(r, 'href');
    if (!href || !files.has(href)) problems.push(`resource href "${href}" is not in the zip`);
    for (const f of kids(r, 'file')) listed.add(attr(f, 'href') ?? '');
  }
  for (const f of listed) if (!files.has(f)) problems.push(`lists ${f}, which is not in the zip`);
  for (const f of files.keys())
    if (f !== MANIFEST_FILE && !listed.has(f)) problems.push(`holds ${f}, which the manifest does not list`);
  return problems;
}

describe('the SCORM packages', () => {
  it('exist for every module and every path, in both SCORM versions', () => {
    const modules = count('modules');
    const paths = count('paths');
    for (const locale of PACKAGE_LOCALES) {
      const own = records.filter((r) => r.locale === locale);
      expect(
        own.filter((r) => r.kind === 'module'),
        locale,
      ).toHaveLength(modules * 2);
      expect(
        own.filter((r) => r.kind === 'path'),
        locale,
      ).toHaveLength(paths * 2);
    }
    expect(records).toHaveLength((modules + paths) * 2 * PACKAGE_LOCALES.length);
    for (const r of records) {
      const zip = readFileSync(join(DIST, r.url));
      expect(zip.length, r.url).toBe(r.bytes);
      expect(createHash('sha256').update(zip).digest('hex'), r.url).toBe(r.sha256);
    }
  });

  it('have sound manifests, list exactly their files, and refer to nothing outside themselves', () => {
    const problems: string[] = [];
    for (const r of records) {
      const files = new Map(
        Object.entries(unzipSync(readFileSync(join(DIST, r.url)))).map(([k, v]) => [k, strFromU8(v)]),
      );
      for (const p of [...manifestProblems(r, files), ...outsideReferences(files)]) problems.push(`${r.url}: ${p}`);
    }
    expect(problems).toEqual([]);
  });

  it('carry every module’s lessons, checks and quiz, with no answer key, and a resume state that fits SCORM 1.2', () => {
    const problems: string[] = [];
    for (const r of records) {
      const html = strFromU8(unzipSync(readFileSync(join(DIST, r.url)))['index.html']!);
      const json = /<script type="application\/json" id="sco-data">([^<]*)<\/script>/.exec(html)?.[1] ?? 'null';
      const data = JSON.parse(json) as ScoData;
      if (data.scorm !== r.scorm) problems.push(`${r.url}: data for SCORM ${data.scorm}`);
      if (data.modules.map((m) => m.id).join() !== r.modules.join())
        problems.push(`${r.url}: modules ${data.modules.map((m) => m.id)}`);
      if (/"correct"\s*:/.test(json) || /\bcorrect\s*:\s*true/.test(html))
        problems.push(`${r.url}: an answer key in the page`);
      for (const m of data.modules) {
        const lessons = html.match(new RegExp(`data-step="${m.id}/\\d+"`, 'g'))?.length ?? 0;
        if (lessons !== m.lessons.length || lessons === 0)
          problems.push(`${r.url}: ${m.id} has ${lessons} lesson steps`);
        if (m.questions.length < 5) problems.push(`${r.url}: ${m.id} has ${m.questions.length} quiz questions`);
      }
      for (const [, id] of html.matchAll(/data-check="([^"]+)"/g))
        if (!data.modules.some((m) => m.checks.some((c) => c.id === id)))
          problems.push(`${r.url}: check ${id} has no data`);
      // Worst case: every lesson seen, every question answered with every option it allows.
      const worst = encodeState(
        {
          step:
            courseSteps(
              data.modules.map((m) => ({ ...m, questions: m.questions.length })),
              { end: true },
            ).length - 1,
          modules: data.modules.map((m) => {
            const all = (q: { type: string; options: { id: string }[] }) =>
              (q.type === 'multiple' ? q.options : q.options.slice(0, 1)).map((o) => o.id);
            return {
              seen: m.lessons.map((_, i) => i + 1),
              checks: m.checks.map(all),
              attempt: 999,
              answers: m.questions.map(all),
              checked: true,
              tries: 999,
              best: 0.9999,
              passed: true,
            };
          }),
        },
        data.version,
      );
      if (worst.length > SUSPEND_DATA_LIMIT_12)
        problems.push(`${r.url}: resume state up to ${worst.length} characters`);
    }
    expect(problems).toEqual([]);
  });

  it('are listed on /training/lms/ with their sizes, and the build-only pages are gone', () => {
    // Each language's LMS page lists that language's packages.
    for (const locale of PACKAGE_LOCALES) {
      const page = readFileSync(join(DIST, locale === 'en' ? '' : locale, 'training/lms/index.html'), 'utf8');
      for (const r of records.filter((x) => x.locale === locale)) expect(page, r.url).toContain(`href="${r.url}"`);
      expect(page).not.toMatch(/data-package-size="[^"]+"[^>]*>…</);
    }
    expect(existsSync(join(DIST, SCO_SOURCE_DIR))).toBe(false);
    expect(readFileSync(join(DIST, 'sitemap.xml'), 'utf8')).not.toContain(SCO_SOURCE_DIR);
  });
});
