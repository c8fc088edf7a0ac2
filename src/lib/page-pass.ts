/**
 * Where the build's page pass meets the rendering: during `astro build`, the academy integration
 * starts the pass (scripts/build/page-pass.ts) in a worker thread and leaves it on `globalThis` for
 * the length of the build; src/middleware.ts hands it each page Astro renders. Only this contract is
 * here, so that the middleware carries none of the build's worker code.
 */

/** The pass as the middleware reaches it during `astro build`. */
export interface PagePassHost<Result = unknown> {
  /**
   * The finished page for the page at `pathname`, as UTF-8 bytes. The bytes given are moved to the
   * worker (transferred, not copied) and must not be used again.
   */
  page(pathname: string, bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>>;
  /** Waits for the pages in progress and stops the worker; what the pass did. */
  finish(): Promise<Result>;
}

const KEY = Symbol.for('academy.pagePass');
type Holder = Record<symbol, PagePassHost | undefined>;

/** The pass of the build under way, when there is one. */
export function runningPagePass(): PagePassHost | undefined {
  return (globalThis as Holder)[KEY];
}

/** Makes `host` the build's pass (`undefined`: the build has none any more). */
export function setRunningPagePass(host: PagePassHost | undefined): void {
  if (host) (globalThis as Holder)[KEY] = host;
  else delete (globalThis as Holder)[KEY];
}
