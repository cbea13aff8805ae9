import { css } from 'lit';
import { visuallyHidden } from '../internal/styles.js';

// One rule per line: template text ships as written (the build does not minify CSS in templates).
// One sheet (the shared rule inlined): every instance adopts one stylesheet rather than two.
// prettier-ignore
export const styles = css`${visuallyHidden}
:host{display:inline-block}
[part~=group]{display:inline-flex;flex-wrap:wrap;align-items:center;gap:.25em .5em;max-width:100%}
[part~=buttons]{display:inline-flex;gap:.25em}
button{box-sizing:border-box;min-width:max(24px,2.25em);min-height:max(24px,2.25em);padding:.25em .5em;border:.0625em solid var(--portal-control-border-color,currentColor);border-radius:.25em;background:var(--portal-control-background,transparent);color:var(--portal-control-color,inherit);font:inherit;font-weight:600;line-height:1;cursor:pointer}
button:hover:not([aria-disabled=true]){background:var(--portal-control-hover-background,#00000014)}
button:focus-visible{outline:.125em solid var(--portal-focus-color,#0b57d0);outline-offset:.125em}
[aria-disabled=true]{opacity:.55;cursor:not-allowed}
button::before{content:attr(data-face)}
[part~=decrease]::before{font-size:.85em}
[part~=increase]::before{font-size:1.15em}
@media (forced-colors:active){
button{border-color:ButtonText;color:ButtonText;background:ButtonFace}
button:focus-visible{outline-color:Highlight}
[aria-disabled=true]{border-color:GrayText;color:GrayText;opacity:1}
}`;
