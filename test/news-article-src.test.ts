import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/news-article.js';
import type { NewsArticle } from '../src/news-article.js';

declare global {
  interface Window {
    __xss?: unknown;
  }
}

const part = (el: NewsArticle, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

const sample = {
  id: 'bai-thu',
  headline: 'UBND TP họp phiên thường kỳ',
  published: '2019-11-18T11:59:00+07:00',
  summary: 'Tóm tắt',
  bodyHtml: '<p>Đoạn một về UBND TP.</p><p>Đoạn hai.</p><p>Đoạn ba.</p>',
  figures: [
    { src: '/images/a.svg', alt: 'Ảnh một', caption: 'Chú thích một', width: 800, height: 450 },
    { src: 'javascript:alert(1)', alt: 'Xấu', caption: 'Không được hiện', width: 800, height: 450 },
    { src: '/images/b.svg', alt: 'Ảnh hai', caption: 'Chú thích hai', width: 640, height: 480 },
  ],
  source: 'Theo Hà Nội portal',
};

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

async function load(body: unknown, attrs: Partial<Record<string, string>> = {}): Promise<NewsArticle> {
  sinon.stub(window, 'fetch').resolves(json(body));
  const el = document.createElement('news-article');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v!);
  el.src = '/bai/thu.json';
  const loaded = oneEvent(el, 'news-article-load');
  await fixture(html`<div>${el}</div>`);
  await loaded;
  return el;
}

