/**
 * Browser tests: Debian's chromium (browser downloads fail here) against `dist/` served the way a
 * static host serves it (`scripts/serve.ts`). `npm run build` must have run first.
 */
import { availableParallelism } from 'node:os';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS } from './scripts/lib/chromium.ts';

const PORT = Number(process.env.TEST_PORT ?? 4399);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: './test/e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  // One worker per core the machine offers (the tests are independent: fullyParallel).
  workers: availableParallelism(),
  retries: 0,
  timeout: 30_000,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: {
      executablePath: CHROMIUM,
      args: CHROMIUM_ARGS,
    },
  },
  projects: [
    { name: 'desktop', use: { viewport: { width: 1280, height: 800 } }, testIgnore: ['**/*.no-js.spec.ts'] },
    {
      name: 'no-js',
      use: { javaScriptEnabled: false, viewport: { width: 1280, height: 800 } },
      testMatch: '**/*.no-js.spec.ts',
    },
  ],
  webServer: {
    command: `node scripts/serve.ts dist`,
    env: { PORT: String(PORT) },
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 20_000,
  },
});
