import type { ParseFailure, ParseResult } from './parse.js';

/**
 * The URL a search opens: `action` (relative to `base`) with `name=date` set and its other parameters
 * kept, like a GET form. Null when `action` is not a URL.
 */
export function searchUrl(action: string, name: string, date: string, base: string): string | null {
  try {
    const url = new URL(action, base);
    url.searchParams.set(name, date);
    return url.href;
  } catch {
    return null;
  }
}

/** The validity of the field's text, as ElementInternals wants it, with the reason to explain. */
export function validityOf(result: ParseResult, required: boolean): [ValidityStateFlags, ParseFailure | null] {
  if (result.ok || (result.reason === 'empty' && !required)) return [{}, null];
  const { reason } = result;
  const flag =
    reason === 'empty'
      ? 'valueMissing'
      : reason === 'before-min'
        ? 'rangeUnderflow'
        : reason === 'after-max'
          ? 'rangeOverflow'
          : 'badInput';
  return [{ [flag]: true }, reason];
}
