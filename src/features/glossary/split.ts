/**
 * When the glossary grows past GLOSSARY_SPLIT_AT terms, /glossary/ becomes an index (A–Z, one short
 * entry per term with its `id`, so `/glossary/#<term>` links still land on the term) and the full
 * entries move to one page per letter, /glossary/<letter>/ (`other` for titles that start with no
 * letter A–Z). Every letter has its page in every language, so the pages are the same in each; a
 * term files under the first letter of its title in the page's language.
 */
import { ALPHABET } from '#src/features/framework/framework.ts';

export const GLOSSARY_SPLIT_AT = 200;

export const isGlossarySplit = (terms: number) => terms > GLOSSARY_SPLIT_AT;

/** The path segment of a letter's page: `a` … `z`, `other` for "#". */
export const letterSlug = (letter: string) => (letter === '#' ? 'other' : letter.toLowerCase());

export const glossaryLetterUrl = (letter: string) => `/glossary/${letterSlug(letter)}/`;

/** Every letter's page, "#" included. */
export const GLOSSARY_LETTERS = [...ALPHABET, '#'];
