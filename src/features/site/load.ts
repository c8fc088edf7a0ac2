/** The site pages' data: the guides that stand as pages of their own (about, export controls, help). */
import { byId } from '#src/lib/content.ts';
import type { Locale } from '#src/lib/i18n/locale.ts';

/** A guide by id (`content/guides/<id>.md`) in `locale`; fails the build when it is missing. */
export async function loadGuide(id: 'about' | 'export-controls' | 'help', locale: Locale) {
  const entry = (await byId('guides', locale)).get(id);
  if (!entry) throw new Error(`content/guides/${id}.md is missing`);
  return entry;
}
