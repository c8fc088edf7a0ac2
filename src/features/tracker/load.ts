/** The tracker's data: the instruments of `content/instruments/`, with the jurisdictions and sources its pages name. */
import { getCollection } from 'astro:content';
import { entryPaths, sorted } from '#src/lib/content.ts';

export const trackerPaths = async () => entryPaths(await sorted('instruments'));

/** Every instrument. */
export const loadInstruments = () => getCollection('instruments');

/** Everything /tracker/ and an instrument page show: instruments, jurisdictions, sources and dimensions. */
export async function loadTracker() {
  const [instruments, jurisdictions, sources, dimensions] = await Promise.all([
    getCollection('instruments'),
    getCollection('jurisdictions'),
    getCollection('sources'),
    getCollection('dimensions'),
  ]);
  return { instruments, jurisdictions, sources, dimensions };
}
