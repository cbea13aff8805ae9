import { expect, fixture, html as testHtml } from '@open-wc/testing';
import { LitElement, html } from 'lit';
import { property } from 'lit/decorators.js';
import { define } from '../../src/internal/define.js';
import { TargetController } from '../../src/internal/target-controller.js';

class TargetUser extends LitElement {
  @property() for = '';
  readonly changes: Array<[string | null, string | null]> = [];
  readonly targets = new TargetController(this, (next, previous) =>
    this.changes.push([next?.id ?? next?.localName ?? null, previous?.id ?? previous?.localName ?? null]),
  );
  override render() {
    return html`x`;
  }
}
define('test-target-user', TargetUser);

describe('target controller', () => {
  it('finds the target named by for, and follows a new for', async () => {
    const wrap = await fixture(
      testHtml`<div><p id="tc-a"></p><p id="tc-b"></p><test-target-user for="tc-a"></test-target-user></div>`,
    );
    const el = wrap.querySelector<TargetUser>('test-target-user')!;
    expect(el.targets.target).to.equal(wrap.querySelector('#tc-a'));
    el.for = 'tc-b';
    await el.updateComplete;
    expect(el.targets.target).to.equal(wrap.querySelector('#tc-b'));
    expect(el.changes).to.deep.equal([
      ['tc-a', null],
      ['tc-b', 'tc-a'],
    ]);
  });

  it('retries when a news-article reports loaded content', async () => {
    const wrap = await fixture(testHtml`<news-article><test-target-user></test-target-user></news-article>`);
    const el = wrap.querySelector<TargetUser>('test-target-user')!;
    expect(el.targets.target).to.equal(wrap);
    const body = document.createElement('div');
    body.id = 'tc-body';
    wrap.append(body);
    Object.defineProperty(wrap, 'articleBody', { value: body, configurable: true });
    wrap.dispatchEvent(new Event('news-article-load', { bubbles: true, composed: true }));
    expect(el.targets.target).to.equal(body);
  });

  it('retargets every control in the article on one news-article-load, and a reconnected one too', async () => {
    const wrap = await fixture(
      testHtml`<news-article><test-target-user></test-target-user><test-target-user></test-target-user></news-article>`,
    );
    const [first, second] = wrap.querySelectorAll<TargetUser>('test-target-user');
    second.remove();
    wrap.append(second);
    const body = document.createElement('div');
    wrap.append(body);
    Object.defineProperty(wrap, 'articleBody', { value: body, configurable: true });
    wrap.dispatchEvent(new Event('news-article-load', { bubbles: true, composed: true }));
    expect(first.targets.target).to.equal(body);
    expect(second.targets.target).to.equal(body);
  });

  it('reports null when the host leaves the document, and nothing afterwards', async () => {
    const wrap = await fixture(testHtml`<div><p id="tc-c"></p><test-target-user for="tc-c"></test-target-user></div>`);
    const el = wrap.querySelector<TargetUser>('test-target-user')!;
    el.remove();
    expect(el.targets.target).to.equal(null);
    document.dispatchEvent(new Event('news-article-load'));
    expect(el.changes).to.deep.equal([
      ['tc-c', null],
      [null, 'tc-c'],
    ]);
  });
});
