import { LitElement, html, type PropertyValues } from 'lit';
import { emit, emitNative } from '../internal/events.js';
import { fetchWhenIdle } from '../internal/idle.js';
import { jsonObjectAttribute } from '../internal/json-attribute.js';
import { LocalizeController, type Message } from '../internal/localize.js';
import type { CalendarDialog } from './calendar.js';
import { styles } from './date-search.styles.js';
import { searchUrl, validityOf } from './form.js';
import type { PlainForm } from './plain-form.js';
import {
  formatDayMonthYear,
  formatIn,
  localDate,
  normalizeIso,
  parseDayMonthYear,
  readFormat,
  type ParseFailure,
} from './parse.js';
import { catalog } from './strings.js';
import { completeAfter } from '../internal/update-complete.js';

// The refusals' messages load at the page's first idle moment, or on first typing (or first refusal)
// if that comes sooner: most fields are never edited. If they cannot load (the network has gone), a
// refusal says so in the one general message kept in the main catalog, and the next focus or typing
// tries again.
let messages: Promise<void> | undefined;
let messagesLoaded = false;
let messagesFailed = false;
/** @internal Where the refusals' messages come from; tests swap it to make the load fail. */
export const messageCode = { load: () => import('./error.strings.js') };
function loadMessages(): Promise<void> {
  return (messages ??= messageCode.load().then(
    ({ errorStrings }) => {
      Object.assign(catalog.vi, errorStrings.vi);
      Object.assign(catalog.en, errorStrings.en);
      messagesLoaded = true;
      messagesFailed = false;
    },
    (error) => {
      console.warn('portal-elements: <date-search> could not load its messages.', error);
      messagesFailed = true;
      messages = undefined;
    },
  ));
}
/** @internal Where the code that takes over a wrapped form comes from; tests make it fail. */
export const plainFormCode = { load: () => import('./plain-form.js') };
/** @internal Where the calendar comes from; tests watch it. */
export const calendarCode = { load: () => import('./calendar.js') };
let prefetchScheduled = false;
/**
 * At the page's first idle moment, fetches the messages and the calendar's code (not its locale's
 * names: those need Intl, whose first use is a long task), so both work if the network drops later.
 */
function prefetchWhenIdle() {
  if (prefetchScheduled) return;
  prefetchScheduled = true;
  fetchWhenIdle(() => {
    if (!messagesLoaded) void loadMessages();
    // A failure here is retried by the first click.
    calendarCode.load().catch(() => {});
  });
}

/** Detail of the `date-search` event. */
export interface DateSearchDetail {
  /** The chosen day, ISO `yyyy-mm-dd`. */
  value: string;
  /** Local midnight of that day. */
  date: Date;
  /** The day as it is submitted, in `format` (`18/11/2019` for `dd/mm/yyyy`). */
  formatted: string;
}

