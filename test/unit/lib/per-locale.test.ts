import { describe, expect, it } from 'vitest';
import { oncePerLocale } from '#src/lib/per-locale.ts';

describe('oncePerLocale', () => {
  it('works each locale out once and gives every caller the same value', () => {
    const made: string[] = [];
    const lookup = oncePerLocale((locale) => {
      made.push(locale);
      return { locale };
    });
    const first = lookup('fr');
    expect(lookup('fr')).toBe(first);
    expect(lookup('en')).toEqual({ locale: 'en' });
    expect(made).toEqual(['fr', 'en']);
  });

  it('keeps a promise, so that pages rendered at the same time share one piece of work', async () => {
    let calls = 0;
    const lookup = oncePerLocale(async () => {
      calls += 1;
      return calls;
    });
    expect(await Promise.all([lookup('en'), lookup('en')])).toEqual([1, 1]);
    expect(calls).toBe(1);
  });
});
