/** A small made-up comparison (jurisdictions and dimensions) for the compare tests. */
import {
  buildMatrix,
  type CompareValue,
  type DimensionData,
  type EntryLike,
  type JurisdictionData,
} from '#src/features/compare/matrix.ts';

export const cell = (value: CompareValue, note = `note ${value}`, source = 'src-a') => ({
  value,
  note,
  source,
  lastVerified: '2026-11-21',
  changed: '2026-12-02',
});

export const dimensions: EntryLike<DimensionData>[] = [
  { id: 'technology-list', data: { title: 'Technology list', order: 3 } },
  { id: 'binding-legislation', data: { title: 'Binding law', order: 1 } },
  { id: 'entity-list', data: { title: 'Entity list', order: 4 } },
];

export const jurisdictions: EntryLike<JurisdictionData>[] = [
  {
    id: 'norway',
    data: {
      title: 'Norway',
      code: 'NO',
      g7: false,
      comparison: { 'binding-legislation': cell('no'), 'technology-list': cell('unknown'), 'entity-list': cell('no') },
    },
  },
  {
    id: 'france',
    data: {
      title: 'France',
      code: 'FR',
      g7: true,
      comparison: {
        'binding-legislation': cell('yes', 'ZRR, "PPST", decree'),
        'technology-list': cell('yes'),
        'entity-list': cell('no', 'none', 'src-b'),
      },
    },
  },
  {
    id: 'canada',
    data: {
      title: 'Canada',
      code: 'CA',
      g7: true,
      comparison: {
        'binding-legislation': cell('no'),
        'technology-list': cell('yes'),
        'entity-list': cell('yes', 'Named list\nupdated'),
      },
    },
  },
  // A jurisdiction with a missing cell (the validator forbids it, but the matrix must not break).
  { id: 'australia', data: { title: 'Australia', code: 'AU', comparison: { 'binding-legislation': cell('yes') } } },
];

export const urls = new Map([['src-a', 'https://example.org/a']]);
export const matrix = buildMatrix(jurisdictions, dimensions, urls);
