/**
 * The list of packages on /training/lms/: which packages the page offers, and their sizes. The page
 * is rendered before the packages exist (they are zipped after `astro build`), so it writes a
 * placeholder for each size (`sizePlaceholder`) and the packaging step fills them in
 * (`fillPackageSizes`) from the records it writes to `/training/lms/packages.json`.
 */
import { formatBytes } from '#src/lib/i18n/format.ts';
import { isLocale, type Locale } from '#src/lib/i18n/locale.ts';
import { escapeHtml } from './package.ts';
import type { PackageKind, ScormVersion } from './types.ts';

/** One built package, as `/training/lms/packages.json` lists it. */
export interface PackageRecord {
  url: string;
  locale: Locale;
  kind: PackageKind;
  id: string;
  scorm: ScormVersion;
  title: string;
  /** The modules it holds, in order. */
  modules: string[];
  bytes: number;
  sha256: string;
}

/** Shown until the packaging step has run (for example under `astro dev`). */
export const SIZE_UNKNOWN = '…';

/**
 * The placeholder of one package's size (`url`), or of the total of a language's packages
 * (`total:<locale>`). Kept out of the search index (`data-pagefind-ignore`): the packaging step fills
 * it in while Pagefind reads the pages (scripts/build.ts), so the index must not depend on which it
 * reads first, and a size is no answer to a search.
 */
export function sizePlaceholder(key: string, locale: Locale): string {
  return sizeSpan(escapeHtml(key), locale, SIZE_UNKNOWN);
}

/** The one markup of a size, placeholder or filled (`key` already escaped). */
const sizeSpan = (key: string, lang: string, text: string) =>
  `<span class="package-size" data-package-size="${key}" data-locale="${lang}" data-pagefind-ignore>${text}</span>`;

/** The page with every size placeholder filled; a placeholder with no package stays as it is. */
export function fillPackageSizes(html: string, records: readonly PackageRecord[]): string {
  const bytes = new Map(records.map((r) => [r.url, r.bytes]));
  return html.replace(
    /<span class="package-size" data-package-size="([^"]+)" data-locale="([a-z]+)" data-pagefind-ignore>[^<]*<\/span>/g,
    (whole, key: string, lang: string) => {
      const locale = isLocale(lang) ? lang : 'en';
      const size = key.startsWith('total:')
        ? records.filter((r) => r.locale === key.slice(6)).reduce((sum, r) => sum + r.bytes, 0)
        : bytes.get(key);
      if (size === undefined) return whole;
      return sizeSpan(key, lang, escapeHtml(formatBytes(size, locale)));
    },
  );
}
