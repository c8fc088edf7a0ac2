/** The site pages' data: the guides that stand as pages of their own (about, export controls, help). */
import { getEntry } from 'astro:content';

/** A guide by id (`content/guides/<id>.md`); fails the build when it is missing. */
export async function loadGuide(id: 'about' | 'export-controls' | 'help') {
  const entry = await getEntry('guides', id);
  if (!entry) throw new Error(`content/guides/${id}.md is missing`);
  return entry;
}
