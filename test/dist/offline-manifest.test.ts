/**
 * The offline copy of the built site (`dist/offline-manifest.json`): each language's copy holds its
 * own pages and search index and the shared files, never another language's, and is smaller than
 * the whole site.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyOf, filesFor, parseManifest } from '#src/features/offline/offline.ts';
import { LOCALES } from '#src/lib/i18n/locale.ts';

const DIST = resolve(process.env.DIST_DIR ?? 'dist');

describe('the offline manifest of the build', () => {
  const manifest = parseManifest(JSON.parse(readFileSync(join(DIST, 'offline-manifest.json'), 'utf8')));
  const entry = JSON.parse(readFileSync(join(DIST, 'pagefind/pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { hash: string; wasm: string }>;
  };

  it('records a language for every file and a copy for every language', () => {
    expect(manifest).toBeDefined();
    expect(manifest?.languages).toHaveLength(manifest?.files.length ?? -1);
    for (const locale of LOCALES) {
      const copy = manifest?.copies?.[locale];
      expect(copy, locale).toBeDefined();
      expect(copy?.files).toBe(filesFor(manifest!, locale).length);
      expect(copy?.bytes).toBeLessThan(manifest!.bytes);
    }
  });

  it.each(LOCALES)('the %s copy holds its pages and search index, and no other language’s', (locale) => {
    const files = new Set(filesFor(manifest!, locale));
    const home = locale === 'en' ? '/' : `/${locale}/`;
    expect(files.has(home)).toBe(true);
    expect(files.has(locale === 'en' ? '/404.html' : `/${locale}/404.html`)).toBe(true);
    expect(files.has(`/pagefind/wasm.${entry.languages[locale]!.wasm}.pagefind`)).toBe(true);
    expect(files.has(`/pagefind/pagefind.${entry.languages[locale]!.hash}.pf_meta`)).toBe(true);
    expect(files.has('/pagefind/pagefind.js')).toBe(true);
    expect(files.has('/pagefind/pagefind-entry.json')).toBe(true);
    for (const other of LOCALES.filter((l) => l !== locale)) {
      const foreign = [...files].filter(
        (f) =>
          (other !== 'en' && f.startsWith(`/${other}/`)) ||
          f.includes(`/${other}_`) ||
          f.includes(`.${other}_`) ||
          f.includes(`.${other}.`),
      );
      expect(foreign, `${other} files in the ${locale} copy`).toEqual([]);
    }
    if (locale !== 'en') expect(files.has('/jurisdictions/canada/')).toBe(false);
    expect(copyOf(manifest!, locale).files).toBe(files.size);
  });
});
