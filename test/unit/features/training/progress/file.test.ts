import { describe, expect, it } from 'vitest';
import { applyImport, exportProgress, importProgress, mergeProgress } from '#src/features/training/progress/file.ts';
import { recordPlace } from '#src/features/training/progress/progress.ts';
import {
  createProgressStore,
  emptyProgress,
  PROGRESS_FORMAT,
  recordAttempt,
  setLearnerName,
} from '#src/features/training/progress/progress.ts';
import { MAX_VALUE_LENGTH } from '#src/lib/storage.ts';
import { fakeStorage, NOW, LATER, sample } from '#test/unit/features/training/progress/helpers.ts';

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

  it('keeps this browser’s place in a module and the lessons opened in either', () => {
    const here = recordPlace(recordPlace(emptyProgress(), 'x', 1, 4), 'x', 2, 4);
    const file = recordPlace(recordPlace(emptyProgress(), 'x', 4, 4), 'z', 3, 4);
    const m = mergeProgress(here, file);
    expect(m.modules.x).toEqual({ passed: false, attempts: 0, at: 2, seen: [1, 2, 4] });
    expect(m.modules.z).toMatchObject({ at: 3, seen: [3] });
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
