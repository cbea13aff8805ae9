import { expect, fixture, html as testHtml } from '@open-wc/testing';
import { LitElement, html } from 'lit';
import { property } from 'lit/decorators.js';
import { define } from '../../src/internal/define.js';
import { PrefController } from '../../src/internal/pref-controller.js';
import { clearPref, readPref, writePref } from '../../src/internal/prefs.js';

class PrefThing extends LitElement {
  @property({ type: Number }) level = 1;
  @property({ attribute: 'storage-key' }) storageKey = 'test-level';
  readonly pref = new PrefController<number>(this, {
    key: () => this.storageKey,
    get: () => this.level,
    set: (level) => (this.level = level),
    accept: (stored): stored is number => typeof stored == 'number',
  });
  protected override willUpdate(): void {
    this.pref.listen();
  }
  override render() {
    return html`${this.level}`;
  }
}
define('test-pref-thing', PrefThing);

describe('PrefController', () => {
  afterEach(() => {
    clearPref('test-level');
    clearPref('test-other');
  });

  it('lets a stored value win over the page’s, and ignores an unusable one', async () => {
    writePref('test-level', 3);
    const el = await fixture<PrefThing>(testHtml`<test-pref-thing level="2"></test-pref-thing>`);
    expect(el.level).to.equal(3);
    writePref('test-level', 'loud');
    expect(el.level).to.equal(3);
  });

  it('keeps instances in step and returns to the page’s value when cleared', async () => {
    const wrap = await fixture(
      testHtml`<div><test-pref-thing level="2"></test-pref-thing><test-pref-thing level="5"></test-pref-thing></div>`,
    );
    const [a, b] = wrap.querySelectorAll<PrefThing>('test-pref-thing');
    a.level = 4;
    a.pref.write(4);
    expect(b.level).to.equal(4);
    expect(readPref('test-level')).to.equal(4);
    clearPref('test-level');
    expect([a.level, b.level]).to.deep.equal([2, 5]);
  });

  it('follows a changed key and stops hearing the old one, also after disconnecting', async () => {
    writePref('test-other', 7);
    const el = await fixture<PrefThing>(testHtml`<test-pref-thing level="2"></test-pref-thing>`);
    el.storageKey = 'test-other';
    await el.updateComplete;
    expect(el.level).to.equal(7);
    writePref('test-level', 9);
    expect(el.level).to.equal(7);
    el.remove();
    writePref('test-other', 8);
    expect(el.level).to.equal(7);
  });
});
