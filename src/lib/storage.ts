/**
 * Versioned, validated local storage: the one way the academy keeps anything on a reader's device.
 *
 * Contract:
 * - Keys are `va:v<version>:<name>`. A new version of a shape gets a new key; old keys are ignored.
 * - Every read is validated with the caller's Zod schema. Missing, unparsable, oversized or invalid
 *   data reads as the caller's fallback and never throws: corrupt data never breaks a page.
 * - Storage that is unavailable (private mode, disabled, quota) behaves like an empty store; writes
 *   report failure through their return value instead of throwing.
 * - Nothing here sends data anywhere. Callers never put anything in storage but what the reader typed
 *   or chose on this device.
 */
import { config } from 'zod/mini';

// Why: on first use Zod probes `Function('')` to decide whether it may compile faster parsers. The
// site's Content-Security-Policy refuses that (no 'unsafe-eval'), and the browser reports a CSP
// violation on every page that reads stored data. Jitless mode skips the probe; parsing is the same.
// (zod/mini and astro/zod share one core, so this covers both.)
config({ jitless: true });

/**
 * What a store needs of a schema: Zod's `safeParse`. Client code passes `zod/mini` schemas (small in
 * the browser); any Zod schema fits.
 */
export interface Validator<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false };
}

/** The part of `Storage` we use; tests pass a Map-backed fake. */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Largest value we write or accept, in characters. */
export const MAX_VALUE_LENGTH = 200_000;

export function storageKey(name: string, version: number): string {
  return `va:v${version}:${name}`;
}

/** The browser's localStorage, or undefined where it cannot be used. */
export function browserStorage(): StorageLike | undefined {
  try {
    const s = globalThis.localStorage;
    const probe = '__va_probe__';
    s.setItem(probe, '1');
    s.removeItem(probe);
    return s;
  } catch {
    return undefined;
  }
}

/** Parses and validates a JSON string; returns undefined when anything is wrong. */
export function parseStored<T>(raw: string | null | undefined, schema: Validator<T>): T | undefined {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > MAX_VALUE_LENGTH) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return undefined;
  }
  const result = schema.safeParse(value);
  return result.success ? result.data : undefined;
}

export interface Store<T> {
  readonly key: string;
  /** The stored value if valid, else the fallback. Never throws. */
  read(): T;
  /** Validates and writes; returns false when the value is invalid, too big, or storage failed. */
  write(value: T): boolean;
  clear(): void;
}

export function createStore<T>(options: {
  name: string;
  version: number;
  schema: Validator<T>;
  fallback: () => T;
  storage?: StorageLike;
}): Store<T> {
  const key = storageKey(options.name, options.version);
  const storage = () => options.storage ?? browserStorage();
  return {
    key,
    read() {
      let raw: string | null | undefined;
      try {
        raw = storage()?.getItem(key);
      } catch {
        raw = undefined;
      }
      return parseStored(raw, options.schema) ?? options.fallback();
    },
    write(value) {
      const checked = options.schema.safeParse(value);
      if (!checked.success) return false;
      const raw = JSON.stringify(checked.data);
      if (raw.length > MAX_VALUE_LENGTH) return false;
      try {
        const s = storage();
        if (!s) return false;
        s.setItem(key, raw);
        return true;
      } catch {
        return false;
      }
    },
    clear() {
      try {
        storage()?.removeItem(key);
      } catch {
        /* storage unavailable: nothing to clear */
      }
    },
  };
}

/**
 * Calls `onChange` when another tab changes `key` (the `storage` event fires only in other tabs).
 * Returns a function that stops listening.
 */
export function onStoreChange(key: string, onChange: () => void): () => void {
  if (typeof window === 'undefined') return () => {};
  const listener = (e: StorageEvent) => {
    if (e.key === key || e.key === null) onChange();
  };
  window.addEventListener('storage', listener);
  return () => window.removeEventListener('storage', listener);
}
