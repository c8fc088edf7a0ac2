/**
 * Bad content fails loudly: each fixture under test/fixtures/content/<case>/content holds one kind
 * of mistake; the validator (which `astro build` runs through the academy integration) must report
 * it with the file and the field, and the build hook must throw.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { describe, expect, it, vi } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { formatProblem } from '#scripts/qa/entries.ts';
import { usesMdx, validateContent } from '#scripts/qa/validate-content.ts';
import academy from '#scripts/build/academy.ts';
import { SourceSchema } from '#src/schemas/source.ts';
import { pathToFileURL } from 'node:url';

const fixture = (name: string) => resolve('test/fixtures/content', name);
const problemsOf = (name: string) =>
  validateContent(join(fixture(name), 'content'), fixture(name)).problems.map(formatProblem);

describe('content validation', () => {
  it('accepts valid content', () => {
    expect(problemsOf('valid')).toEqual([]);
  });

  it.each([
    ['schema-violation', 'content/sources/bad-kind.yaml: kind: '],
    ['missing-reference', 'content/paths/researcher.yaml: modules.0: no entry "ghost-module" in collection "modules"'],
    ['unknown-source', 'content/glossary/dual-use.yaml: sources.1: no entry "no-such-source" in collection "sources"'],
    ['duplicate-id', 'content/sources/doc-a.yml: duplicate id "doc-a"'],
    ['bad-date', 'content/glossary/dual-use.yaml: lastReviewed: must be a date written YYYY-MM-DD'],
    ['bad-yaml', 'content/sources/broken.yaml: cannot be parsed'],
    [
      'translation-without-source',
      'content/glossary/dual-use.yaml: translationSources.de: the "de" equivalent has no source',
    ],
    ['mdx-without-component', 'content/values/plain.mdx: uses no MDX component: rename it to .md'],
    ['component-in-md', 'content/values/widget.md: uses an MDX component or import'],
  ])('%s names the file and the field', (name, expected) => {
    const problems = problemsOf(name);
    expect(
      problems.some((p) => p.startsWith(expected)),
      problems.join('\n'),
    ).toBe(true);
  });

  it.each([
    ['## Heading\n\nPlain text, a [link](/x/) and <abbr>HTML</abbr>.', false],
    ['Text less than 5 and a lower-case <details> element.', false],
    ['Before.\n\n<KnowledgeCheck id="kc-1" />\n', true],
    ['import Thing from "./thing.astro";\n\nText.', true],
    ['export const x = 1;\n', true],
  ])('usesMdx(%j) is %s', (body, expected) => {
    expect(usesMdx(body)).toBe(expected);
  });

  it('the build stops before its pages, with the file and field named', async () => {
    const { hooks } = academy();
    const setup = hooks['astro:config:setup'] as unknown as (o: unknown) => void;
    const start = hooks['astro:build:start'] as unknown as (o: unknown) => Promise<void>;
    const logger = { info() {}, warn() {}, error() {} };
    const config = { root: pathToFileURL(`${fixture('missing-reference')}/`), site: 'https://example.org' };
    const printed = vi.spyOn(console, 'error').mockImplementation(() => {});
    setup({ command: 'build', config, logger });
    await expect(start({ logger })).rejects.toThrow(/Content validation failed: \d+ problem/);
    expect(printed.mock.calls.flat().join('\n')).toMatch(/content\/paths\/researcher\.yaml: modules\.0/);
    printed.mockRestore();
  });

  it('suggests a fix for a common mistake', () => {
    const problem = validateContent(
      join(fixture('unknown-source'), 'content'),
      fixture('unknown-source'),
    ).problems.find((p) => p.field === 'sources.1');
    expect(problem?.hint).toMatch(/^Did you mean "doc-a"/);
    expect(formatProblem(problem!)).toContain('\n      → Did you mean');
  });

  describe('drafts and placeholders', () => {
    const temp = () => {
      const dir = mkdtempSync(join(tmpdir(), 'academy-drafts-'));
      cpSync(join(fixture('valid'), 'content'), join(dir, 'content'), { recursive: true });
      return dir;
    };
    const glossary = readFileSync(join(fixture('valid'), 'content/glossary/dual-use.yaml'), 'utf8');

    it('checks content/_drafts/ with the same schemas but reports it apart, and never publishes it', () => {
      const dir = temp();
      mkdirSync(join(dir, 'content/_drafts/glossary'), { recursive: true });
      writeFileSync(
        join(dir, 'content/_drafts/glossary/ok.yaml'),
        glossary.replace(/^title: .*$/m, 'title: "TODO: a title"'),
      );
      writeFileSync(
        join(dir, 'content/_drafts/glossary/bad.yaml'),
        glossary.replace(/^lastReviewed: .*$/m, 'lastReviewed: soon'),
      );
      const r = validateContent(join(dir, 'content'), dir);
      expect(r.problems).toEqual([]);
      expect(r.entries.map((e) => e.id)).not.toContain('ok');
      expect(r.drafts.entries.map((e) => e.id)).toEqual(['ok']);
      expect(r.drafts.problems.map(formatProblem)).toEqual([
        expect.stringMatching(
          /^content\/_drafts\/glossary\/bad\.yaml: lastReviewed: must be a date written YYYY-MM-DD/,
        ),
      ]);
      rmSync(dir, { recursive: true });
    });

    it('refuses a published entry that still holds a TODO placeholder, naming the line', () => {
      const dir = temp();
      writeFileSync(join(dir, 'content/glossary/dual-use.yaml'), `${glossary}aliases: [dual use]  # TODO: check\n`);
      const problems = validateContent(join(dir, 'content'), dir).problems.map(formatProblem);
      expect(problems).toEqual([
        expect.stringMatching(/^content\/glossary\/dual-use\.yaml: line \d+: placeholder left from npm run new/),
      ]);
      rmSync(dir, { recursive: true });
    });
  });

  it('the CLI exits 1 and prints one line per problem', () => {
    const r = spawnSync(process.execPath, ['scripts/validate-content.ts', join(fixture('unknown-source'), 'content')], {
      encoding: 'utf8',
      cwd: resolve('.'),
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('dual-use.yaml: sources.1: no entry "no-such-source"');
  });
});

describe('source addresses', () => {
  const base = {
    title: 'A document',
    publisher: 'A ministry',
    date: '2024',
    jurisdiction: 'international',
    kind: 'policy',
    summary: 'A document cited for a test.',
    lastReviewed: '2026-11-21',
  };
  it.each([
    ['https://example.org/doc?id=3', true],
    ['https://example.org/view.xhtml;jsessionid=ABC123?req=x', false],
    ['https://example.org/doc?utm_source=newsletter', false],
    ['https://example.org/doc?a=1&fbclid=xyz', false],
    ['https://example.org/doc/?share=google-plus-1', false],
    ['ftp://example.org/doc', false],
  ])('%s is %s', (url, ok) => {
    expect(SourceSchema().safeParse({ ...base, url }).success).toBe(ok);
  });
});
