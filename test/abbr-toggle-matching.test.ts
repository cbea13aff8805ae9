import { expect, fixture, html } from '@open-wc/testing';
import '../src/abbr-toggle.js';
import type { AbbrDictionary } from '../src/abbr-toggle.js';
import { clearPref } from '../src/internal/prefs.js';
import { nextMutations, textNodes } from './support/dom-helpers.js';

let n = 0;
const keys: string[] = [];

/** A pressed toggle over `markup`, with a storage key of its own. */
async function annotate(markup: string, attrs = '', dictionary?: AbbrDictionary) {
  const key = `test-abbr-match-${++n}`;
  keys.push(key);
  const wrap = await fixture<HTMLElement>(html`<div></div>`);
  wrap.innerHTML = `<div id="abbr-m-${n}">${markup}</div>`;
  const target = wrap.firstElementChild as HTMLElement;
  const el = document.createElement('abbr-toggle');
  el.setAttribute('for', target.id);
  el.setAttribute('storage-key', key);
  if (dictionary) el.dictionary = dictionary;
  for (const [name, value] of attrs ? attrs.split(' ').map((a) => a.split('=')) : [])
    el.setAttribute(name, value ?? '');
  wrap.prepend(el);
  await el.updateComplete;
  return { el, target };
}

const wrapped = (target: Element) =>
  [...target.querySelectorAll('abbr[data-abbr-toggle]')].map((a) => [a.textContent, a.getAttribute('title')]);
const found = async (text: string) => wrapped((await annotate(`<p>${text}</p>`, 'pressed')).target).map(([t]) => t);

