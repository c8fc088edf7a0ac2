/** The tracker's data: one page per instrument of `content/instruments/`. */
import { entryPaths, sorted } from '#src/lib/content.ts';

export const trackerPaths = async () => entryPaths(await sorted('instruments'));
