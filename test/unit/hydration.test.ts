/**
 * No tool waits for the reader to scroll to it: islands hydrate at load or when the browser is idle,
 * never with `client:visible` (a keyboard user who follows a jump link and presses Tab at once would
 * skip a tool that is still being hydrated; taps did nothing for 0.5–1.5 s on a slow phone).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.astro') ? [join(dir, e.name)] : [],
  );
}

describe('hydration', () => {
  const astro = files('src');

  it('finds the components', () => {
    expect(astro.length).toBeGreaterThan(20);
  });

  it('no island waits to be scrolled into view (client:visible)', () => {
    const lazy = astro.filter((f) => /\bclient:(visible|media)\b/.test(readFileSync(f, 'utf8')));
    expect(lazy).toEqual([]);
  });
});
