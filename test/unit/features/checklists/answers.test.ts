import { describe, expect, it } from 'vitest';
import { answerStore } from '#src/features/checklists/answers.ts';
import { simple, memoryStorage } from './helpers.ts';

describe('saved answers', () => {
  const inst = simple('maturity');
  const key = 'va:v1:checklist:test-maturity';
  const empty = { answers: {}, updatedAt: null };

  it.each([
    [
      'valid data',
      { answers: { a1: 'yes', b2: 'na' }, updatedAt: '2026-11-21T10:00:00Z' },
      { answers: { a1: 'yes', b2: 'na' }, updatedAt: '2026-11-21T10:00:00Z' },
    ],
    [
      'a removed item',
      { answers: { a1: 'yes', gone: 'yes' }, updatedAt: 't' },
      { answers: { a1: 'yes' }, updatedAt: 't' },
    ],
    [
      'a value not on the scale',
      { answers: { a1: 'maybe', a2: 'no' }, updatedAt: 't' },
      { answers: { a2: 'no' }, updatedAt: 't' },
    ],
    [
      'a value of the wrong type',
      { answers: { a1: 1, a2: null, b1: ['yes'], b2: 'partly' }, updatedAt: 't' },
      { answers: { b2: 'partly' }, updatedAt: 't' },
    ],
    [
      'a prototype key',
      JSON.parse('{"answers":{"__proto__":"yes","a1":"no"},"updatedAt":"t"}'),
      { answers: { a1: 'no' }, updatedAt: 't' },
    ],
    ['the wrong shape', { answers: ['yes'], updatedAt: 't' }, empty],
    ['a missing timestamp', { answers: { a1: 'yes' } }, empty],
    ['not an object', 'yes', empty],
  ] as [string, unknown, unknown][])('reading %s', (_name, stored, expected) => {
    const storage = memoryStorage({ [key]: JSON.stringify(stored) });
    expect(answerStore(inst, storage).read()).toEqual(expected);
  });

  it.each([
    ['unparsable JSON', '{not json'],
    ['an empty string', ''],
  ])('reading %s gives the empty fallback', (_name, raw) => {
    expect(answerStore(inst, memoryStorage({ [key]: raw })).read()).toEqual(empty);
  });

  it('writes under the versioned per-instrument key and reads back', () => {
    const storage = memoryStorage();
    const store = answerStore(inst, storage);
    expect(store.key).toBe(key);
    expect(store.write({ answers: { a1: 'yes', bogus: 'x' }, updatedAt: '2026-11-21T10:00:00Z' })).toBe(true);
    expect(JSON.parse(storage.data.get(key)!)).toEqual({ answers: { a1: 'yes' }, updatedAt: '2026-11-21T10:00:00Z' });
    expect(store.read().answers).toEqual({ a1: 'yes' });
    store.clear();
    expect(store.read()).toEqual(empty);
  });

  it('keeps instruments apart', () => {
    const storage = memoryStorage();
    answerStore(inst, storage).write({ answers: { a1: 'yes' }, updatedAt: 't' });
    expect(answerStore({ ...inst, id: 'other' }, storage).read()).toEqual(empty);
  });
});

// ---------------------------------------------------------------------------------------------
// The published instruments
// ---------------------------------------------------------------------------------------------
