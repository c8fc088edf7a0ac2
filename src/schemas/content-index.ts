/**
 * The id index: which entry ids exist in each collection, read from file names alone.
 *
 * Why: Astro only logs a reference to a missing entry and exits 0. Every reference field in our
 * schemas checks its target against this index instead, so a dangling reference is an ordinary
 * schema error that fails `astro build` (and `scripts/validate-content.ts`) with file and field named.
 * File names are the ids (see `entryIdFromPath`), so the index needs no parsing and no ordering.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, extname } from 'node:path';

/** File extensions a collection entry may have. */
export const ENTRY_EXTENSIONS = ['.md', '.mdx', '.yaml', '.yml', '.json'] as const;

let contentRoot = resolve(process.cwd(), 'content');
let cache: Map<string, Set<string>> | undefined;

/** Point the index at another content folder (tests and fixtures); clears the cache. */
export function setContentRoot(dir: string): void {
  contentRoot = resolve(dir);
  cache = undefined;
}

export function getContentRoot(): string {
  return contentRoot;
}

/** The id of an entry: its path inside the collection folder, without extension. */
export function entryIdFromPath(pathInCollection: string): string {
  return pathInCollection
    .slice(0, pathInCollection.length - extname(pathInCollection).length)
    .split('\\')
    .join('/');
}

/** Every entry file of a collection, as paths relative to the collection folder, sorted. */
export function listEntryFiles(collection: string, root = contentRoot): string[] {
  const base = join(root, collection);
  const out: string[] = [];
  const walk = (dir: string) => {
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      return;
    }
    for (const name of names.sort()) {
      if (name.startsWith('.') || name.startsWith('_')) continue;
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if ((ENTRY_EXTENSIONS as readonly string[]).includes(extname(name))) out.push(relative(base, full));
    }
  };
  walk(base);
  return out;
}

/** The ids that exist in a collection. */
export function knownIds(collection: string): Set<string> {
  cache ??= new Map();
  let ids = cache.get(collection);
  if (!ids) {
    ids = new Set(listEntryFiles(collection).map(entryIdFromPath));
    cache.set(collection, ids);
  }
  return ids;
}
