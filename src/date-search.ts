import { DateSearch } from './date-search/date-search.js';
import { define } from './internal/define.js';

define('date-search', DateSearch);

export { DateSearch };
export { type DateSearchDetail } from './date-search/date-search.js';
export { searchUrl } from './date-search/form.js';
export { parseDayMonthYear, type ParseFailure, type ParseResult } from './date-search/parse.js';
