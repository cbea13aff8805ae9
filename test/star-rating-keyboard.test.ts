import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import type { StarRating } from '../src/star-rating.js';
import '../src/star-rating.js';
import { part, radios } from './support/star-rating-helpers.js';

// The keys of a native radio group (APG "rating radio group"), read from what assistive technology
// gets: the focused element, its role and name, aria-checked and tabindex.

const spyOn = (el: EventTarget, ...types: string[]) => {
  const spy = sinon.spy();
  for (const type of types) el.addEventListener(type, spy);
  return spy;
};

/** The name of the star that has focus, '' when focus is not on a star of `el`. */
function focusedStar(el: StarRating): string {
  const active = el.shadowRoot!.activeElement;
  if (document.activeElement !== el || active?.getAttribute('role') !== 'radio') return '';
  return active.getAttribute('aria-label') ?? '';
}

/** The names of the stars whose aria-checked is "true"; every other star must say "false". */
function checked(el: StarRating): string[] {
  const states = radios(el).map((r) => r.getAttribute('aria-checked'));
  expect(
    states.every((s) => s === 'true' || s === 'false'),
    `aria-checked: ${states.join()}`,
  ).to.be.true;
  return radios(el)
    .filter((r) => r.getAttribute('aria-checked') === 'true')
    .map((r) => r.getAttribute('aria-label')!);
}

/** The names of the stars with tabindex="0". */
const tabStops = (el: StarRating) =>
  radios(el)
    .filter((r) => r.getAttribute('tabindex') === '0')
    .map((r) => r.getAttribute('aria-label')!);

const star = (n: number) => `${n} trên 5 sao`;

/** Presses `key` and checks that the named star is then focused, the only one checked and the only tab stop. */
async function press(el: StarRating, key: string, expected: number) {
  await sendKeys({ press: key });
  await el.updateComplete;
  expect(focusedStar(el), `focus after ${key}`).to.equal(star(expected));
  expect(checked(el), `checked after ${key}`).to.deep.equal([star(expected)]);
  expect(tabStops(el), `tab stop after ${key}`).to.deep.equal([star(expected)]);
}

/** A rating between two buttons, to Tab in and out of it. */
async function between(markup: string) {
  const wrap = await fixture(`<div><button>Trước</button>${markup}<button>Sau</button></div>`);
  const el = wrap.querySelector('star-rating')!;
  await el.updateComplete;
  const [before, after] = wrap.querySelectorAll('button');
  return { el, before, after };
}

