import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** A message, or one message per plural category (`one`, `other`, …) chosen by the `count` parameter. */
export type Message = string | { readonly [category: string]: string; readonly other: string };
export type Messages = Readonly<Record<string, Message>>;
/** Built-in translations of one element: `vi` and `en` at least, keyed by base language. */
export type Catalog<M extends Messages> = { readonly vi: M; readonly en: M } & Readonly<Record<string, M>>;
export type Params = Readonly<Record<string, string | number>>;

export const DEFAULT_LANG = 'vi';

/** The `lang` of the closest ancestor (crossing shadow roots) that has one, or '' when none does. */
export function closestLang(start: Element): string {
  let node: Element | null = start;
  while (node) {
    const withLang: Element | null = node.closest('[lang]');
    if (withLang) return withLang.getAttribute('lang') ?? '';
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return '';
}

// A page has one or two languages and many elements: each tag is canonicalised once.
const canonical = new Map<string, string>();

/** A BCP 47 tag Intl accepts, or the default language when the tag is empty or malformed. */
export function safeLocale(tag: string): string {
  let locale = canonical.get(tag);
  if (locale === undefined) {
    const trimmed = tag.trim();
    try {
      locale = (trimmed && Intl.getCanonicalLocales(trimmed)[0]) || DEFAULT_LANG;
    } catch {
      locale = DEFAULT_LANG;
    }
    canonical.set(tag, locale);
  }
  return locale;
}

/** Fills `{name}` placeholders; a missing parameter leaves the placeholder visible rather than "undefined". */
export function format(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

// The first Intl number formatter of a page costs 15–40 ms on a desktop while ICU loads its data, which
// would lengthen the task that shows a rating's summary. Vietnamese and English numbers need only two
// separators; tests check this path against Intl's.
const SEPARATORS: Record<string, [decimal: string, group: string]> = { vi: [',', '.'], en: ['.', ','] };
/** Locales whose plain numbers are known without Intl (no script, extension or region with other separators). */
const PLAIN_NUMBERS = /^(vi(?:-vn)?|en(?:-us|-gb)?)$/i;

/**
 * `value` formatted as `Intl.NumberFormat(locale, options)` would, without Intl; null when that needs
 * Intl: another locale, options other than `maximumFractionDigits` (0 to 3), or a negative or huge value.
 */
export function plainNumber(value: number, locale: string, options?: Intl.NumberFormatOptions): string | null {
  const lang = PLAIN_NUMBERS.exec(locale)?.[1].slice(0, 2).toLowerCase();
  const percent = options?.style == 'percent';
  const digits = options?.maximumFractionDigits ?? (percent ? 0 : 3);
  const plainOptions =
    !options || Object.keys(options).every((key) => key == 'maximumFractionDigits' || (key == 'style' && percent));
  // A percentage shifts the decimal text by two places, as Intl does, rather than multiplying the double.
  if (percent) value = +`${value}e2`;
  // Below 10¹² with at most 3 decimals, the shifted value stays an exact integer for Math.round.
  if (!lang || !plainOptions || !(value >= 0 && value < 1e12) || Object.is(value, -0)) return null;
  if (!(digits >= 0 && digits <= 3 && Number.isInteger(digits))) return null;
  const [decimal, group] = SEPARATORS[lang];
  // Intl rounds the shortest decimal that reads back as `value` ("4.35", not 4.3499…), halves up: so
  // does shifting that decimal by an exponent in text.
  const [whole, shown = ''] = String(Math.round(+`${value}e${digits}`) / 10 ** digits).split('.');
  if (!/^\d+$/.test(whole)) return null;
  return whole.replace(/\B(?=(\d{3})+$)/g, group) + (shown ? decimal + shown : '') + (percent ? '%' : '');
}

// Building an Intl formatter costs far more than using one, and pages hold many elements in one
// language: formatters are shared per locale and options.
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules>();
function cached<F extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules>(
  kind: string,
  locale: string,
  options: object | undefined,
  make: () => F,
): F {
  const key = `${kind}|${locale}|${options ? JSON.stringify(options) : ''}`;
  let formatter = formatters.get(key) as F | undefined;
  if (!formatter) formatters.set(key, (formatter = make()));
  return formatter;
}

/** An override from a page (often parsed JSON) is used only when it has the shape of a message. */
const isMessage = (value: unknown): value is Message =>
  typeof value === 'string' ||
  (typeof value === 'object' && value !== null && typeof (value as { other?: unknown }).other === 'string');

const hosts = new Set<LocalizeController<Messages>>();
let observer: MutationObserver | undefined;

// One observer for every element: a `lang` change anywhere re-renders the elements that read it.
function watchLang() {
  if (observer || typeof MutationObserver === 'undefined') return;
  observer = new MutationObserver(() => {
    for (const controller of hosts) controller.refresh();
  });
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

export interface LocalizedHost extends ReactiveControllerHost, HTMLElement {
  /** Per-instance overrides of the built-in messages, for any language. */
  strings?: Partial<Record<string, Message>> | null;
}

/**
 * Gives an element its language (closest `lang`, default `vi`), its messages (built-in `vi`/`en`,
 * overridable per instance through `strings`) and `Intl` formatting for that language.
 */
export class LocalizeController<M extends Messages> implements ReactiveController {
  #host: LocalizedHost;
  #catalog: Catalog<M>;
  #locale = DEFAULT_LANG;

  constructor(host: LocalizedHost, catalog: Catalog<M>) {
    this.#host = host;
    this.#catalog = catalog;
    host.addController(this);
  }

  hostConnected(): void {
    hosts.add(this as unknown as LocalizeController<Messages>);
    watchLang();
    this.#locale = safeLocale(closestLang(this.#host));
  }

  hostDisconnected(): void {
    hosts.delete(this as unknown as LocalizeController<Messages>);
  }

  /** Re-reads the language and re-renders the host if it changed. */
  refresh(): void {
    const next = safeLocale(closestLang(this.#host));
    if (next !== this.#locale) {
      this.#locale = next;
      this.#host.requestUpdate();
    }
  }

  /** The full locale used for Intl, e.g. `vi`, `vi-VN`, `en-GB`. */
  get locale(): string {
    return this.#locale;
  }

  /** The base language whose messages are used: one the catalog has, else `vi`. */
  get lang(): string {
    const base = this.#locale.split('-')[0].toLowerCase();
    return base in this.#catalog ? base : DEFAULT_LANG;
  }

  /** The message for `key` in the current language, with overrides applied and placeholders filled. */
  term(key: keyof M & string, params?: Params): string {
    const override = this.#host.strings?.[key];
    const message: Message =
      (isMessage(override) ? override : undefined) ?? this.#catalog[this.lang][key] ?? this.#catalog[DEFAULT_LANG][key];
    if (typeof message === 'string') return format(message, params);
    const count = Number(params?.count);
    const locale = this.locale;
    const category = Number.isFinite(count)
      ? cached('plural', locale, undefined, () => new Intl.PluralRules(locale)).select(count)
      : 'other';
    return format(message[category] ?? message.other, params);
  }

  number(value: number, options?: Intl.NumberFormatOptions): string {
    const locale = this.locale;
    return (
      plainNumber(value, locale, options) ??
      cached('number', locale, options, () => new Intl.NumberFormat(locale, options)).format(value)
    );
  }

  date(value: Date, options?: Intl.DateTimeFormatOptions): string {
    const locale = this.locale;
    return cached('date', locale, options, () => new Intl.DateTimeFormat(locale, options)).format(value);
  }
}
