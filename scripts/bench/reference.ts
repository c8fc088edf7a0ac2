/**
 * The benchmark's reference build (`npm run bench`, scripts/bench.ts): Starlight, the Astro
 * documentation theme, building 1,000 plain Markdown pages of about 750 words with its default
 * sidebar and its own Pagefind index, on the same Astro version as the academy. Issue 22 asks for
 * the academy's build to cost at most half of Starlight's per page "in the same run": this machine's
 * speed changes by half from one half-hour to the next, so only builds of the two taken in turn
 * compare (the benchmark builds one beside each of ours, before and after it in turn, and compares
 * each pair).
 *
 * Starlight is not a project dependency: it is installed on first use into a cache folder outside
 * the project (STARLIGHT_DIR, default <tmp>/academy-starlight, one folder per version pair) and
 * reused, like Lighthouse (scripts/lib/install-outside.ts). Without the npm registry, the benchmark
 * runs without it and says so.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { installOutside } from '#scripts/lib/install-outside.ts';
import { referencePages } from './corpus.ts';

/** Starlight's version for the reference (the one of the comparison). */
export const STARLIGHT_VERSION = '0.42.4';
/** Pages of the reference site (plus its home page and 404). */
export const REFERENCE_PAGES = 1000;

export interface Reference {
  /** The reference project's folder, to build with `command`. */
  dir: string;
  command: string[];
  /** What was built, for the report: "Starlight 0.42.4 on Astro 7.3.5". */
  label: string;
}

/**
 * Installs Starlight if needed and writes the reference site's configuration and pages into the
 * installation's folder (the same files each time). Returns why not when it cannot (no registry):
 * the benchmark then runs without a reference.
 */
export function prepareReference(project: string): Reference | { error: string } {
  const astro = JSON.parse(readFileSync(join(project, 'node_modules/astro/package.json'), 'utf8')).version as string;
  const base = resolve(process.env.STARLIGHT_DIR ?? join(tmpdir(), 'academy-starlight'));
  const dir = join(base, `starlight-${STARLIGHT_VERSION}-astro-${astro}`);
  const packages = [`astro@${astro}`, `@astrojs/starlight@${STARLIGHT_VERSION}`];
  if (!installOutside(dir, packages, 'node_modules/@astrojs/starlight/package.json'))
    return { error: `could not install ${packages.join(' and ')} into ${dir}` };

  // The site is built in the installation's own folder: with Starlight's files outside the
  // project's folder (a node_modules symlinked, or one in a folder above), Vite leaves Starlight to
  // Node instead of bundling it, and Node cannot load its `astro:` imports.
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  // Its cache in .cache/, which the benchmark sets aside with dist/ before each build: every build is cold.
  write(
    'astro.config.mjs',
    [
      "import { defineConfig } from 'astro/config';",
      "import starlight from '@astrojs/starlight';",
      "export default defineConfig({ cacheDir: './.cache', integrations: [starlight({ title: 'Reference' })] });",
      '',
    ].join('\n'),
  );
  write(
    'src/content.config.ts',
    [
      "import { defineCollection } from 'astro:content';",
      "import { docsLoader } from '@astrojs/starlight/loaders';",
      "import { docsSchema } from '@astrojs/starlight/schema';",
      'export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };',
      '',
    ].join('\n'),
  );
  write('src/content/docs/index.md', '---\ntitle: Reference\n---\n\nThe reference site of the benchmark.\n');
  for (const page of referencePages(REFERENCE_PAGES)) write(join('src/content/docs', page.path), page.text);
  return {
    dir,
    command: [process.execPath, 'node_modules/astro/bin/astro.mjs', 'build'],
    label: `Starlight ${STARLIGHT_VERSION} on Astro ${astro}`,
  };
}
