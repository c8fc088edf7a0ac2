import { describe, expect, it } from 'vitest';
import {
  END_STEP,
  countWords,
  courseSteps,
  lessonPosition,
  lessonWords,
  minutesLeft,
  stepId,
  stepIndex,
  stepMinutes,
  type CourseModule,
} from '#src/features/training/course.ts';

const a: CourseModule = { id: 'a', minutes: 20, lessons: [{ words: 100 }, { words: 300 }], questions: 8 };
const b: CourseModule = { id: 'b', minutes: 15, lessons: [{ words: 0 }, { words: 0 }, { words: 0 }], questions: 40 };

describe('the course of one or more modules', () => {
  it('has each module’s lessons then its quiz, and a closing step when asked', () => {
    expect(courseSteps([a]).map((s) => s.id)).toEqual(['a/1', 'a/2', 'a/quiz']);
    const steps = courseSteps([a, b], { end: true });
    expect(steps.map((s) => s.id)).toEqual(['a/1', 'a/2', 'a/quiz', 'b/1', 'b/2', 'b/3', 'b/quiz', END_STEP]);
    expect(steps[4]).toEqual({ id: 'b/2', kind: 'lesson', module: 1, lesson: 2 });
    expect(steps.at(-1)).toEqual({ id: 'end', kind: 'end', module: -1 });
    expect(stepId('a', 'quiz')).toBe('a/quiz');
  });

  it('gives the quiz its questions’ share of the minutes and the lessons the rest by words', () => {
    expect(stepMinutes(a)).toEqual([3.5, 10.5, 6]);
    // The quiz gets at most a third; lessons without words share equally.
    expect(stepMinutes(b)).toEqual([10 / 3, 10 / 3, 10 / 3, 5]);
    const sum = stepMinutes(b).reduce((x, y) => x + y, 0);
    expect(sum).toBeCloseTo(15);
  });

  it('counts the minutes left from a step to the end, rounded up', () => {
    const steps = courseSteps([a, b], { end: true });
    expect(minutesLeft([a, b], steps, 0)).toBe(35);
    expect(minutesLeft([a, b], steps, 1)).toBe(32); // 31.5 rounded up
    expect(minutesLeft([a, b], steps, 2)).toBe(21);
    expect(minutesLeft([a, b], steps, 7)).toBe(0);
    expect(minutesLeft([a, b], steps, 99)).toBe(0);
  });

  it('says which lesson of how many a step is', () => {
    const steps = courseSteps([a, b]);
    expect(lessonPosition([a, b], steps[4])).toEqual({ number: 2, total: 3 });
    expect(lessonPosition([a, b], steps[2])).toBeUndefined();
    expect(lessonPosition([a, b], undefined)).toBeUndefined();
  });

  it('finds the step a bookmark names', () => {
    const steps = courseSteps([a, b], { end: true });
    expect(stepIndex(steps, 'b/quiz')).toBe(6);
    expect(stepIndex(steps, 'end')).toBe(7);
    expect(stepIndex(steps, 'c/1')).toBeUndefined();
    expect(stepIndex(steps, '')).toBeUndefined();
    expect(stepIndex(steps, null)).toBeUndefined();
  });

  it('counts words in any language', () => {
    expect(countWords('Due diligence: who’s involved, and what they want.')).toBe(8);
    expect(countWords('La sécurité de la recherche — aujourd’hui')).toBe(6);
    expect(countWords('')).toBe(0);
  });
});

describe('lesson lengths from the MDX body', () => {
  it('count the words of each ## section, without link targets, tags or Markdown marks', () => {
    const body = [
      'Intro before the first lesson is not a lesson.',
      '',
      '## Lesson 1: Two words',
      '',
      'See [the glossary](/glossary/#dual-use) and **this**.',
      '',
      '<KnowledgeCheck id="kc-one" />',
      '',
      '### Example: more',
      '',
      '## Lesson 2: Last',
      'One two three.',
    ].join('\n');
    expect(lessonWords(body)).toEqual([4 + 5 + 2, 3 + 3]);
    expect(lessonWords('no headings')).toEqual([]);
  });
});
