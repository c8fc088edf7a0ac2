/**
 * The coverage map's content rules that no single schema can see: a module's `covers` names lessons
 * that exist in its body (`## Lesson N: …`), and every requirement of a training topic cites at least
 * one official source. Reads the files directly (yaml + fs), so it does not depend on Astro.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';

const CONTENT = resolve('content');
const files = (collection: string, ext: RegExp) =>
  readdirSync(join(CONTENT, collection))
    .filter((f) => ext.test(f) && !f.startsWith('_'))
    .sort();

interface Cover {
  topic: string;
  lessons: number[];
}
interface Requirement {
  name: string;
  sources: string[];
}

const modules = files('modules', /\.mdx?$/).map((f) => {
  const text = readFileSync(join(CONTENT, 'modules', f), 'utf8');
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  const data = (m ? parse(m[1]!) : {}) as { covers?: Cover[] };
  const lessons = new Set([...(m?.[2] ?? '').matchAll(/^## Lesson (\d+):/gm)].map((x) => Number(x[1])));
  return { file: `content/modules/${f}`, covers: data.covers ?? [], lessons };
});

const official = new Map(
  files('sources', /\.ya?ml$/).map((f) => [f.replace(/\.ya?ml$/, ''), (parse(readFileSync(join(CONTENT, 'sources', f), 'utf8')) as { official?: boolean }).official === true]),
);

const topics = files('training-topics', /\.ya?ml$/).map((f) => ({
  file: `content/training-topics/${f}`,
  requirements: (parse(readFileSync(join(CONTENT, 'training-topics', f), 'utf8')) as { requirements: Requirement[] }).requirements,
}));

describe('training coverage', () => {
  it('covers only lessons that exist in the module', () => {
    const missing = modules.flatMap((m) =>
      m.covers.flatMap((c) => c.lessons.filter((n) => !m.lessons.has(n)).map((n) => `${m.file}: covers ${c.topic}: no "## Lesson ${n}:" heading`)),
    );
    expect(missing).toEqual([]);
  });

  it('cites an official source for every requirement', () => {
    const unofficial = topics.flatMap((t) =>
      t.requirements.filter((r) => !r.sources.some((s) => official.get(s))).map((r) => `${t.file}: "${r.name}" cites no official source`),
    );
    expect(unofficial).toEqual([]);
  });
});
