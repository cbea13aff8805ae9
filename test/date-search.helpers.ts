import { sendKeys } from '@web/test-runner-commands';
import type { DateSearch } from '../src/date-search.js';

// WebDriver (WebKit) presses every key of one command together and releases them after, so repeated
// characters merge and "Shift+PageUp" is typed as text: there, send characters one at a time and
// modifier chords as WebDriver key codes.
const webdriver = !/Chrome|Firefox/.test(navigator.userAgent);
const CODES: Record<string, string> = {
  Shift: '\uE008',
  Alt: '\uE00A',
  Tab: '\uE004',
  Enter: '\uE007',
  Escape: '\uE00C',
  ' ': '\uE00D',
  PageUp: '\uE00E',
  PageDown: '\uE00F',
  End: '\uE010',
  Home: '\uE011',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
};

/** Presses one key (use ' ' for Space), optionally with Shift or Alt held. */
export async function press(key: string, modifier?: 'Shift' | 'Alt'): Promise<void> {
  if (webdriver) {
    await sendKeys(modifier ? { type: CODES[modifier] + (CODES[key] ?? key) } : { press: key === ' ' ? 'Space' : key });
  } else {
    if (modifier) await sendKeys({ down: modifier });
    await sendKeys({ press: key });
    if (modifier) await sendKeys({ up: modifier });
  }
  await new Promise((r) => requestAnimationFrame(r));
}

/** Types text into the focused field, key by key. */
export async function typeText(text: string): Promise<void> {
  if (webdriver) for (const ch of text) await sendKeys({ press: ch === ' ' ? 'Space' : ch });
  else await sendKeys({ type: text });
}

export const parts = (el: DateSearch) => {
  const root = el.shadowRoot!;
  return {
    input: root.querySelector('input')!,
    calendarButton: root.querySelector<HTMLButtonElement>('[part="calendar-button"]')!,
    searchButton: root.querySelector<HTMLButtonElement>('[part="search-button"]')!,
    error: root.querySelector<HTMLElement>('[part="error"]')!,
    hint: root.querySelector<HTMLElement>('[part="hint"]')!,
    label: root.querySelector('label')!,
    dialog: root.querySelector('dialog'),
  };
};

/** What the field shows after a person replaced its text (without the keyboard). */
export async function setText(el: DateSearch, text: string, leave = true): Promise<void> {
  const { input } = parts(el);
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
  if (leave) {
    input.dispatchEvent(new FocusEvent('blur'));
    await el.updateComplete;
  }
}

/** Lets the instance keep the page: records the URLs it would open. */
export function interceptNavigation(el: DateSearch): string[] {
  const urls: string[] = [];
  (el as unknown as { navigate(url: string): void }).navigate = (url: string) => urls.push(url);
  return urls;
}

export const activeInShadow = (el: DateSearch) => el.shadowRoot!.activeElement as HTMLElement | null;

/**
 * Keeps a form's submissions on the page: records, for each, what the browser would send (the form
 * data, built as the browser builds it, `formdata` event included).
 */
export function captureSubmissions(form: HTMLFormElement): [string, FormDataEntryValue][][] {
  const sent: [string, FormDataEntryValue][][] = [];
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    sent.push([...new FormData(form)]);
  });
  return sent;
}

/** The URL a GET form opens with these entries. */
export const getUrl = (form: HTMLFormElement, entries: [string, FormDataEntryValue][]) =>
  `${form.action}?${new URLSearchParams(entries as [string, string][])}`;
