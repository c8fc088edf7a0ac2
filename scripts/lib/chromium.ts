/**
 * Debian's chromium, as the browser tests (playwright.config.ts) and Lighthouse (scripts/lighthouse.ts)
 * start it: headless, no sandbox (CI runs as root), and nothing that talks to Google's servers.
 */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
