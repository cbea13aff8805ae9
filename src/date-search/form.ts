import type { ParseFailure, ParseResult } from './parse.js';

/**
 * The URL a search opens: `action` (relative to `base`) with `name=iso` set and its other parameters
 * kept, like a GET form. Null when `action` is not a URL.
 */
export function searchUrl(action: string, name: string, iso: string, base: string): string | null {
  try {
    const url = new URL(action, base);
    url.searchParams.set(name, iso);
    return url.href;
  } catch {
    return null;
  }
}

/**
 * Reads a no-JavaScript `<form>` with an `<input type="date">` placed inside the element into the
 * element's attributes (those it does not set itself). The form is not slotted, so it disappears.
 */
export function adoptPlainForm(host: HTMLElement): void {
  const form = host.querySelector(':scope > form');
  const input = form?.querySelector<HTMLInputElement>('input[type="date"]');
  if (!form || !input) return;
  const take = (attr: string, value: string | null) => {
    if (!host.hasAttribute(attr) && value) host.setAttribute(attr, value);
  };
  take('action', form.getAttribute('action'));
  take('name', input.name);
  take('min', input.getAttribute('min'));
  take('max', input.getAttribute('max'));
  take('value', input.value);
  if (input.required) host.toggleAttribute('required', true);
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
