import { expect, fixture } from '@open-wc/testing';
import { examples } from '../demo/examples/star-rating.js';
import '../src/star-rating.js';
import { filled, forgetRatings, part, partText } from './support/star-rating-helpers.js';

// Every state a designer sees on the demo page, in both languages, passes axe.
describe('<star-rating> examples', () => {
  before(forgetRatings);
  after(forgetRatings);

  for (const lang of ['vi', 'en']) {
    for (const example of examples) {
      it(`${example.id} (${lang}) is accessible`, async () => {
        const container = await fixture<HTMLElement>(`<div lang="${lang}">${example.html}</div>`);
        await example.setup?.(container);
        const el = container.querySelector('star-rating')!;
        await el.updateComplete;
        expect(el.shadowRoot!.textContent).not.to.contain('NaN');
        await expect(container).to.be.accessible();
      });
    }
  }

  const states: Record<string, (el: HTMLElementTagNameMap['star-rating']) => void> = {
    'star-rating-hovered': (el) => expect(filled(el)).to.deep.equal([1, 2, 3]),
    'star-rating-sending': (el) => expect(partText(el, 'status')).to.equal('Đang gửi đánh giá…'),
    'star-rating-error': (el) => expect(part(el, 'retry')).not.to.equal(null),
    'star-rating-refused': (el) => expect(partText(el, 'status')).to.contain('đã ngừng nhận đánh giá'),
    'star-rating-voted': (el) => expect(partText(el, 'status')).to.match(/^Cảm ơn bạn!/),
  };
  for (const [id, check] of Object.entries(states)) {
    it(`${id} shows its state`, async () => {
      const example = examples.find((e) => e.id === id)!;
      const container = await fixture<HTMLElement>(`<div lang="vi">${example.html}</div>`);
      await example.setup!(container);
      check(container.querySelector('star-rating')!);
    });
  }
});
