/**
 * Small read-only git helpers for the tooling (translations' stamps and status). Each runs `git` in
 * the project folder and returns undefined when git, the repository or the object is not there (a
 * source archive without history): callers then say what they could not find out.
 */
import { spawnSync } from 'node:child_process';

function git(cwd: string, args: string[]): string | undefined {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return r.status === 0 ? r.stdout : undefined;
}

/** The content of a blob (`git cat-file -p <hash>`). */
export function readBlob(cwd: string, hash: string): string | undefined {
  return git(cwd, ['cat-file', '-p', hash]);
}

/**
 * Every committed version of a file, newest first, as `{ commit, path, blob }`. `paths` are the
 * names it may have had (e.g. `x.md` and `x.mdx`).
 */
export function fileVersions(cwd: string, paths: string[]): { commit: string; path: string; blob: string }[] {
  const log = git(cwd, ['log', '--format=%H', '--', ...paths]);
  if (log === undefined) return [];
  const out: { commit: string; path: string; blob: string }[] = [];
  for (const commit of log.split('\n').filter(Boolean)) {
    const tree = git(cwd, ['ls-tree', commit, '--', ...paths]);
    for (const line of (tree ?? '').split('\n').filter(Boolean)) {
      const m = /^\d+ blob ([0-9a-f]+)\t(.+)$/.exec(line);
      if (m) out.push({ commit, path: m[2]!, blob: m[1]! });
    }
  }
  return out;
}
