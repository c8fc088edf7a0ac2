/** The area explorer on the real areas and technology lists: words a researcher would type find the right areas. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMarkdownFile, parseYaml } from '#scripts/lib/content-files.ts';
import { listsNaming, type TechListLike } from '#src/features/areas/lists/lists.ts';
import {
  buildIndex,
  explore,
  toExplorerArea,
  type AreaDataLike,
  type ExplorerArea,
} from '#src/features/areas/explorer/explorer.ts';

// The real content: getCollection() is not available in Vitest, so read the files directly.
const contentDir = new URL('../../content/', import.meta.url);
const frontmatter = (text: string) => parseMarkdownFile(text).data as Record<string, unknown>;
type ListFile = Omit<TechListLike, 'id'> & { order: number };
const files = (dir: string): string[] => readdirSync(new URL(dir, contentDir)).map(String);
const lists = files('technology-lists/')
  .filter((f: string) => f.endsWith('.yaml'))
  .map((f: string) => ({
    id: f.replace(/\.yaml$/, ''),
    ...(parseYaml(readFileSync(new URL(`technology-lists/${f}`, contentDir), 'utf8')) as ListFile),
  }))
  .map((l) => ({ ...l, items: l.items.map((i) => ({ ...i, highestRisk: i.highestRisk ?? false })) }))
  .sort((a, b) => a.order - b.order);
const realAreas: ExplorerArea[] = files('areas/')
  .filter((f: string) => f.endsWith('.md'))
  .map((f: string) => {
    const id = f.replace(/\.md$/, '');
    const data = frontmatter(readFileSync(new URL(`areas/${f}`, contentDir), 'utf8')) as unknown as AreaDataLike;
    return toExplorerArea(
      id,
      { ...data, disciplines: data.disciplines ?? [] },
      `/areas/${id}/`,
      listsNaming(id, lists),
      (j) => `J:${j}`,
    );
  });
const real = buildIndex(realAreas);
const top = (text: string, disciplines: string[] = []) => {
  const r = explore(real, { text, disciplines });
  return r.status === 'match' ? r.matches.map((m) => m.area.id) : [];
};

describe('explore: the real areas', () => {
  it('has the content it is tested against', () => {
    expect(realAreas.length).toBe(files('areas/').filter((f) => f.endsWith('.md')).length);
    expect(lists.length).toBeGreaterThanOrEqual(6);
  });
  it('"CRISPR" → biotechnology first', () => expect(top('CRISPR')[0]).toBe('biotechnology'));
  it('"qubit" and "qubits" → quantum first', () => {
    expect(top('qubit')[0]).toBe('quantum');
    expect(top('Qubits')[0]).toBe('quantum');
  });
  it('"lidar" → advanced sensing first', () => expect(top('lidar')[0]).toBe('advanced-sensing'));
  it('"I work on gene drives in mosquitoes" → biotechnology first', () =>
    expect(top('I work on gene drives in mosquitoes')[0]).toBe('biotechnology'));
  it('a sentence about drones and machine learning finds both areas', () => {
    const ids = top('Machine learning for swarms of drones');
    expect(ids.slice(0, 2).sort()).toEqual(['artificial-intelligence', 'robotics-and-autonomy']);
  });
  it('accents and case do not matter', () => expect(top('Réseaux 5G et SATCOM')[0]).toBe('advanced-communications'));
  it('"patient data from a biobank" → a data area first', () =>
    expect(['genomics-and-health-data', 'sensitive-data']).toContain(top('patient data from a biobank')[0]));
  it('nonsense → no result, with suggestions', () => {
    const r = explore(real, { text: 'xqzv blorfle wugga' }, ['crispr']);
    expect(r.status).toBe('no-match');
    expect(r.matches).toEqual([]);
    expect(r.status !== 'match' && r.suggestions.length).toBeGreaterThan(0);
  });
  it('a typo gets a "did you mean"', () => {
    const r = explore(real, { text: 'quantom' });
    expect(r.status === 'match' ? 'match' : r.suggestions).toContain('quantum');
  });
  it('returns the lists that name each matched area', () => {
    const r = explore(real, { text: 'CRISPR' });
    if (r.status !== 'match') throw new Error('expected a match');
    const names = r.matches[0]!.area.lists.map((l) => l.name);
    expect(names.length).toBeGreaterThanOrEqual(5);
    expect(r.matches[0]!.area.lists[0]!.jurisdiction).toMatch(/^J:/);
    expect(r.matches[0]!.matched.map((m) => m.label)).toContain('crispr');
  });
  it('a discipline alone lists the areas where it is usual', () => {
    const ids = top('', ['Molecular biology']);
    expect(ids).toEqual(['biotechnology']);
  });
});
