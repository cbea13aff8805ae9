import { LitElement, html, nothing } from 'lit';
import { emit, emitNative } from '../internal/events.js';
import { jsonObjectAttribute } from '../internal/json-attribute.js';
import { LocalizeController, type Message } from '../internal/localize.js';
import { RatingSync, type RatingSummary } from './rating-sync.js';
import type { RatingTransport } from './transport.js';
import { catalog } from './strings.js';
import { renderSummary, type NumberFormat, type Term } from './summary.js';
import { styles } from './star-rating.styles.js';

export type { RatingSummary } from './rating-sync.js';
export type { RatingAnswer, RatingTransport, RatingVote } from './transport.js';

const MAX_STARS = 20;

const starNames = new Map<string, string[]>();

// New stars are cloned from one set per language and number of stars, names included: cloning
// costs less than setting five attributes on each of five stars in each rating.
const starSets = new WeakMap<string[], DocumentFragment>();
function starsNamed(names: string[]): Node {
  let set = starSets.get(names);
  if (!set) {
    set = document.createDocumentFragment();
    for (const name of names) {
      const star = document.createElement('span');
      star.setAttribute('role', 'radio');
      star.setAttribute('part', 'star');
      star.setAttribute('aria-checked', 'false');
      star.setAttribute('tabindex', '-1');
      star.setAttribute('aria-label', name);
      set.append(star);
    }
    starSets.set(names, set);
  }
  return set.cloneNode(true);
}

/** Sets an attribute, or removes it for null, touching the DOM only when it changes. */
function attr(el: Element, name: string, value: string | null) {
  if (value === null) el.removeAttribute(name);
  else if (el.getAttribute(name) !== value) el.setAttribute(name, value);
}

const whole = (n: unknown, min: number, max: number): n is number =>
  typeof n === 'number' && Number.isInteger(n) && n >= min && n <= max;

/**
 * The portal's "Đánh giá": a row of stars to rate an article, following the APG rating radio group.
 * Hovering previews; a click, a tap or the keyboard commits, with the keys of a native radio group:
 * Right or Down checks the star after the focused one, Left or Up the one before, wrapping at the
 * ends (Left and Right swap in right-to-left text); Space checks the focused star; Home and End check
 * the first and the last. Tab reaches the checked star, or the first while none is. Shows the average
 * and the number of votes, takes part in forms, and with `item-id` and an `endpoint` sends the vote to
 * the Reference API, or through `transport` to a portal's own endpoint, keeping it until it is counted.
 *
 * @tagname star-rating
 * @summary Accessible, form-associated star rating whose votes are never lost nor counted twice.
 *
 * @event change - The visitor committed a new value (read `value`).
 * @event input - Fired with `change`, like a native radio.
 * @event star-rating-hover - The pointer previews a value: detail `{ value: number }`, 0 when the preview ends.
 * @event star-rating-submit - Cancelable; a committed vote is about to be sent: detail `{ itemId: string, value: number }`. Cancel it to send the vote yourself.
 * @event star-rating-success - The vote was counted: detail `{ itemId, average, count, value }`, the item's new numbers and the vote.
 * @event star-rating-error - Sending failed: detail `{ error: string, willRetry: boolean }`; `willRetry` is false for a refused vote (a 4xx, or a transport error with `retry: false`), which is dropped; otherwise the vote is kept and sent again.
 *
 * @csspart label - The visible name of the group ("Đánh giá").
 * @csspart hint - The hint "(Di chuột vào ngôi sao để chọn điểm)".
 * @csspart stars - The radio group.
 * @csspart star - Each star (a radio).
 * @csspart star-active - A star that is filled (selected or previewed).
 * @csspart summary - The average and number of votes.
 * @csspart average - The read-only image of the average, to the half star.
 * @csspart status - The announced state of the vote (sending, recorded, failed).
 * @csspart retry - The button that sends a failed vote again.
 *
 * @cssproperty --portal-rating-color - Colour of empty stars. Default `#6b6b6b`.
 * @cssproperty --portal-rating-active-color - Colour of filled stars and of the focus ring. Default `#b45309`.
 * @cssproperty --portal-rating-size - Size of one star (never smaller than 24px to tap). Default `1.5em`.
 * @cssproperty --portal-rating-gap - Space between stars. Default `0.125em`.
 */
