/**
 * The three vectors of risk (G7 paper; content/guides/risk.md): infrastructure, people and funding,
 * each a route into the research itself. `wide`: the three side by side, converging on the research;
 * `narrow`: stacked, joined on the right and leading down to it.
 */
import { ICONS, type IconName } from '#src/ui/icons.ts';
import type { Drawing } from './institutional-map.ts';
import { block, r, textSvg } from './layout.ts';

export interface Vector {
  icon: IconName;
  title: string;
  text: string;
}

export interface Target {
  title: string;
  text: string;
  note: string;
}

function icon(name: IconName, x: number, y: number, size: number): string {
  const s = size / 24;
  return `<g class="dg-icon" transform="translate(${r(x)} ${r(y)}) scale(${r(s * 100) / 100})"><path d="${ICONS[name]}" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"></path></g>`;
}

function vectorBox(v: Vector, x: number, y: number, width: number, height?: number) {
  const title = block(v.title, width - 60, 17, true, 1.2);
  const text = block(v.text, width - 24, 13.5, false, 1.35);
  const h = height ?? Math.max(40, title.height + 14) + text.height + 22;
  return {
    height: h,
    textHeight: Math.max(40, title.height + 14) + text.height + 22,
    svg:
      `<rect class="dg-box" x="${r(x)}" y="${r(y)}" width="${r(width)}" height="${r(h)}" rx="10"></rect>` +
      `<rect class="dg-soft" x="${r(x + 12)}" y="${r(y + 12)}" width="34" height="34" rx="7"></rect>` +
      icon(v.icon, x + 17, y + 17, 24) +
      textSvg(title, x + 56, y + 17, 'dg-text') +
      textSvg(text, x + 12, y + Math.max(40, title.height + 14) + 14, 'dg-text dg-muted'),
  };
}

function targetBox(t: Target, cx: number, y: number, width: number) {
  const title = block(t.title, width - 24, 17, true, 1.2);
  const text = block(t.text, width - 24, 13.5, false, 1.35);
  const height = 14 + title.height + 4 + text.height + 14;
  return {
    height,
    svg:
      `<rect class="dg-hub" x="${r(cx - width / 2)}" y="${r(y)}" width="${r(width)}" height="${r(height)}" rx="10"></rect>` +
      textSvg(title, cx, y + 11, 'dg-hub-text', 'middle') +
      textSvg(text, cx, y + 14 + title.height + 1, 'dg-hub-text', 'middle'),
  };
}

const arrowHead = (x: number, y: number) =>
  `<path class="dg-accent" d="M${r(x - 6)} ${r(y - 9)}L${r(x)} ${r(y)}L${r(x + 6)} ${r(y - 9)}Z"></path>`;

/** Three boxes side by side, arrows converging on the research below. */
export function wideVectors(vectors: readonly Vector[], target: Target): Drawing {
  const width = 700;
  const gap = 26;
  const col = (width - gap * (vectors.length - 1)) / vectors.length;
  const height = Math.max(...vectors.map((v) => vectorBox(v, 0, 0, col).textHeight));
  let svg = '';
  vectors.forEach((v, i) => {
    svg += vectorBox(v, i * (col + gap), 0, col, height).svg;
  });
  const targetTop = height + 56;
  const targetWidth = 380;
  const center = width / 2;
  vectors.forEach((_, i) => {
    const from = i * (col + gap) + col / 2;
    const to = center + (i - (vectors.length - 1) / 2) * 90;
    svg += `<path class="dg-accent-line" d="M${r(from)} ${r(height)}C${r(from)} ${r(height + 34)} ${r(to)} ${r(targetTop - 30)} ${r(to)} ${r(targetTop - 8)}"></path>`;
    svg += arrowHead(to, targetTop - 1);
  });
  const tb = targetBox(target, center, targetTop, targetWidth);
  svg += tb.svg;
  const note = block(target.note, width - 40, 13.5, false, 1.35);
  svg += textSvg(note, center, targetTop + tb.height + 8, 'dg-text dg-muted', 'middle');
  return { width, height: targetTop + tb.height + 14 + note.height, body: svg };
}

/** The boxes stacked, joined by a line on the right that leads down to the research. */
export function narrowVectors(vectors: readonly Vector[], target: Target): Drawing {
  const width = 320;
  const col = 282;
  const bus = 303;
  let y = 0;
  let svg = '';
  let lines = '';
  let first = 0;
  for (const v of vectors) {
    const box = vectorBox(v, 0, y, col);
    if (y === 0) first = box.height / 2;
    svg += box.svg;
    lines += `<path class="dg-accent-line" d="M${col} ${r(y + box.height / 2)}H${bus}"></path>`;
    y += box.height + 14;
  }
  const targetTop = y + 26;
  lines += `<path class="dg-accent-line" d="M${bus} ${r(first)}V${r(targetTop - 8)}"></path>`;
  const tb = targetBox(target, width / 2, targetTop, width);
  const note = block(target.note, width - 10, 13.5, false, 1.35);
  svg +=
    arrowHead(bus, targetTop - 1) +
    tb.svg +
    textSvg(note, width / 2, targetTop + tb.height + 8, 'dg-text dg-muted', 'middle');
  return { width, height: targetTop + tb.height + 14 + note.height, body: lines + svg };
}
