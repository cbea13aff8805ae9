import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../src/star-rating.js';
import { part, radios } from './support/star-rating-helpers.js';

const formWith = async (inner: ReturnType<typeof html>) => {
  const form = await fixture<HTMLFormElement>(html`<form @submit=${(e: Event) => e.preventDefault()}>${inner}</form>`);
  const el = form.querySelector('star-rating')!;
  await el.updateComplete;
  return { form, el };
};

describe('<star-rating> in a form', () => {
  it('submits name=value, and nothing while no star is chosen', async () => {
    const { form, el } = await formWith(html`<star-rating name="danh-gia"></star-rating>`);
    expect(el.form).to.equal(form);
    expect([...new FormData(form).keys()]).to.deep.equal([]);
    radios(el)[3].click();
    expect(new FormData(form).get('danh-gia')).to.equal('4');
  });

  it('goes with a real submission', async () => {
    const { form, el } = await formWith(html`<star-rating name="diem" value="2"></star-rating>`);
    const submitted = new Promise<FormData>((resolve) =>
      form.addEventListener('submit', (e) => resolve(new FormData(form, e.submitter))),
    );
    form.requestSubmit();
    expect((await submitted).get('diem')).to.equal('2');
    expect(el.value).to.equal(2);
  });

  it('restores its initial value on reset, without firing change', async () => {
    const { form, el } = await formWith(html`<star-rating name="diem" value="3"></star-rating>`);
    const changes = sinon.spy();
    el.focus();
    await sendKeys({ press: 'End' });
    expect(el.value).to.equal(5);
    el.addEventListener('change', changes);
    form.reset();
    await el.updateComplete;
    expect(el.value).to.equal(3);
    expect(radios(el)[2].getAttribute('aria-checked')).to.equal('true');
    expect(new FormData(form).get('diem')).to.equal('3');
    expect(changes.called).to.be.false;
  });

  it('is disabled by a disabled fieldset: not focusable, not changeable, not submitted', async () => {
    const { form, el } = await formWith(
      html`<fieldset disabled>
        <legend>Ý kiến</legend>
        <star-rating name="diem" value="4"></star-rating>
      </fieldset>`,
    );
    await el.updateComplete;
    expect(part(el, 'stars')!.getAttribute('aria-disabled')).to.equal('true');
    expect(radios(el).some((r) => r.tabIndex === 0)).to.be.false;
    radios(el)[0].click();
    expect(el.value).to.equal(4);
    expect(new FormData(form).has('diem')).to.be.false;
    form.querySelector('fieldset')!.disabled = false;
    await el.updateComplete;
    expect(part(el, 'stars')!.hasAttribute('aria-disabled')).to.be.false;
    expect(new FormData(form).get('diem')).to.equal('4');
  });

  it('makes the form invalid while required and empty, with a clear message', async () => {
    const { form, el } = await formWith(html`<star-rating name="diem" required></star-rating>`);
    const submit = sinon.spy();
    form.addEventListener('submit', submit);
    expect(part(el, 'stars')!.getAttribute('aria-required')).to.equal('true');
    expect(el.checkValidity()).to.be.false;
    expect(form.checkValidity()).to.be.false;
    expect(el.validity.valueMissing).to.be.true;
    expect(el.validationMessage).to.equal('Vui lòng chọn số sao để đánh giá.');
    form.requestSubmit();
    expect(submit.called).to.be.false;
    expect(el.reportValidity()).to.be.false;
    radios(el)[1].click();
    await el.updateComplete;
    expect(el.checkValidity()).to.be.true;
    expect(form.checkValidity()).to.be.true;
    form.requestSubmit();
    expect(submit.calledOnce).to.be.true;
  });

  it('words the validity message in English under lang="en"', async () => {
    const { el } = await formWith(html`<div lang="en"><star-rating required></star-rating></div>`);
    expect(el.validationMessage).to.equal('Please choose a number of stars.');
  });

  it('is accessible when required inside a form', async () => {
    const { form } = await formWith(html`<star-rating name="diem" required></star-rating>`);
    await expect(form).to.be.accessible();
  });
});
