/**
 * The drawings behind Icon.astro and the diagrams: one SVG path each on a 24-unit grid, stroked
 * (2 units, round ends) in the current colour. Drawn for this site; keep them simple enough to read
 * at 16 px. An icon only repeats a word that is always shown beside it.
 */
const circle = (cx: number, cy: number, r: number) =>
  `M${cx - r} ${cy}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0`;

export const ICONS = {
  // Instrument kinds
  law: 'M12 4v16M8 20h8M5 7h14M2 13l3-6 3 6M2 13a3 3 0 0 0 6 0M16 13l3-6 3 6M16 13a3 3 0 0 0 6 0',
  regulation: 'M6 3h8l4 4v14H6zM14 3v4h4M9 11h6M9 15h6M9 18h3',
  policy: 'M6 3h8l4 4v14H6zM14 3v4h4M9 14l2 2 4-4',
  guidance: 'M12 3v18M12 5h6l2.5 2.5L18 10h-6M12 12H6l-2.5 2.5L6 17h6',
  list: 'M9 6h11M9 12h11M9 18h11M3.5 6h1M3.5 12h1M3.5 18h1',
  body: 'M3 9.5 12 4l9 5.5M5 10v8M9.7 10v8M14.3 10v8M19 10v8M3 20h18',
  report: 'M6 3h12v18H6zM9 17v-3M12 17V9M15 17v-5',
  statement: 'M4 5h16v11H9l-5 4zM8 9h8M8 12h5',
  // Instrument statuses
  proposed: `${circle(12, 12, 8.5)}M8 12h.5M12 12h.5M16 12h.5`,
  consultation: 'M3 4h12v8H7l-4 3zM9 15v2h8l4 3V9h-3',
  adopted: 'M9 3h6v5l2 3H7l2-3zM5 14h14v3H5zM5 21h14',
  'in-force': `${circle(12, 12, 8.5)}M8 12.5l2.7 2.7L16 9.5`,
  amended: 'M4 20h4L19 9l-4-4L4 16zM13 7l4 4',
  superseded: 'M4 8h13l-3-3M20 16H7l3 3',
  repealed: `${circle(12, 12, 8.5)}M6 6l12 12`,
  expired: 'M6 3h12M6 21h12M7 3v2a5 5 0 0 0 10 0V3M7 21v-2a5 5 0 0 1 10 0v2M12 10v4',
  // Content types and tools
  module: 'M3 5h6a3 3 0 0 1 3 3v12a2 2 0 0 0-2-2H3zM21 5h-6a3 3 0 0 0-3 3v12a2 2 0 0 1 2-2h7z',
  checklist: 'M9 3h6v3H9zM9 4.5H6V21h12V4.5h-3M9 13l2 2 4-4',
  'case-study': 'M3 8h18v12H3zM9 8V5h6v3M3 13h18',
  compare: 'M4 4h16v16H4zM4 10h16M12 4v16',
  explorer: `${circle(12, 12, 8.5)}M15.5 8.5l-2 5-5 2 2-5z`,
  training: 'M2 9l10-5 10 5-10 5zM6 11v5c3 2.5 9 2.5 12 0v-5M22 9v6',
  tracker: 'M3 12h4l3-7 4 14 3-7h4',
  timeline: 'M3 12h18M6 9v6M12 7v10M18 9v6',
  framework: 'M4 4h7v7H4zM13 4h7v7h-7zM4 13h7v7H4zM13 13h7v7h-7z',
  jurisdiction: `${circle(12, 12, 9)}M3 12h18M12 3c3 3.5 3 14.5 0 18M12 3c-3 3.5-3 14.5 0 18`,
  glossary: 'M5 4h11a3 3 0 0 1 3 3v13H8a3 3 0 0 1-3-3zM5 17a3 3 0 0 1 3-3h11',
  area: `${circle(12, 12, 9)}${circle(12, 12, 4)}`,
  new: 'M12 3v5M12 16v5M3 12h5M16 12h5M6 6l2.5 2.5M15.5 15.5 18 18M18 6l-2.5 2.5M8.5 15.5 6 18',
  calendar: 'M4 6h16v14H4zM4 10h16M8 3v4M16 3v4',
  arrow: 'M5 12h14M13 6l6 6-6 6',
  // Roles
  researcher: `${circle(12, 8, 4)}M4 21c1-4 4.5-6 8-6s7 2 8 6`,
  institution: 'M3 9.5 12 4l9 5.5M5 10v8M9.7 10v8M14.3 10v8M19 10v8M3 20h18',
  government: 'M4 21h16M5 18h14M6 18v-6M10 18v-6M14 18v-6M18 18v-6M4 12h16M6 12a6 6 0 0 1 12 0M12 4v2',
  funder:
    'M12 5c4.4 0 8 1.3 8 3s-3.6 3-8 3-8-1.3-8-3 3.6-3 8-3M4 8v4c0 1.7 3.6 3 8 3s8-1.3 8-3V8M4 12v4c0 1.7 3.6 3 8 3s8-1.3 8-3v-4',
  // The three risk vectors
  infrastructure: 'M4 4h16v6H4zM4 14h16v6H4zM7.5 7h1M7.5 17h1',
  people: `${circle(9, 7.5, 3.5)}M2.5 20c.8-3.5 3.5-5.5 6.5-5.5s5.7 2 6.5 5.5M16 4.5a3.2 3.2 0 0 1 0 6.2M18 14.8c1.8.7 3 2.6 3.5 5.2`,
  funding:
    'M12 5c4.4 0 8 1.3 8 3s-3.6 3-8 3-8-1.3-8-3 3.6-3 8-3M4 8v4c0 1.7 3.6 3 8 3s8-1.3 8-3V8M4 12v4c0 1.7 3.6 3 8 3s8-1.3 8-3v-4',
} as const satisfies Record<string, string>;

export type IconName = keyof typeof ICONS;

/** The icon of an instrument's status (src/schemas/instrument.ts INSTRUMENT_STATUSES). */
export function statusIcon(status: string): IconName {
  return status in ICONS ? (status as IconName) : 'proposed';
}

/** The icon of an instrument's kind (INSTRUMENT_KINDS). */
export function kindIcon(kind: string): IconName {
  return kind in ICONS ? (kind as IconName) : 'policy';
}
