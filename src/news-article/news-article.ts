import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { emit } from '../internal/events.js';
import { jsonObjectAttribute } from '../internal/json-attribute.js';
import { LocalizeController, type Message } from '../internal/localize.js';
import type { ArticleData } from './article-data.js';
import { formatDateline, prepareDateline } from './dateline.js';
import { styles } from './news-article.styles.js';
import { newsArticleStrings } from './strings.js';
import { completeAfter } from '../internal/update-complete.js';

export type { ArticleData, ArticleFigure } from './article-data.js';

/** Detail of `news-article-load`. */
export interface NewsArticleLoadDetail {
  /** The `id` of the loaded article JSON. */
  id: string;
}

type Status = 'light' | 'loading' | 'error' | 'loaded';

/**
 * One news article laid out as on a portal page: headline, dateline, reading toolbar, body, source
 * line and a footer with rating and date search.
 *
 * Light-DOM mode (progressive enhancement): the server-rendered article is the element's content,
 * so it reads fine without JavaScript. `src` mode: the element fetches article JSON
 * `{ id, headline, published, summary, bodyHtml, figures: [{ src, alt, caption, width, height }], source }`
 * (`published` ISO 8601 with an offset) and sanitises `bodyHtml` with DOMPurify, loaded only then. Under
 * Trusted Types DOMPurify parses with the policy `portal-elements`.
 *
 * @tag news-article
 * @summary A portal news article: dateline in portal style, reading toolbar, body, source, rating.
 *
 * @slot headline - The headline, e.g. `<h1 slot="headline">`.
 * @slot dateline - A `<time slot="dateline" datetime="…">` with the server's text; shown as is when the date is invalid.
 * @slot body - One element holding the body (paragraphs, figures); it is `articleBody`, what the toolbar acts on.
 * @slot - Anything else, shown after the body.
 * @slot source - The source line, e.g. `<p slot="source">Theo Hà Nội portal</p>`.
 * @slot footer - Extra footer content, after the rating and the date search.
 *
 * @event news-article-load - The `src` article has been placed in the page (also when `src` is set from code), so controls can re-target (detail `{ id: string }`).
 *
 * @csspart article - The `<article>` wrapping everything; carries `aria-busy` while loading.
 * @csspart headline - The headline rendered in `src` mode.
 * @csspart dateline - The dateline paragraph holding the `<time>`.
 * @csspart toolbar - The group holding `<abbr-toggle>` and `<font-size-control>`; hidden in print.
 * @csspart body - The body: the `body` slot, or the loaded content in `src` mode.
 * @csspart source - The source line.
 * @csspart footer - The footer with `<star-rating>` and `<date-search>`; hidden in print.
 * @csspart status - The loading message and the error message.
 * @csspart retry - The retry button of the error state.
 *
 * @cssproperty --portal-text-color - Text colour of the article (default: inherited).
 * @cssproperty --portal-heading-color - Colour of the headline (default: inherited).
 * @cssproperty --portal-muted-color - Colour of the dateline and captions (default #595959).
 * @cssproperty --portal-link-color - Colour of links in loaded content (default #0b57a4).
 * @cssproperty --portal-border-color - Rules around the toolbar and above the footer (default #d0d7de).
 * @cssproperty --portal-focus-color - Focus ring of the retry button (default #0b57a4).
 * @cssproperty --portal-button-background - Background of the retry button (default transparent).
 * @cssproperty --portal-font-family - Font of the article (default: inherited).
 * @cssproperty --portal-heading-font-family - Font of the headline (default: inherited).
 * @cssproperty --portal-article-max-width - Longest line of the article (default 44em).
 */
export class NewsArticle extends LitElement {
  static override styles = styles;
  static override properties = {
    src: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    timeZone: { attribute: 'time-zone' },
    published: {},
    noToolbar: { type: Boolean, attribute: 'no-toolbar' },
    itemId: { attribute: 'item-id' },
    ratingEndpoint: { attribute: 'rating-endpoint' },
    searchAction: { attribute: 'search-action' },
    strings: { converter: jsonObjectAttribute },
    status: { state: true },
    article: { state: true },
    lightDate: { state: true },
  };

  /** URL of article JSON to load instead of the light-DOM content; empty for light-DOM mode. */
  src = '';

  /** Level (1–6) of the headline rendered in `src` mode. */
  headingLevel = 1;

  /** Time zone of the dateline, an IANA name; an unknown zone falls back to Asia/Ho_Chi_Minh. */
  timeZone = 'Asia/Ho_Chi_Minh';

  /** ISO 8601 date-time of the dateline; by default the `datetime` of the `dateline` slot's `<time>`. */
  published = '';

  /** Hides the reading toolbar (abbreviations and text size). */
  noToolbar = false;

  /** Item id of the rating; by default the loaded article's `id`. */
  itemId = '';

  /** Ratings endpoint of the reference API; when set, the footer shows a `<star-rating>`. */
  ratingEndpoint = '';

  /** URL the footer's `<date-search>` opens with `?date=yyyy-mm-dd`; when set, the footer shows it. */
  searchAction = '';

  /** Overrides of the built-in messages, e.g. `{"retry": "Tải lại"}` (JSON in the attribute). */
  strings: Partial<Record<string, Message>> | null = null;

  private status: Status = 'light';
  private article: ArticleData | null = null;
  private lightDate = '';

  readonly #l10n = new LocalizeController(this, newsArticleStrings);
  readonly #loaded = Object.assign(document.createElement('div'), { className: 'loaded' });
  #abort?: AbortController;
  #datelinePending?: Promise<void>;

