import { css, unsafeCSS } from 'lit';
import { hostLayout } from '../internal/styles.js';

// A star, and the same star with a star-shaped hole (even-odd) so the page shows through an empty one.
const star =
  '50% 6.3%,60.9% 39.7%,96% 39.7%,67.6% 60.3%,78.4% 93.7%,50% 73.1%,21.6% 93.7%,32.4% 60.3%,4% 39.7%,39.1% 39.7%';
const hole =
  '50% 6.3%,50% 27.7%,44.1% 46.5%,24.4% 46.3%,40.5% 57.7%,34.2% 76.4%,50% 64.6%,65.8% 76.4%,59.5% 57.7%,75.6% 46.3%,55.9% 46.5%,50% 27.7%,50% 6.3%';
const empty = unsafeCSS(`polygon(evenodd,${star},${hole})`);
const full = unsafeCSS(`polygon(${star})`);

// One rule per line: template text ships as written (the build does not minify CSS in templates).
// Plain inline layout and each star clipped on its own box: no flexbox, no SVG and no pseudo-element
// per star, which cost as much layout as the rest of a rating. The clip would cut the focus ring, so
// the focused star alone draws its shape on a pseudo-element. Clipped-off corners hit the group,
// which finds the star by position. Stars are at least 24 × 24 px to tap, however small the text.
// prettier-ignore
export const styles = css`
${hostLayout}
:host{display:inline-block}
:host([hidden]){display:none}
#label{font-weight:600}
[part=hint]{font-size:.875em;font-style:italic}
.row{margin-block:.25em}
[part=stars]{display:inline-block;cursor:pointer}
[role=radio]{display:inline-block;vertical-align:middle;inline-size:max(24px,var(--portal-rating-size,1.5em));block-size:max(24px,var(--portal-rating-size,1.5em));margin-inline-end:var(--portal-rating-gap,.125em);color:var(--portal-rating-color,#6b6b6b);background:currentColor;clip-path:${empty};touch-action:manipulation}
[part~=star-active]{color:var(--portal-rating-active-color,#b45309);clip-path:${full}}
:focus-visible{outline:max(2px,.125em) solid var(--portal-rating-active-color,#b45309);outline-offset:1px}
[role=radio]:focus-visible{clip-path:none;background:none;border-radius:.2em}
[role=radio]:focus-visible::before{content:'';display:block;block-size:100%;background:currentColor;clip-path:${empty}}
[part~=star-active]:focus-visible::before{clip-path:${full}}
[aria-readonly],[aria-disabled]{cursor:default}
[aria-disabled]{opacity:.5}
[part=summary]{margin-inline-start:.5em}
[part=average]{vertical-align:-.125em;margin-inline-end:.25em;stroke-width:1.5;stroke-linejoin:round}
.outline{fill:none;stroke:var(--portal-rating-color,#6b6b6b)}
.fill{fill:var(--portal-rating-active-color,#b45309);stroke:var(--portal-rating-active-color,#b45309)}
[part=retry]{min-block-size:24px;font:inherit}
@media (forced-colors: active){
[role=radio],[role=radio]::before{forced-color-adjust:none;background:CanvasText}
[aria-disabled]{opacity:1}
[aria-disabled] [role=radio],[aria-disabled] [role=radio]::before{background:GrayText}
.outline{stroke:CanvasText}
.fill{fill:CanvasText;stroke:CanvasText}
:focus-visible{outline-color:Highlight}
}`;
