import { describe, expect, it } from 'vitest';
import {
  createProgressStore,
  emptyProgress,
  isPathComplete,
  moduleStatus,
  pathProgress,
  ProgressSchema,
  recordAttempt,
  recordPlace,
  storedProgressState,
  type Progress,
} from '#src/features/training/progress/progress.ts';
import { MAX_VALUE_LENGTH, type StorageLike } from '#src/lib/storage.ts';
import { fakeStorage, NOW, LATER, sample } from '#test/unit/features/training/progress/helpers.ts';

describe('recordAttempt', () => {
  it('counts attempts, keeps the best score and the first pass date', () => {
    let p = recordAttempt(emptyProgress(), 'due-diligence', 0.6, false, NOW);
    expect(p.modules['due-diligence']).toEqual({ attempts: 1, bestScore: 0.6, passed: false });
    p = recordAttempt(p, 'due-diligence', 0.85, true, NOW);
    p = recordAttempt(p, 'due-diligence', 0.7, false, LATER);
    expect(p.modules['due-diligence']).toEqual({
      attempts: 3,
      bestScore: 0.85,
      passed: true,
      completedAt: NOW.toISOString(),
    });
  });

  it('does not change its input', () => {
    const before = emptyProgress();
    recordAttempt(before, 'why-it-matters', 1, true, NOW);
    expect(before).toEqual(emptyProgress());
  });

  it('clamps impossible ratios', () => {
    expect(recordAttempt(emptyProgress(), 'a', 7, true, NOW).modules.a?.bestScore).toBe(1);
    expect(recordAttempt(emptyProgress(), 'a', Number.NaN, false, NOW).modules.a?.bestScore).toBe(0);
  });
});

describe('paths', () => {
  it('is complete only when every module is passed', () => {
    const p = sample();
    expect(isPathComplete(p, ['why-it-matters'])).toBe(true);
    expect(isPathComplete(p, ['why-it-matters', 'understanding-risk'])).toBe(false);
    expect(isPathComplete(p, [])).toBe(false);
    expect(pathProgress(p, ['why-it-matters', 'understanding-risk', 'due-diligence'])).toEqual({ done: 1, total: 3 });
  });
});

describe('progress store', () => {
  it('survives a reload', () => {
    const storage = fakeStorage();
    expect(createProgressStore(storage).write(sample())).toBe(true);
    expect(createProgressStore(storage).read()).toEqual(sample());
  });

  it('uses a versioned key', () => {
    expect(createProgressStore(fakeStorage()).key).toBe('va:v1:progress');
  });

  const bad: [string, string][] = [
    ['corrupted JSON', '{"version":1,"modules":{'],
    ['the wrong shape', JSON.stringify({ version: 1, modules: [] })],
    ['another version', JSON.stringify({ version: 2, modules: {} })],
    ['foreign data', JSON.stringify({ theme: 'dark', items: [1, 2, 3] })],
    ['an invalid score', JSON.stringify({ version: 1, modules: { a: { passed: true, attempts: 1, bestScore: 4 } } })],
    ['an unknown field', JSON.stringify({ version: 1, modules: {}, tracking: 'id-123' })],
    ['an oversized value', JSON.stringify({ version: 1, modules: {}, learnerName: 'x'.repeat(MAX_VALUE_LENGTH) })],
    ['a non-JSON string', 'hello'],
  ];
  for (const [label, raw] of bad) {
    it(`reads ${label} as empty without throwing`, () => {
      const storage = fakeStorage();
      const store = createProgressStore(storage);
      storage.map.set(store.key, raw);
      expect(() => store.read()).not.toThrow();
      expect(store.read()).toEqual(emptyProgress());
    });
  }

  it('reads as empty when storage itself throws', () => {
    const broken: StorageLike = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('quota');
      },
      removeItem: () => {},
    };
    const store = createProgressStore(broken);
    expect(store.read()).toEqual(emptyProgress());
    expect(store.write(sample())).toBe(false);
  });

  it('refuses to write invalid progress', () => {
    const storage = fakeStorage();
    const store = createProgressStore(storage);
    const invalid = { version: 1, modules: { a: { passed: true, attempts: -1 } } } as unknown as Progress;
    expect(store.write(invalid)).toBe(false);
    expect(storage.map.size).toBe(0);
  });
});

describe('storedProgressState', () => {
  it('tells empty, valid and damaged storage apart without throwing', () => {
    const storage = fakeStorage();
    expect(storedProgressState(storage)).toBe('empty');
    createProgressStore(storage).write(sample());
    expect(storedProgressState(storage)).toBe('ok');
    storage.setItem('va:v1:progress', '{"version":1,"modules":{"x":{"passed":"yes"}}}');
    expect(storedProgressState(storage)).toBe('damaged');
    storage.setItem('va:v1:progress', 'not json');
    expect(storedProgressState(storage)).toBe('damaged');
    const throwing: StorageLike = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {},
      removeItem: () => {},
    };
    expect(storedProgressState(throwing)).toBe('empty');
  });
});

describe('the place in a module read as a course', () => {
  it('records the lesson (or the quiz) and the lessons opened, and nothing else', () => {
    let p = recordAttempt(emptyProgress(), 'm', 0.5, false);
    p = recordPlace(p, 'm', 2, 4);
    p = recordPlace(p, 'm', 1, 4);
    expect(p.modules.m).toMatchObject({ attempts: 1, bestScore: 0.5, at: 1, seen: [1, 2] });
    p = recordPlace(p, 'm', 5, 4); // the quiz
    expect(p.modules.m).toMatchObject({ at: 5, seen: [1, 2] });
    expect(recordPlace(emptyProgress(), 'n', 99, 4).modules.n).toEqual({ passed: false, attempts: 0, at: 5 });
    expect(moduleStatus(recordPlace(emptyProgress(), 'n', 2, 4), 'n')).toBe('not-started');
  });

  it('is stored and read back; a place out of range is refused as damaged', () => {
    const p = recordPlace(emptyProgress(), 'm', 3, 4);
    expect(ProgressSchema.safeParse(p).success).toBe(true);
    expect(ProgressSchema.safeParse({ ...p, modules: { m: { ...p.modules.m, at: 0 } } }).success).toBe(false);
    expect(ProgressSchema.safeParse({ ...p, modules: { m: { ...p.modules.m, seen: [51] } } }).success).toBe(false);
  });
});
