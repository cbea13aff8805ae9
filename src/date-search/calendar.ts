import type { html as litHtml, nothing as litNothing, ReactiveController, ReactiveControllerHost } from 'lit';
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
  /** Lit's template tag and sentinel, handed over by the element so this lazy module imports none of Lit. */
  lit: { html: typeof litHtml; nothing: typeof litNothing };
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

/**
 * The APG date-picker dialog of `<date-search>`: a modal `<dialog>` with a grid of days. The element
 * loads this module, and builds the dialog, only when the calendar is first opened: closed fields
 * stay cheap to load and to render.
 */
export class CalendarDialog implements ReactiveController {
  #host: CalendarHost;
  #l10n: Terms;
  #options: CalendarOptions;
  #open = false;
  #built = false;
  #focusDay = '';
  #focusGrid = false;

  constructor(host: CalendarHost, l10n: Terms, options: CalendarOptions) {
    this.#host = host;
    this.#l10n = l10n;
    this.#options = options;
    const root = host.renderRoot as ShadowRoot;
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(calendarCss);
    }
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    host.addController(this);
  }

  get #dialog(): HTMLDialogElement | null {
    return this.#host.renderRoot.querySelector('dialog');
  }

  /** Opens on the selected day, else today, kept inside the bounds. */
  open(): void {
    if (this.#open) return;
    const [min, max] = this.#options.bounds();
    this.#focusDay = clampIso(this.#options.selected() || todayIso(), min, max);
    this.#built = true;
    this.#open = true;
    this.#focusGrid = true;
    this.#host.requestUpdate();
  }

  close(): void {
    if (!this.#open) return;
    this.#open = false;
    this.#dialog?.close();
    this.#host.requestUpdate();
    this.#options.closed();
  }

  hostUpdated(): void {
    const dialog = this.#dialog;
    if (!dialog) return;
    if (this.#open && !dialog.open) dialog.showModal();
    if (this.#open && this.#focusGrid) {
      this.#focusGrid = false;
      dialog.querySelector<HTMLElement>('td[tabindex="0"]')?.focus();
    }
  }

  // Removing the element takes the dialog out of the top layer but leaves it `open`: shut it for good.
  hostDisconnected(): void {
    this.#open = false;
    this.#dialog?.close();
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
    this.#focusGrid = grid;
    this.#host.requestUpdate();
  }

  #choose(iso: string) {
    const [min, max] = this.#options.bounds();
    if (!iso || clampIso(iso, min, max) !== iso) return;
    this.#options.choose(iso);
    this.close();
  }

  #onGridKey = (event: KeyboardEvent) => {
    const day = this.#focusDay;
    const rtl = getComputedStyle(this.#host).direction === 'rtl' ? -1 : 1;
    const first = localeData(this.#l10n.locale).firstDay;
    let next: string;
    switch (event.key) {
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
      case 'PageUp':
        next = addMonths(day, event.shiftKey ? -12 : -1);
        break;
      case 'PageDown':
        next = addMonths(day, event.shiftKey ? 12 : 1);
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

  #onDialogClick = (event: MouseEvent) => {
    // A click on the backdrop lands on the <dialog> itself (its content sits in an inner box).
    if (event.target === event.currentTarget) this.close();
  };

  #onDayClick = (event: MouseEvent) => {
    const cell = (event.target as Element).closest<HTMLElement>('td[data-day]');
    if (cell) this.#choose(cell.dataset.day!);
  };

  render() {
    const { html, nothing } = this.#options.lit;
    if (!this.#built) return nothing;
    const l10n = this.#l10n;
    const locale = l10n.locale;
    const [min, max] = this.#options.bounds();
    const selected = this.#options.selected();
    const today = todayIso();
    const focus = this.#focusDay;
    const [year, month] = isoParts(focus);
    const monthStart = toIso(year, month, 1);
    const { firstDay, heading, dayName, longNames, shortNames } = localeData(locale);
    const gridStart = startOfWeek(monthStart, firstDay);
    const outOfRange = (iso: string) => clampIso(iso, min, max) !== iso;
    // A button that cannot leave the shown month (the bounds stop it) is marked disabled but keeps focus.
    const nav = (label: string, symbol: string, months: number) => {
      const target = addMonths(focus, months);
      const blocked = clampIso(target, min, max).slice(0, 7) === focus.slice(0, 7);
      return html`<button
        type="button"
        part="nav-button"
        class="nav"
        aria-label=${label}
        aria-disabled=${blocked ? 'true' : 'false'}
        @click=${() => !blocked && this.#moveTo(addMonths(this.#focusDay, months), false)}
      >
        <span aria-hidden="true">${symbol}</span>
      </button>`;
    };

    const rows = Array.from({ length: 6 }, (_, r) =>
      Array.from({ length: 7 }, (_, c) => {
        const iso = addDays(gridStart, r * 7 + c);
        if (isoParts(iso)[1] !== month) return html`<td></td>`;
        const disabled = outOfRange(iso);
        return html`<td
          part="day"
          data-day=${iso}
          tabindex=${iso === focus ? 0 : -1}
          aria-label=${dayName.format(utcDate(iso))}
          aria-selected=${iso === selected ? 'true' : nothing}
          aria-current=${iso === today ? 'date' : nothing}
          aria-disabled=${disabled ? 'true' : nothing}
        >
          ${isoParts(iso)[2]}
        </td>`;
      }),
    );

    return html`<dialog
      part="dialog"
      aria-label=${l10n.term('dialog')}
      @keydown=${this.#onDialogKey}
      @click=${this.#onDialogClick}
      @close=${this.#onClose}
    >
      <div class="calendar">
        <div class="header">
          ${nav(l10n.term('prevYear'), '«', -12)} ${nav(l10n.term('prevMonth'), '‹', -1)}
          <h2 class="heading" part="heading" id="heading" aria-live="polite">
            ${capitalise(heading.format(utcDate(focus)), locale)}
          </h2>
          ${nav(l10n.term('nextMonth'), '›', 1)} ${nav(l10n.term('nextYear'), '»', 12)}
        </div>
        <table role="grid" part="grid" aria-labelledby="heading" @keydown=${this.#onGridKey} @click=${this.#onDayClick}>
          <thead>
            <tr>
              ${longNames.map(
                (name, i) =>
                  html`<th scope="col">
                    <span aria-hidden="true">${shortNames[i]}</span><span class="visually-hidden">${name}</span>
                  </th>`,
              )}
            </tr>
          </thead>
          <tbody>
            ${rows.map(
              (cells) =>
                html`<tr>
                  ${cells}
                </tr>`,
            )}
          </tbody>
        </table>
        <div class="footer">
          <button type="button" part="close-button" class="close" @click=${() => this.close()}>
            ${l10n.term('close')}
          </button>
        </div>
      </div>
    </dialog>`;
  }
}
