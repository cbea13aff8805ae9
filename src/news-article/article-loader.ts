import { placeFigures, readArticle, type ArticleData } from './article-data.js';
import { sanitize } from './sanitize.js';

/**
 * Everything `src` mode needs, loaded on first use so that light-DOM pages never download it:
 * fetches article JSON from `url`, checks its shape, sanitises its body and places its figures.
 * Throws on a network error, an HTTP error or JSON that is not an article.
 */
export async function loadArticle(
  url: string,
  signal: AbortSignal,
): Promise<{ article: ArticleData; body: DocumentFragment }> {
  const res = await fetch(url, { signal, headers: { Accept: 'application/json' } });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  const article = readArticle(await res.json());
  if (!article) throw new Error('Not article JSON');
  const body = sanitize(article.bodyHtml);
  placeFigures(body, article.figures, url);
  return { article, body };
}
