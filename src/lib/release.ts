/**
 * The release of the content and data: one version and one date for the whole academy, kept in one
 * place, `package.json` (`version`, and `released`, the day that version was published). The data
 * package, CITATION.cff and CHANGELOG.md carry the same two values (test/content/release.test.ts).
 * To release: bump both in package.json, add the version's section to CHANGELOG.md, and set
 * `version` and `date-released` in CITATION.cff.
 */
import pkg from '../../package.json' with { type: 'json' };

export interface Release {
  /** Semantic version of the content and data (MAJOR: a published field or address removed or renamed). */
  version: string;
  /** YYYY-MM-DD. */
  released: string;
}

export const RELEASE: Release = { version: pkg.version, released: (pkg as { released?: string }).released ?? '' };

/** The repository's address from package.json `repository` (a string or `{ url }`), without `git+` and `.git`. */
export function repositoryUrl(repository: unknown = (pkg as { repository?: unknown }).repository): string | undefined {
  const raw = typeof repository === 'string' ? repository : (repository as { url?: unknown } | undefined)?.url;
  if (typeof raw !== 'string' || raw === '') return undefined;
  const github = /^github:(.+)$/.exec(raw) ?? (/^[\w.-]+\/[\w.-]+$/.test(raw) ? [raw, raw] : null);
  const url = github ? `https://github.com/${github[1]}` : raw;
  return url
    .replace(/^git\+/, '')
    .replace(/\.git$/, '')
    .replace(/\/$/, '');
}
