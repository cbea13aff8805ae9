import { css } from 'lit';
import { hostLayout, visuallyHidden } from '../internal/styles.js';

// One rule per line: template text ships as written (the build does not minify CSS in templates).
// One sheet (the shared rule inlined): every instance adopts one stylesheet rather than two.
// Plain inline layout, no flex: the label and the row of buttons (one box) wrap like words in a narrow column, and
// 200 instances cost far less style and layout. A− and A+ draw their faces smaller and larger, their
// minimum sizes scaled back so that the three boxes stay the same (2.25em of the host, at least 24px).
// prettier-ignore
export const styles = css`${visuallyHidden}
${hostLayout}
:host{display:inline-block}
[part~=label]{margin-inline-end:.5em;vertical-align:middle}
[part~=buttons]{display:inline-block}
button{box-sizing:border-box;min-width:max(24px,2.25em);min-height:max(24px,2.25em);margin:0;padding:.25em .5em;border:.0625em solid var(--portal-control-border-color,currentColor);border-radius:.25em;background:var(--portal-control-background,transparent);color:var(--portal-control-color,inherit);font:inherit;font-weight:600;line-height:1;vertical-align:middle;cursor:pointer}
button+button{margin-inline-start:.25em}
button:hover:not([aria-disabled=true]){background:var(--portal-control-hover-background,#00000014)}
button:focus-visible{outline:.125em solid var(--portal-focus-color,#0b57d0);outline-offset:.125em}
[aria-disabled=true]{opacity:.55;cursor:not-allowed}
[part~=decrease]{font-size:.85em;min-width:max(24px,2.65em);min-height:max(24px,2.65em)}
[part~=increase]{font-size:1.15em;min-width:max(24px,1.96em);min-height:max(24px,1.96em)}
@media (forced-colors:active){
button{border-color:ButtonText;color:ButtonText;background:ButtonFace}
button:focus-visible{outline-color:Highlight}
[aria-disabled=true]{border-color:GrayText;color:GrayText;opacity:1}
}`;