export class StarRating extends LitElement {
  static override styles = styles;
  /** @internal */
  static formAssociated = true;
  // Declared here rather than with decorators: the same, in fewer bytes. useDefault: the defaults
  // are not written back as attributes (an empty name="" on each of 200 ratings showed in its cost).
  static override properties = {
    value: { type: Number },
    max: { type: Number },
    label: {},
    readonly: { type: Boolean, reflect: true, useDefault: true },
    disabled: { type: Boolean, reflect: true, useDefault: true },
    name: { reflect: true, useDefault: true },
    required: { type: Boolean, reflect: true, useDefault: true },
    average: { type: Number },
    count: { type: Number },
    endpoint: {},
    transport: { attribute: false },
    itemId: { attribute: 'item-id' },
    timeout: { type: Number },
    noHint: { type: Boolean, attribute: 'no-hint' },
    strings: { converter: jsonObjectAttribute },
  };

  /** The visitor's rating, a whole number from 1 to `max`; 0 means none. */
  value = 0;
  /** Number of stars, 1–20 (default 5). */
  max = 5;
  /** Visible name of the group; default "Đánh giá" / "Rating". */
  label = '';
  /** Shows the value without letting the visitor change it. */
  readonly = false;
  /** Turns the control off (also when inside a disabled fieldset). */
  disabled = false;
  /** Name under which the value is submitted with a form. */
  name = '';
  /** Makes a form invalid while no star is chosen. */
  required = false;
  /** Average of all votes (0–`max`), shown to the half star. */
  average: number | null = null;
  /** Number of votes. */
  count: number | null = null;
  /** URL of the Reference API's ratings resource; with `item-id`, committed votes are sent there. */
  endpoint = '';
  /**
   * Sends votes to a back end that does not speak the Reference API (a property, no attribute): an
   * async function given `{ itemId, value, voterId }` and `{ signal }` (aborted after `timeout`) that
   * returns the item's `{ average, count }`, or throws. An error with `retry: false` (such as a
   * `RatingTransportError`) drops the vote as refused; any other error, or an answer without usable
   * numbers, keeps it to send again. `endpoint`, if also set, still gives the numbers on load.
   */
  transport: RatingTransport | null = null;
  /** Id of the rated item (article) sent with each vote. */
  itemId = '';
  /** Milliseconds to wait for the server before keeping the vote for a retry. */
  timeout = 10_000;
  /** Hides the hint "(Di chuột vào ngôi sao để chọn điểm)". */
  noHint = false;
  /** Overrides of the built-in messages (see strings.ts), also as a JSON attribute. */
  strings: Partial<Record<string, Message>> | null = null;

  // Internal state, kept out of `properties` so that the manifest does not list it as attributes.
  #hover = 0;
  /** The star that has focus, 0 while focus is outside the group. */
  #focused = 0;
  #formDisabled = false;

  readonly #l10n = new LocalizeController(this, catalog);
  readonly #sync = new RatingSync(this);
  readonly #internals = this.attachInternals();
  #stars?: HTMLElement;

  /** The form the element belongs to. */
  get form(): HTMLFormElement | null {
    return this.#internals.form;
  }

  /** Why the value is invalid, as for native controls (`valueMissing` while required and empty). */
  get validity(): ValidityState {
    return this.#internals.validity;
  }

  /** The localised message shown for an invalid value. */
  get validationMessage(): string {
    return this.#internals.validationMessage;
  }

  /** Whether the value takes part in form validation (not when disabled). */
  get willValidate(): boolean {
    return this.#internals.willValidate;
  }

  /** True when the value is valid; otherwise fires `invalid` and returns false. */
  checkValidity(): boolean {
    return this.#internals.checkValidity();
  }

  /** Like `checkValidity()`, and shows the message to the visitor. */
  reportValidity(): boolean {
    return this.#internals.reportValidity();
  }

  /** Focuses the group's one tab stop: the chosen star, else the first. */
  override focus(options?: FocusOptions): void {
    this.#tabStop()?.focus(options);
  }

  /** Sends a kept (failed) vote again now. */
  retry(): Promise<void> {
    return this.#sync.flush();
  }

