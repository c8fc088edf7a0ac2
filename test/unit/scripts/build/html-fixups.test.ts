import { describe, expect, it } from 'vitest';
import { hoistIslandStyle } from '#scripts/build/html-fixups.ts';

describe('HTML fixups', () => {
  it("moves Astro's island style into the head, once", () => {
    const style = '<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>';
    const out = hoistIslandStyle(
      `<html><head><title>x</title></head><body><p>a</p>${style}<astro-island></astro-island></body></html>`,
    );
    expect(out).toBe(
      `<html><head><title>x</title>${style}</head><body><p>a</p><astro-island></astro-island></body></html>`,
    );
    expect(hoistIslandStyle(out)).toBe(out);
    expect(hoistIslandStyle('<p>no document</p>')).toBe('<p>no document</p>');
  });
});
