/**
 * Content is written in our own words: no content file repeats 12 consecutive words of a seed
 * document (scripts/qa/originality.ts says what counts). Runs against the committed fingerprints,
 * so it never depends on the seed texts being present; when they are (../shared/seeds, or
 * SEEDS_DIR), it also checks that the fingerprints are up to date.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  committedFingerprints,
  copiedRun,
  FINGERPRINTS_FILE,
  RUN,
  SEEDS_DIR,
  seedFingerprints,
} from '#scripts/qa/originality.ts';
import { listEntryFiles } from '#src/schemas/content-index.ts';
import { COLLECTION_NAMES } from '#src/schemas/index.ts';

const committed = committedFingerprints();
const fromSeeds = seedFingerprints();

describe('originality against the seed documents', () => {
  it('has the seed fingerprints (test/content/seed-fingerprints.txt) or the seed texts', () => {
    expect(
      committed ?? fromSeeds,
      `neither ${FINGERPRINTS_FILE} nor ${SEEDS_DIR} exists: restore the file or run npm run fingerprints beside the seeds`,
    ).toBeDefined();
  });

  it(`no content file repeats ${RUN} consecutive words of a seed document`, () => {
    const hashes = (committed ?? fromSeeds)?.hashes ?? new Set<string>();
    expect(hashes.size).toBeGreaterThan(0);
    const copied: string[] = [];
    for (const collection of COLLECTION_NAMES) {
      for (const file of listEntryFiles(collection, resolve('content'))) {
        const run = copiedRun(readFileSync(resolve('content', collection, file), 'utf8'), hashes);
        if (run) copied.push(`content/${collection}/${file}: "${run}"`);
      }
    }
    expect(copied).toEqual([]);
    // Reads every content file: allow for a loaded machine.
  }, 60_000);

  it('keeps the fingerprints up to date with the seed texts (npm run fingerprints)', () => {
    expect(committed, `${FINGERPRINTS_FILE} is missing: run npm run fingerprints`).toBeDefined();
    if (!fromSeeds) return; // No seed texts here: the committed fingerprints are all there is to check.
    expect(committed?.seeds).toEqual(fromSeeds.seeds);
    expect(committed?.hashes).toEqual(fromSeeds.hashes);
  });
});
