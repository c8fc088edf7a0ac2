import { describe, expect, it } from 'vitest';
import {
  checkAnswer,
  checkQuiz,
  encodeKey,
  fnv1a32,
  fnv1aHex,
  isMultiple,
  needsSelectAllHint,
  optionLetter,
  optionOrder,
  percent,
  revealCorrect,
  reviewQuestion,
  scoreCounts,
  scoreResults,
  shuffle,
  toClientQuestion,
  updateSelection,
  type ClientQuestion,
} from '#src/features/training/quiz/quiz.ts';

describe('fnv1a', () => {
  it('matches the published FNV-1a 32-bit test vectors', () => {
    expect(fnv1a32('')).toBe(0x811c9dc5);
    expect(fnv1aHex('a')).toBe('e40c292c');
    expect(fnv1aHex('foobar')).toBe('bf9cf968');
  });
});

describe('scoring', () => {
  const resultsWith = (right: number) => Array.from({ length: 10 }, (_, i) => i < right);

  it('counts right answers and computes the ratio', () => {
    expect(scoreResults(resultsWith(7))).toEqual({ correct: 7, total: 10, ratio: 0.7, passed: false });
  });

  it('passes at exactly 80%', () => {
    const s = scoreResults(resultsWith(8));
    expect(s.ratio).toBe(0.8);
    expect(s.passed).toBe(true);
  });

  it('fails just below 80%', () => {
    expect(scoreCounts(11, 14).passed).toBe(false); // 78.6 %
    expect(scoreCounts(7, 10).passed).toBe(false);
  });

  it('passes at exactly 80% even where floating point would round down', () => {
    expect(scoreCounts(12, 15).passed).toBe(true);
    expect(scoreCounts(4, 5).passed).toBe(true);
  });

  it('honours a custom pass mark', () => {
    expect(scoreResults(resultsWith(7), 0.7).passed).toBe(true);
    expect(scoreResults(resultsWith(9), 1).passed).toBe(false);
    expect(scoreResults(resultsWith(10), 1).passed).toBe(true);
  });

  it('never passes an empty quiz', () => {
    expect(scoreResults([])).toEqual({ correct: 0, total: 0, ratio: 0, passed: false });
  });
});

describe('shuffle', () => {
  const items = ['a', 'b', 'c', 'd', 'e', 'f'];

  it('is deterministic for a seed', () => {
    expect(shuffle(items, 'quiz-1|attempt-2')).toEqual(shuffle(items, 'quiz-1|attempt-2'));
    expect(shuffle(items, 42)).toEqual(shuffle(items, 42));
  });

  it('returns a permutation and leaves the input alone', () => {
    const copy = [...items];
    const out = shuffle(items, 'seed');
    expect(items).toEqual(copy);
    expect(out).toHaveLength(items.length);
    expect([...out].sort()).toEqual(items);
  });

  it('gives different orders for different seeds', () => {
    const orders = new Set(Array.from({ length: 20 }, (_, i) => shuffle(items, `attempt-${i}`).join('')));
    expect(orders.size).toBeGreaterThan(10);
  });

  it('moves every item to every position over many seeds', () => {
    const seen = items.map(() => new Set<number>());
    for (let s = 0; s < 300; s++) {
      shuffle(items, s).forEach((item, pos) => {
        seen[items.indexOf(item)]!.add(pos);
      });
    }
    for (const positions of seen) expect(positions.size).toBe(items.length);
  });

  it('handles empty and single-item lists', () => {
    expect(shuffle([], 'x')).toEqual([]);
    expect(shuffle(['only'], 'x')).toEqual(['only']);
  });
});

