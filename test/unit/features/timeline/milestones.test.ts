import { describe, expect, it } from 'vitest';
import {
  KIND_TO_MILESTONE,
  MILESTONE_KINDS,
  milestoneIds,
  milestoneRecord,
  milestonesFromInstruments,
} from '#src/features/timeline/milestones.ts';
import { INSTRUMENT_KINDS } from '#src/schemas/instrument.ts';
import { instruments } from '../tracker/helpers.ts';

const titleOf = (title: string, type: string) => `${title}: ${type}`;
const milestones = milestonesFromInstruments(instruments, titleOf);
const byId = new Map(milestones.map((m) => [m.id, m]));

describe('milestones derived from instruments', () => {
  it('makes one milestone per event', () => {
    expect(milestones).toHaveLength(instruments.reduce((n, i) => n + i.data.events.length, 0));
  });

  it('keeps an event’s own id, else names it after the instrument and the type, numbering repeats', () => {
    expect(byId.has('2025-12-de-platform')).toBe(true);
    expect(byId.has('de-platform-launched')).toBe(true);
    expect(milestoneIds('g7-statement', instruments.at(-1)!.data.events)).toEqual([
      'g7-statement-published',
      'g7-statement-published-2',
    ]);
    expect(new Set(milestones.map((m) => m.id)).size).toBe(milestones.length);
  });

  it('words the title from the instrument and the event; the summary is the note, else the instrument’s', () => {
    const launch = byId.get('de-platform-launched')!;
    expect(launch).toMatchObject({
      title: 'Title of de-platform: launched',
      summary: 'Planned start.',
      date: '2027',
      approximate: true,
      jurisdiction: 'germany',
      scope: 'national',
      kind: 'body',
      instrument: 'de-platform',
      type: 'launched',
    });
    expect(byId.get('2025-12-de-platform')!.summary).toBe('Summary of de-platform.');
  });

  it('cites the event’s own source first, then the instrument’s', () => {
    expect(byId.get('nz-consultation-consultation-closes')!.sources).toEqual(['src-b', 'src-a']);
  });

  it('maps every instrument kind to a kind of the published timeline; a regulation is a law', () => {
    for (const kind of INSTRUMENT_KINDS) expect(MILESTONE_KINDS).toContain(KIND_TO_MILESTONE[kind]);
    expect(byId.get('nz-consultation-consultation')!.kind).toBe('law');
  });

  it('publishes the fields of the earlier records first, jurisdiction only when national, then the new ones', () => {
    const g7 = milestoneRecord(byId.get('g7-statement-published')!, '/timeline/#g7-statement-published');
    expect(Object.keys(g7)).toEqual([
      'id',
      'url',
      'title',
      'summary',
      'lastReviewed',
      'sources',
      'changes',
      'date',
      'scope',
      'kind',
      'instrument',
      'type',
      'approximate',
    ]);
    expect(milestoneRecord(byId.get('de-platform-launched')!, '/x').jurisdiction).toBe('germany');
  });
});
