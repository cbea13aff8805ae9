/**
 * Tooltip mode: one shared popup (in the toggle's shadow root, shown in the top layer) displays the
 * `title` of the `<abbr>` under the pointer, with the keyboard focus, or tapped — WCAG 1.4.13: it can be
 * hovered itself, stays until the pointer or focus leaves, and Escape dismisses it. The keyboard reaches
 * the first occurrence of each abbreviation, a toggletip (`role=button`, `aria-expanded`): focus shows
 * the popup, Enter and Space show or hide it. The popup is `aria-hidden`: screen readers already hear
 * the expansion as the abbr's description (its `title`).
 */
const HIDE_DELAY = 300;
const GAP = 4;

// The popup's own styles, adopted by the toggle's shadow root with the popup: only tooltip mode loads
// them. A plain constructed sheet, not Lit's `css`: importing Lit here would split the bundle around it.
let sheet: CSSStyleSheet | undefined;
// prettier-ignore
const styles = `[popover]{position:fixed;inset:auto;margin:0;box-sizing:border-box;width:max-content;max-width:min(22em,100vw - 8px);padding:.375em .625em;border:.0625em solid #0000;border-radius:.25em;background:var(--portal-tooltip-background,#1f1f1f);color:var(--portal-tooltip-color,#fff);font-family:inherit;line-height:1.4;overflow:visible}
@media (forced-colors:active){
[popover]{border-color:CanvasText;background:Canvas;color:CanvasText}
}`;

/** Tells a toggletip's state; an abbr that is not one (or no longer one: the toggle went off) is left alone. */
const expand = (abbr: HTMLElement | null, open: boolean) => {
  if (abbr?.hasAttribute('aria-expanded')) abbr.setAttribute('aria-expanded', String(open));
};

export class AbbrTooltip {
  #popup: HTMLElement;
  #target: HTMLElement | null = null;
  /** Removes the listeners of the current target and its document. */
  #listening?: AbortController;
  #shown: HTMLElement | null = null;
  #dismissed: HTMLElement | null = null;
  #timer = 0;

  /** Adds the popup to `root` (the toggle's shadow root): only toggles in tooltip mode pay for it. */
  constructor(root: ParentNode & Node) {
    const popup = (this.#popup = root.ownerDocument!.createElement('div'));
    popup.setAttribute('part', 'tooltip');
    popup.setAttribute('aria-hidden', 'true');
    popup.setAttribute('popover', 'manual');
    popup.hidden = true;
    root.append(popup);
    if (root instanceof ShadowRoot) {
      if (!sheet) (sheet = new CSSStyleSheet()).replaceSync(styles);
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    }
    popup.addEventListener('pointerenter', () => clearTimeout(this.#timer));
    popup.addEventListener('pointerleave', () => this.#hideSoon());
  }

  attach(target: HTMLElement): void {
    if (this.#target === target) return;
    this.detach();
    this.#target = target;
    const options = { signal: (this.#listening = new AbortController()).signal, capture: true, passive: true };
    const listen = (on: EventTarget, types: string, listener: (event: Event) => void) => {
      for (const type of types.split(' ')) on.addEventListener(type, listener, options);
    };
    listen(target, 'pointerover focusin click', this.#onIn);
    listen(target, 'pointerout focusout', this.#onOut);
    // Not passive: Space on a toggletip must not scroll the page.
    target.addEventListener('keydown', this.#onPress, { signal: options.signal });
    const doc = target.ownerDocument;
    listen(doc, 'keydown', this.#onKey);
    listen(doc, 'pointerdown', this.#onOutside);
    listen(doc, 'scroll', this.#onScroll);
  }

  detach(): void {
    this.#hide();
    this.#listening?.abort();
    this.#target = null;
  }

  #show(abbr: HTMLElement) {
    clearTimeout(this.#timer);
    if (this.#dismissed === abbr) return;
    this.#dismissed = null;
    const popup = this.#popup;
    popup.textContent = abbr.title;
    // The popup lives outside the article: take the abbr's size, so text scaling reaches it too.
    popup.style.fontSize = getComputedStyle(abbr).fontSize;
    // `hidden` keeps it out of sight where popovers are not supported.
    popup.hidden = false;
    if (!popup.matches(':popover-open')) popup.showPopover?.();
    if (this.#shown !== abbr) expand(this.#shown, false);
    expand(abbr, true);
    this.#shown = abbr;
    this.#place(abbr);
  }

  #hide() {
    clearTimeout(this.#timer);
    expand(this.#shown, false);
    this.#shown = null;
    this.#popup.hidden = true;
    if (this.#popup.matches(':popover-open')) this.#popup.hidePopover();
  }

  #place(abbr: HTMLElement) {
    const box = abbr.getBoundingClientRect();
    const tip = this.#popup.getBoundingClientRect();
    const view = document.documentElement;
    const above = box.top - tip.height - GAP;
    const below = box.bottom + GAP;
    this.#popup.style.left = `${Math.max(GAP, Math.min(box.left, view.clientWidth - tip.width - GAP))}px`;
    this.#popup.style.top = `${below + tip.height > view.clientHeight && above > 0 ? above : below}px`;
  }

  #hideSoon() {
    clearTimeout(this.#timer);
    this.#timer = window.setTimeout(() => this.#hide(), HIDE_DELAY);
  }

  #abbrOf(event: Event): HTMLElement | null {
    const el = (event.target as Element | null)?.closest?.<HTMLElement>('abbr[title]');
    return el && this.#target?.contains(el) ? el : null;
  }

  // Hover, focus and tap show; a tap also shows again what Escape dismissed.
  #onIn = (event: Event) => {
    const abbr = this.#abbrOf(event);
    if (!abbr) return;
    if (event.type == 'click') this.#dismissed = null;
    this.#show(abbr);
  };

  #onOut = (event: Event) => {
    const abbr = this.#abbrOf(event);
    if (!abbr) return;
    const to = (event as FocusEvent | PointerEvent).relatedTarget as Node | null;
    if (to && abbr.contains(to)) return;
    if (this.#dismissed === abbr) this.#dismissed = null;
    if (this.#shown !== abbr) return;
    // Focus leaving hides at once; a pointer gets time to reach the popup.
    if (event.type == 'focusout') this.#hide();
    else if (abbr.ownerDocument.activeElement !== abbr) this.#hideSoon();
  };

  // Enter and Space on a toggletip show or hide its popup (a tap or a hover shows it in any case).
  #onPress = (event: Event) => {
    const { key, repeat, altKey, ctrlKey, metaKey } = event as KeyboardEvent;
    if ((key != 'Enter' && key != ' ') || repeat || altKey || ctrlKey || metaKey) return;
    const abbr = this.#abbrOf(event);
    if (!abbr || abbr !== event.target || !abbr.hasAttribute('aria-expanded')) return;
    event.preventDefault();
    if (this.#shown === abbr) {
      this.#dismissed = abbr;
      this.#hide();
    } else {
      this.#dismissed = null;
      this.#show(abbr);
    }
  };

  #onKey = (event: Event) => {
    if ((event as KeyboardEvent).key != 'Escape' || !this.#shown) return;
    this.#dismissed = this.#shown;
    this.#hide();
  };

  // The popup is fixed in the viewport: it follows its abbreviation when the page scrolls.
  #onScroll = () => {
    if (this.#shown) this.#place(this.#shown);
  };

  #onOutside = (event: Event) => {
    const path = event.composedPath();
    if (this.#shown && !path.includes(this.#shown) && !path.includes(this.#popup)) this.#hide();
  };
}
