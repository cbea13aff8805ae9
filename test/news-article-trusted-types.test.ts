import { expect, fixture, html, waitUntil } from '@open-wc/testing';

// Trusted Types enforced by a CSP in a frame: the element, Lit and DOMPurify must work with
// no violation. Only engines with Trusted Types can enforce it; elsewhere there is nothing to test.
const csp = "require-trusted-types-for 'script'; trusted-types lit-html portal-elements";
const article = {
  id: 'tt',
  headline: 'UBND TP họp dưới Trusted Types',
  published: '2019-11-18T11:59:00+07:00',
  bodyHtml: '<p>Đoạn an toàn.</p><img src="x:" onerror="parent.__ttXss = 1"><script>parent.__ttXss = 1</script>',
  figures: [],
  source: 'Theo Hà Nội portal',
};

describe('news-article: under enforced Trusted Types', () => {
  it('loads and sanitises a src article with no policy violation', async function () {
    if (!('trustedTypes' in window)) this.skip();
    const frame = await fixture<HTMLIFrameElement>(html`<iframe title="Trusted Types"></iframe>`);
    const doc = frame.contentDocument!;
    doc.open();
    // Parser-inserted, so the module's URL needs no policy; script APIs would.
    const module = new URL('/src/news-article.ts', location.href).href;
    doc.write(
      `<!doctype html><html lang="vi"><head><meta http-equiv="Content-Security-Policy" content="${csp}">` +
        `<script type="module" src="${module}"></script></head><body></body></html>`,
    );
    doc.close();
    const win = frame.contentWindow as Window & typeof globalThis;
    const violations: string[] = [];
    doc.addEventListener('securitypolicyviolation', (e) =>
      violations.push(`${e.violatedDirective} ${e.sourceFile}:${e.lineNumber} ${e.sample}`),
    );
    win.fetch = async () => new Response(JSON.stringify(article), { headers: { 'Content-Type': 'application/json' } });
    // Proves the policy is enforced in the frame before trusting the result below.
    expect(() => {
      doc.body.innerHTML = '<b>x</b>';
    }).to.throw();
    // Violation reports arrive asynchronously: let the probe's arrive before starting afresh.
    await waitUntil(() => violations.length === 1, 'the probe is reported');
    violations.length = 0;
    await waitUntil(() => win.customElements.get('news-article'), 'defined in the frame', { timeout: 8000 });
    const el = doc.createElement('news-article') as HTMLElement & { src: string; articleBody: HTMLElement | null };
    el.src = '/bai/tt.json';
    doc.body.append(el);
    await waitUntil(() => el.shadowRoot?.querySelector('[part~="headline"]'), 'article loaded', { timeout: 8000 });
    await new Promise((r) => setTimeout(r, 100));
    expect(el.articleBody!.textContent).to.contain('Đoạn an toàn.');
    expect(el.articleBody!.querySelector('script, [onerror]')).to.equal(null);
    expect((window as { __ttXss?: unknown }).__ttXss).to.equal(undefined);
    expect(violations).to.deep.equal([]);
  });
});
