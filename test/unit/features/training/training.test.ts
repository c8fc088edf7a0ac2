import { contentHash } from '#src/features/training/training.ts';
import { formatDay } from '#src/lib/i18n/format.ts';
import { describe, expect, it } from 'vitest';
import { fill } from '#src/lib/template.ts';
import {
  PROGRESS_URL,
  certificateUrl,
  lessonsFromHeadings,
  moduleVersion,
  pathVersion,
  progressFileName,
  stableJson,
  summaryUrl,
  totalMinutes,
} from '#src/features/training/training.ts';

describe('training addresses', () => {
  it('hang off the published module and path addresses', () => {
    expect(summaryUrl('due-diligence')).toBe('/training/due-diligence/summary/');
    expect(certificateUrl('researcher')).toBe('/training/paths/researcher/certificate/');
    expect(PROGRESS_URL).toBe('/training/progress/');
  });
});

describe('totals and lessons', () => {
  it('adds minutes', () => {
    expect(totalMinutes([{ minutes: 15 }, { minutes: 20 }, { minutes: 25 }])).toBe(60);
    expect(totalMinutes([])).toBe(0);
  });

  it('takes the ## headings as lessons', () => {
    const headings = [
      { depth: 2, slug: 'lesson-1-a', text: 'Lesson 1: A' },
      { depth: 3, slug: 'example', text: 'Example' },
      { depth: 2, slug: 'lesson-2-b', text: 'Lesson 2: B' },
    ];
    expect(lessonsFromHeadings(headings)).toEqual([
      { slug: 'lesson-1-a', text: 'Lesson 1: A' },
      { slug: 'lesson-2-b', text: 'Lesson 2: B' },
    ]);
  });
});

describe('content versions', () => {
  const module = { id: 'm', body: '## Lesson 1\n\nText.', data: { title: 'M', keyPoints: ['a', 'b'], minutes: 15 } };
  const quiz = { questions: [{ id: 'q1', options: [{ id: 'a', correct: true }] }] };

  it('does not depend on key order', () => {
    expect(stableJson({ b: 1, a: { d: 2, c: [3, { f: 1, e: 2 }] } })).toBe('{"a":{"c":[3,{"e":2,"f":1}],"d":2},"b":1}');
    const reordered = { ...module, data: { minutes: 15, keyPoints: ['a', 'b'], title: 'M' } };
    expect(moduleVersion(reordered, quiz)).toBe(moduleVersion(module, quiz));
  });

  it('changes with the lessons, the frontmatter or the quiz', () => {
    const v = moduleVersion(module, quiz);
    expect(v).toMatch(/^[0-9a-f]{8}$/);
    expect(moduleVersion({ ...module, body: `${module.body} More.` }, quiz)).not.toBe(v);
    expect(moduleVersion({ ...module, data: { ...module.data, minutes: 20 } }, quiz)).not.toBe(v);
    expect(moduleVersion(module, { questions: [] })).not.toBe(v);
    expect(moduleVersion(module, undefined)).not.toBe(v);
  });

  it('gives a path a version that depends on its modules and their order', () => {
    expect(pathVersion('p', ['aaaa', 'bbbb'])).toBe(pathVersion('p', ['aaaa', 'bbbb']));
    expect(pathVersion('p', ['aaaa', 'bbbb'])).not.toBe(pathVersion('p', ['bbbb', 'aaaa']));
    expect(pathVersion('p', ['aaaa'])).not.toBe(pathVersion('q', ['aaaa']));
  });
});

describe('formatting', () => {
  it('names export files by local date', () => {
    expect(progressFileName(new Date(2026, 10, 5, 23, 59))).toBe('academy-progress-2026-11-05.json');
    expect(progressFileName(new Date(2026, 10, 5), 'academie-progression')).toBe(
      'academie-progression-2026-11-05.json',
    );
  });

  it('formats days in English and French, and ignores non-dates', () => {
    expect(formatDay('2026-11-21T10:00:00.000Z', 'en', 'UTC')).toBe('21 November 2026');
    expect(formatDay('2026-11-21', 'fr', 'UTC')).toBe('21 novembre 2026');
    expect(formatDay('nonsense', 'en')).toBe('');
    expect(formatDay(undefined, 'en')).toBe('');
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(fill('{a} of {b} ({c})', { a: 1, b: 2 })).toBe('1 of 2 ({c})');
  });
});

describe('contentHash', () => {
  it('is stable, short and sensitive to content and order', () => {
    const h = contentHash(['module a v1', 'module b v1']);
    expect(h).toMatch(/^[0-9a-f]{8}$/);
    expect(contentHash(['module a v1', 'module b v1'])).toBe(h);
    expect(contentHash(['module b v1', 'module a v1'])).not.toBe(h);
    expect(contentHash(['module a v2', 'module b v1'])).not.toBe(h);
    expect(contentHash(['ab', 'c'])).not.toBe(contentHash(['a', 'bc']));
  });
});
