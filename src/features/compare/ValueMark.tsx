/**
 * A comparison value as a word with a symbol: ✓ Yes, ◐ Partial, ✗ No, ? Unknown. The symbol is
 * decoration (aria-hidden); the word carries the meaning, so colour and shape are never the only
 * cue. Used by the picker island and, as HTML made at build time (src/ui/static-markup.ts), by the
 * matrix and the jurisdiction pages. Styles: `.va-value` in src/ui/global.css.
 */
import type { Messages } from '#src/lib/i18n/messages.ts';
import { type CompareValue, VALUE_SYMBOLS } from './matrix.ts';

/** The strings a value mark needs. */
export type ValueKey = `compare.value.${CompareValue}`;

export default function ValueMark({ value, t }: { value: CompareValue; t: Messages<ValueKey>['t'] }) {
  return (
    <span className={`va-value va-value--${value}`}>
      <span className="va-value__symbol" aria-hidden="true">
        {VALUE_SYMBOLS[value]}
      </span>
      {` ${t(`compare.value.${value}`)}`}
    </span>
  );
}
