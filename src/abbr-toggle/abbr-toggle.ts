import { LitElement, html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { jsonObjectAttribute } from '../internal/json-attribute.js';
import { emitNative } from '../internal/events.js';
import { LocalizeController, type Message } from '../internal/localize.js';
import { PrefController } from '../internal/pref-controller.js';
import { TargetController } from '../internal/target-controller.js';
import { styles } from './abbr-toggle.styles.js';
import { Annotator, type AbbrMode } from './annotator.js';
import { dictionary as builtIn } from './dictionary.js';
import { catalog } from './strings.js';
import { AbbrTooltip } from './tooltip.js';

/** Page entries: abbreviation → expansion; `null` or `""` removes a built-in entry. */
export type AbbrDictionary = Readonly<Record<string, string | null>>;
export type { AbbrMode };

const DEFAULT_KEY = 'abbr';
const builtInEntries = Object.entries(builtIn).map(([k, v]) => [k.normalize(), v] as const);

function extend(map: Map<string, string>, source: unknown) {
  if (!source || typeof source !== 'object' || Array.isArray(source)) return;
  for (const [k, v] of Object.entries(source)) {
    const key = k.trim().normalize();
    if (!key) continue;
    if (typeof v === 'string' && v.trim()) map.set(key, v.trim());
    else if (v === null || v === '') map.delete(key);
  }
}

/**
 * "Từ viết tắt": a toggle button (`aria-pressed`) that shows what the abbreviations in its target stand
 * for. On, each occurrence becomes `<abbr title="…">` and its expansion is visible — after it (`inline`,
 * "UBND (Ủy ban nhân dân)"), after the first occurrence of each only (`first`, WCAG G97), or in a
 * tooltip shown on hover, keyboard focus and tap, dismissed with Escape (`tooltip`; one shared popup in
 * this element's shadow root, in the top layer). Off, the target is exactly as before: the same Text
 * nodes are put back. Everything inserted carries `data-abbr-toggle`.
 *
 * Matching is whole-word (a hyphen joins a compound: "NĐ-CP" is left alone), Unicode-aware, case-sensitive,
 * longest first, on NFC or NFD text; never inside `script`, `style`, `code`, `kbd`, `samp`, `pre`, form
 * fields, buttons, `svg`, `math`, `[contenteditable]`, an existing `abbr`, `[translate="no"]` or
 * `[data-no-abbr]` (the opt-out). An `<abbr title>` already in the content wins over the dictionary for
 * that abbreviation everywhere in the target. Ambiguous abbreviations (CP: Chính phủ / cổ phần, TT, ĐH…)
 * are not in the built-in dictionary; a page adds them with `dictionary` or with a child
 * `<script type="application/json">{"BHTN": "bảo hiểm thất nghiệp"}</script>` (children are not displayed).
 *
 * @tagname abbr-toggle
 * @summary Toggle that expands the Vietnamese administrative abbreviations of an article, and remembers the choice.
 *
 * @event change - The reader turned the abbreviations on or off (no detail; read `pressed`). Never fired by code or by another toggle's sync.
 *
 * @csspart button - The toggle button.
 * @csspart indicator - The box beside the label, ticked when on.
 * @csspart label - The visible label, "Từ viết tắt".
 * @csspart tooltip - The popup of tooltip mode.
 *
 * @cssproperty --portal-control-color - Text colour of the button (default: inherited).
 * @cssproperty --portal-control-background - Background of the button (default: transparent).
 * @cssproperty --portal-control-hover-background - Background of the hovered button.
 * @cssproperty --portal-control-border-color - Border colour of the button (default: currentColor).
 * @cssproperty --portal-focus-color - Colour of the focus ring.
 * @cssproperty --portal-accent-color - Fill of the ticked indicator.
 * @cssproperty --portal-tooltip-background - Background of the tooltip (default: #1f1f1f).
 * @cssproperty --portal-tooltip-color - Text colour of the tooltip (default: #fff).
 */
export class AbbrToggle extends LitElement {
  static override styles = styles;

  /** Whether the expansions are shown. The reader's choice, stored, wins over the attribute. */
  @property({ type: Boolean, reflect: true }) pressed = false;

  /** Id of the element whose abbreviations are expanded; without it, the body of the closest `<news-article>`. */
  @property() for = '';

  /** How expansions show: `inline` (default), `first` (first occurrence only) or `tooltip`. */
  @property() mode: 'inline' | 'first' | 'tooltip' = 'inline';

  /** Page entries added to (or, with `null`, removed from) the built-in dictionary. */
  @property({ attribute: false }) dictionary: AbbrDictionary | null = null;

  /** Preference key the choice is stored and synced under; give a group its own key to keep it apart. */
  @property({ attribute: 'storage-key' }) storageKey: string = DEFAULT_KEY;

  /** Overrides of the built-in messages, by key (JSON in the attribute). */
  @property({ converter: jsonObjectAttribute }) strings: Partial<Record<string, Message>> | null = null;

  readonly #l10n = new LocalizeController(this, catalog);
  readonly #targets = new TargetController(this, () => {
    if (this.hasUpdated) this.#sync();
  });
  #annotator?: Annotator;
  #tooltip?: AbbrTooltip;
  readonly #pref = new PrefController<boolean>(this, {
    key: () => this.storageKey || DEFAULT_KEY,
    get: () => this.pressed,
    set: (pressed) => (this.pressed = pressed),
    accept: (stored): stored is boolean => typeof stored == 'boolean',
  });

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#sync();
  }

  protected override willUpdate(): void {
    this.#pref.listen();
  }

  protected override updated(changed: PropertyValues<this>): void {
    this.#sync(changed.has('mode') || changed.has('dictionary') || changed.has('strings'));
  }

  /** Built-in entries, then the JSON script children, then the `dictionary` property. */
  #entries(): Map<string, string> {
    const map = new Map(builtInEntries);
    for (const script of this.querySelectorAll(':scope > script[type="application/json"]')) {
      try {
        extend(map, JSON.parse(script.textContent!));
      } catch {
        console.warn('<abbr-toggle>: dictionary script is not JSON');
      }
    }
    extend(map, this.dictionary);
    return map;
  }

  /** Starts, stops or restarts the annotation to match `pressed`, the target and the options. */
  #sync(restart = false) {
    const target = this.isConnected && this.pressed ? this.#targets.target : null;
    if (this.#annotator && (restart || this.#annotator.target !== target)) {
      this.#annotator.stop();
      this.#annotator = undefined;
      this.#tooltip?.detach();
    }
    if (!target || this.#annotator) return;
    const mode = (['first', 'tooltip'] as const).find((m) => m == this.mode) ?? 'inline';
    const annotator = new Annotator(target, mode, this.#entries(), (expansion) =>
      this.#l10n.term('expansion', { expansion }),
    );
    // When another toggle annotates this target, take over if it lets go while this one is still on.
    if (!annotator.start(this.#retry)) return;
    this.#annotator = annotator;
    if (mode == 'tooltip') (this.#tooltip ??= new AbbrTooltip(this.renderRoot)).attach(target);
  }

  #retry = () => this.#sync();

  #toggle() {
    this.pressed = !this.pressed;
    this.#pref.write(this.pressed);
    emitNative(this, 'change');
  }

  override render() {
    // No whitespace between tags (the markup ships as written); the tooltip's popup is added when needed.
    // prettier-ignore
    return html`<button type="button" part="button" aria-pressed=${this.pressed} @click=${this.#toggle}
      ><span part="indicator" aria-hidden="true"></span><span part="label">${this.#l10n.term('label')}</span></button
    >`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'abbr-toggle': AbbrToggle;
  }
}
