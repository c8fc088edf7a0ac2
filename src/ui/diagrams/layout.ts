/**
 * Build-time helpers of the diagrams: SVG cannot wrap text, so lines are broken here, by words, from
 * an estimate of the width of system sans-serif text (about 0.53 em a character, 0.6 in bold). The
 * estimate errs wide for the fonts the site uses (Segoe UI, Roboto, DejaVu and Liberation Sans, San
 * Francisco), so a line does not overflow its box.
 */

/** The estimated width of `text` at `size` user units. */
export function textWidth(text: string, size: number, bold = false): number {
  return [...text].length * size * (bold ? 0.6 : 0.53);
}

/** `text` broken into lines no wider than `width` at `size`; a word longer than a line keeps its own line. */
export function wrap(text: string, width: number, size: number, bold = false): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, size, bold) > width) {
      lines.push(line);
      line = word;
    } else {
      line = next;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** A text block: its lines and the height they take at `size` with `leading` (line height / size). */
export function block(text: string, width: number, size: number, bold = false, leading = 1.3) {
  const lines = wrap(text, width, size, bold);
  return { lines, size, bold, height: lines.length * size * leading, leading };
}

/** Text made safe for SVG markup. */
export function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A wrapped text block as an SVG `<text>`: first baseline at `y + size`, one `<tspan>` a line. */
export function textSvg(
  b: ReturnType<typeof block>,
  x: number,
  y: number,
  cls: string,
  anchor: 'start' | 'middle' = 'start',
): string {
  const spans = b.lines
    .map(
      (l, i) =>
        `<tspan x="${r(x)}" ${i === 0 ? `y="${r(y + b.size)}"` : `dy="${r(b.size * b.leading)}"`}>${esc(l)}</tspan>`,
    )
    .join('');
  return `<text class="${cls}" font-size="${b.size}"${b.bold ? ' font-weight="700"' : ''}${anchor === 'middle' ? ' text-anchor="middle"' : ''}>${spans}</text>`;
}

/** A number rounded to one decimal, for compact markup. */
export function r(n: number): number {
  return Math.round(n * 10) / 10;
}