describe('news-article: src mode', () => {
  afterEach(() => sinon.restore());

  it('loads the real reference API article and tells controls it landed', async () => {
    const el = document.createElement('news-article');
    el.src = '/api/articles/hn-2019-11-18-grdp';
    const loaded = oneEvent(el, 'news-article-load');
    await fixture(html`<div lang="vi">${el}</div>`);
    const event = await loaded;
    expect(event.detail).to.deep.equal({ id: 'hn-2019-11-18-grdp' });
    expect(event.bubbles && event.composed).to.equal(true);
    const headline = part(el, 'headline')!;
    expect(headline.getAttribute('role')).to.equal('heading');
    expect(headline.getAttribute('aria-level')).to.equal('1');
    expect(headline.textContent).to.contain('GRDP 10 tháng');
    expect(part(el, 'dateline')!.textContent!.trim()).to.equal('Thứ hai, 18/11/2019 11:59');
    expect(part(el, 'source')!.textContent).to.equal('Theo Hà Nội portal');
    expect(el.articleBody!.querySelectorAll('figure figcaption')).to.have.length(2);
    await expect(el).to.be.accessible();
  });

  it('lets its toolbar expand abbreviations in the loaded body', async () => {
    const el = await load(sample);
    await customElements.whenDefined('abbr-toggle');
    const toggle = el.shadowRoot!.querySelector('abbr-toggle')!;
    await toggle.updateComplete;
    toggle.shadowRoot!.querySelector('button')!.click();
    try {
      // updateComplete waits for the toggle's lazily loaded code; the body changes right after.
      await toggle.updateComplete;
      await waitUntil(() => el.articleBody!.textContent!.includes('Ủy ban nhân dân'), 'expanded', { timeout: 5000 });
    } finally {
      toggle.shadowRoot!.querySelector('button')!.click();
      await toggle.updateComplete;
    }
  });

  it('places figures with their size, alt and caption, lazy after the first, and drops unsafe URLs', async () => {
    const el = await load(sample);
    const figures = [...el.articleBody!.querySelectorAll('figure')];
    expect(figures).to.have.length(2);
    const [one, two] = figures.map((f) => f.querySelector('img')!);
    const facts = (img: HTMLImageElement) => [img.alt, img.getAttribute('width'), img.getAttribute('height')];
    expect(facts(one)).to.deep.equal(['Ảnh một', '800', '450']);
    expect(facts(two)).to.deep.equal(['Ảnh hai', '640', '480']);
    expect(one.getAttribute('loading')).to.equal(null);
    expect(two.getAttribute('loading')).to.equal('lazy');
    expect(one.src).to.equal(new URL('/images/a.svg', location.href).href);
    expect(figures[0].querySelector('figcaption')!.textContent).to.equal('Chú thích một');
    expect(el.articleBody!.textContent).to.not.contain('Không được hiện');
    // The first figure follows the first paragraph.
    expect(figures[0].previousElementSibling!.textContent).to.equal('Đoạn một về UBND TP.');
  });

  it('sets the headline level from heading-level, defaulting bad values to 1', async () => {
    const el = await load(sample, { 'heading-level': '3' });
    expect(part(el, 'headline')!.getAttribute('aria-level')).to.equal('3');
    el.setAttribute('heading-level', 'chín');
    await el.updateComplete;
    expect(part(el, 'headline')!.getAttribute('aria-level')).to.equal('1');
  });

  it('shows a busy loading state, then an error with retry that loads the article', async () => {
    let fail!: (r: Response) => void;
    const fetch = sinon.stub(window, 'fetch');
    fetch.onFirstCall().returns(new Promise<Response>((resolve) => (fail = resolve)));
    fetch.onSecondCall().resolves(json(sample));
    const el = document.createElement('news-article');
    el.src = '/bai/thu.json';
    await fixture(html`<div lang="en">${el}</div>`);
    expect(part(el, 'article')!.getAttribute('aria-busy')).to.equal('true');
    const status = part(el, 'status')!;
    expect(status.getAttribute('role')).to.equal('status');
    expect(status.textContent).to.equal('Loading the article…');
    await expect(el).to.be.accessible();

    fail(json({ error: 'boom' }, 500));
    await waitUntil(() => part(el, 'retry'), 'error state');
    expect(part(el, 'article')!.getAttribute('aria-busy')).to.equal('false');
    expect(part(el, 'status')!.getAttribute('role')).to.equal('alert');
    expect(part(el, 'status')!.textContent).to.contain('The article could not be loaded.');
    await expect(el).to.be.accessible();

    const loaded = oneEvent(el, 'news-article-load');
    part(el, 'retry')!.click();
    await loaded;
    expect(fetch.callCount).to.equal(2);
    expect(part(el, 'headline')!.textContent).to.equal(sample.headline);
    expect(part(el, 'retry')).to.equal(null);
  });

  it('treats a network failure and JSON that is not an article as errors', async () => {
    for (const answer of [Promise.reject(new TypeError('offline')), Promise.resolve(json({ nope: true }))]) {
      sinon.restore();
      sinon.stub(window, 'fetch').returns(answer);
      answer.catch(() => {});
      const el = document.createElement('news-article');
      el.src = '/bai/thu.json';
      await fixture(html`<div>${el}</div>`);
      await waitUntil(() => part(el, 'retry'), 'error state');
    }
  });

  it('shows only the latest src when src changes while loading', async () => {
    let answerFirst!: (r: Response) => void;
    const fetch = sinon.stub(window, 'fetch');
    fetch.onFirstCall().returns(new Promise<Response>((resolve) => (answerFirst = resolve)));
    fetch.onSecondCall().resolves(json({ ...sample, headline: 'Bài thứ hai' }));
    const el = document.createElement('news-article');
    el.src = '/bai/mot.json';
    await fixture(html`<div>${el}</div>`);
    const loaded = oneEvent(el, 'news-article-load');
    el.src = '/bai/hai.json';
    await loaded;
    answerFirst(json({ ...sample, headline: 'Bài thứ nhất' }));
    await new Promise((r) => setTimeout(r, 50));
    expect(part(el, 'headline')!.textContent).to.equal('Bài thứ hai');
    expect((fetch.firstCall.args[1] as RequestInit).signal!.aborted).to.equal(true);
  });

  it('goes back to light-DOM mode when src is removed', async () => {
    const el = await load(sample);
    el.src = '';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('slot[name="body"]')).to.exist;
    expect(el.articleBody).to.equal(null);
  });
});

