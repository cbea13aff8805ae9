import { css } from 'lit';

export const styles = css`
  :host {
    display: inline-block;
  }

  [part~='button'] {
    box-sizing: border-box;
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-width: max(24px, 2.25em);
    min-height: max(24px, 2.25em);
    padding: 0.25em 0.625em;
    border: 0.0625em solid var(--portal-control-border-color, currentColor);
    border-radius: 0.25em;
    background: var(--portal-control-background, transparent);
    color: var(--portal-control-color, inherit);
    font: inherit;
    line-height: 1.2;
    cursor: pointer;
  }

  [part~='button']:hover {
    background: var(--portal-control-hover-background, rgb(0 0 0 / 0.08));
  }

  [part~='button']:focus-visible {
    outline: 0.125em solid var(--portal-focus-color, #0b57d0);
    outline-offset: 0.125em;
  }

  /* The state shows in shape, not colour alone: an empty box, or a filled one with a tick. */
  [part~='indicator'] {
    box-sizing: border-box;
    display: inline-grid;
    place-items: center;
    width: 1em;
    height: 1em;
    border: 0.125em solid currentColor;
    border-radius: 0.2em;
    font-size: 0.9em;
    line-height: 1;
  }

  [aria-pressed='true'] [part~='indicator'] {
    background: var(--portal-accent-color, #0b57d0);
    border-color: var(--portal-accent-color, #0b57d0);
    color: #fff;
  }

  [aria-pressed='true'] [part~='indicator']::after {
    content: '';
    width: 0.25em;
    height: 0.5em;
    margin-top: -0.15em;
    border: solid currentColor;
    border-width: 0 0.125em 0.125em 0;
    transform: rotate(45deg);
  }

  [part~='tooltip'] {
    position: fixed;
    inset: auto;
    margin: 0;
    box-sizing: border-box;
    max-width: min(22em, calc(100vw - 8px));
    padding: 0.375em 0.625em;
    border: 0.0625em solid transparent;
    border-radius: 0.25em;
    background: var(--portal-tooltip-background, #1f1f1f);
    color: var(--portal-tooltip-color, #fff);
    font-family: inherit;
    line-height: 1.4;
    overflow: visible;
    width: max-content;
    height: auto;
  }

  [part~='tooltip']:not(.open) {
    display: none;
  }

  @media (forced-colors: active) {
    [part~='button'] {
      border-color: ButtonText;
      color: ButtonText;
      background: ButtonFace;
    }
    [part~='button']:focus-visible {
      outline-color: Highlight;
    }
    [aria-pressed='true'] [part~='indicator'] {
      background: Highlight;
      border-color: Highlight;
      color: HighlightText;
    }
    [part~='tooltip'] {
      border-color: CanvasText;
      background: Canvas;
      color: CanvasText;
    }
  }
`;
