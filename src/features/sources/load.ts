/** The sources page's data: every source, by publisher then title, and the pages citing each. */
import { getCollection } from 'astro:content';
import { sourceCitations } from '#src/lib/content.ts';

export async function loadSources() {
  const sources = (await getCollection('sources')).sort(
    (a, b) => a.data.publisher.localeCompare(b.data.publisher) || a.data.title.localeCompare(b.data.title),
  );
  return { sources, citedBy: await sourceCitations() };
}
