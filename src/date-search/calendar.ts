import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { LocalizeController } from '../internal/localize.js';
import type { catalog } from './strings.js';
import { calendarCss } from './calendar.styles.js';
import {
  addDays,
  addMonths,
  capitalise,
  clampIso,
  isoParts,
  localeData,
  startOfWeek,
  todayIso,
  toIso,
  utcDate,
} from './dates.js';

export { prepareLocale } from './dates.js';
export { calendarStrings } from './calendar.strings.js';

type Terms = LocalizeController<(typeof catalog)['vi']>;

export interface CalendarHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export interface CalendarOptions {
  /** The selected day, ISO or ''. */
  selected(): string;
  /** [min, max], ISO or ''. */
  bounds(): [string, string];
  /** A day was chosen (pointer, Enter or Space). */
  choose(iso: string): void;
  /** The dialog closed, chosen or not: focus goes back to the calendar button. */
  closed(): void;
}

let sheet: CSSStyleSheet | undefined;

/** An element with attributes and children: the dialog is built once, without HTML strings (Trusted Types). */
function h(tag: string, attrs: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElement {
  const el = document.createElement(tag);
  for (const name in attrs) el.setAttribute(name, attrs[name]);
  el.append(...children);
  return el;
}

/** Sets or removes (null) an attribute, writing only on change: unchanged cells cost no style work. */
function attr(el: Element, name: string, value: string | null) {
  if (el.getAttribute(name) === value) return;
  if (value === null) el.removeAttribute(name);
  else el.setAttribute(name, value);
}

function text(node: Text, value: string) {
  if (node.data !== value) node.data = value;
}

const NAV = [
  ['prevYear', '«', -12],
  ['prevMonth', '‹', -1],
  ['nextMonth', '›', 1],
  ['nextYear', '»', 12],
] as const;

/**
 * The APG date-picker dialog of `<date-search>`: a modal `<dialog>` with a grid of days. The element
 * loads this module, and the dialog is built, only when the calendar is first opened: closed fields
 * stay cheap to load and to render. The dialog is built once; moving to another month rewrites the
 * same 42 cells in place (text and attributes that changed) and touches nothing else of the element.
 */
export class CalendarDialog implements ReactiveController {
  #host: CalendarHost;
  #l10n: Terms;
  #options: CalendarOptions;
  #open = false;
  #focusDay = '';
  /** The day of the month that consecutive PageUp/PageDown presses aim for (31 stays 31 after a short month), 0 when none. */
  #pageDay = 0;
  /** 1, or -1 in a right-to-left page (read once per opening, not per key). */
  #rtl = 1;
  /** Whether the dialog scrolls (a short screen): only then does focusing a day need to scroll it. */
  #scrolls = false;
  #dialog?: HTMLDialogElement;
  #heading!: Text;
  #navs: HTMLElement[] = [];
  #close!: Text;
  #weekdays: [Text, Text][] = [];
  #cells: HTMLTableCellElement[] = [];
  #dayTexts: Text[] = [];
  /** What each cell shows (day and locale), to re-format a label only when its day changed. */
  #shown: string[] = [];
  /** The cell of the focused day. */
  #focusCell!: HTMLTableCellElement;

  constructor(host: CalendarHost, l10n: Terms, options: CalendarOptions) {
    this.#host = host;
    this.#l10n = l10n;
    this.#options = options;
    // The styles join the shadow root as soon as the calendar is prepared (pointer or focus on its
    // button), so that their cost is not paid on the click.
    const root = host.renderRoot as ShadowRoot;
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(calendarCss);
    }
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    host.addController(this);
  }

  /** Opens on the selected day, else today, kept inside the bounds. */
  open(): void {
    if (this.#open) return;
    const [min, max] = this.#options.bounds();
    this.#focusDay = clampIso(this.#options.selected() || todayIso(), min, max);
    this.#pageDay = 0;
    this.#open = true;
    const dialog = (this.#dialog ??= this.#build());
    const root = this.#host.renderRoot as ShadowRoot;
    if (dialog.parentNode !== root) root.append(dialog);
    this.#rtl = getComputedStyle(this.#host).direction === 'rtl' ? -1 : 1;
    this.#label();
    this.#paint();
    // showModal focuses the autofocus element: the day, without a stop on the first month button.
    const cell = this.#focusCell;
    cell.autofocus = true;
    dialog.showModal();
    cell.autofocus = false;
    this.#scrolls = dialog.scrollHeight > dialog.clientHeight;
    if (root.activeElement !== cell) this.#focusDayCell(true);
  }

  close(): void {
    if (!this.#open) return;
    this.#open = false;
    this.#dialog?.close();
    this.#options.closed();
  }

  // A new language, new strings, value or bounds: relabel and repaint an open dialog.
  hostUpdated(): void {
    if (!this.#open) return;
    this.#label();
    this.#paint();
  }

  // Removing the element takes the dialog out of the top layer but leaves it `open`: shut it for good.
  hostDisconnected(): void {
    this.#open = false;
    this.#dialog?.close();
  }

  #build(): HTMLDialogElement {
    this.#heading = new Text();
    this.#close = new Text();
    this.#navs = NAV.map(([, symbol, months]) =>
      h(
        'button',
        { type: 'button', part: 'nav-button', class: 'nav', 'data-months': String(months) },
        h('span', { 'aria-hidden': 'true' }, symbol),
      ),
    );
    const heading = h('h2', { class: 'heading', part: 'heading', id: 'heading', 'aria-live': 'polite' }, this.#heading);
    const head = h('tr');
    for (let i = 0; i < 7; i++) {
      const pair: [Text, Text] = [new Text(), new Text()];
      this.#weekdays.push(pair);
      head.append(
        h(
          'th',
          { scope: 'col' },
          h('span', { 'aria-hidden': 'true' }, pair[0]),
          h('span', { class: 'visually-hidden' }, pair[1]),
        ),
      );
    }
    const body = h('tbody');
    for (let r = 0; r < 6; r++) {
      const row = h('tr');
      for (let c = 0; c < 7; c++) {
        const day = new Text();
        const cell = h('td', {}, day) as HTMLTableCellElement;
        this.#dayTexts.push(day);
        this.#cells.push(cell);
        this.#shown.push('');
        row.append(cell);
      }
      body.append(row);
    }
    const grid = h('table', { role: 'grid', part: 'grid', 'aria-labelledby': 'heading' }, h('thead', {}, head), body);
    grid.addEventListener('keydown', this.#onGridKey);
    const dialog = h(
      'dialog',
      { part: 'dialog' },
      h(
        'div',
        { class: 'calendar' },
        h('div', { class: 'header' }, this.#navs[0], this.#navs[1], heading, this.#navs[2], this.#navs[3]),
        grid,
        h(
          'div',
          { class: 'footer' },
          h('button', { type: 'button', part: 'close-button', class: 'close' }, this.#close),
        ),
      ),
    ) as HTMLDialogElement;
    dialog.addEventListener('keydown', this.#onDialogKey);
    dialog.addEventListener('click', this.#onClick);
    dialog.addEventListener('close', this.#onClose);
    return dialog;
  }

  /** The dialog's own words (language or strings may have changed since the last opening). */
  #label() {
    const l10n = this.#l10n;
    attr(this.#dialog!, 'aria-label', l10n.term('dialog'));
    NAV.forEach(([key], i) => attr(this.#navs[i], 'aria-label', l10n.term(key)));
    text(this.#close, l10n.term('close'));
    const { longNames, shortNames } = localeData(l10n.locale);
    this.#weekdays.forEach(([short, long], i) => {
      text(short, shortNames[i]);
      text(long, longNames[i]);
    });
  }

  /** Shows the month of the focused day: heading, month buttons and the 42 cells, each written only where it changed. */
  #paint() {
    const locale = this.#l10n.locale;
    const [min, max] = this.#options.bounds();
    const selected = this.#options.selected();
    const today = todayIso();
    const focus = this.#focusDay;
    const [year, month] = isoParts(focus);
    const { firstDay, heading, dayName } = localeData(locale);
    text(this.#heading, capitalise(heading.format(utcDate(focus)), locale));
    // A button that cannot leave the shown month (the bounds stop it) is marked disabled but keeps focus.
    NAV.forEach(([, , months], i) => {
      const blocked = clampIso(addMonths(focus, months), min, max).slice(0, 7) === focus.slice(0, 7);
      attr(this.#navs[i], 'aria-disabled', blocked ? 'true' : 'false');
    });
    const start = utcDate(startOfWeek(toIso(year, month, 1), firstDay));
    for (let i = 0; i < 42; i++, start.setUTCDate(start.getUTCDate() + 1)) {
      const cell = this.#cells[i];
      const inMonth = start.getUTCMonth() + 1 === month;
      const day = start.getUTCDate();
      const iso = inMonth ? toIso(year, month, day) : '';
      const shown = iso && `${iso} ${locale}`;
      if (shown !== this.#shown[i]) {
        this.#shown[i] = shown;
        text(this.#dayTexts[i], iso ? String(day) : '');
        attr(cell, 'part', iso ? 'day' : null);
        attr(cell, 'data-day', iso || null);
        attr(cell, 'aria-label', iso ? dayName.format(start) : null);
      }
      if (iso === focus) this.#focusCell = cell;
      attr(cell, 'tabindex', iso ? (iso === focus ? '0' : '-1') : null);
      attr(cell, 'aria-selected', iso && iso === selected ? 'true' : null);
      attr(cell, 'aria-current', iso && iso === today ? 'date' : null);
      attr(cell, 'aria-disabled', iso && clampIso(iso, min, max) !== iso ? 'true' : null);
    }
  }

  /**
   * Focuses the focused day. Only a dialog taller than the screen needs scrolling to it; otherwise
   * focusing skips the scroll, and with it a synchronous layout per key.
   */
  #focusDayCell(scroll = this.#scrolls) {
    this.#focusCell.focus({ preventScroll: !scroll });
  }

  // The browser closed it on its own (a platform back gesture, Escape in an engine that skips keydown).
  // A late event from an earlier closing must not shut a dialog opened since.
  #onClose = () => {
    if (!this.#dialog?.open) this.close();
  };

  /** Moves the focused day, staying inside the bounds; `grid` keeps keyboard focus on the grid. */
  #moveTo(iso: string, grid: boolean) {
    const [min, max] = this.#options.bounds();
    this.#focusDay = clampIso(iso, min, max);
    this.#paint();
    if (grid) this.#focusDayCell();
  }

  #choose(iso: string) {
    const [min, max] = this.#options.bounds();
    if (!iso || clampIso(iso, min, max) !== iso) return;
    this.#options.choose(iso);
    this.close();
  }

  #onGridKey = (event: KeyboardEvent) => {
    const day = this.#focusDay;
    const rtl = this.#rtl;
    const first = localeData(this.#l10n.locale).firstDay;
    let next: string;
    const key = event.key;
    if (key === 'PageUp' || key === 'PageDown') {
      // The APG dialog's month and year steps remember the day: 31/01 → 28/02 → 31/03, not 28/03.
      const [year, month, date] = isoParts(day);
      const wanted = (this.#pageDay ||= date);
      const months = (key === 'PageUp' ? -1 : 1) * (event.shiftKey ? 12 : 1);
      event.preventDefault();
      this.#moveTo(addMonths(toIso(year, month, wanted), months), true);
      return;
    }
    // Any other key (not a lone modifier, which comes between Shift+PageUp presses) forgets the day.
    if (!/^(Shift|Control|Alt|Meta)$/.test(key)) this.#pageDay = 0;
    switch (key) {
      case 'ArrowRight':
        next = addDays(day, rtl);
        break;
      case 'ArrowLeft':
        next = addDays(day, -rtl);
        break;
      case 'ArrowDown':
        next = addDays(day, 7);
        break;
      case 'ArrowUp':
        next = addDays(day, -7);
        break;
      case 'Home':
        next = startOfWeek(day, first);
        break;
      case 'End':
        next = addDays(startOfWeek(day, first), 6);
        break;
      case 'Enter':
      case ' ':
        event.preventDefault();
        this.#choose(day);
        return;
      default:
        return;
    }
    event.preventDefault();
    this.#moveTo(next, true);
  };

  #onDialogKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      this.close();
    } else if (event.key === 'Tab' || event.code === 'Tab') {
      // Keep Tab inside the dialog in every engine (showModal alone may let it reach the browser UI).
      // WebKitGTK reports Shift+Tab as key "Unidentified" (GTK's ISO_Left_Tab); its code is still Tab.
      const focusable = [...this.#dialog!.querySelectorAll<HTMLElement>('button:not([disabled]), td[tabindex="0"]')];
      const active = (this.#host.renderRoot as ShadowRoot).activeElement;
      const edge = event.shiftKey ? focusable[0] : focusable[focusable.length - 1];
      if (active === edge || !focusable.includes(active as HTMLElement)) {
        event.preventDefault();
        (event.shiftKey ? focusable[focusable.length - 1] : focusable[0]).focus();
      }
    }
  };

  // One listener for the whole dialog: the backdrop, the month buttons, the close button and the days.
  #onClick = (event: MouseEvent) => {
    const target = event.target as Element;
    this.#pageDay = 0;
    // A click on the backdrop lands on the <dialog> itself (its content sits in an inner box).
    if (target === this.#dialog) return this.close();
    const nav = target.closest<HTMLElement>('.nav');
    const cell = target.closest<HTMLElement>('td[data-day]');
    if (nav) {
      if (nav.getAttribute('aria-disabled') !== 'true')
        this.#moveTo(addMonths(this.#focusDay, Number(nav.dataset.months)), false);
    } else if (target.closest('.close')) this.close();
    else if (cell) this.#choose(cell.dataset.day!);
  };
}
