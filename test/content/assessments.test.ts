/**
 * Assessments that cannot be gamed: the measurable item-writing rules of content/README.md
 * ("Writing questions and scenarios"), checked over the real content files.
 *
 * The files are read directly (YAML, and a plain frontmatter split for the Markdown case studies),
 * because content collections are not available inside Vitest. Every count is derived from the files;
 * the measured figures appear in the test names, so a run shows them, for example:
 *   "the recommended choice is the first one in at most 40% of decision points (now 13 of 57, 23%)".
 *
 * Scenarios (content/case-studies/*.md, kind: scenario): across all decision points the recommended
 * choice is first in at most 40% and the longest (by characters; a tie counts as longest) in at most
 * 40%; the choices of a decision point are of comparable length (each within 25% of their mean); and
 * at least a quarter of decision points offer two defensible options (two or more not rated risky).
 *
 * Quizzes (content/quizzes/*.yaml, questions and knowledge checks): in single-answer questions (types
 * single and scenario; true-false questions are left out because their two texts are fixed) the correct
 * option is the longest in at most 35%; in multiple-answer questions at least one option is wrong and
 * the correct options are not systematically the longer ones; no option says "all of the above" or
 * "none of the above"; "always" or "never" never appears in wrong options only, nor in a false
 * true-false statement; and no explanation refers to an option by its letter, because the order is
 * shuffled on every attempt.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseContentFile } from '#scripts/lib/content-files.ts';

/** The content folder, found from this file so the test runs from any working directory. */
const CONTENT = fileURLToPath(new URL('../../content', import.meta.url));

interface Choice {
  text: string;
  consequence: string;
  feedback: string;
  rating: 'recommended' | 'acceptable' | 'risky';
}
interface DecisionPoint {
  prompt: string;
  choices: Choice[];
}
interface Option {
  id: string;
  text: string;
  correct?: boolean;
}
interface Question {
  id: string;
  type: 'single' | 'multiple' | 'true-false' | 'scenario';
  prompt: string;
  options: Option[];
  explanation: string;
}

/** A content file's frontmatter (Markdown) or whole data (YAML), read as Astro reads it. */
function frontmatter(file: string): Record<string, unknown> {
  return parseContentFile(readFileSync(file, 'utf8'), file).data as Record<string, unknown>;
}

const files = (dir: string, ext: RegExp) =>
  readdirSync(join(CONTENT, dir))
    .filter((f) => ext.test(f))
    .sort()
    .map((f) => join(CONTENT, dir, f));
const pct = (n: number, of: number) => (of === 0 ? 0 : Math.round((100 * n) / of));
const share = (n: number, of: number) => `${n} of ${of}, ${pct(n, of)}%`;

// ---------------------------------------------------------------------------------------------
// Scenarios

const points: { where: string; point: DecisionPoint }[] = [];
for (const file of files('case-studies', /\.mdx?$/)) {
  const fm = frontmatter(file);
  if (fm.kind !== 'scenario') continue;
  const id = file
    .split('/')
    .pop()!
    .replace(/\.mdx?$/, '');
  for (const [i, point] of ((fm.decisionPoints ?? []) as DecisionPoint[]).entries()) {
    points.push({ where: `${id} #${i + 1}`, point });
  }
}

const lengths = (p: DecisionPoint) => p.choices.map((c) => c.text.length);
const recommendedFirst = points.filter(({ point }) => point.choices[0]?.rating === 'recommended');
const recommendedLongest = points.filter(({ point }) => {
  const max = Math.max(...lengths(point));
  return point.choices.some((c) => c.rating === 'recommended' && c.text.length === max);
});
const unevenPoints = points.filter(({ point }) => {
  const len = lengths(point);
  const mean = len.reduce((a, b) => a + b, 0) / len.length;
  return len.some((l) => Math.abs(l - mean) > 0.25 * mean);
});
const twoDefensible = points.filter(({ point }) => point.choices.filter((c) => c.rating !== 'risky').length >= 2);

describe('scenario decision points', () => {
  it(`exist (${points.length} decision points)`, () => {
    expect(points.length).toBeGreaterThan(0);
  });

  it(`the recommended choice is the first one in at most 40% of decision points (now ${share(recommendedFirst.length, points.length)})`, () => {
    expect(recommendedFirst.length / points.length).toBeLessThanOrEqual(0.4);
  });

  it(`the recommended choice is the longest in at most 40% of decision points (now ${share(recommendedLongest.length, points.length)})`, () => {
    expect(recommendedLongest.length / points.length).toBeLessThanOrEqual(0.4);
  });

  it(`choices are of comparable length, each within 25% of the mean of its decision point (uneven now: ${unevenPoints.length})`, () => {
    expect(unevenPoints.map(({ where, point }) => `${where}: ${lengths(point).join(', ')} characters`)).toEqual([]);
  });

  it(`at least a quarter of decision points offer two defensible options (now ${share(twoDefensible.length, points.length)})`, () => {
    expect(twoDefensible.length / points.length).toBeGreaterThanOrEqual(0.25);
  });
});

// ---------------------------------------------------------------------------------------------
// Quizzes

