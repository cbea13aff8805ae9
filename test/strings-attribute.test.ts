import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';

// Every element takes its message overrides from a JSON `strings` attribute; a page's malformed JSON
// must leave the built-in messages in place rather than throw from attributeChangedCallback.
const tags = ['abbr-toggle', 'font-size-control', 'star-rating', 'date-search', 'news-article'] as const;

describe('strings attribute', () => {
  for (const tag of tags) {
    it(`<${tag}> ignores malformed JSON`, async () => {
      const errors: unknown[] = [];
      const onError = (event: ErrorEvent) => {
        errors.push(event.error);
        event.preventDefault();
      };
      window.addEventListener('error', onError);
      try {
        const wrap = await fixture<HTMLElement>(html`<div lang="vi"></div>`);
        const el = document.createElement(tag) as HTMLElement & {
          updateComplete: Promise<boolean>;
          strings: unknown;
        };
        el.setAttribute('strings', '{"label": "Nhãn"');
        wrap.append(el);
        await el.updateComplete;
        expect(el.strings).to.equal(null);
        el.setAttribute('strings', '[1, 2]');
        await el.updateComplete;
        expect(el.strings).to.equal(null);
        el.setAttribute('strings', '{"label": "Nhãn"}');
        await el.updateComplete;
        expect(el.strings).to.deep.equal({ label: 'Nhãn' });
        expect(errors).to.deep.equal([]);
      } finally {
        window.removeEventListener('error', onError);
      }
    });
  }
});
