/**
 * Tooltip mode: one shared popup (in the toggle's shadow root, shown in the top layer) displays the
 * `title` of the `<abbr>` under the pointer, with the keyboard focus, or tapped — WCAG 1.4.13: it can be
 * hovered itself, stays until the pointer or focus leaves, and Escape dismisses it. The popup is
 * `aria-hidden`: screen readers already hear the expansion as the abbr's description (its `title`).
 */
const HIDE_DELAY = 300;
const GAP = 4;

export class AbbrTooltip {
  #popup: HTMLElement;
  #target: HTMLElement | null = null;
  #shown: HTMLElement | null = null;
  #dismissed: HTMLElement | null = null;
  #timer = 0;

  constructor(popup: HTMLElement) {
    this.#popup = popup;
    popup.addEventListener('pointerenter', () => clearTimeout(this.#timer));
    popup.addEventListener('pointerleave', () => this.#hideSoon());
  }

  /** The abbr whose tooltip is showing, if any. */
  get shownFor(): HTMLElement | null {
    return this.#shown;
  }

  attach(target: HTMLElement): void {
    if (this.#target === target) return;
    this.detach();
    this.#target = target;
    target.addEventListener('pointerover', this.#onOver);
    target.addEventListener('pointerout', this.#onOut);
    target.addEventListener('focusin', this.#onOver);
    target.addEventListener('focusout', this.#onOut);
    target.addEventListener('click', this.#onClick);
    const doc = target.ownerDocument;
    doc.addEventListener('keydown', this.#onKey, true);
    doc.addEventListener('pointerdown', this.#onOutside, true);
    doc.addEventListener('scroll', this.#onScroll, { capture: true, passive: true });
  }

  detach(): void {
    const target = this.#target;
    if (!target) return;
    this.hide();
    this.#target = null;
    target.removeEventListener('pointerover', this.#onOver);
    target.removeEventListener('pointerout', this.#onOut);
    target.removeEventListener('focusin', this.#onOver);
    target.removeEventListener('focusout', this.#onOut);
    target.removeEventListener('click', this.#onClick);
    const doc = target.ownerDocument;
    doc.removeEventListener('keydown', this.#onKey, true);
    doc.removeEventListener('pointerdown', this.#onOutside, true);
    doc.removeEventListener('scroll', this.#onScroll, true);
  }

  show(abbr: HTMLElement): void {
    clearTimeout(this.#timer);
    if (this.#dismissed === abbr) return;
    this.#dismissed = null;
    const popup = this.#popup;
    popup.textContent = abbr.title;
    // The popup lives outside the article: take the abbr's size, so text scaling reaches it too.
    popup.style.fontSize = getComputedStyle(abbr).fontSize;
    popup.classList.add('open');
    if (!popup.matches(':popover-open')) popup.showPopover?.();
    this.#shown = abbr;
    this.#place(abbr);
  }

  hide(): void {
    clearTimeout(this.#timer);
    this.#shown = null;
    this.#popup.classList.remove('open');
    if (this.#popup.matches(':popover-open')) this.#popup.hidePopover();
  }

  #place(abbr: HTMLElement) {
    const box = abbr.getBoundingClientRect();
    const tip = this.#popup.getBoundingClientRect();
    const view = document.documentElement;
    const left = Math.max(GAP, Math.min(box.left, view.clientWidth - tip.width - GAP));
    const below = box.bottom + GAP;
    const top =
      below + tip.height > view.clientHeight && box.top - tip.height - GAP > 0 ? box.top - tip.height - GAP : below;
    this.#popup.style.left = `${left}px`;
    this.#popup.style.top = `${top}px`;
  }

  #hideSoon() {
    clearTimeout(this.#timer);
    this.#timer = window.setTimeout(() => this.hide(), HIDE_DELAY);
  }

  #abbrOf(event: Event): HTMLElement | null {
    const el = (event.target as Element | null)?.closest?.('abbr[title]') as HTMLElement | null;
    return el && this.#target?.contains(el) ? el : null;
  }

  #onOver = (event: Event) => {
    const abbr = this.#abbrOf(event);
    if (abbr) this.show(abbr);
  };

  #onOut = (event: Event) => {
    const abbr = this.#abbrOf(event);
    if (!abbr) return;
    const to = (event as FocusEvent | PointerEvent).relatedTarget as Node | null;
    if (to && abbr.contains(to)) return;
    if (this.#dismissed === abbr) this.#dismissed = null;
    // Focus leaving hides at once; a pointer gets time to reach the popup.
    if (event.type === 'focusout') {
      if (this.#shown === abbr) this.hide();
    } else if (this.#shown === abbr && abbr.ownerDocument.activeElement !== abbr) this.#hideSoon();
  };

  #onClick = (event: Event) => {
    const abbr = this.#abbrOf(event);
    if (abbr && this.#shown !== abbr) {
      this.#dismissed = null;
      this.show(abbr);
    }
  };

  #onKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !this.#shown) return;
    this.#dismissed = this.#shown;
    this.hide();
  };

  // The popup is fixed in the viewport: it follows its abbreviation when the page scrolls.
  #onScroll = () => {
    if (this.#shown) this.#place(this.#shown);
  };

  #onOutside = (event: Event) => {
    if (!this.#shown) return;
    const path = event.composedPath();
    if (!path.includes(this.#shown) && !path.includes(this.#popup)) this.hide();
  };
}
