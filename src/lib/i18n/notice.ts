/**
 * What a page in another language says about its translation: nothing when every entry it shows is
 * translated (or the page is in English), else a short notice linking to the English page. Pure:
 * src/ui/TranslationNotice.astro renders it.
 */
export type NoticeState = 'original' | 'translated' | 'stale' | 'missing';

/** The UI key of the notice (`translation.<kind>`), or undefined when there is nothing to say. */
export type NoticeKind = 'missing' | 'stale' | 'partMissing' | 'partStale';

/**
 * The notice for a page that shows one entry (`whole`: its words are the page's) or several (a list,
 * a table): an untranslated entry says the page, or a part of it, is in English; a stale one says the
 * English changed since. Untranslated wins over stale.
 */
export function noticeFor(states: readonly NoticeState[], whole: boolean): NoticeKind | undefined {
  const missing = states.some((s) => s === 'missing');
  const stale = states.some((s) => s === 'stale');
  if (!missing && !stale) return undefined;
  if (whole) return missing ? 'missing' : 'stale';
  return missing ? 'partMissing' : 'partStale';
}

/**
 * The language to mark on an entry's words on a page: the English locale for an untranslated
 * entry shown on a page in another language, else undefined (the page's own language).
 */
export function wordsLang(translation: { state: NoticeState } | undefined): 'en' | undefined {
  return translation?.state === 'missing' ? 'en' : undefined;
}
