// Registers every element and exports their classes. Each line is one element's define module.
export { define } from './internal/define.js';
export * from './news-article.js';
export * from './star-rating.js';
export * from './font-size-control.js';
export * from './date-search.js';
export * from './abbr-toggle.js';
