import { expect, fixture } from '@open-wc/testing';
import { ibmViolations } from './support/ibm-accessible.js';

// `expect(el).to.be.accessible()` runs two checkers (test/support/ibm-accessible.ts): axe-core, then
// IBM Equal Access. These tests prove each one can fail it, and that the one exemption is narrow.
async function failure(el: Element): Promise<string> {
  try {
    await expect(el).to.be.accessible();
  } catch (err) {
    return (err as Error).message;
  }
  return '';
}

describe('the accessibility assertion', () => {
  it('passes clean content', async () => {
    const el = await fixture(`<div lang="vi"><p>Đoạn văn.</p><button type="button">Gửi</button></div>`);
    await expect(el).to.be.accessible();
  });

  it('fails on an axe violation, with axe’s report', async () => {
    const el = await fixture(`<div lang="vi"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></div>`);
    expect(await failure(el)).to.contain('Rule: image-alt');
  });

  it('fails on an IBM violation that axe does not report, naming the rule, message and element', async () => {
    // A tab stop without a widget role: axe has no rule for it, IBM has element_tabbable_role_valid.
    const el = await fixture(`<div lang="vi"><span tabindex="0">Nhấn vào đây</span></div>`);
    const message = await failure(el);
    expect(message).to.contain('IBM Equal Access violations');
    expect(message).to.contain('Rule: element_tabbable_role_valid');
    expect(message).to.contain('The tabbable element does not have a valid widget role');
    expect(message).to.match(/Element: \/html\[\d+\]\/body\[1\]\/div\[\d+\]\/div\[1\]\/span\[1\]/);
  });

  it('checks inside shadow roots', async () => {
    const el = await fixture(`<div lang="vi"></div>`);
    el.attachShadow({ mode: 'open' }).innerHTML = '<span tabindex="0">Trong bóng</span>';
    expect(await failure(el)).to.contain('#document-fragment[1]/span[1]');
  });

  it('drops "content not in a landmark" only outside every landmark, and no other rule', async () => {
    // Outside a landmark (the runner page has none), the span's other violation still fails the check.
    const outside = await fixture(`<div lang="vi"><p>Chữ</p><span tabindex="0">x</span></div>`);
    const message = await failure(outside);
    expect(message).not.to.contain('aria_content_in_landmark');
    expect(message).to.contain('element_tabbable_role_valid');
  });

  it('keeps "content not in a landmark" for a whole page', async () => {
    await fixture(`<div lang="vi"><p>Chữ ngoài mọi vùng mốc.</p></div>`);
    const rules = (await ibmViolations(document)).map((v) => v.ruleId);
    expect(rules).to.include('aria_content_in_landmark');
  });

  it('keeps `not.accessible` meaning "axe finds a violation"', async () => {
    const el = await fixture(`<div lang="vi"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></div>`);
    await expect(el).not.to.be.accessible();
  });
});
