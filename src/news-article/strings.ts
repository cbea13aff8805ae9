import type { Catalog, Messages } from '../internal/localize.js';

interface NewsArticleMessages extends Messages {
  dateline: string;
  tools: string;
  loading: string;
  error: string;
  retry: string;
}

/** Built-in messages of `<news-article>`; any of them can be overridden through `strings`. */
export const newsArticleStrings: Catalog<NewsArticleMessages> = {
  vi: {
    dateline: '{weekday}, {day}/{month}/{year} {hour}:{minute}',
    tools: 'Công cụ đọc bài',
    loading: 'Đang tải bài viết…',
    error: 'Không tải được bài viết.',
    retry: 'Thử lại',
  },
  en: {
    dateline: '{weekday}, {day}/{month}/{year} {hour}:{minute}',
    tools: 'Reading tools',
    loading: 'Loading the article…',
    error: 'The article could not be loaded.',
    retry: 'Try again',
  },
};
