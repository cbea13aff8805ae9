import { css } from 'lit';

// Kept short on purpose: these bytes ship with every page that loads the library.
export const styles = css`
  :host {
    display: inline-block;
  }
  :host([hidden]) {
    display: none;
  }
  [part='label'] {
    font-weight: 600;
  }
  [part='hint'] {
    font-size: 0.875em;
    font-style: italic;
  }
  .row,
  [part] {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em;
  }
  .row {
    display: flex;
    gap: 0.25em 0.75em;
    margin-block: 0.25em;
  }
  [part='average'] {
    gap: 0.0625em;
  }
  [role='radiogroup'] {
    gap: var(--portal-rating-gap, 0.125em);
  }
  svg {
    inline-size: 1em;
    block-size: 1em;
    fill: none;
    stroke: var(--portal-rating-color, #6b6b6b);
    stroke-width: 1.5;
    stroke-linejoin: round;
  }
  [role='radio'] {
    /* At least 24 × 24 px to tap, however small the page's text. */
    font-size: max(24px, var(--portal-rating-size, 1.5em));
    border-radius: 0.2em;
    cursor: pointer;
    touch-action: manipulation;
  }
  [part~='star-active'] svg,
  .fill {
    fill: var(--portal-rating-active-color, #b45309);
    stroke: var(--portal-rating-active-color, #b45309);
  }
  :focus-visible {
    outline: max(2px, 0.125em) solid var(--portal-rating-active-color, #b45309);
    outline-offset: 1px;
  }
  [aria-readonly] [role='radio'],
  [aria-disabled] [role='radio'] {
    cursor: default;
  }
  [aria-disabled] {
    opacity: 0.5;
  }
  [part='status'] {
    display: block;
  }
  [part='retry'] {
    min-block-size: 24px;
    font: inherit;
  }
  /* Windows high contrast: filled stars are solid, empty ones outlined, in system colours. */
  @media (forced-colors: active) {
    svg {
      stroke: CanvasText;
    }
    [part~='star-active'] svg,
    .fill {
      fill: CanvasText;
      stroke: CanvasText;
    }
    [aria-disabled] {
      opacity: 1;
    }
    [aria-disabled] svg {
      stroke: GrayText;
    }
    [aria-disabled] [part~='star-active'] svg {
      fill: GrayText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
