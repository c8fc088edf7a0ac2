/**
 * Translations as the validator, `npm run i18n:stamp` and `npm run i18n:status` see them, over the
 * fixture test/fixtures/content/translations (one glossary term and one guide in English and French),
 * copied to a temporary folder and edited per case.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatProblem } from '#scripts/qa/entries.ts';
import { validateContent } from '#scripts/qa/validate-content.ts';

const FIXTURE = resolve('test/fixtures/content/translations');
const TERM_EN = 'content/glossary/dual-use.yaml';
const TERM_FR = 'content/fr/glossary/dual-use.yaml';
const GUIDE_EN = 'content/guides/about.md';
const GUIDE_FR = 'content/fr/guides/about.md';

let dirs: string[] = [];
afterEach(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  dirs = [];
});

/** A fresh copy of the fixture project. */
function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'academy-translations-'));
  dirs.push(dir);
  cpSync(FIXTURE, dir, { recursive: true });
  return dir;
}
const read = (dir: string, f: string) => readFileSync(join(dir, f), 'utf8');
const edit = (dir: string, f: string, from: string | RegExp, to: string) => {
  const before = read(dir, f);
  const after = before.replace(from, to);
  if (after === before) throw new Error(`fixture edit did nothing in ${f}`);
  writeFileSync(join(dir, f), after);
};
const check = (dir: string) => validateContent(join(dir, 'content'), dir);
const states = (dir: string) => Object.fromEntries(check(dir).translations.map((t) => [t.file, t.state]));
const problems = (dir: string) => check(dir).problems.map(formatProblem);
const run = (dir: string, script: string, ...args: string[]) =>
  spawnSync(process.execPath, [resolve(`scripts/${script}`), '--content', join(dir, 'content'), ...args], {
    cwd: dir,
    encoding: 'utf8',
  });

describe('the fixture', () => {
  it('is valid, and both translations are current', () => {
    const dir = project();
    expect(problems(dir)).toEqual([]);
    expect(states(dir)).toEqual({ [TERM_FR]: 'translated', [GUIDE_FR]: 'translated' });
  });
});

