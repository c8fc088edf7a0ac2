/** Made-up instruments for the tracker, timeline and feed tests. */
import type { Instrument, InstrumentData } from '#src/features/tracker/tracker.ts';

export const instrument = (id: string, data: Partial<InstrumentData> = {}): Instrument => ({
  id,
  data: {
    title: `Title of ${id}`,
    summary: `Summary of ${id}.`,
    jurisdiction: 'canada',
    scope: 'national',
    kind: 'policy',
    status: 'in-force',
    stakeholders: ['institutions'],
    events: [{ date: '2024-01-16', type: 'published' }],
    changes: [],
    lastReviewed: '2026-11-21',
    sources: ['src-a'],
    amends: [],
    supersedes: [],
    ...data,
  },
});

export const instruments: Instrument[] = [
  instrument('ca-policy', {
    events: [
      { date: '2023-02', type: 'announced' },
      { date: '2024-01-16', type: 'published' },
      { date: '2024-05-01', type: 'applies-from' },
    ],
    stakeholders: ['institutions', 'researchers'],
  }),
  instrument('ca-old', {
    status: 'superseded',
    supersededBy: 'ca-policy',
    events: [
      { date: '2019', type: 'published' },
      { date: '2024-05', type: 'superseded', approximate: true },
    ],
  }),
  instrument('de-platform', {
    jurisdiction: 'germany',
    kind: 'body',
    status: 'adopted',
    stakeholders: ['governments', 'institutions'],
    events: [
      { date: '2025-12-19', type: 'adopted', id: '2025-12-de-platform' },
      { date: '2027', type: 'launched', approximate: true, note: 'Planned start.' },
    ],
    changes: [
      { date: '2026-10-01', kind: 'major', note: 'Start date moved to 2027.' },
      { date: '2026-11-30', kind: 'minor', note: 'A link fixed.' },
    ],
  }),
  instrument('nz-consultation', {
    jurisdiction: 'new-zealand',
    kind: 'regulation',
    status: 'consultation',
    events: [
      { date: '2026-11', type: 'consultation' },
      { date: '2027-01-16', type: 'consultation-closes', source: 'src-b' },
    ],
  }),
  instrument('g7-statement', {
    jurisdiction: undefined,
    scope: 'g7',
    kind: 'statement',
    stakeholders: ['governments'],
    events: [
      { date: '2024-03', type: 'published' },
      { date: '2024-03', type: 'published' },
    ],
  }),
];
