import { NewsArticle } from './news-article/news-article.js';
import { define } from './internal/define.js';

define('news-article', NewsArticle);

export { NewsArticle };
export type { ArticleData, ArticleFigure, NewsArticleLoadDetail } from './news-article/news-article.js';
