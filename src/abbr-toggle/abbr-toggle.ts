import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { jsonObjectAttribute } from '../internal/json-attribute.js';
import { emitNative } from '../internal/events.js';
import { fetchWhenIdle } from '../internal/idle.js';
import { LocalizeController, type Message } from '../internal/localize.js';
import { PrefController } from '../internal/pref-controller.js';
import { TargetController } from '../internal/target-controller.js';
import { styles } from './abbr-toggle.styles.js';
import type { AbbrMode, Annotator } from './annotator.js';
import { catalog } from './strings.js';
import type { AbbrTooltip } from './tooltip.js';
import { completeAfter } from '../internal/update-complete.js';

/** Page entries: abbreviation → expansion; `null` or `""` removes a built-in entry. */
export type AbbrDictionary = Readonly<Record<string, string | null>>;
export type { AbbrMode };

type WhenOn = typeof import('./when-on.js');
type Loader = () => Promise<WhenOn>;

const DEFAULT_KEY = 'abbr';

// The code needed while on, shared by every toggle: loaded once, tried again after a failure.
let loader: Loader | undefined;
let loading: Promise<WhenOn> | undefined;
let loaded: WhenOn | undefined;

/** The code needed while on, once `load` has brought it (by `load`: tests swap the loader). */
const ready = (load: Loader) => (load === loader ? loaded : undefined);

function fetchWhenOn(load: Loader): Promise<WhenOn> {
  if (load !== loader) {
    loader = load;
    loaded = loading = undefined;
  }
  return (loading ??= load().then(
    (code) => (load === loader ? (loaded = code) : code),
    (error: unknown) => {
      if (load === loader) loading = undefined;
      throw error;
    },
  ));
}

/**
 * Hovering or focusing a toggle fetches the code ahead of a press (a failure waits for the press), and
 * so does the first idle moment after a toggle appears: a press then has the code at hand even if the
 * network has gone meanwhile, for 5.3 kB fetched while nothing else happens. Two listeners on the
 * document serve every toggle, rather than two per instance; they go once it has loaded.
 */
let prefetching = false;
function prefetchOnApproach(doc: Document, ctor: typeof AbbrToggle) {
  if (prefetching) return;
  prefetching = true;
  const initial = ctor.loadWhenOn;
  const types = ['pointerover', 'focusin'];
  const approach = (event: Event) => {
    // Retargeted: from inside a toggle's shadow root, the event's target here is the toggle.
    if (!(event.target instanceof AbbrToggle)) return;
    const load = (event.target.constructor as typeof AbbrToggle).loadWhenOn;
    if (ready(load)) return;
    fetchWhenOn(load).then(
      () => types.forEach((type) => doc.removeEventListener(type, approach, true)),
      () => {},
    );
  };
  types.forEach((type) => doc.addEventListener(type, approach, { capture: true, passive: true }));
  // A loader swapped since (tests do) is left to its own presses.
  fetchWhenIdle(() => {
    if (ctor.loadWhenOn === initial && !ready(initial)) fetchWhenOn(initial).catch(() => {});
  });
}

