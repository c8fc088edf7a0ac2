/**
 * `npm run search:ask -- "query" ["query" …] [--dist dist] [--top 5]`: what the built site's search
 * answers, in the terminal, exactly as the interface ranks it (test/helpers/search-node.ts): the
 * first results, what the lexicon added and the spelling corrections. For tuning the synonyms and
 * the ranking (src/features/search/README.md). With `--questions`, runs the whole search-quality
 * question set (test/dist/search-quality.questions.yaml) and prints each question's rank.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import yaml from 'js-yaml';
import { nodeSearch } from '#test/helpers/search-node.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    dist: { type: 'string', default: 'dist' },
    top: { type: 'string', default: '5' },
    questions: { type: 'boolean', default: false },
  },
});
const top = Number(values.top);
const search = await nodeSearch(values.dist);
if (values.questions) {
  const questions = yaml.load(readFileSync('test/dist/search-quality.questions.yaml', 'utf8')) as {
    q: string;
    answers: string[];
  }[];
  let hits = 0;
  for (const { q, answers } of questions) {
    const r = await search.ask(q, 10);
    const rank = r.urls.findIndex((u) => answers.includes(u)) + 1;
    if (rank >= 1 && rank <= 3) hits++;
    const mark = rank >= 1 && rank <= 3 ? '✓' : '✗';
    console.log(`${mark} ${rank === 0 ? '–' : rank}  ${q}  →  ${r.urls.slice(0, 3).join('  ')}`);
  }
  console.log(
    `\n${hits}/${questions.length} (${Math.round((100 * hits) / questions.length)}%) find an answer in the top 3`,
  );
} else {
  for (const q of positionals) {
    const r = await search.ask(q, top);
    console.log(`\n${q}`);
    if (r.added.length) console.log(`  also searching for: ${r.added.join(', ')}`);
    for (const c of r.corrections) console.log(`  did you mean: ${c.from} → ${c.to}`);
    r.urls.forEach((u, i) => {
      console.log(`  ${i + 1}. ${String(r.scores[i]).padStart(6)}  ${u}  ${r.titles[i]}`);
    });
  }
}
