/**
 * A stand-in LMS for the SCORM package tests: a host page that installs scorm-again, the SCORM
 * run-time that learning systems embed, as `window.API` (SCORM 1.2) or `window.API_1484_11` (SCORM
 * 2004) and launches an unpacked package from dist/ in an iframe, as an LMS player does.
 *
 * Everything is served by Playwright routes under the test server's own origin (`/lms-test/…`), so
 * the watch of the shared fixture still sees any request that leaves it. The host acts as the LMS
 * between sessions: on every commit and at the end it keeps what an LMS keeps (the run-time data,
 * with `entry` = "resume" after a suspended exit) in sessionStorage, and loads it into a new API
 * before the next launch. Every value the package set is logged in order.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { unzipSync, strFromU8 } from 'fflate';
import type { Page } from '@playwright/test';

const require = createRequire(import.meta.url);
const runtime = {
  '1.2': readFileSync(require.resolve('scorm-again/scorm12/min')),
  '2004': readFileSync(require.resolve('scorm-again/scorm2004/min')),
};

export type Version = '1.2' | '2004';

/** The files of a package of dist/, by name. */
export function unpack(url: string): Map<string, Uint8Array> {
  return new Map(Object.entries(unzipSync(readFileSync(`dist${url}`))));
}

const TYPES = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  xml: 'application/xml',
} as const;
const typeOf = (file: string): string =>
  TYPES[file.split('.').pop() as keyof typeof TYPES] ?? 'application/octet-stream';

/** The host page's script: runs in the browser (serialised with toString). */
function host(): void {
  const params = new URLSearchParams(location.search);
  const v = params.get('v') as '1.2' | '2004';
  const key = `lms-record:${params.get('pkg')}`;
  const w = window as unknown as Record<string, unknown> & { Scorm12API: never; Scorm2004API: never };
  const Api = (v === '1.2' ? w.Scorm12API : w.Scorm2004API) as unknown as new (
    s: object,
  ) => {
    loadFromJSON(json: object): void;
    renderCMIToJSONObject(): { cmi: Record<string, unknown> & { core?: Record<string, unknown> } };
    on(event: string, cb: (...args: unknown[]) => void): void;
  };
  const api = new Api({ logLevel: 5, autocommit: false });
  const saved = sessionStorage.getItem(key);
  if (saved) api.loadFromJSON(JSON.parse(saved));
  const log = JSON.parse(sessionStorage.getItem(`${key}:log`) ?? '[]') as [string, string][];
  api.on(v === '1.2' ? 'LMSSetValue.cmi.*' : 'SetValue.cmi.*', (element, value) => {
    log.push([String(element), String(value)]);
    sessionStorage.setItem(`${key}:log`, JSON.stringify(log));
  });
  const keep = () => {
    const { cmi } = api.renderCMIToJSONObject();
    const core = (v === '1.2' ? cmi.core : cmi) as Record<string, unknown>;
    core.entry = core.exit === 'suspend' ? 'resume' : '';
    core.exit = '';
    delete core.session_time;
    delete core.total_time;
    sessionStorage.setItem(key, JSON.stringify(cmi));
  };
  api.on(v === '1.2' ? 'LMSCommit' : 'Commit', keep);
  api.on(v === '1.2' ? 'LMSFinish' : 'Terminate', keep);
  w[v === '1.2' ? 'API' : 'API_1484_11'] = api;
  const frame = document.getElementById('sco') as HTMLIFrameElement;
  frame.src = `/lms-test/pkg/${params.get('pkg')}/index.html`;
}

/** Serves the host page, scorm-again and the given packages (dist URLs) under /lms-test/. */
export async function installLms(page: Page, packages: readonly string[]): Promise<void> {
  const files = new Map<string, Map<string, Uint8Array>>();
  for (const url of packages) files.set(nameOf(url), unpack(url));
  await page.route('**/lms-test/**', async (route) => {
    const path = new URL(route.request().url()).pathname.replace(/^\/lms-test\//, '');
    if (path === 'host.html') {
      return route.fulfill({
        contentType: TYPES.html,
        body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Test LMS</title>
<script src="/lms-test/runtime.js?v=${new URL(route.request().url()).searchParams.get('v')}"></script></head>
<body><main><h1>Test LMS</h1><iframe id="sco" title="Course" style="width:100%;height:1400px;border:0"></iframe></main>
<script src="/lms-test/host.js"></script></body></html>`,
      });
    }
    if (path === 'blank.html')
      return route.fulfill({ contentType: TYPES.html, body: '<!doctype html><title>Test LMS</title>' });
    if (path === 'runtime.js') {
      const v = new URL(route.request().url()).searchParams.get('v') as Version;
      return route.fulfill({ contentType: TYPES.js, body: runtime[v] as Buffer });
    }
    if (path === 'host.js') return route.fulfill({ contentType: TYPES.js, body: `(${host.toString()})();` });
    const [, pkg, file] = /^pkg\/([^/]+)\/(.+)$/.exec(path) ?? [];
    const data = pkg && file ? files.get(pkg)?.get(file) : undefined;
    if (!data) return route.fulfill({ status: 404, body: 'not found' });
    return route.fulfill({ contentType: typeOf(file!), body: Buffer.from(data) });
  });
}

/** The package name used in /lms-test/pkg/<name>/ (the zip's file name without .zip). */
export function nameOf(url: string): string {
  return url
    .split('/')
    .pop()!
    .replace(/\.zip$/, '');
}

/** Opens a package in the test LMS. */
export async function launch(page: Page, url: string, version: Version): Promise<void> {
  await page.goto(`/lms-test/host.html?v=${version}&pkg=${nameOf(url)}`);
}

/** What the LMS has kept for a package (after a commit or the end of a session). */
export async function lmsRecord(page: Page, url: string): Promise<Record<string, unknown>> {
  return page.evaluate((key) => JSON.parse(sessionStorage.getItem(key) ?? '{}'), `lms-record:${nameOf(url)}`);
}

/** Every value the package set, in order. */
export async function lmsLog(page: Page, url: string): Promise<[string, string][]> {
  return page.evaluate((key) => JSON.parse(sessionStorage.getItem(key) ?? '[]'), `lms-record:${nameOf(url)}:log`);
}

/** Puts a record in the LMS before a launch (e.g. an earlier pass with a damaged resume state). */
export async function seedRecord(page: Page, url: string, cmi: object): Promise<void> {
  await page.goto('/lms-test/blank.html');
  await page.evaluate(
    ([key, value]) => sessionStorage.setItem(key!, value!),
    [`lms-record:${nameOf(url)}`, JSON.stringify(cmi)],
  );
}

/** The text of a package file. */
export function packageText(url: string, file: string): string {
  return strFromU8(unpack(url).get(file)!);
}
