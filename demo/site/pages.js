// Server-side parts of the demo pages, filled in by Vite when it serves or builds them: the shared
// header and footer, and the sample article rendered as light DOM, as a portal's server would.
import { formatDateline } from '../../src/news-article/dateline.js';
import { newsArticleStrings } from '../../src/news-article/strings.js';
import { sampleArticles } from '../api/sample-articles.js';

/** @param {string} s */
const esc = (s) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/** The portal dateline a server would print, e.g. "Thứ hai, 18/11/2019 11:59": the element's own formatter. @param {string} iso */
const dateline = (iso) =>
  formatDateline(iso, 'vi', 'Asia/Ho_Chi_Minh', /** @type {string} */ (newsArticleStrings.vi.dateline)) ?? esc(iso);

const pages = [
  ['/', 'Bài viết mẫu', 'Sample article'],
  ['/article.html', 'Bài nạp từ JSON', 'Article from JSON'],
  ['/search.html', 'Tin theo ngày', 'News by date'],
  ['/news-article.html', 'news-article'],
  ['/abbr-toggle.html', 'abbr-toggle'],
  ['/font-size-control.html', 'font-size-control'],
  ['/star-rating.html', 'star-rating'],
  ['/date-search.html', 'date-search'],
  ['/legacy.html', 'Trang cổng cũ', 'Old portal page'],
  ['/embed.html', 'Nhúng một thẻ script', 'One script tag'],
  ['/csp.html', 'CSP nghiêm ngặt', 'Strict CSP'],
  ['/api.html', 'API'],
];

/** @param {string} path */
function header(path) {
  const links = pages
    .map(([href, vi, en]) => {
      const current = href === path || (href === '/' && path === '/index.html') ? ' aria-current="page"' : '';
      const label = en ? `<span data-en="${esc(en)}">${esc(vi)}</span>` : `<code>${esc(vi)}</code>`;
      return `<li><a href="${href}"${current}>${label}</a></li>`;
    })
    .join('');
  // The skip link is the header's first child: still the page's first tab stop, and inside the banner
  // landmark, so no content sits outside a landmark (IBM's aria_content_in_landmark).
  return `<header class="site-header">
      <a class="skip-link" href="#main" data-en="Skip to the content">Bỏ qua, đến nội dung chính</a>
      <div class="bar">
        <p class="site-name"><a href="/" data-en="Sample portal — portal-elements">Cổng thông tin mẫu — portal-elements</a></p>
        <div class="settings">
          <label><span data-en="Language">Ngôn ngữ</span>
            <select id="demo-lang"><option value="vi">Tiếng Việt</option><option value="en">English</option></select></label>
          <label><span data-en="Theme">Giao diện</span>
            <select id="demo-theme">
              <option value="default" data-en="Default">Mặc định</option>
              <option value="contrast" data-en="High contrast">Tương phản cao</option>
              <option value="brand" data-en="Portal blue and red">Xanh và đỏ cổng</option>
            </select></label>
        </div>
      </div>
    </header>
    <nav class="site-nav" aria-label="Các trang mẫu" data-en-label="Demo pages"><ul>${links}</ul></nav>`;
}

const footer = `<footer class="site-footer"><p data-en="Demo of portal-elements. The articles are written for the demo; events and figures are invented.">Trang mẫu của portal-elements. Các bài viết được viết cho bản mẫu; sự kiện và số liệu là giả định.</p></footer>`;

/**
 * The article as light DOM: figures after the first and the third paragraph.
 * @param {string} id @param {string} [heading] the headline's tag, h1 by default
 */
function article(id, heading = 'h1') {
  const a = sampleArticles.find((x) => x.id === id) ?? sampleArticles[0];
  const paragraphs = a.bodyHtml.split('\n');
  const figure = (/** @type {import('../api/sample-articles.js').Figure} */ f, /** @type {number} */ i) =>
    `<figure><img src="${esc(f.src)}" alt="${esc(f.alt)}" width="${f.width}" height="${f.height}"${i ? ' loading="lazy"' : ''} decoding="async" /><figcaption>${esc(f.caption)}</figcaption></figure>`;
  const body = paragraphs.flatMap((p, i) =>
    i % 2 === 0 && a.figures[i / 2] ? [p, figure(a.figures[i / 2], i / 2)] : [p],
  );
  return `<news-article item-id="${esc(a.id)}" rating-endpoint="/api/ratings" search-action="/search.html">
        <${heading} slot="headline">${esc(a.headline)}</${heading}>
        <time slot="dateline" datetime="${esc(a.published)}">${dateline(a.published)}</time>
        <div slot="body">
          <p class="lead">${esc(a.summary)}</p>
          ${body.join('\n          ')}
        </div>
        <p slot="source">${esc(a.source)}</p>
      </news-article>`;
}

/** Links to the other sample articles, opened in src mode. @param {string} id */
function related(id) {
  return sampleArticles
    .filter((a) => a.id !== id)
    .map(
      (a) =>
        `<li><a href="/article.html?id=${encodeURIComponent(a.id)}">${esc(a.headline)}</a> <time datetime="${esc(a.published)}">${dateline(a.published).split(', ')[1]}</time></li>`,
    )
    .join('');
}

/** The Vite plugin that fills `<!-- demo:header -->`, `<!-- demo:footer -->`, `<!-- demo:article id -->`, `<!-- demo:related id -->`. */
export function demoPages() {
  return {
    name: 'portal-demo-pages',
    /** @param {string} html @param {{ path: string }} ctx */
    transformIndexHtml(html, ctx) {
      const icon = '<link rel="icon" href="/favicon.svg" type="image/svg+xml" />\n  </head>';
      return html
        .replace('</head>', icon)
        .replace('<!-- demo:header -->', () => header(ctx.path))
        .replace('<!-- demo:footer -->', footer)
        .replace(/<!-- demo:article ([\w.:-]+)(?: (h[1-6]))? -->/, (_, id, h) => article(id, h))
        .replace(/<!-- demo:related ([\w.:-]+) -->/, (_, id) => related(id));
    },
  };
}
