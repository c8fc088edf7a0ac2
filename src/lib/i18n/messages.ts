/**
 * UI messages: `t(key, vars)` fills a string's `{name}` placeholders; `tn(base, count, vars)` picks
 * the plural form `<base>.one` or `<base>.other` with `Intl.PluralRules` for the locale (French
 * says "0 résultat", English "0 results") and fills `{count}` too.
 *
 * The same two functions on the server (src/ui/i18n.ts, over the whole dictionary) and in islands
 * and page scripts (over the strings the page picked for them with `pick`), so a key that is not
 * in the strings is a type error, never a raw key on screen. Dependency-free and small: it ships in
 * island bundles.
 */
import { fill, type Vars } from '#src/lib/template.ts';
import { INTL_LOCALE, type Locale } from './locale.ts';

export type { Vars };

/** Strings handed to an island or a page script: exactly the keys it uses. */
export type Strings<K extends string> = Readonly<Record<K, string>>;

/** The plural bases among some keys: `x.count` when both `x.count.one` and `x.count.other` are there. */
export type PluralBase<K extends string> = PluralBaseOf<K, K>;
type PluralBaseOf<K extends string, All extends string> = K extends `${infer B}.other`
  ? `${B}.one` extends All
    ? B
    : never
  : never;

const rules = new Map<Locale, Intl.PluralRules>();

/**
 * The plural form of a count: `one` or `other`. Categories other than `one` (French `many`, used
 * for millions) take the `other` form, as CLDR prescribes when a language has no form of its own.
 */
export function pluralForm(locale: Locale, count: number): 'one' | 'other' {
  let r = rules.get(locale);
  if (!r) {
    r = new Intl.PluralRules(INTL_LOCALE[locale]);
    rules.set(locale, r);
  }
  return r.select(count) === 'one' ? 'one' : 'other';
}

export interface Messages<K extends string> {
  readonly locale: Locale;
  /** The string of `key` with its placeholders filled. */
  t(key: K, vars?: Vars): string;
  /** The plural form of `base` for `count`, with `{count}` and the other placeholders filled. */
  tn(base: PluralBase<K>, count: number, vars?: Vars): string;
}

export function messages<K extends string>(strings: Strings<K>, locale: Locale): Messages<K> {
  const get = (key: K): string => {
    const s = strings[key];
    if (typeof s !== 'string') throw new Error(`UI string "${key}" was not given (pick it for this island or page)`);
    return s;
  };
  return {
    locale,
    t: (key, vars) => fill(get(key), vars),
    tn: (base, count, vars) => fill(get(`${base}.${pluralForm(locale, count)}` as K), { count, ...vars }),
  };
}
