/**
 * The UI strings of the academy and the one way to use them.
 *
 * Strings live beside the code that shows them: `src/ui/i18n/<locale>.json` for the page chrome
 * (header, footer, sources, shared words such as stakeholder names) and
 * `src/features/<feature>/i18n/<locale>.json` for each feature. Keys are flat and dotted
 * (`checklists.paper.heading`); plural strings come as `<key>.one` and `<key>.other`. English and
 * French have the same keys (test/unit/ui/i18n.test.ts).
 *
 * `UiKey` is the union of the English keys, so `t('checklists.papr.heading')` is a type error that
 * `npm run check` reports. Pages and components call `translatorFor(Astro.currentLocale)`;
 * islands and page scripts get exactly the strings they use with `pick([...keys])` and read them
 * with `messages()` (src/lib/i18n/messages.ts), so no dictionary ships to the browser.
 *
 * Adding a string: add the key to the feature's `en.json` and `fr.json`, then use it.
 */
import { DEFAULT_LOCALE, toLocale, type Locale } from '#src/lib/i18n/locale.ts';
import { messages, type Messages, type PluralBase, type Strings } from '#src/lib/i18n/messages.ts';
import coreEn from './i18n/en.json' with { type: 'json' };
import coreFr from './i18n/fr.json' with { type: 'json' };
import areasEn from '#src/features/areas/i18n/en.json' with { type: 'json' };
import areasFr from '#src/features/areas/i18n/fr.json' with { type: 'json' };
import caseStudiesEn from '#src/features/case-studies/i18n/en.json' with { type: 'json' };
import caseStudiesFr from '#src/features/case-studies/i18n/fr.json' with { type: 'json' };
import checklistsEn from '#src/features/checklists/i18n/en.json' with { type: 'json' };
import checklistsFr from '#src/features/checklists/i18n/fr.json' with { type: 'json' };
import compareEn from '#src/features/compare/i18n/en.json' with { type: 'json' };
import compareFr from '#src/features/compare/i18n/fr.json' with { type: 'json' };
import frameworkEn from '#src/features/framework/i18n/en.json' with { type: 'json' };
import frameworkFr from '#src/features/framework/i18n/fr.json' with { type: 'json' };
import glossaryEn from '#src/features/glossary/i18n/en.json' with { type: 'json' };
import glossaryFr from '#src/features/glossary/i18n/fr.json' with { type: 'json' };
import jurisdictionsEn from '#src/features/jurisdictions/i18n/en.json' with { type: 'json' };
import jurisdictionsFr from '#src/features/jurisdictions/i18n/fr.json' with { type: 'json' };
import offlineEn from '#src/features/offline/i18n/en.json' with { type: 'json' };
import offlineFr from '#src/features/offline/i18n/fr.json' with { type: 'json' };
import searchEn from '#src/features/search/i18n/en.json' with { type: 'json' };
import searchFr from '#src/features/search/i18n/fr.json' with { type: 'json' };
import sourcesEn from '#src/features/sources/i18n/en.json' with { type: 'json' };
import sourcesFr from '#src/features/sources/i18n/fr.json' with { type: 'json' };
import siteEn from '#src/features/site/i18n/en.json' with { type: 'json' };
import siteFr from '#src/features/site/i18n/fr.json' with { type: 'json' };
import timelineEn from '#src/features/timeline/i18n/en.json' with { type: 'json' };
import timelineFr from '#src/features/timeline/i18n/fr.json' with { type: 'json' };
import trackerEn from '#src/features/tracker/i18n/en.json' with { type: 'json' };
import trackerFr from '#src/features/tracker/i18n/fr.json' with { type: 'json' };
import trainingEn from '#src/features/training/i18n/en.json' with { type: 'json' };
import trainingFr from '#src/features/training/i18n/fr.json' with { type: 'json' };
import whatsNewEn from '#src/features/whats-new/i18n/en.json' with { type: 'json' };
import whatsNewFr from '#src/features/whats-new/i18n/fr.json' with { type: 'json' };

const EN = {
  ...coreEn,
  ...areasEn,
  ...caseStudiesEn,
  ...checklistsEn,
  ...compareEn,
  ...frameworkEn,
  ...glossaryEn,
  ...jurisdictionsEn,
  ...offlineEn,
  ...searchEn,
  ...siteEn,
  ...sourcesEn,
  ...timelineEn,
  ...trackerEn,
  ...trainingEn,
  ...whatsNewEn,
};

/** Every UI string key: the keys of the English dictionaries. */
export type UiKey = keyof typeof EN;
/** What follows `prefix` in the keys that start with it: `KeySuffix<'type.'>` is 'page' | 'framework' | …. */
export type KeySuffix<P extends string> = SuffixOf<UiKey, P>;
type SuffixOf<K extends string, P extends string> = K extends `${P}${infer R}` ? R : never;

/** The keys that start with `prefix`. */
export type KeyWithPrefix<P extends string> = Extract<UiKey, `${P}${string}`>;

/** Keys with plural forms (`<base>.one`, `<base>.other`), for `tn`. */
export type PluralKey = PluralBase<UiKey>;

/** locale → key → string. French must have every English key (a unit test checks it). */
export const DICTIONARIES: Record<Locale, Strings<UiKey>> = {
  en: EN,
  fr: {
    ...coreFr,
    ...areasFr,
    ...caseStudiesFr,
    ...checklistsFr,
    ...compareFr,
    ...frameworkFr,
    ...glossaryFr,
    ...jurisdictionsFr,
    ...offlineFr,
    ...searchFr,
    ...siteFr,
    ...sourcesFr,
    ...timelineFr,
    ...trackerFr,
    ...trainingFr,
    ...whatsNewFr,
  },
};

export interface Translator extends Messages<UiKey> {
  /** The strings of `keys`, to hand to an island or a page script (as its `strings` prop). */
  pick<K extends UiKey>(keys: readonly K[]): Strings<K>;
}

/** The translator of a page: `const { t, tn, pick, locale } = translatorFor(Astro.currentLocale)`. */
export function translatorFor(locale: string | undefined = DEFAULT_LOCALE): Translator {
  const lang = toLocale(locale);
  const dict = DICTIONARIES[lang];
  return {
    ...messages(dict, lang),
    pick: (keys) => Object.fromEntries(keys.map((key) => [key, dict[key]])) as Strings<(typeof keys)[number]>,
  };
}
