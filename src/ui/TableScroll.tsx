/**
 * A wide table that scrolls sideways on a narrow screen, for islands (.astro pages write the same
 * markup: `<div class="table-scroll" tabindex="0" role="region" aria-labelledby=…>`). The region
 * takes focus so that keyboard users can scroll it (WCAG 2.1.1, axe `scrollable-region-focusable`),
 * and is named by the table's caption.
 */
import type { ReactNode } from 'react';

export default function TableScroll({ labelledBy, children }: { labelledBy: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/useSemanticElements: the same markup as the .astro pages' scroll regions; a <section> would add nothing.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus so that keyboard users can scroll it.
    <div className="table-scroll" tabIndex={0} role="region" aria-labelledby={labelledBy}>
      {children}
    </div>
  );
}
