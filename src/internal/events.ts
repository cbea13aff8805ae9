/**
 * Fires a user-action event that bubbles out of shadow roots.
 * Returns false when a listener cancelled a cancelable event.
 */
export function emit<T>(host: EventTarget, type: string, detail?: T, options: { cancelable?: boolean } = {}): boolean {
  return host.dispatchEvent(
    new CustomEvent<T>(type, { detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false }),
  );
}

/** Fires a plain native-like event (`change`, `input`) that bubbles and crosses shadow roots. */
export function emitNative(host: EventTarget, type: 'change' | 'input'): void {
  host.dispatchEvent(new Event(type, { bubbles: true, composed: true }));
}
