/**
 * "Suggest a correction": the address a content page links to, set at build time by
 * `CORRECTIONS_URL`, a template with `{url}`, `{title}` and `{version}` placeholders (each replaced
 * by the page's address, its title and its content version, URL-encoded), e.g. a new-issue address of
 * an issue tracker or a `mailto:` address. Without it, the repository's issue tracker when
 * package.json names a repository on a known forge; otherwise (or with `CORRECTIONS_URL=off`) no
 * link. The page only links: nothing is sent by the page itself.
 */

/** The fields of a correction, each put into the template URL-encoded. */
export interface CorrectionFields {
  url: string;
  title: string;
  version: string;
}

const BODY =
  'Page%3A%20{url}%0AContent%20version%3A%20{version}%0A%0AWhat%20is%20wrong%2C%20and%20the%20source%20that%20says%20so%3A%0A';

/** The new-issue template of a repository on GitHub, GitLab, Codeberg or another Forgejo/Gitea host. */
export function forgeTemplate(repository: string): string | undefined {
  let url: URL;
  try {
    url = new URL(repository);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:') return undefined;
  const base = `${url.origin}${url.pathname.replace(/\/$/, '')}`;
  const title = 'Correction%3A%20{title}';
  if (url.hostname === 'github.com' || url.hostname === 'codeberg.org')
    return `${base}/issues/new?title=${title}&body=${BODY}`;
  if (url.hostname === 'gitlab.com' || url.hostname.startsWith('gitlab.'))
    return `${base}/-/issues/new?issue%5Btitle%5D=${title}&issue%5Bdescription%5D=${BODY}`;
  return undefined;
}

/**
 * The template in force: `CORRECTIONS_URL` when set (`off` or `none`: no link), else the repository's
 * issue tracker, else undefined. Only https:, http: and mailto: addresses are accepted.
 */
export function correctionTemplate(setting: string | undefined, repository: string | undefined): string | undefined {
  const value = setting?.trim();
  if (value === 'off' || value === 'none') return undefined;
  if (value) {
    if (!/^(https?:\/\/|mailto:)/i.test(value))
      throw new Error(`CORRECTIONS_URL must start with https://, http:// or mailto: (got "${value.slice(0, 40)}")`);
    return value;
  }
  return repository ? forgeTemplate(repository) : undefined;
}

/** The template with its placeholders replaced by the page's fields, URL-encoded. */
export function correctionHref(template: string, fields: CorrectionFields): string {
  return template.replace(/\{(url|title|version)\}/g, (_, key: keyof CorrectionFields) =>
    encodeURIComponent(fields[key]),
  );
}

/** A page's content version as shown to readers: the day it was last reviewed and its content hash. */
export function contentVersion(lastReviewed: string, hash: string): string {
  return `${lastReviewed} (${hash})`;
}