describe('<star-rating> keyboard (native radio group)', () => {
  it('is a radio group whose stars are radios named "n trên 5 sao", all unchecked at first', async () => {
    const el = await fixture<StarRating>(html`<star-rating></star-rating>`);
    await expect(el).to.be.accessible();
    expect(part(el, 'stars')!.getAttribute('role')).to.equal('radiogroup');
    expect(radios(el).map((r) => r.getAttribute('role'))).to.deep.equal(Array(5).fill('radio'));
    expect(checked(el)).to.deep.equal([]);
  });

  it('Right and Down check the next star, and wrap from the last to the first', async () => {
    const el = await fixture<StarRating>(html`<star-rating></star-rating>`);
    await expect(el).to.be.accessible();
    el.focus();
    expect(focusedStar(el)).to.equal(star(1));
    await press(el, 'ArrowRight', 2);
    await press(el, 'ArrowDown', 3);
    await press(el, 'ArrowRight', 4);
    await press(el, 'ArrowDown', 5);
    await press(el, 'ArrowDown', 1);
    await press(el, 'End', 5);
    await press(el, 'ArrowRight', 1);
  });

  it('Left and Up check the previous star, and wrap from the first to the last', async () => {
    const el = await fixture<StarRating>(html`<star-rating value="3"></star-rating>`);
    await expect(el).to.be.accessible();
    el.focus();
    expect(focusedStar(el)).to.equal(star(3));
    await press(el, 'ArrowLeft', 2);
    await press(el, 'ArrowUp', 1);
    await press(el, 'ArrowUp', 5);
    await press(el, 'ArrowLeft', 4);
    await press(el, 'Home', 1);
    await press(el, 'ArrowLeft', 5);
  });

  it('with nothing chosen, Left from the first star checks the last', async () => {
    const el = await fixture<StarRating>(html`<star-rating></star-rating>`);
    await expect(el).to.be.accessible();
    el.focus();
    await press(el, 'ArrowLeft', 5);
  });

  it('moves from the focused star, not from the value', async () => {
    const el = await fixture<StarRating>(html`<star-rating value="2"></star-rating>`);
    await expect(el).to.be.accessible();
    radios(el)[3].focus();
    await el.updateComplete;
    expect(focusedStar(el)).to.equal(star(4));
    expect(checked(el), 'focus alone checks nothing').to.deep.equal([star(2)]);
    await press(el, 'ArrowRight', 5);
    radios(el)[3].focus();
    await press(el, 'ArrowLeft', 3);
    radios(el)[0].focus();
    await press(el, 'ArrowUp', 5);
  });

  it('fires input and change once per star the arrows check', async () => {
    const el = await fixture<StarRating>(html`<star-rating></star-rating>`);
    await expect(el).to.be.accessible();
    const changes = spyOn(el, 'change');
    const inputs = spyOn(el, 'input');
    const seen: number[] = [];
    el.addEventListener('change', () => seen.push(el.value));
    el.focus();
    for (const key of ['ArrowRight', 'ArrowRight', 'ArrowUp', 'ArrowLeft', 'End', 'ArrowDown', 'Home']) {
      await sendKeys({ press: key });
      await el.updateComplete;
    }
    expect(seen).to.deep.equal([2, 3, 2, 1, 5, 1]);
    expect(changes.callCount, 'Home on the checked star changes nothing').to.equal(6);
    expect(inputs.callCount).to.equal(6);
  });

  it('Space checks the focused star and never unchecks the checked one', async () => {
    const el = await fixture<StarRating>(html`<star-rating value="3"></star-rating>`);
    await expect(el).to.be.accessible();
    const changes = spyOn(el, 'change', 'input');
    el.focus();
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(checked(el)).to.deep.equal([star(3)]);
    expect(changes.called, 'Space on the checked star').to.be.false;
    radios(el)[4].focus();
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(focusedStar(el)).to.equal(star(5));
    expect(checked(el)).to.deep.equal([star(5)]);
    expect(changes.callCount).to.equal(2);
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(checked(el)).to.deep.equal([star(5)]);
    expect(changes.callCount).to.equal(2);
  });

  it('Tab lands on the first star when none is checked, on the checked one otherwise', async () => {
    const empty = await between('<star-rating></star-rating>');
    await expect(empty.el).to.be.accessible();
    empty.before.focus();
    await sendKeys({ press: 'Tab' });
    expect(focusedStar(empty.el)).to.equal(star(1));
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement, 'one tab stop in the group').to.equal(empty.after);

    const chosen = await between('<star-rating value="3"></star-rating>');
    chosen.before.focus();
    await sendKeys({ press: 'Tab' });
    expect(focusedStar(chosen.el)).to.equal(star(3));
  });

  it('has exactly one tab stop, which follows focus and returns to the checked star when focus leaves', async () => {
    const { el, before, after } = await between('<star-rating value="2"></star-rating>');
    await expect(el).to.be.accessible();
    expect(tabStops(el)).to.deep.equal([star(2)]);
    radios(el)[3].focus();
    await el.updateComplete;
    expect(tabStops(el)).to.deep.equal([star(4)]);
    expect(checked(el)).to.deep.equal([star(2)]);
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(document.activeElement).to.equal(after);
    expect(tabStops(el)).to.deep.equal([star(2)]);
    // WebDriver cannot hold Shift: come back from the button before the rating.
    before.focus();
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(focusedStar(el), 'back on the checked star').to.equal(star(2));
    expect(tabStops(el)).to.deep.equal([star(2)]);
  });

  it('keeps one tab stop when the stars are redrawn under focus (fewer stars)', async () => {
    const el = await fixture<StarRating>(html`<star-rating value="1"></star-rating>`);
    radios(el)[3].focus();
    await el.updateComplete;
    el.max = 3;
    await el.updateComplete;
    expect(radios(el)).to.have.length(3);
    expect(tabStops(el)).to.deep.equal(['1 trên 3 sao']);
    await expect(el).to.be.accessible();
  });

  it('follows the reading direction: in right-to-left text Left checks the next star, Right the previous', async () => {
    const wrap = await fixture(html`<div dir="rtl"><star-rating></star-rating></div>`);
    const el = wrap.querySelector('star-rating')!;
    await el.updateComplete;
    await expect(el).to.be.accessible();
    el.focus();
    await press(el, 'ArrowLeft', 2);
    await press(el, 'ArrowLeft', 3);
    await press(el, 'ArrowRight', 2);
    await press(el, 'ArrowDown', 3);
    await press(el, 'ArrowUp', 2);
  });

  it('keeps a one-star rating checked on every arrow', async () => {
    const el = await fixture<StarRating>(html`<star-rating max="1"></star-rating>`);
    await expect(el).to.be.accessible();
    const changes = spyOn(el, 'change');
    el.focus();
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.getAttribute('aria-label')).to.equal('1 trên 1 sao');
    expect(radios(el)[0].getAttribute('aria-checked')).to.equal('true');
    expect(changes.callCount).to.equal(1);
  });

  it('when readonly, is focusable but no key changes the value or moves focus', async () => {
    const el = await fixture<StarRating>(html`<star-rating readonly value="3"></star-rating>`);
    await expect(el).to.be.accessible();
    const events = spyOn(el, 'change', 'input');
    expect(part(el, 'stars')!.getAttribute('aria-readonly')).to.equal('true');
    expect(tabStops(el)).to.deep.equal([star(3)]);
    el.focus();
    for (const key of ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp', 'Home', 'End', ' ', 'Enter']) {
      await sendKeys({ press: key });
      await el.updateComplete;
      expect(focusedStar(el), `focus after ${key}`).to.equal(star(3));
      expect(checked(el), `checked after ${key}`).to.deep.equal([star(3)]);
    }
    expect(events.called).to.be.false;
  });

  it('when disabled, is skipped by Tab, has no tab stop, and no key changes it', async () => {
    const { el, before, after } = await between('<star-rating disabled value="2"></star-rating>');
    await expect(el).to.be.accessible();
    const events = spyOn(el, 'change', 'input');
    expect(part(el, 'stars')!.getAttribute('aria-disabled')).to.equal('true');
    expect(radios(el).every((r) => !r.hasAttribute('tabindex'))).to.be.true;
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(after);
    radios(el)[4].click();
    await el.updateComplete;
    expect(checked(el)).to.deep.equal([star(2)]);
    expect(events.called).to.be.false;
  });
});
