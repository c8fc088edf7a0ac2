/**
 * Translation notices, from the state the overlay model gives a translation: a fixture English
 * entry and its French translation, then the English text changes (stale) or there is no
 * translation (missing).
 */
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { noticeFor, wordsLang } from '#src/lib/i18n/notice.ts';
import { resolveTranslation } from '#src/lib/i18n/overlay.ts';
import { textStamp, type TranslatableFields } from '#src/lib/i18n/translatable.ts';

const spec: TranslatableFields = { text: ['title', 'summary'], vocabulary: [], body: true };
const schema = z.object({ title: z.string(), summary: z.string(), lastReviewed: z.string() });
const english = {
  data: { title: 'Dual use', summary: 'Research that can serve harm as well as good.', lastReviewed: '2026-11-21' },
  body: '## Why it matters\n\nMost research is open.\n',
};
const french = (stamp: string) => ({
  data: {
    translationOf: stamp,
    translated: '2026-12-02',
    title: 'Double usage',
    summary: 'Une recherche qui peut nuire comme servir.',
  },
  body: '## Pourquoi c’est important\n\nLa plupart des recherches sont ouvertes.\n',
});

describe('translation notices', () => {
  it('say nothing for a current translation', () => {
    const resolved = resolveTranslation(english, french(textStamp(english.data, english.body, spec)), spec, schema);
    expect(resolved.state).toBe('translated');
    expect(noticeFor([resolved.state], true)).toBeUndefined();
    expect(wordsLang(resolved)).toBeUndefined();
  });

  it('say the English changed when the English text changed since the translation (stale)', () => {
    const stamp = textStamp(english.data, english.body, spec);
    const changed = { ...english, body: `${english.body}\nA new paragraph.\n` };
    const resolved = resolveTranslation(changed, french(stamp), spec, schema);
    expect(resolved.state).toBe('stale');
    expect(resolved.data.title).toBe('Double usage'); // the French still shows
    expect(noticeFor([resolved.state], true)).toBe('stale');
    expect(wordsLang(resolved)).toBeUndefined();
  });

  it('do not change when only a date changes (not text)', () => {
    const stamp = textStamp(english.data, english.body, spec);
    const redated = { ...english, data: { ...english.data, lastReviewed: '2027-01-05' } };
    expect(resolveTranslation(redated, french(stamp), spec, schema).state).toBe('translated');
  });

  it('say the page is in English when there is no translation, and mark its words as English', () => {
    expect(noticeFor(['missing'], true)).toBe('missing');
    expect(wordsLang({ state: 'missing' })).toBe('en');
  });

  it('speak of a part of the page on list pages, untranslated before stale', () => {
    expect(noticeFor(['translated', 'stale', 'translated'], false)).toBe('partStale');
    expect(noticeFor(['stale', 'missing'], false)).toBe('partMissing');
    expect(noticeFor(['original', 'original'], false)).toBeUndefined();
    expect(noticeFor([], false)).toBeUndefined();
  });
});