const quizzes: { id: string; items: Question[] }[] = files('quizzes', /\.ya?ml$/).map((file) => {
  const quiz = frontmatter(file) as unknown as { questions: Question[]; checks?: Question[] };
  return {
    id: file
      .split('/')
      .pop()!
      .replace(/\.ya?ml$/, ''),
    items: [...quiz.questions, ...(quiz.checks ?? [])],
  };
});
const questions = quizzes.flatMap(({ id, items }) => items.map((q) => ({ where: `${id} ${q.id}`, q })));

const isLongest = (q: Question, o: Option) => o.text.length === Math.max(...q.options.map((x) => x.text.length));
const singles = questions.filter(({ q }) => q.type === 'single' || q.type === 'scenario');
const correctLongest = singles.filter(({ q }) => q.options.some((o) => o.correct && isLongest(q, o)));
const oneAnswer = questions.filter(({ q }) => q.type !== 'multiple');
const oneAnswerLongest = oneAnswer.filter(({ q }) => q.options.some((o) => o.correct && isLongest(q, o)));
const multiples = questions.filter(({ q }) => q.type === 'multiple');
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const correctLonger = multiples.filter(({ q }) => {
  const right = q.options.filter((o) => o.correct).map((o) => o.text.length);
  const wrong = q.options.filter((o) => !o.correct).map((o) => o.text.length);
  return wrong.length > 0 && mean(right) > 1.2 * mean(wrong);
});

/** "All of the above", "none of the above", "both of the above", "all the above"… */
const ABOVE = /\b(all|none|both|neither)\s+(of\s+)?the\s+above\b/i;
const ABSOLUTE = /\b(always|never)\b/i;
/** "(a)", "( c )", "option b", "options a and c", "answer (d)": letters do not survive the shuffle. */
const LETTER =
  /\(\s*[a-f]\s*\)|\b(options?|answers?|choices?)\s+\(?[a-f]\)?(\s*(,|and|or)\s*\(?[a-f]\)?)*(?=[\s.,;:!?)]|$)(?!\s+(question|lab|team|partner|researcher|new|few|good|short|single)\b)/i;

describe('quiz questions', () => {
  it(`exist (${questions.length} questions and knowledge checks, ${singles.length} single-answer)`, () => {
    expect(singles.length).toBeGreaterThan(0);
  });

  it(`the correct option is the longest in at most 35% of single-answer questions (now ${share(correctLongest.length, singles.length)}; with true-false: ${share(oneAnswerLongest.length, oneAnswer.length)})`, () => {
    expect(correctLongest.length / singles.length).toBeLessThanOrEqual(0.35);
  });

  it(`multiple-answer questions have at least one wrong option (${multiples.length} questions)`, () => {
    expect(multiples.filter(({ q }) => q.options.every((o) => o.correct)).map(({ where }) => where)).toEqual([]);
  });

  it(`in multiple-answer questions the correct options are not the long ones (correct options 20% longer on average in ${share(correctLonger.length, multiples.length)})`, () => {
    expect(correctLonger.length / multiples.length).toBeLessThanOrEqual(0.35);
  });

  it('no option is "all of the above" or "none of the above"', () => {
    const found = questions.flatMap(({ where, q }) =>
      q.options.filter((o) => ABOVE.test(o.text)).map((o) => `${where} ${o.id}: ${o.text}`),
    );
    expect(found).toEqual([]);
  });

  it('"always" and "never" are not a giveaway: never only in wrong options, never in a false true-false statement', () => {
    const found = questions.flatMap(({ where, q }) => {
      if (q.type === 'true-false')
        return ABSOLUTE.test(q.prompt) && q.options.some((o) => o.correct && o.id === 'false')
          ? [`${where}: ${q.prompt}`]
          : [];
      const inWrong = q.options.some((o) => !o.correct && ABSOLUTE.test(o.text));
      const inRight = q.options.some((o) => o.correct && ABSOLUTE.test(o.text));
      return inWrong && !inRight ? [`${where}: only wrong options say always or never`] : [];
    });
    expect(found).toEqual([]);
  });

  it('no explanation refers to an option by its letter (the options are shuffled)', () => {
    const found = questions
      .filter(({ q }) => LETTER.test(q.explanation))
      .map(({ where, q }) => `${where}: ${LETTER.exec(q.explanation)![0]}`);
    expect(found).toEqual([]);
  });

  it('no explanation opens with the words of a prompt or option of its quiz (the page without JavaScript must not reveal it)', () => {
    const found = quizzes.flatMap(({ id, items }) => {
      const visible = items.flatMap((q) => [q.prompt, ...q.options.map((o) => o.text)]).join('\n');
      return items
        .filter((q) => visible.includes(q.explanation.slice(0, 60)))
        .map((q) => `${id} ${q.id}: ${q.explanation.slice(0, 60)}`);
    });
    expect(found).toEqual([]);
  });

  it('the letter rule catches what it should and nothing else', () => {
    for (const bad of [
      'Cancelling (a) is disproportionate.',
      'so ( d ) is wrong',
      'Option b ignores the risk.',
      'options a and c are both wrong',
      'The answer (c) fits.',
    ])
      expect(LETTER.test(bad), bad).toBe(true);
    for (const good of [
      'Researchers (and institutions) share the work.',
      'an option a lab might choose',
      'no option a new partner would accept',
      'Plan A failed.',
    ])
      expect(LETTER.test(good), good).toBe(false);
  });
});