describe('stale detection', () => {
  it.each([
    [
      'a change to a definition',
      TERM_EN,
      'which is why many are controlled',
      'which is why many are regulated',
      TERM_FR,
    ],
    ['a change to a link label', TERM_EN, 'label: At-risk research areas', 'label: Research areas at risk', TERM_FR],
    ['a change to the body', GUIDE_EN, 'Each fact cites its source', 'Every fact cites its source', GUIDE_FR],
    ['a new heading', GUIDE_EN, '## How facts are checked', '## How facts are checked and corrected', GUIDE_FR],
  ])('%s marks the translation stale', (_, file, from, to, stale) => {
    const dir = project();
    edit(dir, file, from, to);
    expect(states(dir)[stale]).toBe('stale');
    expect(problems(dir)).toEqual([]);
  });

  it.each([
    [
      'a change note',
      TERM_EN,
      'note: "First published with the glossary."',
      'note: "First published with the glossary, then checked."',
    ],
    [
      'a new change note',
      TERM_EN,
      /changes:\n/,
      'changes:\n  - { date: 2026-12-02, kind: major, note: "The definition now cites the EU regulation." }\n',
    ],
    ['a comment header', TERM_EN, /^# .*\n/, '# yaml-language-server: $schema=../.schemas/glossary.json\n'],
    ['a review date', TERM_EN, 'lastReviewed: 2026-11-21', 'lastReviewed: 2026-12-02'],
    ['a link target', TERM_EN, 'href: /areas/dual-use/', 'href: /areas/'],
    ['search vocabulary', TERM_EN, 'aliases: [dual-use, dual use goods]', 'aliases: [dual-use]'],
    ['trailing spaces in the body', GUIDE_EN, 'last reviewed.', 'last reviewed.   \n\n'],
  ])('%s does not', (_, file, from, to) => {
    const dir = project();
    edit(dir, file, from, to);
    expect(Object.values(states(dir))).toEqual(['translated', 'translated']);
  });

  it('a stale translation that no longer lines up is a note, not an error; a current one is an error', () => {
    const dir = project();
    edit(
      dir,
      TERM_EN,
      '  - { href: /case-studies/dual-use-publication/, label: "Case study: a dual-use publication" }\n',
      '',
    );
    const r = check(dir);
    expect(r.problems).toEqual([]);
    expect(r.warnings.map(formatProblem)).toEqual([
      `${TERM_FR}: related: has 2 items where the English has 1: one item per English item, in order`,
    ]);
    // The same misalignment in a translation that claims to be current stops the build.
    const fresh = project();
    edit(fresh, TERM_FR, '  - { label: "Étude de cas : une publication à double usage" }\n', '');
    expect(problems(fresh)).toEqual([
      `${TERM_FR}: related: has 1 items where the English has 2: one item per English item, in order`,
    ]);
  });
});

describe('validation', () => {
  it.each([
    [
      'a field that is not translatable',
      TERM_FR,
      'title: Double usage',
      'title: Double usage\nsources: [doc-a]',
      `${TERM_FR}: sources: is not a translatable field`,
    ],
    [
      'a link target',
      TERM_FR,
      '{ label: Domaines de recherche à risque }',
      '{ href: /fr/areas/, label: Domaines }',
      `${TERM_FR}: related.0.href: is not a translatable field`,
    ],
    [
      'a summary over the English limit',
      TERM_FR,
      /^summary: .*$/m,
      `summary: ${'x'.repeat(401)}`,
      `${TERM_FR}: summary: Too big`,
    ],
    [
      'a git blob stamp',
      TERM_FR,
      /^translationOf: .*$/m,
      `translationOf: ${'a'.repeat(40)}`,
      `${TERM_FR}: translationOf: is a git blob hash`,
    ],
    [
      'an unquoted stamp of digits',
      TERM_FR,
      /^translationOf: .*$/m,
      'translationOf: 123456789012',
      `${TERM_FR}: translationOf: must be quoted`,
    ],
    ['no stamp', TERM_FR, /^translationOf: .*\n/m, '', `${TERM_FR}: translationOf: missing`],
    [
      'different headings',
      GUIDE_FR,
      '## Comment les faits sont vérifiés',
      '### Comment les faits sont vérifiés',
      `${GUIDE_FR}: body: has headings ## ###`,
    ],
    ['a changed link', GUIDE_FR, '(/glossary/)', '(/fr/glossary/)', `${GUIDE_FR}: body: links differ from the English`],
  ])('%s is an error naming the file and the field', (_, file, from, to, expected) => {
    const dir = project();
    edit(dir, file, from, to);
    const found = problems(dir);
    expect(
      found.some((p) => p.startsWith(expected)),
      found.join('\n'),
    ).toBe(true);
  });

  it('a translation of no English entry is an error', () => {
    const dir = project();
    writeFileSync(join(dir, 'content/fr/glossary/ghost.yaml'), read(dir, TERM_FR));
    expect(problems(dir)).toContain(
      'content/fr/glossary/ghost.yaml: translates no English entry: content/glossary/ghost.* does not exist (or is invalid)',
    );
  });

  it('a locale folder is not an unknown collection; an unknown folder inside it, or an unknown locale, is', () => {
    const dir = project();
    mkdirSync(join(dir, 'content/fr/widgets'));
    mkdirSync(join(dir, 'content/xx'));
    const found = problems(dir);
    expect(found.filter((p) => p.includes('unknown collection folder')).map((p) => p.split(':')[0])).toEqual([
      'content/xx',
      'content/fr/widgets',
    ]);
  });
});

// Each case runs the scripts in processes of their own: seconds on a busy machine.
describe('npm run i18n:stamp and i18n:status', { timeout: 60_000 }, () => {
  it('status reports stale translations and exits 1 with --strict; stamping makes them current', () => {
    const dir = project();
    edit(dir, TERM_EN, 'which is why many are controlled', 'which is why many are regulated');
    const report = run(dir, 'i18n-status.ts');
    expect(report.status).toBe(0);
    expect(report.stdout).toMatch(/glossary\s+1\s+0\s+1\s+0/);
    expect(report.stdout).toContain(TERM_FR);
    expect(run(dir, 'i18n-status.ts', '--strict').status).toBe(1);

    const stamp = run(dir, 'i18n-stamp.ts', join(dir, TERM_FR));
    expect(stamp.status, stamp.stderr).toBe(0);
    expect(read(dir, TERM_FR)).toMatch(/^translationOf: "[0-9a-f]{12}"\ntranslated: \d{4}-\d{2}-\d{2}\n/);
    expect(states(dir)[TERM_FR]).toBe('translated');
    expect(run(dir, 'i18n-status.ts', '--strict').status).toBe(0);
  });

  it('--convert turns a git blob stamp into the text stamp of that English version; status says what changed since', () => {
    const dir = project();
    const git = (...args: string[]) =>
      spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', ...args], {
        cwd: dir,
        encoding: 'utf8',
      });
    git('init', '-q');
    git('add', '.');
    git('commit', '-qm', 'English and French');
    const blob = git('hash-object', TERM_EN).stdout.trim();
    edit(dir, TERM_FR, /^translationOf: .*$/m, `translationOf: ${blob}`);
    edit(dir, TERM_EN, 'which is why many are controlled', 'which is why many are regulated');
    git('commit', '-qam', 'English edited after the translation');

    const convert = run(dir, 'i18n-stamp.ts', '--convert');
    expect(convert.status, convert.stderr).toBe(0);
    expect(read(dir, TERM_FR)).toMatch(/^translationOf: "[0-9a-f]{12}"$/m);
    expect(read(dir, TERM_FR)).toContain('translated: 2026-12-02');
    expect(states(dir)).toEqual({ [TERM_FR]: 'stale', [GUIDE_FR]: 'translated' });

    const report = run(dir, 'i18n-status.ts', '--diff');
    expect(report.stdout).toContain('English definition: changed');
    expect(report.stdout).toContain(
      '+ Dual-use items, software and knowledge can serve peaceful and harmful ends alike, which is why many are regulated.',
    );
  });
});
