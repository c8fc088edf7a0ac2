import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { englishFileOf, headingSlugs, translatedHeadingIds } from '#scripts/build/heading-ids.ts';

describe('heading ids of translated bodies', () => {
  const roots: string[] = [];
  const tempRoot = () => {
    const root = mkdtempSync(join(tmpdir(), 'heading-ids-'));
    roots.push(root);
    return root;
  };
  afterEach(() => {
    for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
  });

  it('slugs headings as Astro does, in order, skipping frontmatter and code', () => {
    const md =
      '---\ntitle: "# not a heading"\n---\n## Open data\n\ntext\n\n```\n## code\n```\n### Who to ask: [Canada](/jurisdictions/canada/)\n## Open data\n';
    expect(headingSlugs(md)).toEqual([
      { depth: 2, slug: 'open-data' },
      { depth: 3, slug: 'who-to-ask-canada' },
      { depth: 2, slug: 'open-data-1' },
    ]);
  });

  it('finds the English file of a translation, and nothing for an English file', () => {
    const root = tempRoot();
    mkdirSync(join(root, 'guides'));
    mkdirSync(join(root, 'fr', 'guides'), { recursive: true });
    writeFileSync(join(root, 'guides', 'help.md'), '## Australia\n');
    expect(englishFileOf(join(root, 'fr', 'guides', 'help.md'), root)).toBe(join(root, 'guides', 'help.md'));
    expect(englishFileOf(join(root, 'guides', 'help.md'), root)).toBeUndefined();
    expect(englishFileOf(join(root, 'fr', 'guides', 'none.md'), root)).toBeUndefined();
  });

  it('gives each translated heading the id of its English heading while the levels line up', () => {
    const root = tempRoot();
    mkdirSync(join(root, 'fr', 'guides'), { recursive: true });
    mkdirSync(join(root, 'guides'));
    writeFileSync(join(root, 'guides', 'about.md'), '## Open data\n## Corrections\n### Extra\n');
    const factory = translatedHeadingIds(root);
    expect(factory({ fileURL: pathToFileURL(join(root, 'guides', 'about.md')) })).toBeNull();
    const plugin = factory({ fileURL: pathToFileURL(join(root, 'fr', 'guides', 'about.md')) })!;
    const set: Record<string, unknown>[] = [];
    const ctx = {
      setProperty: (node: { properties?: Record<string, unknown> }, name: string, value: unknown) => {
        node.properties = { ...node.properties, [name]: value };
        set.push({ [name]: value });
      },
    };
    const h = (tagName: string) => ({ tagName, properties: {} as Record<string, unknown> });
    const nodes = [h('h2'), h('h2'), h('h2'), h('h3')];
    for (const n of nodes) plugin.element.visit(n, ctx);
    // The third French heading is an h2 where the English has an h3: from there, own slugs.
    expect(nodes.map((n) => n.properties.id)).toEqual(['open-data', 'corrections', undefined, undefined]);
  });
});
