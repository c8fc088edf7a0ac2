/**
 * The coverage map's content rules that no single schema can see: a module's `covers` names lessons
 * that exist in its body (`## Lesson N: …`), and every requirement of a training topic cites at least
 * one official source. Reads the real content files as Astro does (scripts/lib/content-files.ts),
 * because content collections are not available inside Vitest.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseContentFile } from '#scripts/lib/content-files.ts';

/** The content folder, found from this file so the test runs from any working directory. */
const CONTENT = fileURLToPath(new URL('../../content', import.meta.url));

const read = (collection: string, ext: RegExp) =>
  readdirSync(join(CONTENT, collection))
    .filter((f) => ext.test(f) && !f.startsWith('_'))
    .sort()
    .map((f) => ({
      id: f.replace(ext, ''),
      file: `content/${collection}/${f}`,
      ...parseContentFile(readFileSync(join(CONTENT, collection, f), 'utf8'), f),
    }));

interface Cover {
  topic: string;
  lessons: number[];
}
interface Requirement {
  name: string;
  sources: string[];
}

const modules = read('modules', /\.mdx?$/).map((m) => ({
  file: m.file,
  covers: (m.data as { covers?: Cover[] }).covers ?? [],
  lessons: new Set([...(m.body ?? '').matchAll(/^## Lesson (\d+):/gm)].map((x) => Number(x[1]))),
}));

const official = new Map(
  read('sources', /\.ya?ml$/).map((s) => [s.id, (s.data as { official?: boolean }).official === true]),
);

const topics = read('training-topics', /\.ya?ml$/).map((t) => ({
  file: t.file,
  requirements: (t.data as { requirements: Requirement[] }).requirements,
}));

describe('training coverage', () => {
  it('covers only lessons that exist in the module', () => {
    const missing = modules.flatMap((m) =>
      m.covers.flatMap((c) =>
        c.lessons
          .filter((n) => !m.lessons.has(n))
          .map((n) => `${m.file}: covers ${c.topic}: no "## Lesson ${n}:" heading`),
      ),
    );
    expect(missing).toEqual([]);
  });

  it('cites an official source for every requirement', () => {
    const unofficial = topics.flatMap((t) =>
      t.requirements
        .filter((r) => !r.sources.some((s) => official.get(s)))
        .map((r) => `${t.file}: "${r.name}" cites no official source`),
    );
    expect(unofficial).toEqual([]);
  });
});
