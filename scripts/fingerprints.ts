/**
 * `npm run fingerprints`: rewrites test/content/seed-fingerprints.txt from the seed texts in
 * ../shared/seeds (or SEEDS_DIR). Run it when a seed text is added or changes; the content tests
 * say when the file is out of date.
 */
import { writeFileSync } from 'node:fs';
import { FINGERPRINTS_FILE, formatFingerprints, SEEDS_DIR, seedFingerprints } from './qa/originality.ts';

const fingerprints = seedFingerprints();
if (!fingerprints) {
  console.error(`${SEEDS_DIR} not found: the seed texts live beside the repository (or set SEEDS_DIR).`);
  process.exit(1);
}
writeFileSync(FINGERPRINTS_FILE, formatFingerprints(fingerprints));
console.log(
  `${fingerprints.hashes.size} fingerprints of ${fingerprints.seeds.length} seed texts written to ${FINGERPRINTS_FILE}`,
);
