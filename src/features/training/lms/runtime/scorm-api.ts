/**
 * Finding the LMS's SCORM API and talking to it, for SCORM 1.2 (`window.API`, `LMSInitialize`…)
 * and SCORM 2004 (`window.API_1484_11`, `Initialize`…), behind one small interface. With no LMS
 * (the package opened on its own), `connectLms` returns a stand-in that keeps nothing, so the
 * course still works and says that progress is not recorded.
 *
 * Discovery follows the algorithm both standards describe: look for the API object on the
 * window, then on each parent window in turn (a few hundred levels at most), then the same from the
 * window that opened this one (`opener`, for LMSs that launch content in a new window). A window of
 * another origin cannot be read; the search stops there.
 */
import type { ScormVersion } from '../types.ts';

/** What the runtime needs of a window: the search only reads these properties. */
export interface WindowLike {
  parent?: WindowLike | null;
  opener?: WindowLike | null;
  top?: WindowLike | null;
  [key: string]: unknown;
}

/** The SCORM 1.2 API object (only the methods used). */
export interface Api12 {
  LMSInitialize(arg: ''): string | boolean;
  LMSFinish(arg: ''): string | boolean;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string | boolean;
  LMSCommit(arg: ''): string | boolean;
  LMSGetLastError(): string | number;
  LMSGetErrorString?(code: string): string;
}

/** The SCORM 2004 API object (only the methods used). */
export interface Api2004 {
  Initialize(arg: ''): string | boolean;
  Terminate(arg: ''): string | boolean;
  GetValue(element: string): string;
  SetValue(element: string, value: string): string | boolean;
  Commit(arg: ''): string | boolean;
  GetLastError(): string | number;
  GetErrorString?(code: string): string;
}

/** How many windows up the search goes (the 2004 run-time documentation's example uses 500; 1.2's, 7). */
export const MAX_PARENTS = 500;

export const API_NAME: Record<ScormVersion, 'API' | 'API_1484_11'> = { '1.2': 'API', '2004': 'API_1484_11' };

function read(win: WindowLike, key: string): unknown {
  try {
    return win[key];
  } catch {
    return undefined; // a window of another origin
  }
}

/** The API object on `win` or one of its parents, or undefined. */
function searchUp(win: WindowLike | null | undefined, name: string): unknown {
  let current: WindowLike | null | undefined = win;
  for (let level = 0; current && level <= MAX_PARENTS; level++) {
    const api = read(current, name);
    if (api && typeof api === 'object') return api;
    const parent = read(current, 'parent') as WindowLike | null | undefined;
    if (!parent || parent === current) return undefined;
    current = parent;
  }
  return undefined;
}

/** The LMS's API object for `version`: from this window and its parents, then from the opener's. */
export function findApi(win: WindowLike, version: ScormVersion): Api12 | Api2004 | undefined {
  const name = API_NAME[version];
  const found = searchUp(win, name);
  if (found) return found as Api12 | Api2004;
  const opener = read(win, 'opener') as WindowLike | null | undefined;
  if (opener) {
    const fromOpener = searchUp(opener, name);
    if (fromOpener) return fromOpener as Api12 | Api2004;
  }
  return undefined;
}

/** The LMS connection the runtime uses, whatever the version. */
export interface Lms {
  version: ScormVersion;
  /** False for the stand-in used without an LMS. */
  connected: boolean;
  get(element: string): string;
  /** Sets a value; false (with `lastError`) when the LMS refused it. */
  set(element: string, value: string): boolean;
  commit(): boolean;
  /** Ends the session (LMSFinish / Terminate); later calls do nothing. */
  finish(): boolean;
  /** The last error, as "code: text" ('' when none). */
  lastError(): string;
}

const ok = (result: unknown) => result === true || result === 'true';

function adapter12(api: Api12): Lms {
  let finished = false;
  const error = () => {
    const code = String(api.LMSGetLastError());
    return code === '0' || code === ''
      ? ''
      : `${code}${api.LMSGetErrorString ? `: ${api.LMSGetErrorString(code)}` : ''}`;
  };
  return {
    version: '1.2',
    connected: true,
    get: (element) => String(api.LMSGetValue(element) ?? ''),
    set: (element, value) => !finished && ok(api.LMSSetValue(element, value)),
    commit: () => !finished && ok(api.LMSCommit('')),
    finish: () => {
      if (finished) return false;
      finished = true;
      return ok(api.LMSFinish(''));
    },
    lastError: error,
  };
}

function adapter2004(api: Api2004): Lms {
  let finished = false;
  const error = () => {
    const code = String(api.GetLastError());
    return code === '0' || code === '' ? '' : `${code}${api.GetErrorString ? `: ${api.GetErrorString(code)}` : ''}`;
  };
  return {
    version: '2004',
    connected: true,
    get: (element) => String(api.GetValue(element) ?? ''),
    set: (element, value) => !finished && ok(api.SetValue(element, value)),
    commit: () => !finished && ok(api.Commit('')),
    finish: () => {
      if (finished) return false;
      finished = true;
      return ok(api.Terminate(''));
    },
    lastError: error,
  };
}

/** The stand-in without an LMS: accepts everything, keeps nothing. */
export function noLms(version: ScormVersion): Lms {
  return {
    version,
    connected: false,
    get: () => '',
    set: () => true,
    commit: () => true,
    finish: () => true,
    lastError: () => '',
  };
}

/**
 * Finds the API for `version`, starts the session (LMSInitialize / Initialize) and returns the
 * connection; the stand-in when there is no API or the LMS refuses to start.
 */
export function connectLms(win: WindowLike, version: ScormVersion): Lms {
  const api = findApi(win, version);
  if (!api) return noLms(version);
  try {
    if (version === '1.2') {
      const a = api as Api12;
      if (typeof a.LMSInitialize !== 'function' || !ok(a.LMSInitialize(''))) return noLms(version);
      return adapter12(a);
    }
    const a = api as Api2004;
    if (typeof a.Initialize !== 'function' || !ok(a.Initialize(''))) return noLms(version);
    return adapter2004(a);
  } catch {
    return noLms(version);
  }
}