describe('answer key', () => {
  it('round-trips: the right selection checks, in any order', () => {
    const key = encodeKey('due-diligence', 'q3', ['opt-b', 'opt-d']);
    expect(checkAnswer(key, 'due-diligence', 'q3', ['opt-d', 'opt-b'])).toBe(true);
  });

  it('rejects partial, extra, wrong and empty selections', () => {
    const key = encodeKey('due-diligence', 'q3', ['opt-b', 'opt-d']);
    expect(checkAnswer(key, 'due-diligence', 'q3', ['opt-b'])).toBe(false);
    expect(checkAnswer(key, 'due-diligence', 'q3', ['opt-b', 'opt-c', 'opt-d'])).toBe(false);
    expect(checkAnswer(key, 'due-diligence', 'q3', ['opt-a'])).toBe(false);
    expect(checkAnswer(key, 'due-diligence', 'q3', [])).toBe(false);
  });

  it('is bound to its quiz and question', () => {
    const key = encodeKey('why-it-matters', 'q1', ['true']);
    expect(checkAnswer(key, 'why-it-matters', 'q2', ['true'])).toBe(false);
    expect(checkAnswer(key, 'understanding-risk', 'q1', ['true'])).toBe(false);
    expect(encodeKey('why-it-matters', 'q1', ['true'])).not.toBe(encodeKey('why-it-matters', 'q1', ['false']));
  });

  it('does not contain the option ids in clear', () => {
    // Option ids as authors write them ("true", "opt-x"); hex keys can hold single letters a–f, so
    // the ids here are ones that could only appear if they were copied in.
    const ids = ['alpha-option', 'true', 'opt-x'];
    const key = encodeKey('quiz', 'question', ids);
    for (const id of ids) expect(key).not.toContain(id);
    expect(key).not.toContain('quiz');
    expect(key).not.toContain('question');
    expect(key).toMatch(/^k1\.[0-9a-f]{16}$/);
  });

  it('makes client questions without correct flags', () => {
    const q = toClientQuestion('quiz', {
      id: 'q1',
      type: 'single',
      prompt: 'Which one?',
      options: [
        { id: 'a', text: 'A', correct: false },
        { id: 'b', text: 'B', correct: true },
      ],
      explanation: 'Because B.',
      link: { href: '/framework/', label: 'Framework' },
    });
    expect(JSON.stringify(q)).not.toContain('correct');
    expect(q.options).toEqual([
      { id: 'a', text: 'A' },
      { id: 'b', text: 'B' },
    ]);
    expect(checkAnswer(q.key, 'quiz', 'q1', ['b'])).toBe(true);
  });
});