// Each payload would set window.__xss if it ran; none may, and the harmless text around it stays.
const vectors: Record<string, string> = {
  'script element': '<script>window.__xss = 1</script>',
  'img onerror': '<img src="x:" onerror="window.__xss = 1">',
  'svg onload': '<svg onload="window.__xss = 1"><circle r="1"></circle></svg>',
  'script inside svg': '<svg><script>window.__xss = 1</script></svg>',
  'svg animate onbegin': '<svg><animate onbegin="window.__xss = 1" attributeName="x" dur="1s"></animate></svg>',
  'javascript: link': '<a id="js-link" href="javascript:window.__xss = 1">liên kết</a>',
  'entity-encoded javascript: link': '<a id="js-link" href="&#106;ava&#x73;cript:window.__xss=1">liên kết</a>',
  'svg xlink:href javascript:':
    '<svg><a id="js-link" xlink:href="javascript:window.__xss = 1"><text y="10">x</text></a></svg>',
  'MathML mglyph/style mutation':
    '<math><mtext><table><mglyph><style><img src="x:" onerror="window.__xss = 1"></style></mglyph></table></mtext></math>',
  'noscript attribute mutation': '<noscript><p title="</noscript><img src=x: onerror=window.__xss=1>"></p></noscript>',
  'iframe srcdoc': '<iframe srcdoc="<script>parent.__xss = 1</script>"></iframe>',
  'object data': '<object data="javascript:window.__xss = 1"></object><embed src="javascript:window.__xss = 1">',
  'details ontoggle': '<details open ontoggle="window.__xss = 1"><summary>x</summary></details>',
  'autofocus onfocus':
    '<input autofocus onfocus="window.__xss = 1"><div tabindex="0" autofocus onfocus="window.__xss = 1"></div>',
  'form formaction':
    '<form action="javascript:window.__xss = 1"><button formaction="javascript:window.__xss = 1">Gửi</button></form>',
  'meta refresh': '<meta http-equiv="refresh" content="0;url=javascript:window.__xss = 1">',
  'base href': '<base href="https://attacker.example/">',
  'style element': '<style>:host { display: none }</style><p style="display:none">ẩn</p>',
  'DOM clobbering':
    '<img name="getElementById"><form id="__xss"><input name="parentNode"></form><a id="__xss" name="__xss" href="#">x</a>',
};

describe('news-article: sanitising src bodies', () => {
  const baseURI = document.baseURI;
  beforeEach(() => delete window.__xss);
  afterEach(() => {
    sinon.restore();
    delete window.__xss;
  });

  for (const [name, payload] of Object.entries(vectors)) {
    it(`neutralises ${name}`, async () => {
      const el = await load({ ...sample, figures: [], bodyHtml: `<p>trước</p>${payload}<p>sau</p>` });
      const body = el.articleBody!;
      // Let images error, animations begin and focus settle before looking.
      await new Promise((r) => setTimeout(r, 150));
      body.querySelector('#js-link')?.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
      await new Promise((r) => setTimeout(r, 50));
      expect(window.__xss, 'payload ran').to.equal(undefined);
      expect(body.textContent).to.contain('trước').and.contain('sau');
      expect(body.querySelector('script, iframe, object, embed, base, meta, style, form, input, [style]')).to.equal(
        null,
      );
      for (const node of body.querySelectorAll('*')) {
        for (const attr of node.attributes) {
          expect(attr.name, `${node.localName}[${attr.name}]`).to.not.match(/^on/i);
          expect(attr.value, `${node.localName}[${attr.name}]`).to.not.match(/^\s*javascript:/i);
        }
      }
      expect(document.baseURI).to.equal(baseURI);
      expect(typeof document.getElementById).to.equal('function');
      expect(getComputedStyle(el).display).to.equal('block');
    });
  }

  it('creates the Trusted Types policy it documents where the browser has Trusted Types', async () => {
    await load(sample);
    const tt = (window as { trustedTypes?: { getPolicyNames?: () => string[] } }).trustedTypes;
    if (tt?.getPolicyNames) expect(tt.getPolicyNames()).to.include('portal-elements');
  });
});

