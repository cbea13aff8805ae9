import { css } from 'lit';
import { hostLayout } from '../internal/styles.js';

// One rule per line: template text ships as written (the build does not minify CSS in templates).
// The state shows in shape, not colour alone: an empty box, or a filled one with a tick.
// prettier-ignore
export const styles = css`
${hostLayout}
:host{display:inline-block}
button{box-sizing:border-box;display:inline-flex;align-items:center;gap:.4em;min-width:max(24px,2.25em);min-height:max(24px,2.25em);padding:.25em .625em;border:.0625em solid var(--portal-control-border-color,currentColor);border-radius:.25em;background:var(--portal-control-background,transparent);color:var(--portal-control-color,inherit);font:inherit;line-height:1.2;cursor:pointer}
button:hover{background:var(--portal-control-hover-background,#00000014)}
button:focus-visible{outline:.125em solid var(--portal-focus-color,#0b57d0);outline-offset:.125em}
[part~=indicator]{box-sizing:border-box;width:1em;height:1em;border:.125em solid;border-radius:.2em;font-size:.9em;line-height:1}
[aria-pressed=true] [part~=indicator]{display:grid;place-items:center;background:var(--portal-accent-color,#0b57d0);border-color:var(--portal-accent-color,#0b57d0);color:#fff}
[aria-pressed=true] [part~=indicator]::after{content:'';width:.25em;height:.5em;margin-top:-.15em;border:solid;border-width:0 .125em .125em 0;transform:rotate(45deg)}
[part~=message]{display:block;max-width:20em;margin-top:.25em;font-size:.875em}
@media (forced-colors:active){
button{border-color:ButtonText;color:ButtonText;background:ButtonFace}
button:focus-visible{outline-color:Highlight}
[aria-pressed=true] [part~=indicator]{background:Highlight;border-color:Highlight;color:HighlightText}
}`;
