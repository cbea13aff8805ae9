/** One figure of an article loaded from JSON. */
export interface ArticleFigure {
  src: string;
  alt: string;
  caption: string;
  width?: number;
  height?: number;
}

/**
 * The article JSON `<news-article src>` reads (the reference API's `GET /api/articles/:id`):
 * `{ id, headline, published, summary, bodyHtml, figures: [{ src, alt, caption, width, height }], source }`.
 * `published` is ISO 8601 with an offset; `bodyHtml` is sanitised before use.
 */
export interface ArticleData {
  id: string;
  headline: string;
  published: string;
  summary?: string;
  bodyHtml: string;
  figures: ArticleFigure[];
  source?: string;
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');
const size = (value: unknown) => (Number.isInteger(value) && (value as number) > 0 ? (value as number) : undefined);

/** The article in `json`, with missing or mistyped fields emptied, or null when it has no headline. */
export function readArticle(json: unknown): ArticleData | null {
  if (!json || typeof json !== 'object') return null;
  const data = json as Record<string, unknown>;
  if (!text(data.headline)) return null;
  const figures = Array.isArray(data.figures) ? data.figures : [];
  return {
    id: text(data.id),
    headline: text(data.headline),
    published: text(data.published),
    summary: text(data.summary),
    bodyHtml: text(data.bodyHtml),
    source: text(data.source),
    figures: figures
      .filter((f): f is Record<string, unknown> => !!f && typeof f === 'object' && !!text(f.src))
      .map((f) => ({
        src: text(f.src),
        alt: text(f.alt),
        caption: text(f.caption),
        width: size(f.width),
        height: size(f.height),
      })),
  };
}

/** An http(s) URL for `src` resolved against `base`, or null for any other scheme. */
function safeUrl(src: string, base: string): string | null {
  try {
    const url = new URL(src, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * Places the figures into the sanitised body: one after every second top-level block, the rest at
 * the end. Built with DOM calls and text, never HTML. The first figure loads at once, later ones lazily.
 */
export function placeFigures(body: DocumentFragment, figures: ArticleFigure[], base: string): void {
  const blocks = [...body.children];
  figures.forEach((figure, i) => {
    const src = safeUrl(figure.src, base);
    if (!src) return;
    const el = document.createElement('figure');
    const img = document.createElement('img');
    img.src = src;
    img.alt = figure.alt;
    if (figure.width && figure.height) {
      img.width = figure.width;
      img.height = figure.height;
    }
    img.decoding = 'async';
    if (i > 0) img.loading = 'lazy';
    el.append(img);
    if (figure.caption) {
      const caption = document.createElement('figcaption');
      caption.textContent = figure.caption;
      el.append(caption);
    }
    const after = blocks[i * 2];
    if (after) after.after(el);
    else body.append(el);
  });
}
