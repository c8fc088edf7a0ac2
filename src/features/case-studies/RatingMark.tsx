/**
 * A choice's rating as an icon and a word ("Recommended", "Acceptable", "Risky"); the colour only
 * repeats what the word says. Used by the scenario island and, as HTML made at build time
 * (src/ui/static-markup.ts), by the facilitator guide.
 */
import type { Messages } from '#src/lib/i18n/messages.ts';
import type { Rating } from './scenario.ts';

/** The strings a rating needs. */
export type RatingKey = 'cs.walk.rating' | `cs.rating.${Rating}`;

/** The rating as an icon and a word; the colour only repeats what the word says. */
export default function RatingMark({ rating, t }: { rating: Rating; t: Messages<RatingKey>['t'] }) {
  const tone = rating === 'recommended' ? 'good' : rating === 'acceptable' ? 'warn' : 'bad';
  return (
    <span className={`cs-rating cs-rating--${rating} status-${tone}`}>
      <svg viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" focusable="false">
        {rating === 'recommended' && (
          <>
            <circle cx="10" cy="10" r="8.5" fill="none" stroke="currentColor" strokeWidth="2" />
            <path
              d="m5.8 10.4 2.8 2.8 5.6-6"
              fill="none"
              stroke="currentColor"
              strokeWidth="2.2"
              strokeLinecap="round"
              strokeLinejoin="round"
            />
          </>
        )}
        {rating === 'acceptable' && (
          <>
            <circle cx="10" cy="10" r="8.5" fill="none" stroke="currentColor" strokeWidth="2" />
            <path d="M6 10h8" fill="none" stroke="currentColor" strokeWidth="2.4" strokeLinecap="round" />
          </>
        )}
        {rating === 'risky' && (
          <>
            <path
              d="M10 2 1.8 17.5h16.4L10 2Z"
              fill="none"
              stroke="currentColor"
              strokeWidth="2"
              strokeLinejoin="round"
            />
            <path d="M10 7.5v5" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" />
            <circle cx="10" cy="15" r="1.2" fill="currentColor" />
          </>
        )}
      </svg>
      <span className="visually-hidden">{`${t('cs.walk.rating')}: `}</span>
      {t(`cs.rating.${rating}`)}
    </span>
  );
}
