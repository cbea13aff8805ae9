// The search-results page <date-search> opens: the day's articles from GET /api/articles?date=.
import { html, render } from 'lit';
import { normalizeIso, parseDayMonthYear } from '../src/date-search/parse.js';
import { currentLang, type Lang } from './shell.js';

interface Summary {
  id: string;
  headline: string;
  published: string;
  summary: string;
}
type State =
  | { kind: 'ask' }
  | { kind: 'invalid'; raw: string }
  | { kind: 'loading'; date: string }
  | { kind: 'failed'; date: string }
  | { kind: 'done'; date: string; articles: Summary[] };

const texts = {
  vi: {
    title: 'Tin theo ngày',
    titleDay: 'Tin ngày {day}',
    ask: 'Chọn một ngày để xem các tin đã đăng trong ngày đó.',
    invalid: '“{raw}” không phải là một ngày hợp lệ. Hãy nhập ngày theo dạng dd/mm/yyyy.',
    loading: 'Đang tải danh sách tin…',
    failed: 'Không tải được danh sách tin. Vui lòng thử lại sau.',
    empty: 'Không có bài viết nào trong ngày {day}.',
    count: '{count} bài viết',
  },
  en: {
    title: 'News by date',
    titleDay: 'News of {day}',
    ask: 'Choose a day to see the news published that day.',
    invalid: '“{raw}” is not a valid date. Please enter a date as dd/mm/yyyy.',
    loading: 'Loading the news list…',
    failed: 'The news list could not be loaded. Please try again later.',
    empty: 'No articles were published on {day}.',
    count: '{count} articles',
  },
};
const t = (lang: Lang, key: keyof (typeof texts)['vi'], params: Record<string, string | number> = {}) =>
  texts[lang][key].replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? ''));

/** The day asked for: the element's ISO value, or a portal form's dd/mm/yyyy (the enhanced-form example). */
function askedDay(s: string): string {
  const typed = parseDayMonthYear(s);
  return normalizeIso(s) || (typed.ok ? typed.iso : '');
}
const dayText = (iso: string) => iso.split('-').reverse().join('/');
const timeText = (iso: string) =>
  new Intl.DateTimeFormat('vi', {
    timeZone: 'Asia/Ho_Chi_Minh',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(iso));

const raw = new URLSearchParams(location.search).get('date');
const asked = askedDay(raw ?? '');
let state: State =
  raw === null || raw === '' ? { kind: 'ask' } : asked ? { kind: 'loading', date: asked } : { kind: 'invalid', raw };

const results = document.querySelector<HTMLElement>('#results')!;
const title = document.querySelector<HTMLElement>('#search-title')!;
const search = document.querySelector('date-search');

function draw() {
  const lang = currentLang();
  const s = state;
  const day = 'date' in s ? dayText(s.date) : '';
  title.textContent = day ? t(lang, 'titleDay', { day }) : t(lang, 'title');
  document.title = `${title.textContent} — ${lang === 'en' ? 'Sample portal' : 'Cổng thông tin mẫu'}`;
  const view =
    s.kind === 'ask'
      ? html`<p class="notice">${t(lang, 'ask')}</p>`
      : s.kind === 'invalid'
        ? html`<p class="notice" role="alert">${t(lang, 'invalid', { raw: s.raw })}</p>`
        : s.kind === 'loading'
          ? html`<p class="notice">${t(lang, 'loading')}</p>`
          : s.kind === 'failed'
            ? html`<p class="notice" role="alert">${t(lang, 'failed')}</p>`
            : s.articles.length === 0
              ? html`<p class="notice">${t(lang, 'empty', { day })}</p>`
              : html`<p>${t(lang, 'count', { count: s.articles.length })}</p>
                  <ul class="results">
                    ${s.articles.map(
                      (a) =>
                        html`<li>
                          <h2><a href=${`/article.html?id=${encodeURIComponent(a.id)}`}>${a.headline}</a></h2>
                          <time datetime=${a.published}>${timeText(a.published)}, ${day}</time>
                          <p>${a.summary}</p>
                        </li>`,
                    )}
                  </ul>`;
  render(view, results);
}

async function load(date: string) {
  try {
    const res = await fetch(`/api/articles?date=${encodeURIComponent(date)}`);
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    const body = (await res.json()) as { articles?: Summary[] };
    state = { kind: 'done', date, articles: Array.isArray(body.articles) ? body.articles : [] };
  } catch {
    state = { kind: 'failed', date };
  }
  draw();
  document.body.dataset.ready = 'true';
}

if (search && state.kind !== 'ask' && state.kind !== 'invalid') search.setAttribute('value', state.date);
draw();
document.addEventListener('demo-lang', draw);
if (state.kind === 'loading') void load(state.date);
else document.body.dataset.ready = 'true';