  /** The element holding the body: the `body` slot's element, or the loaded content in `src` mode. */
  get articleBody(): HTMLElement | null {
    if (this.src) return this.#loaded;
    return this.querySelector<HTMLElement>(':scope > [slot="body"]');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A load cut short by a move in the document starts again.
    if (this.src && this.status === 'loading' && !this.#abort) void this.#load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#abort?.abort();
    this.#abort = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Read the server's date before the first render: waiting for slotchange would render twice.
    if (!this.hasUpdated) this.#readLightDate();
    if (changed.has('src')) {
      if (this.src) void this.#load();
      else {
        this.#abort?.abort();
        this.status = 'light';
        this.article = null;
        this.#loaded.replaceChildren();
      }
    }
  }

  #readLightDate = () => {
    const time = this.querySelector(':scope > time[slot="dateline"], :scope > [slot="dateline"] time');
    this.lightDate = time?.getAttribute('datetime') ?? '';
  };

  #retry = () => void this.#load();

  async #load(): Promise<void> {
    this.#abort?.abort();
    const abort = (this.#abort = new AbortController());
    const url = new URL(this.src, document.baseURI).href;
    this.status = 'loading';
    try {
      // src mode's code (fetch, checks, DOMPurify) is a chunk of its own: light-DOM pages never load it.
      const { loadArticle } = await import('./article-loader.js');
      const { article, body } = await loadArticle(url, abort.signal);
      if (abort.signal.aborted) return;
      this.#loaded.replaceChildren(body);
      this.article = article;
      this.status = 'loaded';
      await this.updateComplete;
      emit<NewsArticleLoadDetail>(this, 'news-article-load', { id: article.id });
    } catch {
      if (!abort.signal.aborted) this.status = 'error';
    } finally {
      if (this.#abort === abort) this.#abort = undefined;
    }
  }

  /** Also waits for the portal-style dateline, built just after the first render (see `prepareDateline`). */
  protected override getUpdateComplete(): Promise<boolean> {
    return completeAfter(
      () => super.getUpdateComplete(),
      () => this.#datelinePending,
    );
  }

  // `defer`: the server's dateline is on the page already, so the Intl formatter can wait for a task of
  // its own (src mode has no text to show meanwhile, and its fetch has split the work already).
  #dateline(iso: string, fallback: unknown, defer = false) {
    const locale = this.#l10n.locale;
    const text = formatDateline(iso, locale, this.timeZone, this.#l10n.term('dateline'), defer);
    if (text === undefined) {
      this.#datelinePending ??= prepareDateline(locale, this.timeZone).then(() => {
        this.#datelinePending = undefined;
        this.requestUpdate();
      });
    }
    return html`<p part="dateline">
      ${text ? html`<time datetime=${iso}>${text}</time>` : fallback}
      <span ?hidden=${!!text}><slot name="dateline" @slotchange=${this.#readLightDate}></slot></span>
    </p>`;
  }

  #toolbar() {
    if (this.noToolbar) return nothing;
    return html`<div part="toolbar" role="group" aria-label=${this.#l10n.term('tools')}>
      <abbr-toggle></abbr-toggle>
      <font-size-control></font-size-control>
    </div>`;
  }

  #footer() {
    const itemId = this.itemId || this.article?.id || '';
    const rating = !!(this.ratingEndpoint && itemId);
    // Read at render: footer content added to the light DOM later shows once the article re-renders.
    if (!rating && !this.searchAction && !this.querySelector(':scope > [slot="footer"]')) return nothing;
    return html`<footer part="footer">
      ${rating ? html`<star-rating item-id=${itemId} endpoint=${this.ratingEndpoint}></star-rating>` : nothing}
      ${this.searchAction ? html`<date-search action=${this.searchAction} name="date"></date-search>` : nothing}
      <slot name="footer"></slot>
    </footer>`;
  }

  #level(): number {
    const level = Math.trunc(Number(this.headingLevel));
    return level >= 1 && level <= 6 ? level : 1;
  }

  #srcContent() {
    if (this.status === 'loading') {
      return html`<p part="status" role="status">${this.#l10n.term('loading')}</p>`;
    }
    if (this.status === 'error') {
      return html`<div part="status" role="alert">
        <span>${this.#l10n.term('error')}</span>
        <button part="retry" type="button" @click=${this.#retry}>${this.#l10n.term('retry')}</button>
      </div>`;
    }
    const a = this.article;
    if (!a) return nothing;
    return html`<header>
        <div part="headline" role="heading" aria-level=${this.#level()}>${a.headline}</div>
        ${this.#dateline(this.published || a.published, a.published)} ${this.#toolbar()}
      </header>
      <div part="body">${this.#loaded}</div>
      ${a.source ? html`<p part="source">${a.source}</p>` : nothing} ${this.#footer()}`;
  }

  override render() {
    if (this.src) {
      return html`<article part="article" aria-busy=${this.status === 'loading' ? 'true' : 'false'}>
        ${this.#srcContent()}
      </article>`;
    }
    return html`<article part="article">
      <header>
        <slot name="headline"></slot>
        ${this.#dateline(this.published || this.lightDate, nothing, true)} ${this.#toolbar()}
      </header>
      <div part="body"><slot name="body"></slot><slot></slot></div>
      <p part="source"><slot name="source"></slot></p>
      ${this.#footer()}
    </article>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'news-article': NewsArticle;
  }
  interface HTMLElementEventMap {
    'news-article-load': CustomEvent<NewsArticleLoadDetail>;
  }
}