describe('what the quiz island uses', () => {
  const options = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, text: id.toUpperCase() }));
  const single: ClientQuestion = {
    id: 'q1',
    type: 'single',
    prompt: 'Which one?',
    options,
    key: encodeKey('quiz', 'q1', ['c']),
  };
  const multiple: ClientQuestion = {
    id: 'q2',
    type: 'multiple',
    prompt: 'Which ones?',
    options,
    key: encodeKey('quiz', 'q2', ['a', 'd']),
  };
  const trueFalse: ClientQuestion = {
    id: 'q3',
    type: 'true-false',
    prompt: 'True or false: this is a test.',
    options: [
      { id: 'true', text: 'True' },
      { id: 'false', text: 'False' },
    ],
    key: encodeKey('quiz', 'q3', ['true']),
  };

  it('shuffles options per attempt, reproducibly, and never loses one', () => {
    expect(optionOrder(single, 'quiz|0')).toEqual(optionOrder(single, 'quiz|0'));
    const orders = new Set(
      Array.from({ length: 12 }, (_, i) =>
        optionOrder(single, `quiz|${i}`)
          .map((o) => o.id)
          .join(''),
      ),
    );
    expect(orders.size).toBeGreaterThan(5);
    expect(
      optionOrder(single, 'quiz|3')
        .map((o) => o.id)
        .sort(),
    ).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('gives each question of an attempt its own order', () => {
    const other = { ...single, id: 'q9' };
    const same = Array.from(
      { length: 10 },
      (_, i) =>
        optionOrder(single, `s${i}`)
          .map((o) => o.id)
          .join('') ===
        optionOrder(other, `s${i}`)
          .map((o) => o.id)
          .join(''),
    );
    expect(same.filter(Boolean).length).toBeLessThan(5);
  });

  it('keeps true/false in the authored order', () => {
    for (let i = 0; i < 10; i++)
      expect(optionOrder(trueFalse, `quiz|${i}`).map((o) => o.id)).toEqual(['true', 'false']);
  });

  it('hints "select all that apply" only where the prompt does not already say so', () => {
    expect(isMultiple(multiple)).toBe(true);
    expect(isMultiple(single)).toBe(false);
    expect(needsSelectAllHint(multiple)).toBe(true);
    expect(needsSelectAllHint({ ...multiple, prompt: 'Which ones? Select all that apply.' })).toBe(false);
    expect(needsSelectAllHint(single)).toBe(false);
  });

  it('updates radio and checkbox selections', () => {
    expect(updateSelection(['a'], 'b', true, false)).toEqual(['b']);
    expect(updateSelection(['a'], 'a', false, false)).toEqual([]);
    expect(updateSelection(['a'], 'c', true, true)).toEqual(['a', 'c']);
    expect(updateSelection(['a', 'c'], 'a', false, true)).toEqual(['c']);
    expect(updateSelection(['a', 'c'], 'c', true, true)).toEqual(['a', 'c']);
  });

  it('checks a whole quiz from encoded keys, counting unanswered questions as wrong', () => {
    const questions = [single, multiple, trueFalse];
    const all = checkQuiz('quiz', questions, { q1: ['c'], q2: ['d', 'a'], q3: ['true'] });
    expect(all.results).toEqual({ q1: true, q2: true, q3: true });
    expect(all.score).toMatchObject({ correct: 3, total: 3, passed: true });
    expect(all.unanswered).toEqual([]);

    const some = checkQuiz('quiz', questions, { q1: ['c'], q2: ['a'] });
    expect(some.results).toEqual({ q1: true, q2: false, q3: false });
    expect(some.unanswered).toEqual(['q3']);
    expect(some.score).toMatchObject({ correct: 1, total: 3, passed: false });
  });

  it('applies the pass mark', () => {
    const questions = [single, multiple, trueFalse];
    expect(checkQuiz('quiz', questions, { q1: ['c'], q2: ['a', 'd'] }, 0.6).score.passed).toBe(true);
    expect(checkQuiz('quiz', questions, { q1: ['c'], q2: ['a', 'd'] }).score.passed).toBe(false);
  });

  it('does not accept a key made for another quiz', () => {
    expect(checkQuiz('other-quiz', [single], { q1: ['c'] }).results.q1).toBe(false);
  });

  it('finds the correct options from the key alone, for single and multiple answers', () => {
    expect(revealCorrect('quiz', single)).toEqual(['c']);
    expect(revealCorrect('quiz', multiple)).toEqual(['a', 'd']);
    expect(revealCorrect('quiz', trueFalse)).toEqual(['true']);
    // A key made for another quiz matches nothing.
    expect(revealCorrect('other-quiz', single)).toBeNull();
  });

  it('letters options in the order shown, whatever their ids', () => {
    expect([0, 1, 2, 3].map(optionLetter)).toEqual(['a', 'b', 'c', 'd']);
    expect(optionLetter(26)).toBe('27');
  });

  it('reviews a checked question: the chosen and the correct options, lettered in screen order', () => {
    for (let attempt = 0; attempt < 8; attempt++) {
      const shown = optionOrder(multiple, `quiz|${attempt}`);
      const review = reviewQuestion('quiz', multiple, shown, ['b', 'a']);
      const letterOf = (id: string) => String.fromCharCode(97 + shown.findIndex((o) => o.id === id));
      // Listed in the order on screen, so the letters run a, b, c… whatever the shuffle did.
      expect(review.correct.map((o) => o.id).sort()).toEqual(['a', 'd']);
      expect(review.correct.map((o) => o.letter)).toEqual(review.correct.map((o) => letterOf(o.id)));
      expect([...review.correct.map((o) => o.letter)].sort()).toEqual(review.correct.map((o) => o.letter));
      expect(review.chosen.map((o) => o.id).sort()).toEqual(['a', 'b']);
      expect(review.chosen.every((o) => o.text === o.id.toUpperCase())).toBe(true);
    }
    const unanswered = reviewQuestion('quiz', single, optionOrder(single, 'x'), []);
    expect(unanswered.chosen).toEqual([]);
    expect(unanswered.correct.map((o) => o.id)).toEqual(['c']);
  });

  it('rounds ratios to whole percentages', () => {
    expect(percent(0.8)).toBe(80);
    expect(percent(11 / 13)).toBe(85);
    expect(percent(2)).toBe(100);
    expect(percent(Number.NaN)).toBe(0);
  });
});
