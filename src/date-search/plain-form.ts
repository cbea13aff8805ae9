import type { normalizeIso, readFormat } from './parse.js';

/**
 * How `<date-search>` takes over a portal's own `<form>` placed inside it. Only pages with such a
 * form need this, so it is a chunk of its own, loaded when the element meets one. It imports nothing
 * from the main bundle (the bundler would split it to share the code): the element hands it the two
 * helpers of `parse.ts` it needs.
 */
export interface Helpers {
  readFormat: typeof readFormat;
  normalizeIso: typeof normalizeIso;
}

/**
 * Reads a form's own value in a format from `readFormat`: its three numbers, in the format's order
 * (separators are not checked). ISO, or '' when it is not a real day.
 */
export function parseIn(text: string, format: string, { normalizeIso }: Helpers): string {
  const numbers = text.match(/\d+/g);
  const order = format.match(/[dmy]+/g)!.map((t) => t[0]);
  const part = (field: string, width = 2) => numbers![order.indexOf(field)].padStart(width, '0');
  return numbers?.length === 3 ? normalizeIso(`${part('y', 4)}-${part('m')}-${part('d')}`) : '';
}

/**
 * The format a form's text field writes its day in, guessed from its value: year first when it has
 * four digits first, else day first (`d/m/yyyy` when the day or month has one digit, `dd/mm/yyyy`
 * otherwise), with the value's separator. Null when the value is no date; a month-first form needs `format`.
 */
export function inferFormat(value: string, helpers: Helpers): string | null {
  const [first = '', second = ''] = value.match(/\d+/g) ?? [];
  const sep = /\d(\D+)\d/.exec(value)?.[1];
  const unpadded = first.length === 1 || second.length === 1;
  const format = helpers.readFormat(
    first.length === 4 ? `yyyy${sep}mm${sep}dd` : unpadded ? `d${sep}m${sep}yyyy` : `dd${sep}mm${sep}yyyy`,
  );
  return sep && format && parseIn(value, format, helpers) ? format : null;
}

/** The portal's own form that an element wraps, and what the element does with it. */
export interface PlainForm {
  form: HTMLFormElement;
  /**
   * Writes the day into the form's field, for its own checks and for scripts that read it (jQuery's
   * `serialize`): in its format, or ISO in a date input, whose value can be nothing else.
   */
  write(iso: string, formatted: string): void;
}

/**
 * Reads a portal's own `<form>` placed inside the element (its date field: the input named by the
 * element's `name`, else its first `<input type="date">`, else its first text input) into the
 * element's attributes, those it does not set itself; `action` stays the form's. A text field's
 * format is the element's `format`, else its placeholder's (`dd/mm/yyyy`), else its value's
 * (`18/11/2019`); a date input's is ISO. The form is not slotted, so it disappears, but stays in the
 * page: the element submits it, with its other fields, and with `submitted()` as the date.
 */
export function adoptPlainForm(host: HTMLElement, submitted: () => string, helpers: Helpers): PlainForm | undefined {
  const form = host.querySelector<HTMLFormElement>(':scope > form');
  const named = host.getAttribute('name');
  const input =
    (named && form?.querySelector<HTMLInputElement>(`input[name="${CSS.escape(named)}"]`)) ||
    form?.querySelector<HTMLInputElement>('input[type="date"]') ||
    form?.querySelector<HTMLInputElement>('input[type="text"], input:not([type])');
  if (!form || !input) return;
  const take = (attr: string, value: string | null | undefined) => {
    if (!host.hasAttribute(attr) && value) host.setAttribute(attr, value);
  };
  let value = input.value;
  if (input.type !== 'date') {
    // The element's own format wins, even a bad one (which means the default, as everywhere).
    const own = host.getAttribute('format');
    const { readFormat } = helpers;
    const format =
      (own === null ? (readFormat(input.placeholder) ?? inferFormat(value, helpers)) : readFormat(own)) ?? 'yyyy-mm-dd';
    take('format', format);
    value = parseIn(value, format, helpers);
  }
  take('name', input.name);
  take('min', input.getAttribute('min'));
  take('max', input.getAttribute('max'));
  take('value', value);
  if (input.required) host.toggleAttribute('required', true);
  // Whoever submits the form (the element or a page's script) sends the element's date in the
  // field's place: never the field's old or ISO value beside it.
  form.addEventListener('formdata', (event) => {
    if (input.name) event.formData.set(input.name, submitted());
  });
  return { form, write: (iso, formatted) => (input.value = input.type === 'date' ? iso : formatted) };
}
