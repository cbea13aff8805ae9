import { css } from 'lit';

export const styles = css`
  :host {
    display: inline-block;
  }

  :host([hidden]) {
    display: none;
  }

  [part~='label'] {
    font-weight: 600;
  }

  [part~='hint'] {
    margin-inline-start: 0.25em;
    font-size: 0.875em;
    font-style: italic;
  }

  .row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.75em;
    margin-block: 0.25em;
  }

  [part~='stars'] {
    display: inline-flex;
    gap: var(--portal-rating-gap, 0.125em);
  }

  [role='radio'] {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    /* At least 24 × 24 px to tap, however small the page's text. */
    inline-size: max(24px, var(--portal-rating-size, 1.5em));
    block-size: max(24px, var(--portal-rating-size, 1.5em));
    border-radius: 0.25em;
    color: var(--portal-rating-color, #6b6b6b);
    cursor: pointer;
    touch-action: manipulation;
    -webkit-tap-highlight-color: transparent;
  }

  [role='radio'] svg {
    inline-size: 100%;
    block-size: 100%;
    fill: transparent;
    stroke: currentColor;
    stroke-width: 1.5;
    stroke-linejoin: round;
  }

  [part~='star-active'] {
    color: var(--portal-rating-active-color, #b45309);
  }

  [part~='star-active'] svg {
    fill: currentColor;
  }

  [role='radio']:focus-visible,
  [part~='retry']:focus-visible {
    outline: max(2px, 0.125em) solid var(--portal-rating-active-color, #b45309);
    outline-offset: 1px;
  }

  [aria-readonly='true'] [role='radio'],
  [aria-disabled='true'] [role='radio'] {
    cursor: default;
  }

  [aria-disabled='true'] {
    opacity: 0.5;
  }

  @media (prefers-reduced-motion: no-preference) {
    [role='radio'] svg {
      transition: transform 0.12s ease-out;
    }

    [part~='stars']:not([aria-readonly], [aria-disabled]) [role='radio']:hover svg {
      transform: scale(1.12);
    }
  }

  [part~='summary'] {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.375em;
  }

  [part~='average'] {
    display: inline-flex;
    gap: 0.0625em;
  }

  [part~='average'] svg {
    inline-size: 1em;
    block-size: 1em;
    stroke-width: 1.5;
    stroke-linejoin: round;
  }

  .outline {
    fill: transparent;
    stroke: var(--portal-rating-color, #6b6b6b);
  }

  .fill {
    fill: var(--portal-rating-active-color, #b45309);
  }

  [part~='status']:not(:empty) {
    display: block;
    margin-block: 0.25em;
  }

  [part~='retry'] {
    min-block-size: 24px;
    padding: 0.25em 0.75em;
    font: inherit;
    cursor: pointer;
  }

  /* Windows high contrast: filled stars are solid, empty ones outlined, in system colours. */
  @media (forced-colors: active) {
    [role='radio'] svg,
    .outline {
      fill: Canvas;
      stroke: CanvasText;
    }

    [part~='star-active'] svg,
    .fill {
      fill: CanvasText;
    }

    [aria-disabled='true'] [role='radio'] svg {
      stroke: GrayText;
    }

    [aria-disabled='true'] [part~='star-active'] svg {
      fill: GrayText;
    }

    [role='radio']:focus-visible,
    [part~='retry']:focus-visible {
      outline-color: Highlight;
    }
  }
`;
