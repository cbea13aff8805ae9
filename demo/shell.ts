// Shared by the demo pages: registers the elements and wires the language and theme switches.

import { AbbrToggle } from '../src/abbr-toggle/abbr-toggle.js';
import { DateSearch } from '../src/date-search/date-search.js';
import { FontSizeControl } from '../src/font-size-control/font-size-control.js';
import { define } from '../src/internal/define.js';
import { NewsArticle } from '../src/news-article/news-article.js';
import { StarRating } from '../src/star-rating/star-rating.js';

// The same classes src/index.ts registers, registered one per task: each upgrade and first render
// is its own short task instead of one long one (Total Blocking Time). The embed page shows the
// one-bundle way.
const elements: Array<[string, CustomElementConstructor]> = [
  ['news-article', NewsArticle],
  ['abbr-toggle', AbbrToggle],
  ['font-size-control', FontSizeControl],
  ['star-rating', StarRating],
  ['date-search', DateSearch],
];
/** Resolves when every tag is registered. */
export const ready = (async () => {
  for (const [tag, ctor] of elements) {
    // Yield first, so evaluating the modules is a task of its own too.
    await new Promise((resolve) => setTimeout(resolve));
    define(tag, ctor);
  }
})();

export type Lang = 'vi' | 'en';
const THEMES = ['default', 'contrast', 'brand'];
const KEY = 'portal-demo:';

function remembered(name: string): string | null {
  try {
    return localStorage.getItem(KEY + name);
  } catch {
    return null;
  }
}

function remember(name: string, value: string) {
  try {
    localStorage.setItem(KEY + name, value);
  } catch {
    // Private mode: the choice lasts for this page only.
  }
}

/** The page's language, `vi` or `en`. */
export const currentLang = (): Lang => (document.documentElement.lang === 'en' ? 'en' : 'vi');

// Texts of the page chrome carry their English in data-en; the Vietnamese is kept in data-vi.
function translate(lang: Lang) {
  for (const el of document.querySelectorAll<HTMLElement>('[data-en]')) {
    el.dataset.vi ??= el.textContent ?? '';
    el.textContent = lang === 'en' ? el.dataset.en! : el.dataset.vi;
  }
  for (const el of document.querySelectorAll<HTMLElement>('[data-en-label]')) {
    el.dataset.viLabel ??= el.getAttribute('aria-label') ?? '';
    el.setAttribute('aria-label', lang === 'en' ? el.dataset.enLabel! : el.dataset.viLabel);
  }
}

/** Switches the page language; elements follow the `lang` attribute on their own. */
export function setLang(lang: Lang): void {
  document.documentElement.lang = lang;
  translate(lang);
  document.dispatchEvent(new CustomEvent('demo-lang', { detail: lang }));
}

function setTheme(theme: string) {
  if (theme === 'default') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
}

const query = new URLSearchParams(location.search);
const lang = query.get('lang') ?? remembered('lang');
const theme = query.get('theme') ?? remembered('theme');
if (lang === 'en' || lang === 'vi') setLang(lang);
if (theme && THEMES.includes(theme)) setTheme(theme);

const langSelect = document.querySelector<HTMLSelectElement>('#demo-lang');
const themeSelect = document.querySelector<HTMLSelectElement>('#demo-theme');
if (langSelect) {
  langSelect.value = currentLang();
  langSelect.addEventListener('change', () => {
    const next = langSelect.value === 'en' ? 'en' : 'vi';
    remember('lang', next);
    setLang(next);
  });
}
if (themeSelect) {
  themeSelect.value = document.documentElement.dataset.theme ?? 'default';
  themeSelect.addEventListener('change', () => {
    const next = THEMES.includes(themeSelect.value) ? themeSelect.value : 'default';
    remember('theme', next);
    setTheme(next);
  });
}
