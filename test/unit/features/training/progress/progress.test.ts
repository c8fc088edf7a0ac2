import { describe, expect, it } from 'vitest';
import {
  applyImport,
  certificateFor,
  contentHash,
  createProgressStore,
  emptyProgress,
  exportProgress,
  importProgress,
  isPathComplete,
  mergeProgress,
  missingModules,
  moduleStatus,
  pathProgress,
  progressCounts,
  PROGRESS_FORMAT,
  recordAttempt,
  setLearnerName,
  storedProgressState,
  type Progress,
} from '#src/features/training/progress/progress.ts';
import { MAX_VALUE_LENGTH, type StorageLike } from '#src/lib/storage.ts';

/** A Map-backed stand-in for localStorage. */
function fakeStorage(): StorageLike & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, String(v)),
    removeItem: (k) => void map.delete(k),
  };
}

const NOW = new Date('2026-11-21T10:00:00.000Z');
const LATER = new Date('2026-11-22T09:30:00.000Z');

function sample(): Progress {
  let p = emptyProgress();
  p = recordAttempt(p, 'why-it-matters', 0.9, true, NOW);
  p = recordAttempt(p, 'understanding-risk', 0.5, false, NOW);
  return setLearnerName(p, 'Sam Learner');
}

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

describe('export and import', () => {
  it('round-trips', () => {
    const text = exportProgress(sample(), LATER);
    const data = JSON.parse(text);
    expect(data.format).toBe(PROGRESS_FORMAT);
    expect(data.version).toBe(1);
    const result = importProgress(text);
    expect(result).toEqual({ ok: true, progress: sample() });
  });

  const refused: [string, unknown][] = [
    ['empty text', ''],
    ['not a string', 42],
    ['bad JSON', '{ not json'],
    ['a JSON array', '[1,2,3]'],
    [
      'the wrong format marker',
      JSON.stringify({
        format: 'other-app',
        version: 1,
        exportedAt: '2026-11-21',
        progress: { version: 1, modules: {} },
      }),
    ],
    ['a missing format marker', JSON.stringify({ version: 1, modules: {} })],
    [
      'the wrong version',
      JSON.stringify({
        format: PROGRESS_FORMAT,
        version: 2,
        exportedAt: '2026-11-21',
        progress: { version: 2, modules: {} },
      }),
    ],
    [
      'one invalid module among valid ones',
      JSON.stringify({
        format: PROGRESS_FORMAT,
        version: 1,
        exportedAt: '2026-11-21',
        progress: { version: 1, modules: { good: { passed: true, attempts: 1 }, bad: { passed: 'yes', attempts: 1 } } },
      }),
    ],
    ['a file that is too big', JSON.stringify({ format: PROGRESS_FORMAT, pad: 'x'.repeat(MAX_VALUE_LENGTH) })],
  ];
  for (const [label, input] of refused) {
    it(`refuses ${label} with a message and leaves existing progress untouched`, () => {
      const storage = fakeStorage();
      const store = createProgressStore(storage);
      store.write(sample());
      const before = storage.map.get(store.key);

      const result = importProgress(input);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.key).toMatch(/^training\.progress\.importError\./);

      expect(storage.map.get(store.key)).toBe(before);
      expect(store.read()).toEqual(sample());
    });
  }

  it('names the version in the message', () => {
    const r = importProgress(JSON.stringify({ format: PROGRESS_FORMAT, version: 2 }));
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.error).toEqual({ key: 'training.progress.importError.version', vars: { version: '2', supported: 1 } });
  });
});

describe('mergeProgress', () => {
  it('keeps the best of both without double counting', () => {
    const a = recordAttempt(emptyProgress(), 'x', 0.5, false, NOW);
    let b = recordAttempt(emptyProgress(), 'x', 0.9, true, LATER);
    b = recordAttempt(b, 'y', 1, true, LATER);
    const m = mergeProgress(a, b);
    expect(m.modules.x).toEqual({
      passed: true,
      attempts: 1,
      bestScore: 0.9,
      completedAt: LATER.toISOString(),
    });
    expect(m.modules.y?.passed).toBe(true);
    expect(mergeProgress(sample(), sample())).toEqual(sample());
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

describe('module status and certificates', () => {
  it('tells passed, attempted and not started apart', () => {
    const p = sample();
    expect(moduleStatus(p, 'why-it-matters')).toBe('passed');
    expect(moduleStatus(p, 'understanding-risk')).toBe('attempted');
    expect(moduleStatus(p, 'due-diligence')).toBe('not-started');
    expect(progressCounts(p, ['why-it-matters', 'understanding-risk', 'due-diligence'])).toEqual({
      passed: 1,
      attempted: 2,
      total: 3,
    });
  });

  it('lists the modules still missing, in path order', () => {
    expect(missingModules(sample(), ['due-diligence', 'why-it-matters', 'understanding-risk'])).toEqual([
      'due-diligence',
      'understanding-risk',
    ]);
  });

  it('stays locked until every module is passed', () => {
    const c = certificateFor(sample(), ['why-it-matters', 'understanding-risk']);
    expect(c).toEqual({ complete: false, missing: ['understanding-risk'], rows: [] });
    expect(certificateFor(sample(), []).complete).toBe(false);
  });

  it('lists dates and best scores, and the path completion date is the last first pass', () => {
    let p = sample();
    p = recordAttempt(p, 'understanding-risk', 0.85, true, LATER);
    p = recordAttempt(p, 'understanding-risk', 1, true, new Date('2026-12-01T00:00:00Z'));
    const c = certificateFor(p, ['why-it-matters', 'understanding-risk']);
    expect(c.complete).toBe(true);
    expect(c.rows).toEqual([
      { id: 'why-it-matters', completedAt: NOW.toISOString(), bestScore: 0.9 },
      { id: 'understanding-risk', completedAt: LATER.toISOString(), bestScore: 1 },
    ]);
    expect(c.completedAt).toBe(LATER.toISOString());
  });
});

describe('applyImport', () => {
  it('merges or replaces', () => {
    const here = recordAttempt(setLearnerName(emptyProgress(), 'Here'), 'due-diligence', 1, true, NOW);
    const file = sample();
    const merged = applyImport(here, file, 'merge');
    expect(Object.keys(merged.modules).sort()).toEqual(['due-diligence', 'understanding-risk', 'why-it-matters']);
    expect(merged.learnerName).toBe('Here');
    expect(applyImport(here, file, 'replace')).toEqual(file);
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
