import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import { AbbrToggle } from '../src/abbr-toggle/abbr-toggle.js';
import '../src/abbr-toggle.js';

// A page of its own: the idle fetch is set up once per document, by the first toggle that connects.
describe('<abbr-toggle> fetching its code while the page is idle', () => {
  it('fetches the code once, with no hover, focus or press, soon after the first toggle appears', async () => {
    const realLoader = AbbrToggle.loadWhenOn;
    const loader = sinon.spy(realLoader);
    AbbrToggle.loadWhenOn = loader;
    try {
      const wrap = await fixture<HTMLDivElement>(
        html`<div>
          <abbr-toggle for="prefetch-target"></abbr-toggle>
          <abbr-toggle for="prefetch-target"></abbr-toggle>
          <p id="prefetch-target">UBND TP họp.</p>
        </div>`,
      );
      const toggles = [...wrap.querySelectorAll('abbr-toggle')];
      await Promise.all(toggles.map((t) => t.updateComplete));
      await waitUntil(() => loader.callCount > 0, 'the code was not fetched while idle', { timeout: 7000 });
      // Nothing changed in the page: fetching is not turning on.
      expect(toggles.every((t) => !t.pressed)).to.equal(true);
      expect(wrap.querySelector('#prefetch-target')!.innerHTML).to.equal('UBND TP họp.');
      // Pressing now uses what was fetched: no second load.
      toggles[0].shadowRoot!.querySelector('button')!.click();
      await toggles[0].updateComplete;
      expect(wrap.querySelector('#prefetch-target abbr')).to.not.equal(null);
      expect(loader.callCount).to.equal(1);
      toggles[0].shadowRoot!.querySelector('button')!.click();
      await toggles[0].updateComplete;
    } finally {
      AbbrToggle.loadWhenOn = realLoader;
    }
  });
});
