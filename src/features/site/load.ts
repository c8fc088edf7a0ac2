/** The site pages' data: the About guide. */
import { getEntry } from 'astro:content';

export async function loadAbout() {
  const entry = await getEntry('guides', 'about');
  if (!entry) throw new Error('content/guides/about.mdx is missing');
  return entry;
}
