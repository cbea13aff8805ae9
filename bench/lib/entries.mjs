// What the benchmark measures: the Lit floor, the peers a portal developer would pick instead, and
// our elements (each alone, bundled with Lit, from its define module `src/<tag>.ts`).
// `markup` is one instance; `{i}` becomes the instance number. `prefix` is page content added once.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { sampleArticles } from '../../demo/api/sample-articles.js';

export const root = resolve(import.meta.dirname, '../..');

const escapeHtml = (s) =>
  String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

const WEEKDAYS = ['Chủ nhật', 'Thứ hai', 'Thứ ba', 'Thứ tư', 'Thứ năm', 'Thứ sáu', 'Thứ bảy'];

/** `2019-11-18T11:59:00+07:00` → `Thứ hai, 18/11/2019 11:59`, the server's own dateline text. */
function portalDateline(iso) {
  const [, y, m, d, hh, mm] = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(iso) ?? [];
  if (!y) return iso;
  const weekday = WEEKDAYS[new Date(Date.UTC(+y, +m - 1, +d)).getUTCDay()];
  return `${weekday}, ${d}/${m}/${y} ${hh}:${mm}`;
}

/**
 * The first sample article as a portal server renders it inside `<news-article>` (light-DOM mode,
 * with the element's slots), toolbar on, no rating endpoint or search action.
 */
export function sampleArticleMarkup(article = sampleArticles[0]) {
  const figures = article.figures
    .map(
      (f) =>
        `<figure><img src="${escapeHtml(f.src)}" alt="${escapeHtml(f.alt)}" width="${f.width}" height="${f.height}">` +
        `<figcaption>${escapeHtml(f.caption)}</figcaption></figure>`,
    )
    .join('');
  return (
    '<news-article>' +
    `<h2 slot="headline">${escapeHtml(article.headline)}</h2>` +
    `<time slot="dateline" datetime="${escapeHtml(article.published)}">${portalDateline(article.published)}</time>` +
    `<div slot="body">${article.bodyHtml}${figures}</div>` +
    `<p slot="source">${escapeHtml(article.source)}</p>` +
    '</news-article>'
  );
}

/** Puts the sample article's figures under `www/images` (the demo's, or a plain placeholder). */
export function writeImages(www) {
  const placeholder =
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 800 450"><rect width="800" height="450" fill="#d0d7de"/></svg>';
  mkdirSync(resolve(www, 'images'), { recursive: true });
  for (const figure of sampleArticles.flatMap((a) => a.figures)) {
    const name = figure.src.replace(/^\/images\//, '');
    const demo = resolve(root, 'demo/public/images', name);
    writeFileSync(resolve(www, 'images', name), existsSync(demo) ? readFileSync(demo) : placeholder);
  }
}

/** The Lit floor every ratio is taken against. */
export const floor = {
  id: 'lit-floor',
  label: 'Trivial Lit element (Lit floor)',
  kind: 'floor',
  file: 'bench/fixtures/trivial-element.ts',
  markup: '<bench-trivial label="Mục {i}"></bench-trivial>',
};

export const peers = [
  {
    id: 'sl-rating',
    label: 'Shoelace `sl-rating`',
    kind: 'peer',
    pkg: '@shoelace-style/shoelace',
    source: "import '@shoelace-style/shoelace/dist/components/rating/rating.js';",
    markup: '<sl-rating label="Đánh giá" value="3"></sl-rating>',
  },
  {
    id: 'wa-rating',
    label: 'Web Awesome `wa-rating`',
    kind: 'peer',
    pkg: '@awesome.me/webawesome',
    source: "import '@awesome.me/webawesome/dist/components/rating/rating.js';",
    markup: '<wa-rating label="Đánh giá" value="3"></wa-rating>',
  },
  {
    id: 'duet-date-picker',
    label: 'Duet `duet-date-picker`',
    kind: 'peer',
    pkg: '@duetds/date-picker',
    // The custom-element build registers nothing by itself.
    source: "import { defineCustomElements } from '@duetds/date-picker/custom-element';\ndefineCustomElements();",
    markup: '<duet-date-picker identifier="ngay-{i}"></duet-date-picker>',
  },
  {
    id: 'vaadin-date-picker',
    label: 'Vaadin `vaadin-date-picker`',
    kind: 'peer',
    pkg: '@vaadin/date-picker',
    source: "import '@vaadin/date-picker/vaadin-date-picker.js';",
    markup: '<vaadin-date-picker label="Ngày"></vaadin-date-picker>',
  },
  {
    id: 'md-text-field-icon-button',
    label: 'Material `md-outlined-text-field` + `md-icon-button`',
    kind: 'peer',
    pkg: '@material/web',
    source:
      "import '@material/web/textfield/outlined-text-field.js';\nimport '@material/web/iconbutton/icon-button.js';",
    markup:
      '<span><md-outlined-text-field label="Ngày"></md-outlined-text-field>' +
      '<md-icon-button aria-label="Chọn ngày">▦</md-icon-button></span>',
  },
];

/** Our elements with the render target (× the Lit floor) that their issues set. */
export const ours = [
  {
    id: 'star-rating',
    label: '`<star-rating>`',
    target: 2,
    markup: '<star-rating value="3"></star-rating>',
  },
  {
    id: 'date-search',
    label: '`<date-search>`',
    target: 3,
    markup: '<date-search></date-search>',
  },
  {
    id: 'font-size-control',
    label: '`<font-size-control>`',
    target: 1.5,
    prefix: '<p id="bench-target">UBND TP Hà Nội</p>',
    markup: '<font-size-control for="bench-target"></font-size-control>',
  },
  {
    id: 'abbr-toggle',
    label: '`<abbr-toggle>`',
    target: 1.5,
    prefix: '<p id="bench-target">UBND TP Hà Nội</p>',
    markup: '<abbr-toggle for="bench-target"></abbr-toggle>',
  },
  {
    id: 'news-article',
    label: '`<news-article>` (light DOM, sample article)',
    target: 3,
    markup: sampleArticleMarkup(),
  },
].map((e) => ({ ...e, kind: 'ours', file: `src/${e.id}.ts` }));

/** Beyond the targets: the sample article with the whole library, so its toolbar elements render too. */
export const extras = [
  {
    id: 'news-article-library',
    label: '`<news-article>` with the whole library (toolbar live)',
    kind: 'extra',
    file: 'src/index.ts',
    needs: 'src/news-article.ts',
    markup: sampleArticleMarkup(),
  },
  {
    id: 'article-content-floor',
    label: 'Trivial Lit wrapper slotting the same article (content floor for `<news-article>`)',
    kind: 'extra',
    file: 'bench/fixtures/trivial-wrapper.ts',
    markup: sampleArticleMarkup()
      .replace(/^<news-article>/, '<bench-wrapper>')
      .replace(/<\/news-article>$/, '</bench-wrapper>'),
  },
];

/** True when an element's define module exists in the tree right now. */
export const isPresent = (entry) => [entry.file, entry.needs].every((file) => !file || existsSync(resolve(root, file)));
