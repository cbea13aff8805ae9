// Plain text, not Lit's `css`: this module loads with the calendar and imports nothing (see dates.ts).
// One rule per line: template text ships as written. The dialog is seven 2.5em columns and the
// padding wide: 296 px at 16 px, inside a 320 px screen. Forced colours paint even a transparent border
// in CanvasText: the days' rings turn Canvas there, so that only today's shows.
const css = String.raw;

/** Styles of the calendar dialog, adopted by the shadow root when the calendar first loads. */
// prettier-ignore
export const calendarCss = css`
dialog{box-sizing:border-box;width:18.5em;max-width:calc(100vw - .5em);max-height:calc(100vh - .5em);overflow:auto;padding:0;border:1px solid var(--portal-date-border,#6b6b6b);border-radius:calc(var(--portal-date-radius,.25em)*2);background:var(--portal-date-background,#fff);color:var(--portal-date-color,#1a1a1a);font:inherit;line-height:1.4}
.visually-hidden{position:absolute!important;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);clip-path:inset(50%);white-space:nowrap;border:0}
dialog::backdrop{background:rgb(0 0 0/.35)}
[aria-disabled='true']{cursor:not-allowed;opacity:.55}
td:focus-visible{outline:2px solid var(--portal-date-accent,#0b57a4);outline-offset:2px}
.calendar{padding:.5em}
.header{display:flex;align-items:center;gap:.125em}
.heading{flex:1;min-width:0;margin:0;font-size:1em;text-align:center}
.nav,.close{border:1px solid transparent;background:transparent;color:inherit}
.nav{min-width:1.75em;padding:0}
.nav:hover,.close:hover{border-color:var(--portal-date-border,#6b6b6b)}
table{border-collapse:collapse;margin:.25em auto}
th{font-size:.875em;font-weight:600;padding:.25em 0}
td{box-sizing:border-box;width:2.5em;height:2.5em;padding:0;text-align:center;border:2px solid transparent;border-radius:50%;cursor:pointer}
td:not([data-day]){cursor:default}
td[aria-current='date']{border-color:var(--portal-date-accent,#0b57a4);font-weight:700}
td[aria-selected='true']{background:var(--portal-date-accent,#0b57a4);color:var(--portal-date-on-accent,#fff)}
td[data-day]:not([aria-disabled='true']):not([aria-selected='true']):hover{background:color-mix(in srgb,var(--portal-date-accent,#0b57a4) 12%,transparent)}
.footer{display:flex;justify-content:flex-end}
@media (forced-colors:active){
dialog{border:1px solid CanvasText}
td{border-color:Canvas}
td:focus-visible{outline-color:Highlight}
td[aria-disabled='true']{color:GrayText}
td[aria-current='date']{border-color:CanvasText}
td[aria-selected='true']{forced-color-adjust:none;background:Highlight;color:HighlightText}
}
`;
