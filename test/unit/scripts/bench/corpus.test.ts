import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { corpusPlan, generateCorpus } from '#scripts/bench/corpus.ts';
import { formatProblem } from '#scripts/qa/entries.ts';
import { parseMarkdownFile } from '#scripts/lib/content-files.ts';
import { validateContent } from '#scripts/qa/validate-content.ts';
import { setContentRoot } from '#src/schemas/content-index.ts';

describe('benchmark corpus', () => {
  const root = mkdtempSync(join(tmpdir(), 'bench-corpus-'));
  afterAll(() => {
    rmSync(root, { recursive: true, force: true });
    setContentRoot('content');
  });

  it('plans the requested number of entries, a quiz per module', () => {
    for (const total of [60, 1000, 5000]) {
      const plan = corpusPlan(total);
      expect(Object.values(plan).reduce((a, b) => a + b, 0)).toBe(total);
      expect(plan.quizzes).toBe(plan.modules);
    }
  });

  it('is deterministic', () => {
    const a = generateCorpus({ total: 60, dimensions: [], practices: [] });
    const b = generateCorpus({ total: 60, dimensions: [], practices: [] });
    expect(a).toEqual(b);
  });

  it('validates against the real schemas and cross-checks', () => {
    const content = join(root, 'content');
    // An empty dimension set and no practices: the corpus brings its own stand-ins.
    const files = generateCorpus({ total: 120, dimensions: [], practices: [] });
    for (const f of files) {
      mkdirSync(dirname(join(content, f.path)), { recursive: true });
      writeFileSync(join(content, f.path), f.text);
    }
    const { problems, entries } = validateContent(content, root);
    expect(problems.map(formatProblem)).toEqual([]);
    expect(entries.length).toBe(files.length);
  });

  it('gives Markdown and MDX entries 600–900 words of body, with sections and knowledge checks in modules', () => {
    const files = generateCorpus({ total: 200, dimensions: [], practices: ['p'] });
    const bodies = files.filter((f) => /\.mdx?$/.test(f.path));
    expect(bodies.length).toBeGreaterThan(40);
    for (const f of bodies) {
      const body = parseMarkdownFile(f.text).body!.replace(/<KnowledgeCheck id="[a-z0-9-]+" \/>/g, '');
      const words = body.split(/\s+/).filter(Boolean).length;
      expect(words, f.path).toBeGreaterThanOrEqual(600);
      expect(words, f.path).toBeLessThanOrEqual(950);
      expect(body).toMatch(/^## /m);
      // Nothing MDX would read as markup or code.
      expect(body, f.path).not.toMatch(/[<>{}]/);
    }
    expect(bodies.find((f) => f.path.startsWith('modules/'))!.text).toContain('<KnowledgeCheck id="kc-1" />');
  });

  it('writes bodies without components as plain Markdown and modules as MDX, like the real content', () => {
    const files = generateCorpus({ total: 100, dimensions: [], practices: ['p'] });
    expect(files.filter((f) => f.path.endsWith('.mdx')).every((f) => f.path.startsWith('modules/'))).toBe(true);
    expect(files.some((f) => f.path.startsWith('modules/') && f.path.endsWith('.mdx'))).toBe(true);
    expect(files.some((f) => f.path.startsWith('case-studies/') && f.path.endsWith('.md'))).toBe(true);
  });
});
