import { describe, expect, it } from 'vitest';
import RatingMark from '#src/features/case-studies/RatingMark.tsx';
import ValueMark from '#src/features/compare/ValueMark.tsx';
import { staticMarkup } from '#src/ui/static-markup.ts';
import { translatorFor } from '#src/ui/i18n.ts';

const { t } = translatorFor('en');
const { t: tFr } = translatorFor('fr');

describe('staticMarkup', () => {
  it('gives the HTML of a value mark: the symbol hidden from screen readers, the word read', () => {
    expect(staticMarkup(ValueMark, { value: 'partial', t })).toBe(
      '<span class="va-value va-value--partial"><span class="va-value__symbol" aria-hidden="true">◐</span> Partial</span>',
    );
  });

  it('renders with the translation it is given', () => {
    const html = staticMarkup(RatingMark, { rating: 'risky', t: tFr });
    expect(html).toMatch(/^<span class="cs-rating cs-rating--risky status-bad"><svg [^>]*aria-hidden="true"/);
    expect(html).toContain(
      `<span class="visually-hidden">${tFr('cs.walk.rating')}: </span>${tFr('cs.rating.risky')}</span>`,
    );
    // No React markers between text nodes: the HTML is what the page shows, nothing to hydrate.
    expect(html).not.toContain('<!-- -->');
  });
});
