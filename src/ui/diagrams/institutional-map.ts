/**
 * A jurisdiction's institutional map, drawn at build time: the jurisdiction in the middle, its lead
 * bodies around it, each with its role (content/jurisdictions/*.md `leadBodies`). Two shapes of the
 * same picture: `wide` puts the bodies in two columns on either side of the hub; `narrow` (phones)
 * hangs them from a spine under it, so that the text stays legible at 320 px.
 */
import { block, r, textSvg } from './layout.ts';

export interface MapBody {
  name: string;
  role: string;
}

export interface Drawing {
  width: number;
  height: number;
  /** The inside of the `<svg>`. */
  body: string;
}

const PAD = 11;
const GAP = 14;

function bodyBox(b: MapBody, width: number, nameSize: number, roleSize: number) {
  const name = block(b.name, width - 2 * PAD, nameSize, true, 1.25);
  const role = block(b.role, width - 2 * PAD, roleSize, false, 1.32);
  return { name, role, height: PAD + name.height + 5 + role.height + PAD - 2 };
}

function drawBox(box: ReturnType<typeof bodyBox>, x: number, y: number, width: number): string {
  return (
    `<rect class="dg-box" x="${r(x)}" y="${r(y)}" width="${r(width)}" height="${r(box.height)}" rx="8"></rect>` +
    textSvg(box.name, x + PAD, y + PAD - 3, 'dg-text') +
    textSvg(box.role, x + PAD, y + PAD + box.name.height + 2, 'dg-text dg-muted')
  );
}

function hub(title: string, sub: string, cx: number, cy: number, width: number) {
  const name = block(title, width - 20, 16, true, 1.2);
  const small = block(sub, width - 20, 12.5, false, 1.2);
  const height = 14 + name.height + 4 + small.height + 12;
  const y = cy - height / 2;
  return {
    height,
    svg:
      `<rect class="dg-hub" x="${r(cx - width / 2)}" y="${r(y)}" width="${r(width)}" height="${r(height)}" rx="10"></rect>` +
      textSvg(name, cx, y + 11, 'dg-hub-text', 'middle') +
      textSvg(small, cx, y + 14 + name.height + 1, 'dg-hub-text', 'middle'),
  };
}

/** The map in its wide shape (two columns of bodies around the hub). */
export function wideMap(title: string, sub: string, bodies: readonly MapBody[]): Drawing {
  const width = 700;
  const col = 255;
  const hubWidth = 140;
  const boxes = bodies.map((b) => bodyBox(b, col, 15, 13.5));
  const columns: [number[], number[]] = [[], []];
  for (let i = 0; i < boxes.length; i++) columns[i % 2 === 0 ? 0 : 1].push(i);
  if (bodies.length === 1) columns[1] = [];
  const heightOf = (ids: number[]) =>
    ids.reduce((h, i) => h + (boxes[i]?.height ?? 0), 0) + GAP * Math.max(0, ids.length - 1);
  const height = Math.max(heightOf(columns[0]), heightOf(columns[1]), 120);
  const cy = height / 2;
  const center = width / 2;
  let svg = '';
  let lines = '';
  columns.forEach((ids, side) => {
    if (ids.length === 0) return;
    let y = (height - heightOf(ids)) / 2;
    const x = side === 0 ? 0 : width - col;
    const edge = side === 0 ? col : width - col;
    const bus = side === 0 ? (col + center - hubWidth / 2) / 2 : (width - col + center + hubWidth / 2) / 2;
    const mids: number[] = [];
    for (const i of ids) {
      const box = boxes[i];
      if (!box) continue;
      svg += drawBox(box, x, y, col);
      mids.push(y + box.height / 2);
      lines += `<path class="dg-line" d="M${r(edge)} ${r(y + box.height / 2)}H${r(bus)}"></path>`;
      y += box.height + GAP;
    }
    const top = Math.min(cy, ...mids);
    const bottom = Math.max(cy, ...mids);
    lines += `<path class="dg-line" d="M${r(bus)} ${r(top)}V${r(bottom)}"></path>`;
    lines += `<path class="dg-line" d="M${r(bus)} ${r(cy)}H${r(side === 0 ? center - hubWidth / 2 : center + hubWidth / 2)}"></path>`;
  });
  const h = hub(title, sub, center, cy, hubWidth);
  return { width, height: Math.max(height, h.height), body: lines + svg + h.svg };
}

/** The map in its narrow shape (the hub on top, the bodies hanging from a spine). */
export function narrowMap(title: string, sub: string, bodies: readonly MapBody[]): Drawing {
  const width = 320;
  const indent = 26;
  // Room for the boxes' stroke at the right edge.
  const col = width - indent - 2;
  const h = hub(title, sub, width / 2, 0, width);
  const hubHeight = h.height;
  let y = hubHeight + 16;
  let svg = `<g transform="translate(0 ${r(hubHeight / 2)})">${h.svg}</g>`;
  let last = y;
  for (const b of bodies) {
    const box = bodyBox(b, col, 15, 13.5);
    svg += drawBox(box, indent, y, col);
    last = y + box.height / 2;
    svg += `<path class="dg-line" d="M10 ${r(last)}H${indent}"></path>`;
    y += box.height + GAP;
  }
  svg = `<path class="dg-line" d="M10 ${r(hubHeight)}V${r(last)}"></path>${svg}`;
  return { width, height: y - GAP, body: svg };
}
