import { describe, expect, it } from 'vitest';
import { certificateFor } from '#src/features/training/certificate/certificate.ts';
import {
  missingModules,
  moduleStatus,
  progressCounts,
  recordAttempt,
} from '#src/features/training/progress/progress.ts';
import { NOW, LATER, sample } from '#test/unit/features/training/progress/helpers.ts';

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
