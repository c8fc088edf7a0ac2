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

/**
 * Realistic project descriptions, as a researcher would type them, with the areas each must reach
 * (`should`: at least one of them among the first three results; `[]` means nothing needs to match)
 * and the areas it must not reach at all (`not`). Generic words (centre, data, system, model,
 * network, material, device, study, analysis…) must never pull in an area on their own.
 */
const DESCRIPTIONS: { text: string; should: string[]; not: string[] }[] = [
  { text: 'NV-centre magnetometers', should: ['quantum', 'advanced-sensing'], not: ['advanced-computing'] },
  {
    text: 'NV-centre magnetometers for brain imaging',
    should: ['quantum', 'advanced-sensing'],
    not: ['advanced-computing'],
  },
  { text: 'Liquid cooling for a university data centre', should: ['advanced-computing'], not: ['quantum'] },
  {
    text: 'A qualitative study of teachers and remote learning',
    should: [],
    not: ['advanced-computing', 'artificial-intelligence', 'advanced-communications'],
  },
  {
    text: 'Systematic review and meta-analysis of school nutrition data',
    should: [],
    not: ['advanced-computing', 'advanced-sensing', 'advanced-manufacturing', 'sensitive-data'],
  },
  {
    text: 'Network analysis of trade between medieval cities',
    should: [],
    not: [
      'advanced-communications',
      'cybersecurity-technologies',
      'artificial-intelligence',
      'critical-infrastructure',
    ],
  },
  {
    text: 'A statistical model of crop yields under drought',
    should: [],
    not: ['artificial-intelligence', 'advanced-computing'],
  },
  { text: 'New teaching materials for secondary-school mathematics', should: [], not: ['advanced-materials'] },
  {
    text: 'A device and method for measuring blood pressure at home',
    should: [],
    not: ['advanced-computing', 'advanced-manufacturing', 'advanced-materials'],
  },
  {
    text: 'Design of a new information system for municipal archives',
    should: [],
    not: ['advanced-computing', 'cybersecurity-technologies', 'critical-infrastructure'],
  },
  {
    text: 'CRISPR screening in human cell lines',
    should: ['biotechnology'],
    not: ['genomics-and-health-data', 'energy'],
  },
  { text: 'Training large language models on multilingual corpora', should: ['artificial-intelligence'], not: [] },
  { text: 'Lidar mapping of forest canopy from drones', should: ['advanced-sensing'], not: ['advanced-computing'] },
  { text: 'Solid-state battery electrolytes', should: ['energy'], not: [] },
  {
    text: 'Post-quantum cryptography for embedded devices',
    should: ['quantum', 'cybersecurity-technologies'],
    not: [],
  },
  { text: 'Aerothermodynamics of hypersonic boost-glide vehicles', should: ['hypersonics'], not: [] },
  {
    text: 'Whole genome sequencing of a hospital patient cohort',
    should: ['genomics-and-health-data', 'sensitive-data'],
    not: [],
  },
  { text: 'Gallium nitride power transistors', should: ['semiconductors'], not: ['energy', 'directed-energy'] },
  { text: 'Autonomous underwater vehicles for seabed mapping', should: ['ocean-technologies'], not: [] },
  { text: 'A brain-computer interface to control a prosthetic hand', should: ['neurotechnology'], not: [] },
  { text: 'Detecting GNSS spoofing on merchant ships', should: ['positioning-navigation-timing'], not: ['nuclear'] },
  { text: 'Fuel design for a small modular reactor', should: ['nuclear'], not: [] },
  { text: 'Effects of high-power microwave pulses on electronics', should: ['directed-energy'], not: ['energy'] },
  { text: 'Metal 3D printing of turbine blades', should: ['advanced-manufacturing'], not: [] },
  { text: 'Ransomware resilience of hospital IT', should: ['cybersecurity-technologies'], not: [] },
  { text: 'Protecting SCADA systems of the electricity grid', should: ['critical-infrastructure'], not: [] },
  {
    text: 'Control electronics for superconducting qubits',
    should: ['quantum'],
    not: ['genomics-and-health-data', 'energy'],
  },
  { text: 'Graphene coatings against corrosion', should: ['advanced-materials'], not: [] },
  { text: 'Satellite earth observation of deforestation', should: ['aerospace-and-space'], not: [] },
  { text: 'An open RAN testbed for 5G', should: ['advanced-communications'], not: [] },
  {
    text: 'Atomic clocks for time synchronisation of power networks',
    should: ['positioning-navigation-timing', 'quantum'],
    not: ['advanced-communications', 'directed-energy'],
  },
  { text: 'Facial recognition at border crossings', should: ['artificial-intelligence'], not: [] },
  {
    text: 'Electronic health records of patients with diabetes',
    should: ['genomics-and-health-data', 'sensitive-data'],
    not: [],
  },
  {
    text: 'A mathematical model of the immune system',
    should: [],
    not: ['artificial-intelligence', 'advanced-computing', 'critical-infrastructure'],
  },
  {
    text: 'Monitoring and management of research data in a social science project',
    should: [],
    not: ['advanced-computing', 'advanced-sensing'],
  },
  { text: 'Gene drives to control malaria mosquitoes', should: ['biotechnology'], not: ['directed-energy'] },
];

describe('explore: realistic project descriptions', () => {
  it('has at least 30 descriptions', () => expect(DESCRIPTIONS.length).toBeGreaterThanOrEqual(30));
  it.each(DESCRIPTIONS)('"$text"', ({ text, should, not }) => {
    const ids = top(text);
    if (should.length > 0)
      expect(
        ids.slice(0, 3).some((id) => should.includes(id)),
        `got ${ids.join(', ')}`,
      ).toBe(true);
    for (const id of not) expect(ids, `"${text}" must not reach ${id}`).not.toContain(id);
  });
});
