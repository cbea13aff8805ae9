import { expect, fixture, html } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import sinon from 'sinon';
import { StarRating } from '../src/star-rating.js';
import { centre, filled, part, partText, radios } from './support/star-rating-helpers.js';

const spyOn = (el: EventTarget, ...types: string[]) => {
  const spy = sinon.spy();
  for (const type of types) el.addEventListener(type, spy);
  return spy;
};
const group = (el: StarRating) => part(el, 'stars')!;
const focused = (el: StarRating) => el.shadowRoot!.activeElement as HTMLElement | null;

describe('<star-rating>', () => {
  afterEach(() => resetMouse());

  it('registers its tag and is accessible', async () => {
    const el = await fixture<StarRating>(html`<star-rating></star-rating>`);
    expect(el).to.be.instanceOf(StarRating);
    await expect(el).to.be.accessible();
  });

  it('is a radio group named by its visible label, with one radio per star and no "0 stars" radio', async () => {
    const el = await fixture<StarRating>(html`<star-rating></star-rating>`);
    const labelId = group(el).getAttribute('aria-labelledby')!;
    expect(group(el).getAttribute('role')).to.equal('radiogroup');
    expect(el.shadowRoot!.getElementById(labelId)!.textContent).to.equal('Đánh giá');
    expect(radios(el).map((r) => r.getAttribute('aria-label'))).to.deep.equal([
      '1 trên 5 sao',
      '2 trên 5 sao',
      '3 trên 5 sao',
      '4 trên 5 sao',
      '5 trên 5 sao',
    ]);
    expect(radios(el).every((r) => r.getAttribute('aria-checked') === 'false')).to.be.true;
    expect(partText(el, 'hint')).to.equal('(Di chuột vào ngôi sao để chọn điểm)');
  });

  it('speaks English under lang="en" and follows a change of lang', async () => {
    const wrap = await fixture(html`<div lang="en"><star-rating value="2"></star-rating></div>`);
    const el = wrap.querySelector('star-rating')!;
    await el.updateComplete;
    expect(partText(el, 'label')).to.equal('Rating');
    expect(radios(el)[1].getAttribute('aria-label')).to.equal('2 out of 5 stars');
    wrap.setAttribute('lang', 'vi');
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(partText(el, 'label')).to.equal('Đánh giá');
  });

  it('takes its label from `label` and messages from `strings`, and hides the hint with no-hint', async () => {
    const el = await fixture<StarRating>(
      html`<star-rating label="Chấm điểm bài viết" strings='{"star": "{value} sao"}' no-hint></star-rating>`,
    );
    expect(partText(el, 'label')).to.equal('Chấm điểm bài viết');
    expect(radios(el)[2].getAttribute('aria-label')).to.equal('3 sao');
    expect(part(el, 'hint')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('survives a strings attribute that is not JSON', async () => {
    const el = await fixture<StarRating>(html`<star-rating strings="{oops"></star-rating>`);
    expect(el.strings).to.equal(null);
    expect(radios(el)[0].getAttribute('aria-label')).to.equal('1 trên 5 sao');
  });

  describe('pointer', () => {
    it('previews on hover without committing, and restores when the pointer leaves', async () => {
      const el = await fixture<StarRating>(html`<star-rating value="1"></star-rating>`);
      const hovers: number[] = [];
      el.addEventListener('star-rating-hover', (e) => hovers.push(e.detail.value));
      const changes = spyOn(el, 'change', 'input');
      await sendMouse({ type: 'move', position: centre(radios(el)[3]) });
      await el.updateComplete;
      expect(filled(el)).to.deep.equal([1, 2, 3, 4]);
      expect(el.value).to.equal(1);
      expect(radios(el)[3].getAttribute('aria-checked')).to.equal('false');
      await sendMouse({ type: 'move', position: centre(radios(el)[1]) });
      await el.updateComplete;
      expect(filled(el)).to.deep.equal([1, 2]);
      const [second, third] = [radios(el)[1].getBoundingClientRect(), radios(el)[2].getBoundingClientRect()];
      const gap = Math.round((second.right + third.left) / 2);
      await sendMouse({ type: 'move', position: [gap, centre(radios(el)[1])[1]] });
      await el.updateComplete;
      expect(filled(el), 'between two stars').to.deep.equal([1, 2]);
      const below = el.getBoundingClientRect();
      await sendMouse({ type: 'move', position: [Math.round(below.left + 2), Math.round(below.bottom + 40)] });
      await el.updateComplete;
      expect(filled(el)).to.deep.equal([1]);
      expect(hovers).to.deep.equal([4, 2, 0]);
      expect(changes.called).to.be.false;
    });

    it('commits on click, once', async () => {
      const el = await fixture<StarRating>(html`<star-rating></star-rating>`);
      const changes = spyOn(el, 'change');
      await sendMouse({ type: 'click', position: centre(radios(el)[2]) });
      await el.updateComplete;
      expect(el.value).to.equal(3);
      expect(radios(el)[2].getAttribute('aria-checked')).to.equal('true');
      expect(changes.callCount).to.equal(1);
      await sendMouse({ type: 'click', position: centre(radios(el)[2]) });
      expect(changes.callCount, 'clicking the chosen star again').to.equal(1);
    });

    it('takes the whole 24 × 24 box of a star, also its corners outside the drawn shape', async () => {
      const el = await fixture<StarRating>(html`<star-rating></star-rating>`);
      const box = radios(el)[3].getBoundingClientRect();
      const corner: [number, number] = [Math.ceil(box.left + 1), Math.ceil(box.top + 1)];
      expect(el.shadowRoot!.elementFromPoint(...corner), 'the corner is outside the clipped star').not.to.equal(
        radios(el)[3],
      );
      await sendMouse({ type: 'move', position: corner });
      await el.updateComplete;
      expect(filled(el)).to.deep.equal([1, 2, 3, 4]);
      await sendMouse({ type: 'click', position: [Math.floor(box.right - 1), Math.floor(box.bottom - 1)] });
      await el.updateComplete;
      expect(el.value).to.equal(4);
    });

    it('commits on a tap without any hover preview', async () => {
      const el = await fixture<StarRating>(html`<star-rating></star-rating>`);
      const hovers = spyOn(el, 'star-rating-hover');
      const changes = spyOn(el, 'change');
      const star = radios(el)[4];
      const touch = { pointerType: 'touch', bubbles: true, composed: true, isPrimary: true };
      star.dispatchEvent(new PointerEvent('pointerover', touch));
      star.dispatchEvent(new PointerEvent('pointermove', touch));
      star.dispatchEvent(new PointerEvent('pointerdown', touch));
      star.dispatchEvent(new PointerEvent('pointerup', touch));
      star.click();
      group(el).dispatchEvent(new PointerEvent('pointerleave', touch));
      await el.updateComplete;
      expect(el.value).to.equal(5);
      expect(changes.callCount).to.equal(1);
      expect(hovers.called).to.be.false;
    });

    it('neither previews nor commits when readonly', async () => {
      const el = await fixture<StarRating>(html`<star-rating readonly value="2"></star-rating>`);
      const events = spyOn(el, 'star-rating-hover', 'change');
      await sendMouse({ type: 'move', position: centre(radios(el)[4]) });
      await el.updateComplete;
      expect(filled(el)).to.deep.equal([1, 2]);
      await sendMouse({ type: 'click', position: centre(radios(el)[4]) });
      expect(el.value).to.equal(2);
      expect(events.called).to.be.false;
    });
  });

  it('fires nothing when properties are set from code', async () => {
    const el = await fixture<StarRating>(html`<star-rating></star-rating>`);
    const events = spyOn(el, 'change', 'input', 'star-rating-hover', 'star-rating-submit');
    el.value = 4;
    el.max = 10;
    el.average = 3.5;
    el.count = 2;
    await el.updateComplete;
    el.value = 0;
    await el.updateComplete;
    expect(events.called).to.be.false;
  });

  describe('bad values', () => {
    const cases: Array<[string, ReturnType<typeof html>, number, number]> = [
      ['max="abc"', html`<star-rating max="abc"></star-rating>`, 5, 0],
      ['max="-3"', html`<star-rating max="-3" value="2"></star-rating>`, 5, 2],
      ['max="1000"', html`<star-rating max="1000"></star-rating>`, 5, 0],
      ['max="2.5"', html`<star-rating max="2.5"></star-rating>`, 5, 0],
      ['value="9"', html`<star-rating value="9"></star-rating>`, 5, 0],
      ['value="-1"', html`<star-rating value="-1"></star-rating>`, 5, 0],
      ['value="NaN"', html`<star-rating value="NaN"></star-rating>`, 5, 0],
      ['value="3.5"', html`<star-rating value="3.5"></star-rating>`, 5, 0],
      ['value="" max=""', html`<star-rating value="" max=""></star-rating>`, 5, 0],
    ];
    for (const [name, template, stars, value] of cases) {
      it(`falls back safely for ${name}`, async () => {
        const el = await fixture<StarRating>(template);
        expect(radios(el)).to.have.length(stars);
        expect(el.value).to.equal(value);
        expect(el.shadowRoot!.textContent).not.to.contain('NaN');
      });
    }

    it('hides an average or count that makes no sense, and never shows NaN', async () => {
      const el = await fixture<StarRating>(html`<star-rating average="abc" count="-2"></star-rating>`);
      expect(part(el, 'summary')).to.equal(null);
      el.average = 7;
      el.count = 1.5;
      await el.updateComplete;
      expect(part(el, 'summary')).to.equal(null);
      el.value = Number.NaN;
      el.max = Infinity;
      await el.updateComplete;
      expect(el.value).to.equal(0);
      expect(radios(el)).to.have.length(5);
      expect(el.shadowRoot!.textContent).not.to.contain('NaN');
    });
  });

  describe('average and count', () => {
    it('shows "4,2/5 · 37 lượt đánh giá" and an image of the average spoken rounded', async () => {
      const el = await fixture<StarRating>(html`<star-rating average="4.19999" count="37"></star-rating>`);
      expect(partText(el, 'summary')).to.equal('4,2/5 · 37 lượt đánh giá');
      const image = part(el, 'average')!;
      expect(image.getAttribute('role')).to.equal('img');
      expect(image.getAttribute('aria-label')).to.equal('Điểm trung bình 4,2 trên 5');
      expect(image.querySelectorAll('.fill')).to.have.length(4);
      await expect(el).to.be.accessible();
    });

    it('draws the average to the half star', async () => {
      const el = await fixture<StarRating>(html`<star-rating average="3.3"></star-rating>`);
      const shapes = () =>
        [...part(el, 'average')!.querySelectorAll('g')].map((s) => {
          const fill = s.querySelector('.fill');
          return !fill ? 0 : fill.getAttribute('d') === s.querySelector('.outline')!.getAttribute('d') ? 1 : 0.5;
        });
      expect(shapes()).to.deep.equal([1, 1, 1, 0.5, 0]);
      el.average = 3.2;
      await el.updateComplete;
      expect(shapes()).to.deep.equal([1, 1, 1, 0, 0]);
      el.average = 4.8;
      await el.updateComplete;
      expect(shapes()).to.deep.equal([1, 1, 1, 1, 1]);
    });

    it('formats numbers for English and says when there are no votes yet', async () => {
      const wrap = await fixture(html`<div lang="en"><star-rating average="4.25" count="1"></star-rating></div>`);
      const el = wrap.querySelector('star-rating')!;
      await el.updateComplete;
      expect(partText(el, 'summary')).to.equal('4.3/5 · 1 rating');
      el.count = 1200;
      await el.updateComplete;
      expect(partText(el, 'summary')).to.equal('4.3/5 · 1,200 ratings');
      el.count = 0;
      await el.updateComplete;
      expect(partText(el, 'summary')).to.equal('No ratings yet');
    });
  });

  it('offers ten stars with max="10"', async () => {
    const el = await fixture<StarRating>(html`<star-rating max="10" value="7"></star-rating>`);
    expect(radios(el)).to.have.length(10);
    expect(radios(el)[6].getAttribute('aria-label')).to.equal('7 trên 10 sao');
    expect(radios(el)[6].getAttribute('aria-checked')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('draws filled and empty stars as different shapes, not only colours, also for forced colours', async () => {
    const el = await fixture<StarRating>(html`<star-rating value="1"></star-rating>`);
    const shape = (star: Element, pseudo?: string) => getComputedStyle(star, pseudo).clipPath;
    const [full, empty] = radios(el);
    expect(shape(full)).to.contain('polygon');
    expect(shape(empty)).to.contain('evenodd');
    expect(shape(full)).not.to.equal(shape(empty));
    // The focused star is not clipped, so that its focus ring shows whole; it draws its shape inside.
    el.focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    const [, focusedStar] = radios(el);
    expect(focused(el)).to.equal(focusedStar);
    expect(shape(focusedStar)).to.equal('none');
    expect(getComputedStyle(focusedStar).outlineStyle).to.equal('solid');
    expect(shape(focusedStar, '::before')).to.equal(shape(full));
    expect(shape(radios(el)[2], '::before'), 'no shape drawn twice').to.equal('none');
    const sheet = [StarRating.styles]
      .flat()
      .map((s) => ('cssText' in s ? s.cssText : ''))
      .join('');
    expect(sheet).to.match(/@media \(forced-colors: active\)/);
  });

  it('gives every star a target of at least 24 × 24 px, even in small text', async () => {
    const el = await fixture<StarRating>(html`<star-rating style="font-size: 10px"></star-rating>`);
    for (const radio of radios(el)) {
      const box = radio.getBoundingClientRect();
      expect(box.width).to.be.at.least(24);
      expect(box.height).to.be.at.least(24);
    }
  });
});