  #tabStop() {
    return this.renderRoot.querySelector<HTMLElement>('[role=radio][tabindex="0"]');
  }

  get #interactive() {
    return !this.disabled && !this.#formDisabled && !this.readonly;
  }

  // Bad values from attributes or code fall back to safe ones before anything renders.
  protected override willUpdate(): void {
    if (!whole(this.max, 1, MAX_STARS)) this.max = 5;
    if (!whole(this.value, 0, this.max)) this.value = 0;
    if (this.average !== null && !(this.average >= 0 && this.average <= this.max)) this.average = null;
    if (this.count !== null && !whole(this.count, 0, Number.MAX_SAFE_INTEGER)) this.count = null;
  }

  protected override updated(): void {
    this.#drawStars();
    this.#syncForm();
  }

  // The stars are plain spans kept up to date here rather than one nested template each: five
  // template instances per rating cost more than the rest of its first render.
  #drawStars() {
    const group = (this.#stars ??= this.renderRoot.querySelector('[role=radiogroup]')!);
    const { max, value } = this;
    const disabled = this.disabled || this.#formDisabled;
    const shown = this.#interactive && this.#hover ? this.#hover : value;
    const names = this.#starNames(max);
    const stars = group.children;
    // New stars have no focus yet (Firefox and WebKit fire no focusout for a removed star).
    if (stars.length !== max) {
      group.replaceChildren(starsNamed(names));
      this.#focused = 0;
    }
    const focusable = this.#focused || Math.max(value, 1);
    for (let n = 1; n <= max; n++) {
      const star = stars[n - 1];
      attr(star, 'part', n <= shown ? 'star star-active' : 'star');
      attr(star, 'aria-checked', String(n === value));
      attr(star, 'aria-disabled', disabled ? 'true' : null);
      attr(star, 'aria-label', names[n - 1]);
      attr(star, 'tabindex', disabled ? null : n === focusable ? '0' : '-1');
    }
  }

  // Called on every update and at once on a user's choice, as a native radio would be.
  #syncForm() {
    this.#internals.setFormValue(this.value ? String(this.value) : null);
    if (this.required && !this.readonly && !this.value) {
      this.#internals.setValidity({ valueMissing: true }, this.#l10n.term('required'), this.#tabStop() ?? undefined);
    } else this.#internals.setValidity({});
  }

  /** @internal */
  formResetCallback(): void {
    this.value = Number(this.getAttribute('value') ?? 0);
    this.#hover = 0;
    this.requestUpdate();
  }

  /** @internal */
  formDisabledCallback(disabled: boolean): void {
    this.#formDisabled = disabled;
    this.requestUpdate();
  }

  /** @internal */
  formStateRestoreCallback(state: string | File | FormData | null): void {
    this.value = Number(state);
  }

  // The star under an event: its target, or for a pointer over the clipped-off corners or the hole of
  // a star (which hit the group), the star whose box holds the pointer; 0 between stars.
  #starAt(event: Event): number {
    const stars = this.#stars?.children ?? [];
    const star = (event.target as Element).closest?.('[role=radio]');
    if (star) return [...stars].indexOf(star) + 1;
    const { clientX: x, clientY: y } = event as MouseEvent;
    for (let i = 0; x !== undefined && i < stars.length; i++) {
      const box = stars[i].getBoundingClientRect();
      if (x >= box.left && x < box.right && y >= box.top && y < box.bottom) return i + 1;
    }
    return 0;
  }

  #commit(value: number) {
    if (!this.#interactive || value === this.value) return;
    this.value = value;
    this.#syncForm();
    emitNative(this, 'input');
    emitNative(this, 'change');
    this.#sync.vote(value);
  }

  #preview(value: number) {
    if (value === this.#hover) return;
    this.#hover = value;
    this.requestUpdate();
    emit(this, 'star-rating-hover', { value });
  }

  #onPointerMove(event: PointerEvent) {
    // Touch has no hover: a tap commits straight away. The gaps between stars keep the preview
    // (no flicker); leaving the group ends it.
    const value = this.#starAt(event);
    if (value && this.#interactive && event.pointerType !== 'touch') this.#preview(value);
  }

  #onPointerLeave() {
    this.#preview(0);
  }

  #onClick(event: MouseEvent) {
    const value = this.#starAt(event);
    if (value) this.#commit(value);
  }

  #onRetry() {
    // The button goes away while the vote is sent again; keep focus in the control, not on <body>.
    this.focus();
    void this.retry();
  }

  // The keys of a native radio group: the arrows check the star after or before the focused one
  // (not the value), wrapping at the ends; Space (or Enter) checks the focused star.
  async #onKeyDown(event: KeyboardEvent) {
    const { key } = event;
    const { max } = this;
    const from = this.#starAt(event);
    const rtl = getComputedStyle(this).direction === 'rtl';
    const step = { ArrowDown: 1, ArrowUp: -1, ArrowRight: rtl ? -1 : 1, ArrowLeft: rtl ? 1 : -1 }[key];
    const next = step
      ? ((from + step + max - 1) % max) + 1
      : key === 'Home'
        ? 1
        : key === 'End'
          ? max
          : key === ' ' || key === 'Enter'
            ? from
            : 0;
    if (!next) return;
    event.preventDefault();
    if (!from || !this.#interactive) return;
    this.#commit(next);
    await this.updateComplete;
    (this.#stars!.children[next - 1] as HTMLElement).focus();
  }

  // The one tab stop follows focus among the stars, and goes back to the checked star when focus
  // leaves the group, so that Tab comes back to it (focusout is followed at once by focusin within).
  #onFocus(event: FocusEvent) {
    this.#focused = event.type === 'focusin' ? this.#starAt(event) : 0;
    this.requestUpdate();
  }

  readonly #term: Term = (key, params) => this.#l10n.term(key, params);

  // The stars' names are shared by every rating in a language that has no `strings` of its own:
  // formatting them again for each of 200 ratings showed in its first render.
  #starNames(max: number): string[] {
    const id = `${this.#l10n.lang}|${max}`;
    let names = this.strings ? undefined : starNames.get(id);
    if (!names) {
      names = Array.from({ length: max }, (_, i) => this.#term('star', { value: i + 1, max }));
      if (!this.strings) starNames.set(id, names);
    }
    return names;
  }

  readonly #number: NumberFormat = (value, digits = 0) => this.#l10n.number(value, { maximumFractionDigits: digits });

  #status() {
    const { state, error, sent } = this.#sync;
    if (state === 'sending') return this.#term('sending');
    if (state === 'sent') return this.#term('sent', { value: sent, max: this.max });
    if (state === 'failed') return this.#term('failed');
    if (state === 'rejected') return this.#term('rejected', { error });
    return nothing;
  }

  protected override render() {
    const disabled = this.disabled || this.#formDisabled;
    const hint = this.noHint || !this.#interactive ? nothing : html` <span part="hint">${this.#term('hint')}</span>`;
    // The live region exists only where a vote can be sent: nothing else is ever announced.
    const status = this.#sync.key ? html`<div part="status" role="status">${this.#status()}</div>` : nothing;
    const retry =
      this.#sync.state === 'failed'
        ? html`<button part="retry" type="button" @click=${this.#onRetry}>${this.#term('retry')}</button>`
        : nothing;
    // No white space between tags: it would only add text nodes to every instance. The stars are
    // drawn into the group by #drawStars, after this template.
    // prettier-ignore
    return html`<span part="label" id="label">${this.label || this.#term('label')}</span>${hint}<div class="row"><div part="stars" role="radiogroup" aria-labelledby="label" aria-readonly=${this.readonly ? 'true' : nothing} aria-disabled=${disabled ? 'true' : nothing} aria-required=${this.required ? 'true' : nothing} @click=${this.#onClick} @keydown=${this.#onKeyDown} @focusin=${this.#onFocus} @focusout=${this.#onFocus} @pointermove=${this.#onPointerMove} @pointerleave=${this.#onPointerLeave}></div>${renderSummary(this.average, this.count, this.max, this.#term, this.#number)}</div>${status}${retry}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'star-rating': StarRating;
  }
  interface HTMLElementEventMap {
    'star-rating-hover': CustomEvent<{ value: number }>;
    'star-rating-submit': CustomEvent<{ itemId: string; value: number }>;
    'star-rating-success': CustomEvent<RatingSummary>;
    'star-rating-error': CustomEvent<{ error: string; willRetry: boolean }>;
  }
}
