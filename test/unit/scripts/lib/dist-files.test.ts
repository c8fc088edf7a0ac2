import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { byPathSegments, listFiles } from '#scripts/lib/dist-files.ts';

describe('the order of the files of a built site', () => {
  const files = ['a-b/index.html', 'a/index.html', 'a/b/index.html', 'index.html'];

  it('orders paths as a directory walk with sorted names does', () => {
    expect([...files].sort(byPathSegments)).toEqual(['a/b/index.html', 'a/index.html', 'a-b/index.html', 'index.html']);
  });

  it('is the order listFiles gives', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dist-files-'));
    for (const f of files) {
      mkdirSync(dirname(join(dir, f)), { recursive: true });
      writeFileSync(join(dir, f), '');
    }
    expect(listFiles(dir)).toEqual([...files].sort(byPathSegments));
    rmSync(dir, { recursive: true, force: true });
  });
});
