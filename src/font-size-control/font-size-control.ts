import { LitElement, html, type PropertyValues } from 'lit';
import { jsonObjectAttribute } from '../internal/json-attribute.js';
import { emitNative } from '../internal/events.js';
import { LocalizeController, type Message } from '../internal/localize.js';
import { PrefController } from '../internal/pref-controller.js';
import { TargetController } from '../internal/target-controller.js';
import { styles } from './font-size-control.styles.js';
import { releaseTarget, scaleTarget } from './scale.js';
import { catalog } from './strings.js';

type ButtonName = 'decrease' | 'reset' | 'increase';

const DEFAULT_KEY = 'font-size';
/** Reads "120" and "120%" alike; anything else becomes NaN, which falls back to the default. */
const percent = { fromAttribute: parseFloat };
/** `n` when it is a positive finite number, else `fallback`. */
const positive = (n: unknown, fallback: number) => (typeof n == 'number' && n > 0 && n < Infinity ? n : fallback);

/**
 * "Xem với cỡ chữ": three buttons, A− / A / A+, that make the text of an article smaller, default or
 * larger. Every text in the target grows by the chosen factor, whatever sets its size: inherited, `em`
 * or `%`, inline px or pt on nested spans, `<font size>`, a theme's px rules (even `!important`), and
 * content added later; px line heights follow. The factor is the custom property
 * `--portal-text-scale: N/100` on the target; each element whose size would not follow it gets its own
 * size times that property, inline and `!important`. At 100 % or when the control goes away, every
 * `style` attribute comes back byte for byte. Fixed widths (tables, images, boxes) stay. The reader's
 * choice is stored, and shared by every control with the same `storage-key`, on this page and in
 * other tabs. The new size is announced politely ("Cỡ chữ 120%").
 *
 * Each button shows its face as text and is named by the face followed by what it does — "A− Giảm cỡ
 * chữ", "A Cỡ chữ mặc định", "A+ Tăng cỡ chữ" — so the name contains the visible label (WCAG 2.5.3):
 * speech-input users say what they see, screen-reader users hear both.
 *
 * @tagname font-size-control
 * @summary Text size buttons (A− / A / A+) that scale an article body and remember the reader's choice.
 *
 * @event change - The reader changed the size with a button (no detail; read `value`). Never fired by code or by another control's sync.
 *
 * @csspart group - The row holding the label and the buttons.
 * @csspart label - The visible label, "Xem với cỡ chữ".
 * @csspart buttons - The wrapper of the three buttons.
 * @csspart button - Each button; each also has its own part: `decrease`, `reset`, `increase`.
 * @csspart decrease - The A− button.
 * @csspart reset - The A button (back to 100 %).
 * @csspart increase - The A+ button.
 *
 * @cssproperty --portal-control-color - Text colour of the buttons (default: inherited).
 * @cssproperty --portal-control-background - Background of the buttons (default: transparent).
 * @cssproperty --portal-control-hover-background - Background of a hovered button.
 * @cssproperty --portal-control-border-color - Border colour of the buttons (default: currentColor).
 * @cssproperty --portal-focus-color - Colour of the focus ring.
 */
export class FontSizeControl extends LitElement {
  static override styles = styles;
  static override properties = {
    value: { converter: percent },
    min: { converter: percent },
    max: { converter: percent },
    step: { converter: percent },
    for: {},
    storageKey: { attribute: 'storage-key' },
    strings: { converter: jsonObjectAttribute },
    announcement: { state: true },
  };

  /** Current text size in percent (default 100); bad values fall back to 100, kept between `min` and `max`. */
  value = 100;

  /** Smallest size in percent (default 80). */
  min = 80;

  /** Largest size in percent (default 200). */
  max = 200;

  /** Percent added or removed by A+ and A− (default 10). */
  step = 10;

  /** Id of the element to scale; without it, the body of the closest `<news-article>`. */
  for = '';

  /** Preference key the choice is stored and synced under; give a group its own key to keep it apart. */
  storageKey: string = DEFAULT_KEY;

