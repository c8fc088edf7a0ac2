/**
 * French search on the built site: the French pages have their own Pagefind index (from their
 * `<html lang="fr">`), their own lexicon (synonyms.fr.yaml + the French glossary's aliases) and
 * vocabulary. Asked exactly as the interface on a /fr/ page asks (test/helpers/search-node.ts):
 * French questions in researchers' words find French pages first, and nothing a French search
 * returns is an English page. Its facet values are the same keys as in English, with French labels.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FACETS } from '#src/features/search/search.ts';
import { nodeSearch, searchPageLabels } from '#test/helpers/search-node.ts';

const DIST = resolve(process.env.DIST_DIR ?? 'dist');

/** French questions and the pages (any one of them) that answer them. */
const QUESTIONS: { q: string; answers: string[] }[] = [
  { q: 'double usage', answers: ['/fr/glossary/#dual-use', '/fr/areas/dual-use/', '/fr/export-controls/'] },
  {
    q: 'biens à double usage',
    answers: [
      '/fr/glossary/#dual-use',
      '/fr/areas/dual-use/',
      '/fr/export-controls/',
      '/fr/tracker/eu-dual-use-regulation-2021/',
    ],
  },
  { q: 'contrôle des exportations', answers: ['/fr/export-controls/', '/fr/glossary/#export-control'] },
  { q: 'doctorant étranger', answers: [] },
  {
    q: 'puis-je emporter mon ordinateur portable à l’étranger',
    answers: ['/fr/training/travel-and-visitors/', '/fr/case-studies/fieldwork-devices/'],
  },
  { q: 'hameçonnage', answers: ['/fr/glossary/#phishing'] },
  { q: 'ingérence étrangère', answers: ['/fr/glossary/#foreign-interference'] },
  {
    q: 'diligence raisonnable partenaire',
    answers: [
      '/fr/practices/due-diligence/',
      '/fr/training/due-diligence/',
      '/fr/glossary/#due-diligence',
      '/fr/checklists/pre-collaboration/',
    ],
  },
];

describe('search in French', () => {
  let search: Awaited<ReturnType<typeof nodeSearch>>;
  beforeAll(async () => {
    search = await nodeSearch(DIST, 'fr');
  });

  it('has a French lexicon with the French synonyms and the glossary’s French names', () => {
    const lexicon = JSON.parse(readFileSync(join(DIST, 'search', 'lexicon.fr.json'), 'utf8')) as {
      equivalents: string[][];
    };
    const sets = lexicon.equivalents.map((set) => set.join(' | '));
    expect(sets.some((s) => s.includes('doctorant') && s.includes('thésard'))).toBe(true);
    expect(sets.some((s) => s.includes('ordinateur portable') && s.includes('téléphone'))).toBe(true);
    expect(sets.some((s) => s.includes('double usage') && s.includes('biens à double usage'))).toBe(true);
  });

  it.each(QUESTIONS)('“$q” finds French pages only, an answer among the first three', async ({ q, answers }) => {
    const { urls } = await search.ask(q, 10);
    expect(urls.length, q).toBeGreaterThan(0);
    expect(
      urls.filter((u) => !u.startsWith('/fr/')),
      q,
    ).toEqual([]);
    if (answers.length > 0)
      expect(
        urls.slice(0, 3).some((u) => answers.includes(u)),
        `${q} → ${urls.slice(0, 3).join(', ')}`,
      ).toBe(true);
  });

  it('widens “doctorant” with the French equivalents', async () => {
    const { added, urls } = await search.ask('doctorant', 10);
    expect(added).toContain('thésard');
    expect(urls.every((u) => u.startsWith('/fr/'))).toBe(true);
  });

  it('returns no English page for any query, facets included (the French index holds French pages only)', async () => {
    const all = await search.pagefind.search(null, { filters: {} });
    const data = await Promise.all((all?.results ?? []).slice(0, 200).map((r) => r.data()));
    expect(data.length).toBeGreaterThan(100);
    expect(data.map((d) => d.url).filter((u) => !u.startsWith('/fr/'))).toEqual([]);
  });

  it('has the same facet keys as English, labelled in French', async () => {
    const totals = await search.pagefind.filters();
    const [fr, en] = await Promise.all([searchPageLabels(DIST, 'fr'), searchPageLabels(DIST, 'en')]);
    for (const facet of FACETS) {
      expect(Object.keys(fr[facet] ?? {}).sort(), facet).toEqual(Object.keys(en[facet] ?? {}).sort());
      for (const value of Object.keys(totals[facet] ?? {}))
        expect(fr[facet]?.[value], `${facet} = ${value} has a French label`).toBeTruthy();
    }
    expect(Object.keys(totals.type ?? {})).toEqual(expect.arrayContaining(['module', 'caseStudy', 'glossary']));
    expect(Object.keys(totals.jurisdiction ?? {})).toContain('canada');
    expect(fr.type?.module).toBe('Module de formation');
  });
});
