/** The glossary's data: every term of `content/glossary/`. */
import { sorted } from '#src/lib/content.ts';
import type { Locale } from '#src/lib/i18n/locale.ts';

/** Every term, in `locale` (the equivalents in other languages are the same data in every locale). */
export const loadTerms = (locale: Locale) => sorted('glossary', locale);
