/**
 * Reader-facing messages contain no developer instructions: no commands to run, build folders,
 * local addresses, console or stack-trace talk, or names of the machinery (service workers,
 * Pagefind, WebAssembly). A message says what the reader can do.
 */
import { describe, expect, it } from 'vitest';
import { DICTIONARIES } from '#src/ui/i18n.ts';

const DEVELOPER_SPEAK =
  /\bnpm\b|\bnpx\b|\bnode\b|run build|\bbuild(?:ing)? the site|\bdist\/|\bsrc\/|localhost|127\.0\.0\.1|\bconsole\b|stack trace|\bstacktrace\b|service workers?|\bpagefind\b|\bwasm\b|webassembly|\bdev server\b|astro\b|\bserved over http\b|\bhydrat/i;

describe('reader-facing messages', () => {
  for (const [locale, strings] of Object.entries(DICTIONARIES)) {
    it(`${locale}: no message tells readers to run commands or names the machinery`, () => {
      const offending = Object.entries(strings).filter(([, text]) => DEVELOPER_SPEAK.test(text));
      expect(offending).toEqual([]);
    });
  }

  it('the search "unavailable" message says what the reader can do', () => {
    expect(DICTIONARIES.en['search.unavailable']).toMatch(/reload/i);
    expect(DICTIONARIES.fr['search.unavailable']).toMatch(/rechargez/i);
  });
});
