import { describe, expect, it } from 'vitest';
import { hoistIslandStyle, stripNul } from '#scripts/build/html-fixups.ts';

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

  it('removes the stray NUL before a non-ASCII character, and nothing else', () => {
    expect(stripNul('<p>L’infection n\u0000’a pas</p>')).toBe('<p>L’infection n’a pas</p>');
    expect(stripNul('<p>vérification \u0000à l’export</p>')).toBe('<p>vérification à l’export</p>');
    const clean = '<p>Déjà propre</p>';
    expect(stripNul(clean)).toBe(clean);
  });
});
