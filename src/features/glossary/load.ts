/** The glossary's data: every term of `content/glossary/`. */
import { sorted } from '#src/lib/content.ts';
import { DEFAULT_LOCALE, type Locale } from '#src/lib/i18n/locale.ts';
import { GLOSSARY_LETTERS, isGlossarySplit, letterSlug } from './split.ts';

/** Every term, in `locale` (the equivalents in other languages are the same data in every locale). */
export const loadTerms = (locale: Locale) => sorted('glossary', locale);

/** The letter pages of a split glossary (src/features/glossary/split.ts); none while it is one page. */
export async function glossaryLetterPaths() {
  const count = (await sorted('glossary', DEFAULT_LOCALE)).length;
  if (!isGlossarySplit(count)) return [];
  return GLOSSARY_LETTERS.map((letter) => ({ params: { letter: letterSlug(letter) }, props: { letter } }));
}