/**
 * The portal's "Tìm theo ngày": a date typed as dd/mm/yyyy (also d/m/yyyy, `-` or `.`) or picked in an
 * APG date-picker dialog, checked, then searched for like a GET form. An invalid edit clears the value
 * at once, so a stale date is never submitted. Takes part in forms.
 *
 * @tagname date-search
 * @summary A search by date: a dd/mm/yyyy field, an APG date-picker dialog and a search button.
 *
 * @event date-search - A valid date was submitted (search button or Enter). Cancelable: cancel it to stop the navigation to `action` (or the submission of the wrapped form). Detail `{ value: string, date: Date, formatted: string }`: the ISO day, its local midnight, and the day as submitted, in `format`.
 * @event change - The value changed by a user action (field left, or a day chosen in the calendar).
 * @event input - The value may have changed while typing or choosing.
 *
 * @slot - An optional plain `<form>`, the portal's own, that works without JavaScript: its date field is the input named by `name`, else its first `<input type="date">`, else its first text input (a jQuery datepicker's). Once upgraded the element reads that field's `name`, `value`, `min`, `max`, `required` (a text field's value in `format`, else in the format of its placeholder or its value, e.g. `18/11/2019`; a date input's as ISO), hides the form and, on search, submits it (its `action`, `method`, `target` and other fields kept) with the date in that format, in the field's place.
 *
 * @csspart label - The visible label.
 * @csspart hint - The format hint ("dd/mm/yyyy").
 * @csspart field - The box around the text field and the calendar button.
 * @csspart input - The text field.
 * @csspart calendar-button - The button that opens the calendar.
 * @csspart search-button - The search button.
 * @csspart error - The error message.
 * @csspart dialog - The calendar dialog.
 * @csspart heading - The month and year shown in the dialog.
 * @csspart nav-button - The previous/next month and year buttons.
 * @csspart grid - The table of days.
 * @csspart day - One day of the month.
 * @csspart close-button - The dialog's close button.
 *
 * @cssproperty --portal-date-accent - Buttons, focus rings, today's ring and the selected day (default #0b57a4).
 * @cssproperty --portal-date-on-accent - Text on the accent colour (default #fff).
 * @cssproperty --portal-date-border - Borders of the field and the dialog (default #6b6b6b).
 * @cssproperty --portal-date-background - Background of the field and the dialog (default #fff).
 * @cssproperty --portal-date-color - Text in the field and the dialog (default #1a1a1a).
 * @cssproperty --portal-date-error - The error message and the invalid field's border (default #b3261e).
 * @cssproperty --portal-date-radius - Corner radius (default 0.25em).
 */
export class DateSearch extends LitElement {
  static override styles = styles;
  static override properties = {
    value: {},
    min: {},
    max: {},
    name: {},
    format: {},
    action: {},
    required: { type: Boolean, reflect: true },
    disabled: { type: Boolean, reflect: true },
    strings: { converter: jsonObjectAttribute },
    text: { state: true },
    error: { state: true },
    fieldsetDisabled: { state: true },
  };
  static override shadowRootOptions = { ...LitElement.shadowRootOptions, delegatesFocus: true };
  static formAssociated = true;

  /** The day, ISO `yyyy-mm-dd`, or '' when none; an invalid value is ignored (becomes ''). */
  get value(): string {
    return this.#value;
  }
  set value(next: string) {
    const old = this.#value;
    this.#value = normalizeIso(next);
    this.#committed = this.#value;
    this.text = this.#value ? formatDayMonthYear(this.#value) : '';
    this.error = null;
    this.requestUpdate('value', old);
  }

  /** Earliest day allowed, ISO `yyyy-mm-dd` (ignored when invalid). */
  min = '';

  /** Latest day allowed, ISO `yyyy-mm-dd` (ignored when invalid). */
  max = '';

  /** Query parameter (and form field) name of the date. */
  name = 'date';

  /** URL opened on search, with `name=<date in format>` added; without it the search submits the wrapped or enclosing form, if any (else it only fires `date-search`). */
  action = '';

  /**
   * Format of the submitted date (query parameter, form value, `formatted` in the event): the tokens
   * `dd`, `d` (day with and without a leading zero), `mm`, `m` (month, the same) and `yyyy`, in any
   * order, with any separators but letters and digits, e.g. `dd/mm/yyyy`, `d-m-yyyy`, `mm/dd/yyyy`,
   * `dd.mm.yyyy`. An unknown format means the default, `yyyy-mm-dd`. `value` stays ISO.
   */
  format = 'yyyy-mm-dd';

  /** Whether a date must be given for the enclosing form to submit. */
  required = false;

  /** Disables the field and its buttons. */
  disabled = false;

  /** Overrides of the built-in messages (JSON in the attribute). */
  strings: Partial<Record<string, Message>> | null = null;

  /** What is in the text field. */
  private text = '';
  /** The refusal shown under the field, if any. */
  private error: ParseFailure | null = null;
  private fieldsetDisabled = false;

