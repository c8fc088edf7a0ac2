import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoSourceOf, startScormPackager } from '#scripts/build/scorm-packages.ts';

describe('the build-only pages of the SCORM packages', () => {
  it('are told apart by language and module', () => {
    expect(scoSourceOf('/training/lms/build/en/')).toEqual({ locale: 'en' });
    expect(scoSourceOf('/training/lms/build/fr/due-diligence/')).toEqual({ locale: 'fr', module: 'due-diligence' });
    expect(scoSourceOf('/training/lms/')).toBeUndefined();
    expect(scoSourceOf('/training/lms/build/')).toBeUndefined();
    expect(scoSourceOf('/training/lms/build/en/a/b/')).toBeUndefined();
    expect(scoSourceOf('/fr/training/lms/build/en/')).toBeUndefined();
  });
});

describe('the packager process', () => {
  it('stops with an error that names the missing page when a language has no catalogue', async () => {
    const out = mkdtempSync(join(tmpdir(), 'scorm-'));
    const packager = startScormPackager(out);
    packager.end();
    await expect(packager.result()).rejects.toThrow(/catalogue page \/training\/lms\/build\/en\/ was not rendered/);
    rmSync(out, { recursive: true, force: true });
  });

  it('names a build-only page it cannot read', async () => {
    const out = mkdtempSync(join(tmpdir(), 'scorm-'));
    const packager = startScormPackager(out);
    packager.add('/training/lms/build/en/x/', new TextEncoder().encode('<html></html>'));
    await expect(packager.result()).rejects.toThrow(/\/training\/lms\/build\/en\/x\/: no #sco-source element/);
    rmSync(out, { recursive: true, force: true });
  });
});
