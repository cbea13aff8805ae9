import { NewsArticle } from './news-article/news-article.js';
import { define } from './internal/define.js';
// The toolbar and the footer are made of these: importing <news-article> alone brings them too.
import './abbr-toggle.js';
import './date-search.js';
import './font-size-control.js';
import './star-rating.js';

define('news-article', NewsArticle);

export { NewsArticle };
export type { ArticleData, ArticleFigure, NewsArticleLoadDetail } from './news-article/news-article.js';
