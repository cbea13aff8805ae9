import { css } from 'lit';

// Plain inline layout and stars drawn by clip-path, no flexbox and no SVG per star: laying out 200
// ratings on a page costs little more than laying out their text.
const star = css`50% 6.3%, 60.9% 39.7%, 96% 39.7%, 67.6% 60.3%, 78.4% 93.7%, 50% 73.1%, 21.6% 93.7%, 32.4% 60.3%, 4% 39.7%, 39.1% 39.7%`;
// The same star with a star-shaped hole (even-odd), so the page shows through an empty star.
const hole = css`50% 6.3%, 50% 27.7%, 44.1% 46.5%, 24.4% 46.3%, 40.5% 57.7%, 34.2% 76.4%, 50% 64.6%, 65.8% 76.4%, 59.5% 57.7%, 75.6% 46.3%, 55.9% 46.5%, 50% 27.7%, 50% 6.3%`;

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
  .row {
    margin-block: 0.25em;
  }
  [role='radiogroup'] {
    display: inline-block;
  }
  [role='radio'] {
    display: inline-block;
    vertical-align: middle;
    /* At least 24 × 24 px to tap, however small the page's text. */
    inline-size: max(24px, var(--portal-rating-size, 1.5em));
    block-size: max(24px, var(--portal-rating-size, 1.5em));
    margin-inline-end: var(--portal-rating-gap, 0.125em);
    border-radius: 0.2em;
    color: var(--portal-rating-color, #6b6b6b);
    cursor: pointer;
    touch-action: manipulation;
  }
  /* The shape sits on a pseudo-element so that clipping it leaves the focus ring whole. */
  [role='radio']::before {
    content: '';
    display: block;
    block-size: 100%;
    background: currentColor;
    clip-path: polygon(evenodd, ${star}, ${hole});
  }
  [part~='star-active'] {
    color: var(--portal-rating-active-color, #b45309);
  }
  [part~='star-active']::before {
    clip-path: polygon(${star});
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
  [part='summary'] {
    margin-inline-start: 0.5em;
  }
  [part='average'] {
    vertical-align: -0.125em;
    margin-inline-end: 0.25em;
    stroke-width: 1.5;
    stroke-linejoin: round;
  }
  .outline {
    fill: none;
    stroke: var(--portal-rating-color, #6b6b6b);
  }
  .fill {
    fill: var(--portal-rating-active-color, #b45309);
    stroke: var(--portal-rating-active-color, #b45309);
  }
  [part='status'] {
    display: block;
  }
  [part='retry'] {
    min-block-size: 24px;
    font: inherit;
  }
  /* Windows high contrast: filled stars are solid, empty ones hollow, in system colours. */
  @media (forced-colors: active) {
    [role='radio']::before {
      forced-color-adjust: none;
      background: CanvasText;
    }
    [aria-disabled] {
      opacity: 1;
    }
    [aria-disabled] [role='radio']::before {
      background: GrayText;
    }
    .outline {
      stroke: CanvasText;
    }
    .fill {
      fill: CanvasText;
      stroke: CanvasText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
