import { css } from 'lit';
import { visuallyHidden } from '../internal/styles.js';

export const styles = [
  visuallyHidden,
  css`
    :host {
      display: block;
      container-type: inline-size;
    }
    :host([hidden]) {
      display: none;
    }
    /* The article's own lines, as hostLayout sets on the other elements' hosts. The body keeps the
       alignment and indent the page gives it, but it wraps. */
    header,
    [part~='status'],
    [part~='source'],
    [part~='footer'] {
      text-indent: 0;
      text-align: start;
      line-height: normal;
      font-style: normal;
      letter-spacing: normal;
      word-spacing: normal;
    }
    article {
      white-space: normal;
      word-break: normal;
      color: var(--portal-text-color, inherit);
      font-family: var(--portal-font-family, inherit);
      line-height: 1.6;
      max-width: var(--portal-article-max-width, 44em);
    }
    [part~='headline'],
    ::slotted([slot='headline']) {
      margin: 0 0 0.4em;
      font-weight: 700;
      color: var(--portal-heading-color, inherit);
      font-family: var(--portal-heading-font-family, inherit);
      font-size: 1.75em;
      line-height: 1.25;
    }
    [part~='dateline'] {
      margin: 0;
      color: var(--portal-muted-color, #595959);
      font-size: 0.9em;
    }
    [part~='toolbar'] {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5em 1.5em;
      min-height: 2.75em;
      margin: 0.75em 0 1em;
      padding: 0.25em 0;
      border-block: 1px solid var(--portal-border-color, #d0d7de);
    }
    /* Rows of a known height, one row when wide and one per control when narrow, so a page can
       reserve the toolbar's space before upgrade (see the :not(:defined) rules in the README). */
    [part~='toolbar'] > * {
      min-height: 2.75em;
    }
    @container (max-width: 30em) {
      [part~='toolbar'] {
        flex-direction: column;
        align-items: flex-start;
      }
    }
    [part~='body'] {
      overflow-wrap: break-word;
    }
    .loaded > :first-child {
      margin-top: 0;
    }
    .loaded figure {
      margin: 1.5em 0;
    }
    .loaded img {
      display: block;
      max-width: 100%;
      height: auto;
    }
    .loaded figcaption {
      margin-top: 0.4em;
      color: var(--portal-muted-color, #595959);
      font-size: 0.9em;
    }
    .loaded a {
      color: var(--portal-link-color, #0b57a4);
    }
    [part~='source'] {
      margin: 1.5em 0 0;
      text-align: end;
      font-weight: 700;
    }
    [part~='footer'] {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-start;
      justify-content: space-between;
      gap: 1em 2em;
      margin-top: 1.5em;
      padding-top: 1em;
      border-top: 1px solid var(--portal-border-color, #d0d7de);
    }
    [part~='status'] {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.75em;
      margin: 0;
      padding: 1em 0;
    }
    [part~='retry'] {
      min-width: 2.75em;
      min-height: 2.75em;
      padding: 0.25em 1em;
      border: 1px solid currentColor;
      border-radius: 0.25em;
      background: var(--portal-button-background, transparent);
      color: inherit;
      font: inherit;
      cursor: pointer;
    }
    [part~='retry']:focus-visible {
      outline: 0.15em solid var(--portal-focus-color, #0b57a4);
      outline-offset: 0.15em;
    }
    @media (forced-colors: active) {
      [part~='toolbar'],
      [part~='footer'] {
        border-color: CanvasText;
      }
      [part~='retry'] {
        border-color: ButtonText;
        color: ButtonText;
      }
      [part~='retry']:focus-visible {
        outline-color: Highlight;
      }
    }
    @media print {
      [part~='toolbar'],
      [part~='footer'],
      [part~='retry'] {
        display: none;
      }
      article {
        max-width: none;
        color: #000;
      }
      .loaded figure {
        break-inside: avoid;
      }
    }
  `,
];
