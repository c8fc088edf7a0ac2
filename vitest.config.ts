import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/content/**/*.test.ts'],
    environment: 'node',
    reporters: process.env.VITEST_JSON ? ['default', ['json', { outputFile: 'test-results/unit.json' }]] : ['default'],
  },
});
