/**
 * Three tiers of Vitest tests (Playwright's browser tests are the fourth, test/e2e/):
 * - unit: test/unit/** mirrors src/** and scripts/**; pure: no build, no Java, no dist/, and no real
 *   content (the content root points at test/fixtures/unit-content, see test/unit/setup.ts);
 * - content: test/content/** checks the real content files (no build);
 * - dist: test/dist/** checks the built site in dist/ (needs `npm run build`, and Java for the HTML checker).
 * `npm run test:unit`, `test:content`, `test:dist` run one tier; `npm test` runs them all in order.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    reporters: ['default'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          environment: 'node',
          setupFiles: ['test/unit/setup.ts'],
        },
      },
      { test: { name: 'content', include: ['test/content/**/*.test.ts'], environment: 'node' } },
      { test: { name: 'dist', include: ['test/dist/**/*.test.ts'], environment: 'node', testTimeout: 300_000 } },
    ],
  },
});
