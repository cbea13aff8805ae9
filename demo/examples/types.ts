/**
 * One example state of an element. Each element's examples file (`demo/examples/<element>.ts`)
 * feeds both its demo page and the axe test over every example, so the two never drift.
 */
export interface Example {
  /** Stable id, used as the anchor on the demo page and in test names. */
  id: string;
  /** Heading shown on the demo page, in both languages. */
  title: { vi: string; en: string };
  /** Markup of the example, written by us (trusted, static). */
  html: string;
  /**
   * Puts the rendered example into its state when markup alone cannot (hover, open calendar,
   * a typed invalid date, a failed vote…). Receives the container holding `html`.
   */
  setup?: (container: HTMLElement) => void | Promise<void>;
  /**
   * For a state that takes over the page (a modal calendar): the label of a button beside the example
   * that runs `setup`. The demo page then runs it by itself only when opened at the example's anchor
   * (`date-search.html#date-search-open`), so the page is not locked on load.
   */
  onDemand?: { vi: string; en: string };
}