  /** Overrides of the built-in messages, by key (JSON in the attribute). */
  strings: Partial<Record<string, Message>> | null = null;

  /** What the status region last announced. */
  private announcement = '';

  readonly #l10n = new LocalizeController(this, catalog);
  readonly #targets = new TargetController(this, (next, previous) => {
    if (previous) releaseTarget(previous, this);
    if (next) scaleTarget(next, this, this.#clamp(this.value));
  });
  readonly #pref = new PrefController<number>(this, {
    key: () => this.storageKey || DEFAULT_KEY,
    get: () => this.value,
    set: (value) => (this.value = value),
    accept: (stored): stored is number => typeof stored == 'number' && isFinite(stored),
  });

  protected override willUpdate(): void {
    this.#pref.listen();
    this.min = positive(this.min, 80);
    this.max = positive(this.max, 200);
    this.step = positive(this.step, 10);
    this.value = this.#clamp(this.value);
  }

  protected override updated(changed: PropertyValues<this>): void {
    const target = this.#targets.target;
    if (target && changed.has('value')) scaleTarget(target, this, this.value);
  }

  /** `value` rounded to 0.01, then kept between the bounds (`min > max` is read the other way round). */
  #clamp(value: number) {
    const a = positive(this.min, 80);
    const b = positive(this.max, 200);
    // Rounded first: rounding a clamped value could take it past a bound with more decimals (min 80.004).
    return Math.min(Math.max(a, b), Math.max(Math.min(a, b), Math.round((isFinite(value) ? value : 100) * 100) / 100));
  }

  /** The size the button leads to from `value`, or NaN when that button is disabled. */
  #next(name: ButtonName): number {
    const next =
      name == 'reset' ? this.#clamp(100) : this.value + (name == 'decrease' ? -1 : 1) * positive(this.step, 10);
    // A step past a bound lands on it; a button already at its bound does nothing.
    return this.#clamp(next) === this.value ? NaN : next;
  }

  // One handler on the group for the three buttons; each names its action in `value`.
  #onClick(event: Event) {
    const button = (event.target as Element).closest('button');
    if (button) this.#choose(this.#next(button.value as ButtonName));
  }

  #choose(next: number) {
    if (isNaN(next)) return;
    this.value = this.#clamp(next);
    this.#pref.write(this.value);
    const size = this.#l10n.number(this.value / 100, { style: 'percent', maximumFractionDigits: 1 });
    this.announcement = this.#l10n.term('status', { size });
    emitNative(this, 'change');
  }

  override render() {
    const t = (key: keyof typeof catalog.vi) => this.#l10n.term(key);
    // aria-disabled rather than disabled: a button that reaches its bound keeps the focus.
    const off = (name: ButtonName) => isNaN(this.#next(name));
    // The face (A−, A, A+) is the button's text, and its spoken name starts with it (WCAG 2.5.3): a
    // speech-input user says what they see, a screen-reader user hears the face and what it does.
    const name = (face: string, action: string) => `${face} ${action}`;
    const [decrease, reset, increase] = [t('decreaseText'), t('resetText'), t('increaseText')];
    // Written by hand (no whitespace between tags): the markup ships as written. One click listener on
    // the group serves the three native buttons, which the keyboard already clicks.
    // prettier-ignore
    // eslint-disable-next-line lit-a11y/click-events-have-key-events
    return html`<div part="group" role="group" aria-labelledby="label" @click=${this.#onClick}
      ><span part="label" id="label">${t('label')}</span
      ><span part="buttons"
        ><button type="button" part="button decrease" value="decrease" aria-label=${name(decrease, t('decrease'))} aria-disabled=${off('decrease')}
          >${decrease}</button
        ><button type="button" part="button reset" value="reset" aria-label=${name(reset, t('reset'))} aria-disabled=${off('reset')}
          >${reset}</button
        ><button type="button" part="button increase" value="increase" aria-label=${name(increase, t('increase'))} aria-disabled=${off('increase')}
          >${increase}</button
      ></span
      ><span role="status" class="visually-hidden">${this.announcement}</span
    ></div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'font-size-control': FontSizeControl;
  }
}
