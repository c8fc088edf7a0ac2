import { describe, expect, it } from 'vitest';
import { localizedPattern } from '#scripts/build/locale-routes.ts';

describe('routes in another language', () => {
  it('are the same route file under the locale prefix', () => {
    expect(localizedPattern('index.astro', 'fr')).toBe('/fr');
    expect(localizedPattern('404.astro', 'fr')).toBe('/fr/404');
    expect(localizedPattern('areas/[id].astro', 'fr')).toBe('/fr/areas/[id]');
    expect(localizedPattern('training/[module]/index.astro', 'fr')).toBe('/fr/training/[module]');
    expect(localizedPattern('training/paths/[id]/certificate.astro', 'fr')).toBe('/fr/training/paths/[id]/certificate');
  });
});
