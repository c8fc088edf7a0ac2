/**
 * Search quality: the questions of search-quality.questions.yaml, in readers' words, asked of the
 * built site's search exactly as the interface asks them (test/helpers/search-node.ts: the real
 * Pagefind index, lexicon, query planning and ranking). Fails when fewer than 90% find one of their
 * answers in the first three results, or when an aggregate page comes first for any question.
 * The ranks of every question are printed, so a change in ranking shows in the test output.
 * `npm run search:ask -- --questions` prints the same table without the test.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import yaml from 'js-yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { nodeSearch } from '#test/helpers/search-node.ts';

interface Question {
  q: string;
  who: 'researcher' | 'office' | 'policy';
  answers: string[];
  note?: string;
}

const DIST = resolve(process.env.DIST_DIR ?? 'dist');
const QUESTIONS = yaml.load(
  readFileSync(resolve(import.meta.dirname, 'search-quality.questions.yaml'), 'utf8'),
) as Question[];
/** Pages that list or hold many others: never the first answer to a question. */
const AGGREGATES = [
  '/sources/',
  '/glossary/',
  '/timeline/',
  '/compare/',
  '/tracker/',
  '/areas/',
  '/case-studies/',
  '/jurisdictions/',
];
const HIT_RATE = 0.9;

describe('search quality', () => {
  let answers: { q: string; rank: number; top: string[] }[];
  beforeAll(async () => {
    const search = await nodeSearch(DIST);
    answers = [];
    for (const { q, answers: right } of QUESTIONS) {
      const { urls } = await search.ask(q, 10);
      answers.push({ q, rank: urls.findIndex((u) => right.includes(u)) + 1, top: urls.slice(0, 3) });
    }
    const hits = answers.filter((a) => a.rank >= 1 && a.rank <= 3).length;
    console.log(
      [
        `search quality: ${hits}/${answers.length} questions (${Math.round((100 * hits) / answers.length)}%) find an answer in the top 3`,
        ...answers.map(
          (a) => `  ${a.rank >= 1 && a.rank <= 3 ? '✓' : '✗'} ${a.rank || '–'}  ${a.q}  →  ${a.top.join('  ')}`,
        ),
      ].join('\n'),
    );
  });

  it('has at least 40 questions, each with answers, from researchers, research offices and policymakers', () => {
    expect(QUESTIONS.length).toBeGreaterThanOrEqual(40);
    for (const q of QUESTIONS) expect(q.answers.length, q.q).toBeGreaterThan(0);
    expect(new Set(QUESTIONS.map((q) => q.who))).toEqual(new Set(['researcher', 'office', 'policy']));
    expect(new Set(QUESTIONS.map((q) => q.q)).size).toBe(QUESTIONS.length);
  });

  it(`finds an answer in the top 3 for at least ${HIT_RATE * 100}% of the questions`, () => {
    const missed = answers.filter((a) => a.rank < 1 || a.rank > 3);
    const rate = 1 - missed.length / answers.length;
    expect(rate, `missed:\n${missed.map((m) => `  ${m.q} → ${m.top.join(', ')}`).join('\n')}`).toBeGreaterThanOrEqual(
      HIT_RATE,
    );
  });

  it('never puts an aggregate page first', () => {
    const first = answers.filter((a) => AGGREGATES.includes(a.top[0] ?? '')).map((a) => `${a.q} → ${a.top[0]}`);
    expect(first).toEqual([]);
  });
});
