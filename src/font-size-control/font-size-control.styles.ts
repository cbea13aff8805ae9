import { css } from 'lit';
import { visuallyHidden } from '../internal/styles.js';

export const styles = [
  visuallyHidden,
  css`
    :host {
      display: inline-block;
    }

    [part~='group'] {
      display: inline-flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.25em 0.5em;
      max-width: 100%;
    }

    [part~='buttons'] {
      display: inline-flex;
      gap: 0.25em;
    }

    button {
      box-sizing: border-box;
      min-width: max(24px, 2.25em);
      min-height: max(24px, 2.25em);
      padding: 0.25em 0.5em;
      border: 0.0625em solid var(--portal-control-border-color, currentColor);
      border-radius: 0.25em;
      background: var(--portal-control-background, transparent);
      color: var(--portal-control-color, inherit);
      font: inherit;
      font-weight: 600;
      line-height: 1;
      cursor: pointer;
    }

    button:hover:not([aria-disabled='true']) {
      background: var(--portal-control-hover-background, rgb(0 0 0 / 0.08));
    }

    button:focus-visible {
      outline: 0.125em solid var(--portal-focus-color, #0b57d0);
      outline-offset: 0.125em;
    }

    button[aria-disabled='true'] {
      opacity: 0.55;
      cursor: not-allowed;
    }

    [part~='decrease'] [aria-hidden] {
      font-size: 0.85em;
    }

    [part~='increase'] [aria-hidden] {
      font-size: 1.15em;
    }

    @media (forced-colors: active) {
      button {
        border-color: ButtonText;
        color: ButtonText;
        background: ButtonFace;
      }
      button[aria-disabled='true'] {
        border-color: GrayText;
        color: GrayText;
        opacity: 1;
      }
      button:focus-visible {
        outline-color: Highlight;
      }
    }
  `,
];
