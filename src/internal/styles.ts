import { css } from 'lit';

/** Text for screen readers only (live regions, long names), kept out of the layout. */
export const visuallyHidden = css`
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
`;

/**
 * Inherited properties that change layout, set on purpose on an element's host: a page's container
 * CSS (a `white-space: nowrap` menu, an indented or justified column, a px line height) must not break
 * it. Font family, colour and size still come from the page. `visibility` stays inherited: pages hide
 * panels with it, and an element inside one must hide too. (`<news-article>` sets the same on its own
 * lines, not on its host, so that its body keeps what the page gives it.)
 */
// prettier-ignore
export const hostLayout = css`:host{white-space:normal;text-indent:0;text-align:start;line-height:normal;word-break:normal;font-style:normal;letter-spacing:normal;word-spacing:normal}`;