/**
 * "Từ viết tắt": a toggle button (`aria-pressed`) that shows what the abbreviations in its target stand
 * for. On, each occurrence becomes `<abbr title="…">` and its expansion is visible — after it (`inline`,
 * "UBND (Ủy ban nhân dân)"), after the first occurrence of each only (`first`, WCAG G97), or in a
 * tooltip shown on hover, keyboard focus and tap, dismissed with Escape (`tooltip`; one shared popup in
 * this element's shadow root, in the top layer). Where the author already wrote the expansion beside the
 * abbreviation ("Ủy ban nhân dân (UBND)", "UBND (Ủy ban nhân dân)"), none is added after it. In tooltip
 * mode the keyboard reaches the first occurrence of each abbreviation only: a toggletip (`role="button"`,
 * `aria-expanded`, the expansion as its description) that focus, Enter and Space open and Escape closes.
 * Off, the target is exactly as before: the same Text nodes are put back. Everything inserted carries
 * `data-abbr-toggle`.
 *
 * Matching is whole-word (a hyphen joins a compound: "NĐ-CP" is left alone), Unicode-aware, case-sensitive,
 * longest first, on NFC or NFD text; never inside `script`, `style`, `code`, `kbd`, `samp`, `pre`, form
 * fields, buttons, `svg`, `math`, `[contenteditable]`, an existing `abbr`, `[translate="no"]` or
 * `[data-no-abbr]` (the opt-out). An `<abbr title>` already on the page (in the target or outside it)
 * wins over the dictionary for that abbreviation everywhere in the target. Ambiguous abbreviations (CP: Chính phủ / cổ phần, TT, ĐH…)
 * are not in the built-in dictionary; a page adds them with `dictionary` or with a child
 * `<script type="application/json">{"BHTN": "bảo hiểm thất nghiệp"}</script>` (children are not displayed).
 *
 * The code that finds and expands abbreviations is loaded when the toggle first turns on (fetched
 * ahead when it is hovered or focused), so pages where it stays off never download it; `updateComplete`
 * waits for it. If it cannot be loaded, the toggle goes back to off and says so (the `message` part,
 * announced as an alert); the stored choice is kept, and pressing again tries again.
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
 * @csspart message - The error shown when the code needed to turn on could not be loaded.
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
  static override properties = {
    pressed: { type: Boolean, reflect: true },
    for: {},
    mode: {},
    dictionary: { attribute: false },
    storageKey: { attribute: 'storage-key' },
    strings: { converter: jsonObjectAttribute },
    failed: { state: true },
  };

  /** Whether the expansions are shown. The reader's choice, stored, wins over the attribute. */
  pressed = false;

  /** Id of the element whose abbreviations are expanded; without it, the body of the closest `<news-article>`. */
  for = '';

  /** How expansions show: `inline` (default), `first` (first occurrence only) or `tooltip`. */
  mode: 'inline' | 'first' | 'tooltip' = 'inline';

  /** Page entries added to (or, with `null`, removed from) the built-in dictionary. */
  dictionary: AbbrDictionary | null = null;

  /** Preference key the choice is stored and synced under; give a group its own key to keep it apart. */
  storageKey: string = DEFAULT_KEY;

  /** Overrides of the built-in messages, by key (JSON in the attribute). */
  strings: Partial<Record<string, Message>> | null = null;

  /**
   * Loads the code needed while on (matcher, dictionary, annotator, tooltip).
   * @internal Replaced by tests to simulate a download that fails.
   */
  static loadWhenOn: Loader = () => import('./when-on.js');

  /** Whether the last attempt to turn on failed because the code could not be loaded. */
  private failed = false;

  readonly #l10n = new LocalizeController(this, catalog);
  readonly #targets = new TargetController(this, () => {
    if (this.hasUpdated) this.#sync();
  });
  #annotator?: Annotator;
  #tooltip?: AbbrTooltip;
  /** Settles once the code needed while on has loaded (or failed) and been put to use. */
  #loading?: Promise<void>;
  readonly #pref = new PrefController<boolean>(this, {
    key: () => this.storageKey || DEFAULT_KEY,
    get: () => this.pressed,
    set: (pressed) => (this.pressed = pressed),
    accept: (stored): stored is boolean => typeof stored == 'boolean',
  });

  override connectedCallback(): void {
    super.connectedCallback();
    prefetchOnApproach(this.ownerDocument, this.constructor as typeof AbbrToggle);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#sync();
  }

  /** Also waits, while the toggle turns on, for its code to load and the expansions to be in place. */
  protected override getUpdateComplete(): Promise<boolean> {
    return completeAfter(
      () => super.getUpdateComplete(),
      () => this.#loading,
    );
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.#pref.listen();
    if (changed.has('pressed') && this.pressed) this.failed = false;
  }

  protected override updated(changed: PropertyValues<this>): void {
    this.#sync(changed.has('mode') || changed.has('dictionary') || changed.has('strings'));
  }

  /** Starts, stops or restarts the annotation to match `pressed`, the target and the options. */
  #sync(restart = false) {
    const target = this.isConnected && this.pressed ? this.#targets.target : null;
    if (this.#annotator && (restart || this.#annotator.target !== target)) {
      // A reader on a toggletip (tooltip mode) when it goes, say turned off from another tab, would be
      // left on the page's body: this toggle takes focus instead, and its state says why.
      const focused = this.ownerDocument.activeElement;
      const onTip =
        !!focused?.matches('[data-abbr-toggle=abbr],[data-abbr-toggle-tabindex]') &&
        this.#annotator.target.contains(focused);
      this.#annotator.stop();
      this.#annotator = undefined;
      this.#tooltip?.detach();
      if (onTip) this.renderRoot.querySelector('button')?.focus();
    }
    if (!target || this.#annotator) return;
    const load = (this.constructor as typeof AbbrToggle).loadWhenOn;
    const code = ready(load);
    if (!code) {
      // Whatever happens meanwhile (off, on again, another target), the state at arrival decides.
      this.#loading ??= fetchWhenOn(load).then(
        () => {
          this.#loading = undefined;
          this.#sync();
        },
        () => {
          this.#loading = undefined;
          // Not on without its code: back to off, saying why; the stored choice is kept for the next page.
          if (this.pressed && this.isConnected) [this.pressed, this.failed] = [false, true];
        },
      );
      return;
    }
    const mode = (['first', 'tooltip'] as const).find((m) => m == this.mode) ?? 'inline';
    const annotator = code.annotator(this, this.dictionary, target, mode, (expansion) =>
      this.#l10n.term('expansion', { expansion }),
    );
    // When another toggle annotates this target, take over if it lets go while this one is still on.
    if (!annotator.start(this.#retry)) return;
    this.#annotator = annotator;
    if (mode == 'tooltip') (this.#tooltip ??= new code.AbbrTooltip(this.renderRoot)).attach(target);
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
    return html`<button type="button" part="button" aria-pressed=${!!this.pressed} @click=${this.#toggle}
      ><span part="indicator" aria-hidden="true"></span><span part="label">${this.#l10n.term('label')}</span></button
    >${this.failed ? html`<span part="message" role="alert">${this.#l10n.term('failed')}</span>` : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'abbr-toggle': AbbrToggle;
  }
}
