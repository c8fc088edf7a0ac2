import { describe, expect, it } from 'vitest';
import { connectLms, findApi, noLms, type WindowLike } from '#src/features/training/lms/runtime/scorm-api.ts';

/** A SCORM 1.2 API that logs its calls; setting "bad" fails with error 405. */
class Fake12 {
  calls: string[] = [];
  failed = false;
  LMSInitialize() {
    return 'true';
  }
  LMSGetValue(k: string) {
    this.calls.push(`get ${k}`);
    return 'v';
  }
  LMSSetValue(k: string, v: string) {
    this.calls.push(`set ${k}=${v}`);
    this.failed = k === 'bad';
    return this.failed ? 'false' : 'true';
  }
  LMSCommit() {
    this.calls.push('commit');
    return 'true';
  }
  LMSFinish() {
    this.calls.push('finish');
    return 'true';
  }
  LMSGetLastError() {
    return this.failed ? '405' : '0';
  }
  LMSGetErrorString(code: string) {
    return `error ${code}`;
  }
}

/** A SCORM 2004 API that logs what is set and the end of the session. */
class Fake2004 {
  calls: string[] = [];
  Initialize() {
    return true;
  }
  GetValue() {
    return '';
  }
  SetValue(k: string, v: string) {
    this.calls.push(`${k}=${v}`);
    return true;
  }
  Commit() {
    return true;
  }
  Terminate() {
    this.calls.push('terminate');
    return true;
  }
  GetLastError() {
    return 0;
  }
}

/** A SCORM 1.2 API that refuses to start, or throws. */
class Refusing12 {
  constructor(private readonly fail: 'false' | 'throw') {}
  LMSInitialize() {
    if (this.fail === 'throw') throw new Error('x');
    return 'false';
  }
}

/** A chain of windows: the last is the top; the API, if any, sits on window `at`. */
function windows(depth: number, at: number | undefined, name: string, api: unknown = {}): WindowLike[] {
  const list: WindowLike[] = [];
  for (let i = 0; i < depth; i++) list.push({});
  list.forEach((w, i) => {
    w.parent = list[i + 1] ?? w;
  });
  if (at !== undefined) list[at]![name] = api;
  return list;
}

describe('finding the LMS’s API', () => {
  it('looks on the window, then on each parent', () => {
    const api = new Fake2004();
    const chain = windows(4, 2, 'API_1484_11', api);
    expect(findApi(chain[0]!, '2004')).toBe(api);
    expect(findApi(chain[0]!, '1.2')).toBeUndefined();
    expect(findApi(windows(1, 0, 'API')[0]!, '1.2')).toBeDefined();
  });

  it('then from the window that opened this one', () => {
    const api = {};
    const opener = windows(3, 1, 'API', api);
    const self = windows(2, undefined, 'API');
    self[0]!.opener = opener[0]!;
    expect(findApi(self[0]!, '1.2')).toBe(api);
  });

  it('stops at a window of another origin (reading it throws) and at a few hundred levels', () => {
    const foreign = new Proxy({} as WindowLike, {
      get() {
        throw new Error('SecurityError');
      },
    });
    expect(findApi({ parent: foreign }, '1.2')).toBeUndefined();
    const deep = windows(600, 599, 'API');
    expect(findApi(deep[0]!, '1.2')).toBeUndefined();
    expect(findApi(deep[100]!, '1.2')).toBeDefined();
  });
});

describe('the connection', () => {
  it('falls back to a stand-in that keeps nothing when there is no LMS or it refuses to start', () => {
    const none = connectLms({}, '2004');
    expect(none.connected).toBe(false);
    expect(none.set('cmi.location', 'x')).toBe(true);
    expect(none.get('cmi.location')).toBe('');
    expect(connectLms({ API: new Refusing12('false') }, '1.2').connected).toBe(false);
    expect(connectLms({ API: new Refusing12('throw') }, '1.2').connected).toBe(false);
    expect(noLms('1.2').version).toBe('1.2');
  });

  it('calls the 1.2 methods, reports errors and finishes once', () => {
    const api = new Fake12();
    const lms = connectLms({ API: api }, '1.2');
    expect(lms.connected).toBe(true);
    expect(lms.get('cmi.core.lesson_status')).toBe('v');
    expect(lms.set('cmi.core.lesson_location', 'a/1')).toBe(true);
    expect(lms.set('bad', 'x')).toBe(false);
    expect(lms.lastError()).toBe('405: error 405');
    expect(lms.commit()).toBe(true);
    expect(lms.finish()).toBe(true);
    expect(lms.finish()).toBe(false);
    expect(lms.set('cmi.core.lesson_location', 'a/2')).toBe(false);
    expect(api.calls.filter((c) => c === 'finish')).toHaveLength(1);
  });

  it('calls the 2004 methods', () => {
    const api = new Fake2004();
    const lms = connectLms({ parent: { API_1484_11: api } }, '2004');
    expect(lms.version).toBe('2004');
    expect(lms.set('cmi.location', 'a/1')).toBe(true);
    expect(lms.lastError()).toBe('');
    lms.finish();
    expect(api.calls).toEqual(['cmi.location=a/1', 'terminate']);
  });
});