// DOMPurify answers null, not a fragment, when the parsed document has no body (a frameset document).
const emptied: Record<string, string> = {
  'only a frameset': '<frameset onload="window.__xss = 1"><frame src="x:"></frameset>',
  'a frameset after a comment': '<!-- đầu --><frameset cols="50%,50%" onload="window.__xss = 1"></frameset>',
  'only a script': '<script>window.__xss = 1</script>',
  'nothing at all': '',
};

describe('news-article: a body the sanitiser empties', () => {
  afterEach(() => {
    sinon.restore();
    delete window.__xss;
  });

  for (const [name, bodyHtml] of Object.entries(emptied)) {
    it(`renders the article with an empty body for ${name}, and no error`, async () => {
      sinon.stub(window, 'fetch').resolves(json({ ...sample, bodyHtml }));
      const onLoad = sinon.spy();
      const el = document.createElement('news-article');
      el.addEventListener('news-article-load', onLoad);
      el.src = '/bai/thu.json';
      await fixture(html`<div lang="vi">${el}</div>`);
      await waitUntil(() => part(el, 'headline') || part(el, 'retry'), 'loaded or failed', { timeout: 5000 });
      await el.updateComplete;
      await new Promise((r) => setTimeout(r, 50));
      expect(el.shadowRoot!.textContent).not.to.contain('Không tải được bài viết');
      expect(!!part(el, 'retry'), 'retry button shown').to.equal(false);
      expect(!!el.shadowRoot!.querySelector('[role="alert"]'), 'alert shown').to.equal(false);
      expect(part(el, 'headline')!.textContent).to.equal(sample.headline);
      expect(part(el, 'dateline')!.textContent!.trim()).to.equal('Thứ hai, 18/11/2019 11:59');
      expect(part(el, 'source')!.textContent).to.equal('Theo Hà Nội portal');
      // The body keeps no text of its own; the figures (which are not in bodyHtml) are still placed.
      const body = el.articleBody!;
      expect([...body.children].map((c) => c.localName)).to.deep.equal(['figure', 'figure']);
      expect([...body.querySelectorAll('figcaption')].map((c) => c.textContent).join('|')).to.equal(
        'Chú thích một|Chú thích hai',
      );
      expect(body.querySelector('frameset, frame, script')).to.equal(null);
      expect(onLoad).to.have.been.calledOnce;
      expect(window.__xss, 'payload ran').to.equal(undefined);
      await expect(el).to.be.accessible();
    });
  }

  it('keeps the body empty, with no figure either, when there are none', async () => {
    const el = await load({ ...sample, bodyHtml: emptied['only a frameset'], figures: [] });
    expect(el.articleBody!.childNodes).to.have.length(0);
    expect(part(el, 'headline')!.textContent).to.equal(sample.headline);
    expect(part(el, 'retry')).to.equal(null);
  });
});

describe('sanitize', () => {
  it('always answers a fragment, empty for a document without a body', async () => {
    const { sanitize } = await import('../src/news-article/sanitize.js');
    for (const dirty of Object.values(emptied)) {
      const out = sanitize(dirty);
      expect(out, JSON.stringify(dirty)).to.be.instanceOf(DocumentFragment);
      expect(out.childNodes, JSON.stringify(dirty)).to.have.length(0);
    }
    const kept = sanitize('<p>Đoạn <b>một</b></p><script>x</script>');
    expect([...kept.childNodes].map((n) => (n as Element).outerHTML)).to.deep.equal(['<p>Đoạn <b>một</b></p>']);
  });
});
