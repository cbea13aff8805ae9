import { expect, fixture, html } from '@open-wc/testing';
import { closestComposed } from '../../src/internal/dom.js';
import { findTarget } from '../../src/internal/target.js';

describe('target lookup', () => {
  it('finds the element named by for', async () => {
    const wrap = await fixture(
      html`<div>
        <p id="body-1">x</p>
        <span class="ctl"></span>
      </div>`,
    );
    expect(findTarget(wrap.querySelector('.ctl')!, 'body-1')).to.equal(wrap.querySelector('#body-1'));
  });

  it('looks in the control’s own shadow tree before the document', async () => {
    const wrap = await fixture(
      html`<div>
        <p id="same">document</p>
        <span></span>
      </div>`,
    );
    const root = wrap.querySelector('span')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<p id="same">shadow</p><i></i>';
    expect(findTarget(root.querySelector('i')!, 'same')!.textContent).to.equal('shadow');
    expect(findTarget(root.querySelector('i')!, 'nowhere')).to.equal(null);
  });

  it('falls back to the closest news-article, using its articleBody when it has one', async () => {
    const wrap = await fixture(
      html`<news-article
        ><div class="body"></div>
        <span class="ctl"></span
      ></news-article>`,
    );
    const article = wrap as HTMLElement & { articleBody?: HTMLElement | null };
    const ctl = wrap.querySelector('.ctl')!;
    expect(findTarget(ctl, null)).to.equal(article);
    Object.defineProperty(article, 'articleBody', { value: wrap.querySelector('.body'), configurable: true });
    expect(findTarget(ctl, '')).to.equal(wrap.querySelector('.body'));
  });

  it('crosses shadow roots to reach the article, and returns null outside any', async () => {
    const wrap = await fixture(html`<news-article><span></span></news-article>`);
    const root = wrap.querySelector('span')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<b></b>';
    expect(closestComposed(root.querySelector('b')!, 'news-article')).to.equal(wrap);
    const lone = await fixture(html`<p></p>`);
    expect(findTarget(lone, null)).to.equal(null);
  });
});
