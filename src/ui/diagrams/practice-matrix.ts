/**
 * The four best practices × the four stakeholders (content/practices/*.md `roles`): a grid whose
 * cells count the actions each practice sets out for each group, drawn as discs that grow with the
 * count. `wide` names the practices in the first column; `narrow` numbers them and names them in a
 * key under the grid, so that four columns still fit a phone.
 */
import { ICONS, type IconName } from '#src/ui/icons.ts';
import type { Drawing } from './institutional-map.ts';
import { block, r, textSvg } from './layout.ts';

export interface MatrixRow {
  number: number;
  title: string;
  /** Action counts, in the order of the columns. */
  counts: readonly number[];
}

export interface MatrixColumn {
  icon: IconName;
  label: string;
}

function icon(name: IconName, cx: number, y: number, size: number): string {
  const s = size / 24;
  return `<g class="dg-icon" transform="translate(${r(cx - size / 2)} ${r(y)}) scale(${r(s * 100) / 100})"><path d="${ICONS[name]}" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"></path></g>`;
}

function badge(n: number, cx: number, cy: number, radius: number): string {
  return (
    `<circle class="dg-hub" cx="${r(cx)}" cy="${r(cy)}" r="${radius}"></circle>` +
    `<text class="dg-hub-text" x="${r(cx)}" y="${r(cy + 5)}" font-size="14" text-anchor="middle">${n}</text>`
  );
}

function grid(
  rows: readonly MatrixRow[],
  columns: readonly MatrixColumn[],
  width: number,
  labelWidth: number,
  opts: { labelSize: number; rowHeight: number; named: boolean },
): { body: string; height: number } {
  const colWidth = (width - labelWidth) / columns.length;
  const labels = opts.named ? columns.map((c) => block(c.label, colWidth - 6, opts.labelSize, true, 1.2)) : [];
  const headHeight = 34 + Math.max(0, ...labels.map((l) => l.height)) + 10;
  const max = Math.max(1, ...rows.flatMap((row) => row.counts));
  let svg = '';
  columns.forEach((c, i) => {
    const cx = labelWidth + colWidth * (i + 0.5);
    svg += icon(c.icon, cx, 4, 26);
    const label = labels[i];
    if (label) svg += textSvg(label, cx, 30, 'dg-text', 'middle');
  });
  let y = headHeight;
  rows.forEach((row) => {
    const titles = opts.named ? block(row.title, labelWidth - 48, 14.5, true, 1.25) : undefined;
    const h = Math.max(opts.rowHeight, (titles?.height ?? 0) + 20);
    svg += `<path class="dg-line" d="M0 ${r(y)}H${width}"></path>`;
    const cy = y + h / 2;
    svg += badge(row.number, 16, cy, 14);
    if (titles) svg += textSvg(titles, 40, cy - titles.height / 2 - 3, 'dg-text');
    row.counts.forEach((count, i) => {
      const cx = labelWidth + colWidth * (i + 0.5);
      const radius = Math.round((opts.rowHeight / 2 - 6) * (0.55 + (0.45 * count) / max));
      svg += `<circle class="dg-soft" cx="${r(cx)}" cy="${r(cy)}" r="${radius}"></circle>`;
      svg += `<circle class="dg-accent-line" cx="${r(cx)}" cy="${r(cy)}" r="${radius}"></circle>`;
      svg += `<text class="dg-text" x="${r(cx)}" y="${r(cy + 5)}" font-size="15" font-weight="700" text-anchor="middle">${count}</text>`;
    });
    y += h;
  });
  svg += `<path class="dg-line" d="M0 ${r(y)}H${width}"></path>`;
  return { body: svg, height: y };
}

/** Practices named in the first column. */
export function wideMatrix(rows: readonly MatrixRow[], columns: readonly MatrixColumn[]): Drawing {
  const width = 700;
  const g = grid(rows, columns, width, 250, { labelSize: 13.5, rowHeight: 62, named: true });
  return { width, height: g.height + 2, body: g.body };
}

/** Practices numbered and groups shown by their icons in the grid, both named in a key below it. */
export function narrowMatrix(rows: readonly MatrixRow[], columns: readonly MatrixColumn[]): Drawing {
  const width = 320;
  const g = grid(rows, columns, width, 36, { labelSize: 11.5, rowHeight: 54, named: false });
  let svg = g.body;
  let y = g.height + 14;
  // The key: the groups (their icons stand alone in the grid's head), then the practices.
  const half = width / 2;
  columns.forEach((c, i) => {
    const x = (i % 2) * half;
    const top = y + Math.floor(i / 2) * 30;
    svg += icon(c.icon, x + 12, top, 22);
    svg += textSvg(block(c.label, half - 40, 14, true, 1.2), x + 32, top + 2, 'dg-text');
  });
  y += Math.ceil(columns.length / 2) * 30 + 10;
  for (const row of rows) {
    const title = block(row.title, width - 40, 14, false, 1.25);
    svg += badge(row.number, 12, y + 11, 11);
    svg += textSvg(title, 32, y, 'dg-text');
    y += Math.max(24, title.height) + 8;
  }
  return { width, height: y, body: svg };
}
