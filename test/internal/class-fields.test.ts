import { expect, fixture, html as testHtml } from '@open-wc/testing';
import { LitElement, html } from 'lit';
import { property } from 'lit/decorators.js';
import { define } from '../../src/internal/define.js';

// Lit's class-field pitfall: with [[Define]] semantics a class field initialiser would shadow the
// reactive accessor and updates would silently stop. The project's TypeScript settings must prevent it.
class FieldInitialised extends LitElement {
  @property({ type: Number }) count = 1;
  @property() label = 'đầu';

  override render() {
    return html`<span>${this.label} ${this.count}</span>`;
  }
}
define('test-field-initialised', FieldInitialised);

describe('reactive properties declared with initialisers', () => {
  it('start from the initialiser and re-render when set', async () => {
    const el = await fixture<FieldInitialised>(testHtml`<test-field-initialised></test-field-initialised>`);
    expect(el.shadowRoot!.textContent).to.equal('đầu 1');
    el.count = 2;
    el.label = 'sau';
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.equal('sau 2');
  });

  it('are real accessors on the prototype, not own data properties', async () => {
    const el = await fixture<FieldInitialised>(testHtml`<test-field-initialised></test-field-initialised>`);
    expect(Object.getOwnPropertyDescriptor(el, 'count')).to.equal(undefined);
  });

  it('follow their attributes', async () => {
    const el = await fixture<FieldInitialised>(testHtml`<test-field-initialised count="7"></test-field-initialised>`);
    expect(el.shadowRoot!.textContent).to.equal('đầu 7');
  });
});
