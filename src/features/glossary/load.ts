/** The glossary's data: every term of `content/glossary/`. */
import { sorted } from '#src/lib/content.ts';

export const loadTerms = () => sorted('glossary');
