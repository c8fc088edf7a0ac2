import { describe, expect, it } from 'vitest';
import { scoSourceOf, scoSourcesFirst } from '#scripts/build/scorm-packages.ts';

describe('the build-only pages of the SCORM packages', () => {
  it('are told apart by language and module', () => {
    expect(scoSourceOf('/training/lms/build/en/')).toEqual({ locale: 'en' });
    expect(scoSourceOf('/training/lms/build/fr/due-diligence/')).toEqual({ locale: 'fr', module: 'due-diligence' });
    expect(scoSourceOf('/training/lms/')).toBeUndefined();
    expect(scoSourceOf('/training/lms/build/')).toBeUndefined();
    expect(scoSourceOf('/training/lms/build/en/a/b/')).toBeUndefined();
    expect(scoSourceOf('/fr/training/lms/build/en/')).toBeUndefined();
  });

  it('are rendered first, the order of the others kept', () => {
    const paths = ['/', '/training/lms/', '/training/lms/build/en/x', '/about/', '/training/lms/build/en', 'fr/'].map(
      (pathname, i) => ({ pathname, i }),
    );
    expect(scoSourcesFirst(paths).map((p) => p.pathname)).toEqual([
      '/training/lms/build/en/x',
      '/training/lms/build/en',
      '/',
      '/training/lms/',
      '/about/',
      'fr/',
    ]);
  });
});