  #value = '';
  #committed = '';
  #defaultValue = '';
  #enhanced = false;
  readonly #internals = this.attachInternals();
  readonly #l10n = new LocalizeController(this, catalog);
  #calendar?: CalendarDialog;
  #field?: HTMLInputElement;
  /** The messages' loading, while this element waits for it to show a refusal. */
  #loading?: Promise<void>;
  #formName?: string;
  #formValue?: string;
  /** The portal's own form this element wraps, if any. */
  #plain?: PlainForm;
  /** Its code's loading; `#plainFailed` if that failed, when the element shows the form as it is. */
  #adopting?: Promise<void>;
  #plainFailed = false;
  /** The refusal and message last given to the browser, '' when valid (as a new element is). */
  #validity = '';

  get #min() {
    return normalizeIso(this.min);
  }
  get #max() {
    return normalizeIso(this.max);
  }
  /** The value as submitted, in `format` ('' when none). */
  get #formatted() {
    return this.#value ? formatIn(this.#value, readFormat(this.format) ?? 'yyyy-mm-dd') : '';
  }
  get #disabled() {
    return this.disabled || this.fieldsetDisabled;
  }
  get #input() {
    return (this.#field ??= this.renderRoot.querySelector('input')!);
  }

  constructor() {
    super();
    this.addEventListener('invalid', this.#onInvalid);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    prefetchWhenIdle();
    if (!this.#enhanced) {
      this.#enhanced = true;
      this.#defaultValue = normalizeIso(this.getAttribute('value'));
      if (this.querySelector(':scope > form')) this.#adoptForm();
    }
  }

  /** Takes over the wrapped form. Without its code (the network has gone) the form stays, working as without JavaScript. */
  #adoptForm() {
    this.#adopting = plainFormCode.load().then(
      ({ adoptPlainForm }) => {
        this.#adopting = undefined;
        this.#plain = adoptPlainForm(this, () => this.#formatted, { readFormat, normalizeIso });
        this.#defaultValue = normalizeIso(this.getAttribute('value'));
      },
      (error) => {
        console.warn('portal-elements: <date-search> could not take over its form.', error);
        this.#adopting = undefined;
        this.#plainFailed = true;
        this.requestUpdate();
      },
    );
  }

  // Form-associated custom element callbacks.
  formResetCallback(): void {
    this.value = this.#defaultValue;
  }
  formDisabledCallback(disabled: boolean): void {
    this.fieldsetDisabled = disabled;
  }
  formStateRestoreCallback(state: string | null): void {
    this.value = state ?? '';
  }

  /** The form the element belongs to, if any. */
  get form(): HTMLFormElement | null {
    return this.#internals.form;
  }
  get validity(): ValidityState {
    return this.#internals.validity;
  }
  get validationMessage(): string {
    return this.#internals.validationMessage;
  }
  checkValidity(): boolean {
    return this.#internals.checkValidity();
  }
  reportValidity(): boolean {
    return this.#internals.reportValidity();
  }

  #parse() {
    return parseDayMonthYear(this.text, this.#min, this.#max);
  }

  /** Starts loading the refusals' messages; the element renders again once they are there. */
  #needMessages() {
    if (!messagesLoaded)
      this.#loading ??= loadMessages().then(() => {
        this.#loading = undefined;
        this.requestUpdate();
      });
  }

  /** The refusal's message, or '' while it is loading (unless the page gave its own). */
  #message(reason: ParseFailure): string {
    if (!messagesLoaded && !this.strings?.[reason]) {
      if (messagesFailed) return this.#l10n.term('invalid');
      this.#needMessages();
      return '';
    }
    const fmt = (iso: string) => (iso ? formatDayMonthYear(iso) : '');
    return this.#l10n.term(reason, { text: this.text.trim(), min: fmt(this.#min), max: fmt(this.#max) });
  }

  #setValue(iso: string) {
    const old = this.#value;
    this.#value = iso;
    this.requestUpdate('value', old);
  }

  /** Reads the field; shows the refusal (an empty field only counts when searching). */
  #commit(searching: boolean) {
    const result = this.#parse();
    this.#setValue(result.ok ? result.iso : '');
    if (result.ok) {
      this.text = formatDayMonthYear(result.iso);
      this.error = null;
    } else {
      this.error = result.reason === 'empty' && !searching ? null : result.reason;
    }
    if (this.#value !== this.#committed) {
      this.#committed = this.#value;
      emitNative(this, 'change');
    }
    return result;
  }

  // One listener per event type on the shadow root rather than one per control: less to set up in
  // each of the many closed fields of a page. Events from the calendar dialog pass here too.
  #handle = (event: Event) => {
    const target = event.target as HTMLElement;
    const field = target.localName === 'input';
    switch (event.type) {
      case 'input':
        if (field) {
          this.#needMessages();
          this.#onInput((target as HTMLInputElement).value);
        }
        break;
      case 'blur':
        if (field) this.#commit(false);
        break;
      case 'keydown':
        if (field) this.#onKeydown(event as KeyboardEvent);
        break;
      case 'click':
        if (target.matches('.calendar-button')) void this.#openCalendar();
        else if (target.matches('.search-button')) this.#search();
        break;
      default:
        // Pointing at or focusing the calendar button loads the calendar ahead of the click; focusing
        // the field, the messages the typing may need.
        if (!this.#calendar && target.matches('.calendar-button')) void this.#loadCalendar();
        else if (field) this.#needMessages();
    }
  };

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    for (const type of ['input', 'keydown', 'click', 'focusin', 'pointerover'])
      root.addEventListener(type, this.#handle);
    root.addEventListener('blur', this.#handle, true);
    return root;
  }

  #onInput(text: string) {
    this.text = text;
    const result = this.#parse();
    // Never keep a stale value: an invalid edit clears it at once; the message waits for blur or search.
    this.#setValue(result.ok ? result.iso : '');
    if (result.ok || result.reason === 'empty') this.error = null;
  }

  #onKeydown(event: KeyboardEvent) {
    if (event.key === 'Enter') {
      event.preventDefault();
      this.#search();
    } else if (event.key === 'ArrowDown' && event.altKey) {
      event.preventDefault();
      void this.#openCalendar();
    }
  }

  // The form refused to submit: show why under the field too, not only in the browser's bubble.
  #onInvalid = () => {
    const result = this.#parse();
    this.error = result.ok ? null : result.reason;
  };

  /**
   * Loads the calendar on first use (most visitors type, or never search). Pointing at or focusing
   * the button starts it early, with the locale's names, so the first opening does not drop a frame.
   */
  async #loadCalendar(): Promise<CalendarDialog | undefined> {
    try {
      const { CalendarDialog, prepareLocale, calendarStrings } = await calendarCode.load();
      Object.assign(catalog.vi, calendarStrings.vi);
      Object.assign(catalog.en, calendarStrings.en);
      prepareLocale(this.#l10n.locale);
      return (this.#calendar ??= new CalendarDialog(this, this.#l10n, {
        selected: () => this.#value,
        bounds: () => [this.#min, this.#max],
        choose: (iso) => this.#choose(iso),
        closed: () => this.renderRoot.querySelector<HTMLElement>('.calendar-button')?.focus(),
      }));
    } catch (error) {
      // Typing still works; the button just cannot offer the calendar (e.g. the module failed to load).
      console.warn('portal-elements: <date-search> could not load its calendar.', error);
      return undefined;
    }
  }

  async #openCalendar() {
    if (!this.#disabled) (await this.#loadCalendar())?.open();
  }

  #choose(iso: string) {
    this.#setValue(iso);
    this.text = formatDayMonthYear(iso);
    this.error = null;
    emitNative(this, 'input');
    this.#commit(false);
  }

  #search() {
    if (this.#disabled) return;
    const result = this.#commit(true);
    if (!result.ok) {
      this.#input.focus();
      return;
    }
    const formatted = this.#formatted;
    const detail: DateSearchDetail = { value: result.iso, date: localDate(result.iso), formatted };
    if (!emit(this, 'date-search', detail, { cancelable: true })) return;
    if (this.action) {
      const url = searchUrl(this.action, this.name || 'date', formatted, document.baseURI);
      if (url) this.navigate(url);
      else console.warn(`portal-elements: <date-search> action "${this.action}" is not a URL.`);
    } else {
      (this.#plain?.form ?? this.#internals.form)?.requestSubmit();
    }
  }

  /** Goes to the search URL; tests and single-page apps may override it. */
  protected navigate(url: string): void {
    window.location.assign(url);
  }

  /** Searches for the typed date, as the search button does. */
  search(): void {
    this.#search();
  }

  // What `updateComplete` promises includes a refusal's message that was still loading.
  protected override getUpdateComplete(): Promise<boolean> {
    return completeAfter(
      () => super.getUpdateComplete(),
      () => this.#loading ?? this.#adopting,
    );
  }

  // Form value and validity are handed to the browser only when they change: most updates leave them.
  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.#plainFailed) return;
    // What Lit's live() did, without the directive: the field shows `text` even after the user typed.
    const input = this.#input;
    if (input.value !== this.text) input.value = this.text;
    const name = this.name || 'date';
    const formatted = this.#formatted;
    if (name !== this.#formName || formatted !== this.#formValue) {
      this.#formName = name;
      this.#formValue = formatted;
      const data = new FormData();
      data.append(name, formatted);
      // The state, which the browser restores after a reload or Back, stays ISO.
      this.#internals.setFormValue(data, this.#value);
      this.#plain?.write(this.#value, formatted);
    }
    const [flags, reason] = validityOf(this.#parse(), this.required);
    // The browser wants a message with a refusal: the hint stands in while the messages load.
    const message = reason ? this.#message(reason) || this.#l10n.term('hint') : '';
    const validity = reason ? `${reason}\n${message}` : '';
    if (validity !== this.#validity) {
      this.#validity = validity;
      if (reason) this.#internals.setValidity(flags, message, input);
      else this.#internals.setValidity({});
    }
  }

  override render() {
    if (this.#plainFailed) return html`<slot></slot>`;
    const l10n = this.#l10n;
    const disabled = this.#disabled;
    const error = this.error ? this.#message(this.error) : '';
    const openLabel = this.#value
      ? l10n.term('openSelected', { date: formatDayMonthYear(this.#value) })
      : l10n.term('open');
    // One template without white space between tags: every instance clones it, text nodes and all.
    // Texts are set as textContent: no marker and no part per text, which a child binding would add
    // (the search button keeps one, so that the linter sees its name).
    // prettier-ignore
    return html`<div class="base"><label class="label" part="label" for="input" .textContent=${l10n.term('label')}></label
      ><span class="field" part="field" ?data-invalid=${!!error}><input id="input" part="input" type="text"
      inputmode="decimal" autocomplete="off" spellcheck="false" ?disabled=${disabled} ?required=${this.required}
      aria-invalid=${error ? 'true' : 'false'} aria-describedby=${error ? 'hint error' : 'hint'}
      /><button type="button" class="calendar-button" part="calendar-button" aria-label=${openLabel}
      aria-haspopup="dialog" ?disabled=${disabled}></button></span
      ><button type="button" class="search-button" part="search-button" ?disabled=${disabled}
      >${l10n.term('search')}</button
      ><span class="hint" part="hint" id="hint" .textContent=${l10n.term('hint')}></span
      ><p class="error" part="error" id="error" aria-live="polite" .textContent=${error}></p></div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'date-search': DateSearch;
  }
  interface HTMLElementEventMap {
    'date-search': CustomEvent<DateSearchDetail>;
  }
}
