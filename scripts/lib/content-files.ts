/**
 * Reads a content file exactly as Astro's content layer does, so that the validator, the build
 * steps and the tests can never disagree with the build: Markdown/MDX frontmatter with Astro's own
 * `parseFrontmatter` (astro/markdown), YAML with js-yaml as Astro's data loader does, JSON with
 * JSON.parse. Throws the parser's error on a file that does not parse.
 */
import { extname } from 'node:path';
import { parseFrontmatter } from 'astro/markdown';
import yaml from 'js-yaml';

export interface ContentFile {
  /** The frontmatter or the whole data file, as parsed. */
  data: unknown;
  /** The Markdown/MDX body (frontmatter removed); undefined for data files. */
  body?: string;
  /** False for a Markdown/MDX file without a frontmatter block. */
  hasFrontmatter: boolean;
}

/** YAML as Astro reads it (js-yaml; dates become Date objects, which the schemas accept). */
export function parseYaml(text: string, filename?: string): unknown {
  return yaml.load(text, filename === undefined ? {} : { filename });
}

/** Splits a Markdown/MDX file into its frontmatter (parsed) and body, as Astro does. */
export function parseMarkdownFile(source: string): ContentFile {
  const { frontmatter, rawFrontmatter, content } = parseFrontmatter(source, { frontmatter: 'remove' });
  return { data: frontmatter, body: content.replace(/^\r?\n/, ''), hasFrontmatter: rawFrontmatter !== '' };
}

/** Parses the text of a content file by its extension (.md, .mdx, .yaml, .yml, .json). */
export function parseContentFile(source: string, file: string): ContentFile {
  const ext = extname(file);
  if (ext === '.md' || ext === '.mdx') return parseMarkdownFile(source);
  if (ext === '.json') return { data: JSON.parse(source), hasFrontmatter: true };
  return { data: parseYaml(source, file), hasFrontmatter: true };
}