describe('<abbr-toggle> matching', () => {
  afterEach(() => {
    for (const key of keys.splice(0)) clearPref(key);
  });

  const table: Array<[string, string[]]> = [
    ['UBND TP Hà Nội', ['UBND', 'TP']],
    ['(UBND), UBND. UBND; «UBND»', ['UBND', 'UBND', 'UBND', 'UBND']],
    ['UBNDX và xUBND, UBND2, 2UBND', []],
    ['ĐUBND, UBNDĐ, UBNDă, ưUBND', []],
    ['ubnd, Ubnd, UBNd', []],
    ['HĐND và ĐBQH', ['HĐND', 'ĐBQH']],
    ['UBMTTQ, MTTQ, BCHTW, BCH, UBTVQH', ['UBMTTQ', 'MTTQ', 'BCHTW', 'BCH', 'UBTVQH']],
    ['chỉ tiêu KT-XH và CNH-HĐH', ['KT-XH', 'CNH-HĐH']],
    ['Nghị định 15/2019/NĐ-CP, Nghị quyết 25/NQ-HĐND', []],
    ['tại TP.HCM và TP Huế', ['TP.HCM', 'TP']],
    ['TW và TƯ', ['TW', 'TƯ']],
  ];
  for (const [text, expected] of table) {
    it(`finds ${JSON.stringify(expected)} in “${text}”`, async () => {
      expect(await found(text)).to.deep.equal(expected);
    });
  }

  it('gives the longest abbreviation its own expansion', async () => {
    const { target } = await annotate('<p>UBMTTQ tỉnh và BCHTW</p>', 'pressed');
    expect(wrapped(target)).to.deep.equal([
      ['UBMTTQ', 'Ủy ban Mặt trận Tổ quốc'],
      ['BCHTW', 'Ban Chấp hành Trung ương'],
    ]);
  });

  it('matches NFD text and keeps its original characters', async () => {
    const nfd = 'Hội nghị của UBND và TƯ, ĐBQH dự.'.normalize('NFD');
    const { target } = await annotate(`<p>${nfd}</p>`, 'pressed');
    expect(wrapped(target)).to.deep.equal([
      ['UBND', 'Ủy ban nhân dân'],
      ['TƯ'.normalize('NFD'), 'Trung ương'],
      ['ĐBQH', 'đại biểu Quốc hội'],
    ]);
    const visible = textNodes(target)
      .filter((node) => !node.parentElement!.matches('[data-abbr-toggle="expansion"]'))
      .map((node) => node.data)
      .join('');
    expect(visible).to.equal(nfd);
  });

  it('does not match a letter followed by a combining mark', async () => {
    expect(await found('TP\u0301 và UBND\u0300')).to.deep.equal([]);
  });

  it('never touches code, form fields, scripts, foreign content or opted-out text', async () => {
    const { target } = await annotate(
      `<p>UBND</p>
      <code>UBND</code><pre>UBND</pre><kbd>UBND</kbd><textarea>UBND</textarea><button>UBND</button>
      <select><option>UBND</option></select><script type="text/plain">UBND</script><style>.UBND{}</style>
      <div contenteditable="true">UBND</div><span translate="no">UBND <b>HĐND</b></span>
      <span data-no-abbr>UBND</span><abbr>UBND</abbr>
      <svg aria-hidden="true"><text>UBND</text></svg><math><mi>UBND</mi></math>`,
      'pressed',
    );
    expect(wrapped(target)).to.deep.equal([['UBND', 'Ủy ban nhân dân']]);
  });

  it('goes on with the text after a skipped element, at any depth', async () => {
    const { target } = await annotate(
      `<div><p>HĐND <code>UBND</code></p><code>MTTQ</code></div>TP
      <section><div><pre>QH</pre></div></section><p>GDP <span data-no-abbr>NQ</span></p>BHYT`,
      'pressed',
    );
    expect(wrapped(target).map(([t]) => t)).to.deep.equal(['HĐND', 'TP', 'GDP', 'BHYT']);
  });

  it('shows an expansion holding markup as text', async () => {
    const { target } = await annotate('<p>Theo XYZ.</p>', 'pressed', { XYZ: '<img src=x onerror=alert(1)><b>đậm</b>' });
    const expansion = target.querySelector('[data-abbr-toggle="expansion"]')!;
    expect(expansion.textContent).to.equal(' (<img src=x onerror=alert(1)><b>đậm</b>)');
    expect(target.querySelector('img, b')).to.equal(null);
    expect(target.querySelector('abbr')!.title).to.equal('<img src=x onerror=alert(1)><b>đậm</b>');
  });

  it('lets an <abbr title> in the content win for that abbreviation everywhere', async () => {
    const { target } = await annotate(
      '<p>UBND huyện họp.</p><p><abbr title="Ủy ban nhân dân huyện">UBND</abbr> và BHTN, <abbr title="bảo hiểm thất nghiệp">BHTN</abbr></p>',
      'pressed',
    );
    expect(wrapped(target)).to.deep.equal([
      ['UBND', 'Ủy ban nhân dân huyện'],
      ['BHTN', 'bảo hiểm thất nghiệp'],
    ]);
    const expansions = [...target.querySelectorAll('[data-abbr-toggle="expansion"]')].map((e) => e.textContent);
    expect(expansions).to.deep.equal([
      ' (Ủy ban nhân dân huyện)',
      ' (Ủy ban nhân dân huyện)',
      ' (bảo hiểm thất nghiệp)',
      ' (bảo hiểm thất nghiệp)',
    ]);
  });

  it('lets an <abbr title> anywhere on the page, outside the target too, win for that abbreviation', async () => {
    const headline = document.createElement('h1');
    headline.innerHTML = 'Kỳ họp của <abbr title="Hội đồng nhân dân tỉnh">HĐND</abbr>';
    document.body.append(headline);
    try {
      const { el, target } = await annotate('<p>HĐND và UBND</p>', 'pressed');
      expect(wrapped(target)).to.deep.equal([
        ['HĐND', 'Hội đồng nhân dân tỉnh'],
        ['UBND', 'Ủy ban nhân dân'],
      ]);
      // Outside the target, nothing is added to it.
      expect(headline.innerHTML).to.equal('Kỳ họp của <abbr title="Hội đồng nhân dân tỉnh">HĐND</abbr>');
      el.pressed = false;
      await el.updateComplete;
      expect(target.innerHTML).to.equal('<p>HĐND và UBND</p>');
    } finally {
      headline.remove();
    }
  });

  it('takes page entries from the property and from JSON script children, which may remove entries', async () => {
    const { el, target } = await annotate('<p>UBND, TP, CP và BHTN</p>', 'pressed', {
      TP: 'thành phố trực thuộc tỉnh',
    });
    el.innerHTML = '<script type="application/json">{"CP": "Chính phủ", "UBND": null, "": "x", "BHTN": 3}</script>';
    el.dictionary = { ...el.dictionary };
    await el.updateComplete;
    expect(wrapped(target)).to.deep.equal([
      ['TP', 'thành phố trực thuộc tỉnh'],
      ['CP', 'Chính phủ'],
    ]);
  });

  it('ignores a dictionary script that is not JSON', async () => {
    const warn = console.warn;
    console.warn = () => {};
    try {
      const wrap = await fixture<HTMLElement>(html`<div><p id="abbr-bad-json">UBND</p></div>`);
      wrap.insertAdjacentHTML(
        'afterbegin',
        `<abbr-toggle for="abbr-bad-json" storage-key="test-abbr-bad-json" pressed><script type="application/json">{oops</script></abbr-toggle>`,
      );
      keys.push('test-abbr-bad-json');
      await wrap.querySelector('abbr-toggle')!.updateComplete;
      expect(wrapped(wrap)).to.deep.equal([['UBND', 'Ủy ban nhân dân']]);
    } finally {
      console.warn = warn;
    }
  });

  it('puts back exactly the original DOM, with the same Text nodes, when turned off', async () => {
    const markup = `<h2>Kết quả của UBND</h2>
      <p>UBND TP và ${'HĐND các cấp'.normalize('NFD')} — <abbr title="kinh tế - xã hội">KT-XH</abbr>, GRDP.</p>
      <p>Nghị định 15/NĐ-CP<code>UBND</code> <a href="#x">UBMTTQ</a></p>`;
    for (const mode of ['inline', 'first', 'tooltip']) {
      const { el, target } = await annotate(markup, `mode=${mode}`);
      const before = target.innerHTML;
      const nodes = textNodes(target);
      el.pressed = true;
      await el.updateComplete;
      expect(target.innerHTML, mode).not.to.equal(before);
      expect(target.querySelectorAll('abbr[data-abbr-toggle]').length, mode).to.equal(6);
      el.pressed = false;
      await el.updateComplete;
      expect(target.innerHTML, mode).to.equal(before);
      const after = textNodes(target);
      expect(after.length, mode).to.equal(nodes.length);
      after.forEach((node, i) => expect(node === nodes[i], `${mode}: text node ${i}`).to.equal(true));
    }
  });

  it('keeps the reader’s selection on the same text when turned on and off', async () => {
    const { el, target } = await annotate('<p>Ông Nam, Chủ tịch UBND TP, phát biểu.</p>');
    const text = target.querySelector('p')!.firstChild as Text;
    const selection = getSelection()!;
    const start = text.data.indexOf('Chủ');
    const end = text.data.indexOf('phát');
    selection.setBaseAndExtent(text, start, text, end);
    await nextMutations(); // as after a reader's selection: selectionchange has been fired
    el.pressed = true;
    await el.updateComplete;
    expect(selection.toString()).to.equal('Chủ tịch UBND (Ủy ban nhân dân) TP (thành phố), ');
    el.pressed = false;
    await el.updateComplete;
    expect([selection.anchorNode, selection.anchorOffset, selection.focusNode, selection.focusOffset]).to.deep.equal([
      text,
      start,
      text,
      end,
    ]);
    el.pressed = true;
    await el.updateComplete;
    // A selection ending inside an expansion ends after its abbreviation once the expansion is gone.
    const expansion = target.querySelector('[data-abbr-toggle="expansion"]')!.firstChild!;
    selection.setBaseAndExtent(target.querySelector('p')!, 0, expansion, 4);
    await nextMutations();
    el.pressed = false;
    await el.updateComplete;
    expect(selection.toString()).to.equal('Ông Nam, Chủ tịch UBND');
    selection.removeAllRanges();
  });

  it('does not read the selection (a forced layout in Chromium) when it has not changed', async () => {
    const { el } = await annotate('<p>UBND</p>');
    const toggle = async () => {
      el.pressed = !el.pressed;
      await el.updateComplete;
    };
    await nextMutations();
    await toggle();
    await toggle();
    const descriptor = Object.getOwnPropertyDescriptor(Selection.prototype, 'rangeCount')!;
    let reads = 0;
    Object.defineProperty(Selection.prototype, 'rangeCount', {
      configurable: true,
      get() {
        reads++;
        return descriptor.get!.call(this);
      },
    });
    try {
      await toggle();
      await toggle();
    } finally {
      Object.defineProperty(Selection.prototype, 'rangeCount', descriptor);
    }
    expect(reads).to.equal(0);
  });

  it('processes content added while on, and takes it back too', async () => {
    const { el, target } = await annotate('<p>UBND</p>', 'pressed');
    const p = document.createElement('p');
    p.textContent = 'Tin mới: HĐND họp';
    const added = p.firstChild as Text;
    target.append(p);
    await nextMutations();
    expect(wrapped(target).map(([t]) => t)).to.deep.equal(['UBND', 'HĐND']);
    const changed = document.createTextNode('');
    target.append(changed);
    changed.data = ' và MTTQ';
    await nextMutations();
    expect(wrapped(target).map(([t]) => t)).to.deep.equal(['UBND', 'HĐND', 'MTTQ']);
    el.pressed = false;
    await el.updateComplete;
    expect(p.firstChild).to.equal(added);
    expect(target.innerHTML).to.equal('<p>UBND</p><p>Tin mới: HĐND họp</p> và MTTQ');
  });

  it('learns from an <abbr title> in content added while on', async () => {
    const { target } = await annotate('<p>BHTN</p>', 'pressed');
    target.insertAdjacentHTML('beforeend', '<p><abbr title="bảo hiểm thất nghiệp">BHTN</abbr> và BHTN</p>');
    await nextMutations();
    expect(wrapped(target)).to.deep.equal([['BHTN', 'bảo hiểm thất nghiệp']]);
  });

  it('lets two toggles aimed at one target wrap it once, the second taking over when the first lets go', async () => {
    const { el, target } = await annotate('<p>UBND và HĐND</p>', 'pressed');
    const before = '<p>UBND và HĐND</p>';
    const second = document.createElement('abbr-toggle');
    second.setAttribute('for', target.id);
    second.setAttribute('storage-key', `test-abbr-second-${n}`);
    keys.push(`test-abbr-second-${n}`);
    second.pressed = true;
    target.before(second);
    await second.updateComplete;
    await nextMutations();
    expect(wrapped(target).length).to.equal(2);
    el.pressed = false;
    await el.updateComplete;
    // The second, still on, takes over.
    expect(wrapped(target).length).to.equal(2);
    second.pressed = false;
    await second.updateComplete;
    expect(target.innerHTML).to.equal(before);
    el.pressed = true;
    await el.updateComplete;
    expect(wrapped(target).length).to.equal(2);
    el.remove();
    expect(target.innerHTML).to.equal(before);
  });
});
