/**
 * Every page again under each other locale's prefix (`/fr/…`), from the same route file.
 * See content/README.md "Translations" for why this way.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The page route files of src/pages (`.astro`), relative and "/"-separated. */
export function pageFiles(pagesDir: string, dir = pagesDir, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) pageFiles(pagesDir, full, out);
    else if (entry.name.endsWith('.astro') && !entry.name.startsWith('_'))
      out.push(relative(pagesDir, full).split(sep).join('/'));
  }
  return out.sort();
}

/** `areas/[id].astro` → `/fr/areas/[id]`; `index.astro` → `/fr`; `training/[module]/index.astro` → `/fr/training/[module]`. */
export function localizedPattern(file: string, locale: string): string {
  const route = file.replace(/\.astro$/, '').replace(/(^|\/)index$/, '');
  return `/${locale}${route ? `/${route}` : ''}`;
}

export default function localeRoutes(locales: readonly string[]): AstroIntegration {
  return {
    name: 'locale-routes',
    hooks: {
      'astro:config:setup': ({ config, injectRoute }) => {
        const pagesDir = fileURLToPath(new URL('./src/pages/', config.root));
        // Route files that take the locale as a parameter (`[locale]`) make their own language versions.
        for (const file of pageFiles(pagesDir).filter((f) => !f.includes('[locale]')))
          for (const locale of locales)
            injectRoute({
              pattern: localizedPattern(file, locale),
              entrypoint: new URL(`./src/pages/${file}`, config.root),
            });
      },
    },
  };
}
