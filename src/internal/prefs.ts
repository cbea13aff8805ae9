/**
 * Reader preferences (text size, abbreviations on/off) kept in localStorage under `portal-elements:`.
 * Survives storage that is missing or throws (private mode, policy, quota) by keeping values in
 * memory; tells every subscriber on the page at once, and other tabs through the `storage` event.
 */
const PREFIX = 'portal-elements:';
type Listener = (value: unknown) => void;

const memory = new Map<string, string>();
const listeners = new Map<string, Set<Listener>>();
let listening = false;

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

function parse(raw: string | null | undefined): unknown {
  if (raw == null) return undefined;
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}

function notify(key: string, value: unknown) {
  for (const listener of listeners.get(key) ?? []) {
    try {
      listener(value);
    } catch (err) {
      console.error(err);
    }
  }
}

function onStorage(event: StorageEvent) {
  if (event.key === null) {
    // Another tab cleared storage: every preference is back to its default.
    memory.clear();
    for (const key of listeners.keys()) notify(key, undefined);
    return;
  }
  if (!event.key.startsWith(PREFIX)) return;
  const key = event.key.slice(PREFIX.length);
  if (event.newValue === null) memory.delete(key);
  else memory.set(key, event.newValue);
  notify(key, parse(event.newValue));
}

/** The stored value for `key`, or undefined when none is stored or it is unreadable. */
export function readPref(key: string): unknown {
  let raw: string | null | undefined;
  try {
    raw = storage()?.getItem(PREFIX + key);
  } catch {
    raw = undefined;
  }
  return parse(raw ?? memory.get(key));
}

/** Stores `value` (JSON) and tells the other subscribers on this page. Never throws. */
export function writePref(key: string, value: unknown): void {
  const raw = JSON.stringify(value);
  memory.set(key, raw);
  try {
    storage()?.setItem(PREFIX + key, raw);
  } catch {
    // Storage unavailable or full: the in-memory copy serves this page.
  }
  notify(key, value);
}

/** Forgets `key`; subscribers are told `undefined`. */
export function clearPref(key: string): void {
  memory.delete(key);
  try {
    storage()?.removeItem(PREFIX + key);
  } catch {
    // Nothing stored to remove.
  }
  notify(key, undefined);
}

/** Calls `listener` with the new value whenever `key` changes, here or in another tab. Returns the unsubscribe. */
export function subscribePref(key: string, listener: Listener): () => void {
  if (!listening && typeof window !== 'undefined') {
    window.addEventListener('storage', onStorage);
    listening = true;
  }
  let set = listeners.get(key);
  if (!set) listeners.set(key, (set = new Set()));
  set.add(listener);
  return () => {
    set.delete(listener);
  };
}
