/**
 * Unit tests never read the real content: the id index behind every schema reference
 * (src/schemas/content-index.ts) points at a small fixture folder, whose file names are the ids the
 * tests refer to. A test that needs other content makes its own in a temporary folder.
 */
import { resolve } from 'node:path';
import { setContentRoot } from '#src/schemas/content-index.ts';

setContentRoot(resolve(import.meta.dirname, '../fixtures/unit-content'));
