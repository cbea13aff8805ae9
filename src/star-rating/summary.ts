import { html, nothing, svg, type TemplateResult } from 'lit';
import type { catalog } from './strings.js';

/** A five-pointed star in a 24 × 24 box, and its left half, for the image of the average. */
const STAR = 'M12 1.5L14.6 9.5L23 9.5L16.2 14.5L18.8 22.5L12 17.5L5.2 22.5L7.8 14.5L1 9.5L9.4 9.5Z';
const HALF = 'M12 1.5L9.4 9.5L1 9.5L7.8 14.5L5.2 22.5L12 17.5Z';

export type Term = (key: keyof typeof catalog.vi, params?: Record<string, string | number>) => string;
export type NumberFormat = (value: number, digits?: number) => string;

/**
 * "4,2/5 · 37 lượt đánh giá" with a read-only image of the average to the half star, spoken as the
 * rounded average ("Điểm trung bình 4,2 trên 5"). Nothing when neither number is known.
 */
export function renderSummary(
  average: number | null,
  count: number | null,
  stars: number,
  term: Term,
  number: NumberFormat,
): TemplateResult | typeof nothing {
  if (count === 0) return html`<span part="summary">${term('noVotes')}</span>`;
  if (average === null && count === null) return nothing;
  const max = stars;
  let image: TemplateResult | typeof nothing = nothing;
  if (average !== null) {
    const shown = number(average, 1);
    const halves = Math.round(average * 2);
    // One SVG for all the stars: a single box to lay out instead of one per star.
    const icons = Array.from({ length: stars }, (_, i) => {
      const fill = halves >= 2 * (i + 1) ? STAR : halves === 2 * i + 1 ? HALF : '';
      return svg`<g transform="translate(${i * 24})"><path class="outline" d=${STAR}></path>${
        fill ? svg`<path class="fill" d=${fill}></path>` : nothing
      }</g>`;
    });
    // The image speaks the average; the same figure as text would only repeat it.
    // prettier-ignore
    image = html`<svg part="average" role="img" aria-label=${term('average', { average: shown, max })} viewBox="0 0 ${stars * 24} 24" width="${stars}em" height="1em">${icons}</svg><span aria-hidden="true">${shown}/${max}</span>`;
  }
  const votes = count === null ? nothing : term('votes', { count: number(count) });
  const separator = average !== null && count !== null ? ' · ' : '';
  return html`<span part="summary">${image}${separator}${votes}</span>`;
}
