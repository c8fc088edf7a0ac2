/** A small package for the SCORM runtime tests: two modules with questions encoded as on the site. */
import { toClientQuestion, type SourceQuestion } from '#src/features/training/quiz/quiz.ts';
import type { ScoData, ScoModule } from '#src/features/training/lms/types.ts';

const q = (id: string, type: SourceQuestion['type'], correct: string[], ids = ['a', 'b', 'c']): SourceQuestion => ({
  id,
  type,
  prompt: `Question ${id}: which is right?`,
  options: ids.map((o) => ({ id: o, text: `Option ${o}`, correct: correct.includes(o) })),
  explanation: 'Because the lesson says so, and here is why.',
});

function module(id: string, lessons: number): ScoModule {
  return {
    id,
    title: `Module ${id}`,
    minutes: 20,
    passMark: 0.8,
    lessons: Array.from({ length: lessons }, (_, i) => ({ title: `Lesson ${i + 1}`, words: 300 })),
    questions: [
      q('q1', 'single', ['b']),
      q('q2', 'multiple', ['a', 'c']),
      q('q3', 'true-false', ['false'], ['true', 'false']),
      q('q4', 'scenario', ['c']),
      q('q5', 'single', ['a']),
    ].map((x) => toClientQuestion(id, x)),
    checks: [q('kc-1', 'single', ['a']), q('kc-2', 'multiple', ['b', 'c'])].map((x) => toClientQuestion(id, x)),
  };
}

export const MODULES = [module('alpha', 3), module('beta', 2)];

export function scoData(over: Partial<ScoData> = {}): ScoData {
  return {
    format: 1,
    kind: 'path',
    id: 'test-path',
    title: 'Test path',
    version: 'abcd1234',
    scorm: '2004',
    locale: 'en',
    modules: MODULES,
    strings: {} as ScoData['strings'],
    ...over,
  };
}

/** Right answers of a module's quiz, by question index. */
export const RIGHT = [['b'], ['a', 'c'], ['false'], ['c'], ['a']];
