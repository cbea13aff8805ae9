// The legacy-portal corpus (test/fixtures/legacy/): article bodies as old CMSs store them, and the px/pt
// themes they live under. Tests mount one fixture under one theme and compare the subtree byte for byte.
import { fixture, html } from '@open-wc/testing';

const BASE = '/test/fixtures/legacy';

export interface LegacyFixture {
  name: string;
  /** What produced it. */
  source: string;
  /** Served by the test dev server (it serves the repository root). */
  url: string;
}

export interface LegacyTheme {
  name: string;
  /** The portal it imitates. */
  source: string;
  url: string;
  /** Classes of the theme's page wrapper, an ancestor of the container (hostile inherited CSS lives there). */
  wrapperClass: string;
  /** The body container the theme's rules expect: its id (what `for` aims at) and classes. */
  containerId: string;
  containerClass: string;
}

export const legacyFixtures: readonly LegacyFixture[] = [
  { name: 'word-paste', source: 'CKEditor, paste from Word', url: `${BASE}/word-paste.html` },
  { name: 'fckeditor', source: 'FCKeditor in Internet Explorer', url: `${BASE}/fckeditor.html` },
  { name: 'tinymce', source: 'TinyMCE', url: `${BASE}/tinymce.html` },
  { name: 'figures', source: 'CMS figures: two-row tables, fixed-width images and boxes', url: `${BASE}/figures.html` },
];

export const legacyThemes: readonly LegacyTheme[] = [
  {
    name: 'nukeviet',
    source: 'NukeViet: px sizes on #body p and .content span',
    url: `${BASE}/themes/nukeviet.css`,
    wrapperClass: 'nv-wrapper',
    containerId: 'body',
    containerClass: 'content',
  },
  {
    name: 'sharepoint',
    source: 'SharePoint: pt sizes, some !important',
    url: `${BASE}/themes/sharepoint.css`,
    wrapperClass: 's4-wpcell-plain',
    containerId: 'ctl00_PlaceHolderMain_ctl01__ControlWrapper_RichHtmlField',
    containerClass: 'ms-rtestate-field',
  },
  {
    name: 'hostile',
    source: 'Portlet theme: nowrap, text-indent, justify, px line-height, uppercase on the containers',
    url: `${BASE}/themes/hostile.css`,
    wrapperClass: 'portlet-boundary portlet-body',
    containerId: 'article-content',
    containerClass: 'journal-content-article',
  },
];

const sources = new Map<string, Promise<string>>();

/** The file's text as served (fetched once per page). */
export function legacySource(url: string): Promise<string> {
  let text = sources.get(url);
  if (!text) {
    text = fetch(url).then((r) => {
      if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
      return r.text();
    });
    sources.set(url, text);
  }
  return text;
}

const byName = <T extends { name: string }>(list: readonly T[], name: string, what: string): T => {
  const found = list.find((x) => x.name === name);
  if (!found) throw new Error(`No legacy ${what} named "${name}"`);
  return found;
};

/**
 * Mounts a fixture in a fresh test fixture (removed after the test), under a theme if one is named: the
 * theme's stylesheet (loaded before this resolves), its wrapper and its container. Without a theme the
 * container is a plain `<div id="legacy-body">`. Resolves with the container, whose children are the fixture.
 */
export async function mountLegacy(fixtureName: string, themeName?: string): Promise<HTMLElement> {
  const { url } = byName(legacyFixtures, fixtureName, 'fixture');
  const theme = themeName ? byName(legacyThemes, themeName, 'theme') : undefined;
  const body = await legacySource(url);
  const root = await fixture<HTMLElement>(html`<div class="legacy-page"></div>`);
  const wrapper = document.createElement('div');
  const container = document.createElement('div');
  container.id = theme?.containerId ?? 'legacy-body';
  if (theme) {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = theme.url;
    const loaded = new Promise((resolve, reject) => {
      link.addEventListener('load', resolve, { once: true });
      link.addEventListener('error', () => reject(new Error(`${theme.url} did not load`)), { once: true });
    });
    root.append(link);
    await loaded;
    wrapper.className = theme.wrapperClass;
    container.className = theme.containerClass;
  }
  container.innerHTML = body;
  wrapper.append(container);
  root.append(wrapper);
  return container;
}

/** The subtree as markup, attributes and all, for byte-for-byte comparisons. */
export const serialize = (container: Element): string => container.outerHTML;

/** Elements with text of their own (a non-blank Text child): what a reader reads. */
export const textBearing = (container: Element): Element[] =>
  [...container.querySelectorAll('*')].filter((el) =>
    [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && /[^\s\u00a0]/.test(n.textContent ?? '')),
  );
