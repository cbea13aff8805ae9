import { css } from 'lit';
import { hostLayout } from '../internal/styles.js';

// One rule per line: template text ships as written (the build does not minify CSS in templates).
// The defaults of the documented --portal-date-* properties sit on :host. The calendar's
// visually-hidden rule comes with the calendar's own styles. The calendar icon is the button's
// ::before, a page drawn with borders (cheaper to lay out 200 times than an SVG, and no element). The text field shrinks in a narrow column at large text rather than pushing the page
// sideways.
// prettier-ignore
export const styles = css`
${hostLayout}
:host{display:inline-block;max-width:100%}
:host([hidden]){display:none}
.base{display:flex;flex-wrap:wrap;align-items:center;gap:.25em .5em;font:inherit;line-height:1.4}
.label{font-weight:600}
.field{display:inline-flex;align-items:stretch;box-sizing:border-box;max-width:100%;border:1px solid var(--portal-date-border,#6b6b6b);border-radius:var(--portal-date-radius,.25em);background:var(--portal-date-background,#fff);color:var(--portal-date-color,#1a1a1a)}
.field:focus-within{outline:2px solid var(--portal-date-accent,#0b57a4);outline-offset:1px}
.field[data-invalid]{border-color:var(--portal-date-error,#b3261e);box-shadow:inset 0 0 0 1px var(--portal-date-error,#b3261e)}
input{font:inherit;color:inherit;background:transparent;border:0;padding:.35em .5em;width:7.5em;min-width:0;flex:1 1 auto;min-height:1.5em;outline:none}
button{font:inherit;cursor:pointer;min-width:2.25em;min-height:2.25em;border-radius:var(--portal-date-radius,.25em)}
button:disabled{cursor:not-allowed;opacity:.55}
button:focus-visible{outline:2px solid var(--portal-date-accent,#0b57a4);outline-offset:2px}
.calendar-button{border:0;border-inline-start:1px solid var(--portal-date-border,#6b6b6b);border-radius:0 var(--portal-date-radius,.25em) var(--portal-date-radius,.25em) 0;background:transparent;color:var(--portal-date-accent,#0b57a4);padding:0 .4em}
.calendar-button::before{content:'';display:block;margin:auto;box-sizing:border-box;width:1.1em;height:1em;border:.125em solid;border-top-width:.3em;border-radius:.15em}
.search-button{border:1px solid var(--portal-date-accent,#0b57a4);background:var(--portal-date-accent,#0b57a4);color:var(--portal-date-on-accent,#fff);padding:.35em 1em}
.hint,.error{flex-basis:100%;margin:0;font-size:.875em}
.error{color:var(--portal-date-error,#b3261e);font-weight:600}
@media (forced-colors:active){
.field,button{border:1px solid ButtonText}
.field:focus-within,button:focus-visible{outline-color:Highlight}
.field[data-invalid]{border-width:3px}
.error{color:CanvasText}
button:disabled{color:GrayText}
}
`;
