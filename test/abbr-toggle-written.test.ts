import { expect, fixture, html } from '@open-wc/testing';
import '../src/abbr-toggle.js';
import type { AbbrDictionary, AbbrToggle } from '../src/abbr-toggle.js';
import { clearPref } from '../src/internal/prefs.js';
import { nextMutations, textNodes } from './support/dom-helpers.js';

// Where the author already wrote an expansion beside its abbreviation, no second one is written (issue 12).

let n = 0;
const keys: string[] = [];

/** A toggle over `markup` (pressed unless `off`), with a storage key of its own. */
async function annotate(
  markup: string,
  { mode = 'inline', off = false, dictionary = undefined as AbbrDictionary | undefined } = {},
) {
  const key = `test-abbr-written-${++n}`;
  keys.push(key);
  const wrap = await fixture<HTMLElement>(html`<div></div>`);
  wrap.innerHTML = `<div id="abbr-w-${n}">${markup}</div>`;
  const target = wrap.firstElementChild as HTMLElement;
  const el = document.createElement('abbr-toggle') as AbbrToggle;
  el.setAttribute('for', target.id);
  el.setAttribute('storage-key', key);
  el.setAttribute('mode', mode);
  if (dictionary) el.dictionary = dictionary;
  el.pressed = !off;
  wrap.prepend(el);
  await el.updateComplete;
  return { el, target };
}

/** Each wrapped abbreviation, with the expansion written after it by the toggle ('' when none). */
const shown = (target: Element) =>
  [...target.querySelectorAll('abbr')].map((abbr) => {
    const next = abbr.nextSibling as Element | null;
    return [
      abbr.textContent,
      next?.nodeType == 1 && next.matches('[data-abbr-toggle="expansion"]') ? next.textContent : '',
    ];
  });

/** The text a reader sees, with spaces collapsed. */
const seen = (target: HTMLElement) => target.textContent!.replace(/\s+/g, ' ').trim();

// A body pasted from Word through an old editor: nested spans with pt sizes, &nbsp; runs, <br> for
// paragraphs, <o:p>, the expansion split over a bold run and a span of another size.
const wordPaste = `<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;line-height:150%"><span style="font-size:14.0pt;line-height:150%;font-family:'Times New Roman',serif"><span lang="VI">Sáng 18/11, <b><span style="font-size:14pt">Ủy ban</span></b></span></span><span lang="VI" style="font-size:14.0pt">&nbsp;nhân&nbsp;&nbsp;dân&nbsp;(UBND) tỉnh tổ chức hội nghị; dự có đại diện Hội đồng nhân dân <span style="font-size:10.5pt">(HĐND)</span> tỉnh.<br>UBND tỉnh giao&nbsp;các sở phối hợp với HĐND.<o:p></o:p></span></p>
<p class="MsoNormal"><span style="font-size:11pt">Ban Chấp hành </span><span style="font-size:11pt;color:black"><i>Trung ương</i></span><span style="font-size:11pt"> (<b>BCHTW</b>)&nbsp;đã họp.</span></p>`;

describe('<abbr-toggle> with expansions the author wrote', () => {
  afterEach(() => {
    for (const key of keys.splice(0)) clearPref(key);
  });

  it('is accessible on a Word paste with written-out expansions', async () => {
    const { target } = await annotate(wordPaste);
    await expect(target).to.be.accessible();
  });

  it('writes no second expansion after “expansion (ABBR)” or “ABBR (expansion)”, but does after a bare one', async () => {
    const { target } = await annotate(
      '<p>Ủy ban nhân dân (UBND) tỉnh họp. UBND tỉnh quyết định.</p><p>HĐND (Hội đồng nhân dân) tỉnh và HĐND huyện.</p>',
    );
    expect(shown(target)).to.deep.equal([
      ['UBND', ''],
      ['UBND', ' (Ủy ban nhân dân)'],
      ['HĐND', ''],
      ['HĐND', ' (Hội đồng nhân dân)'],
    ]);
    // Still marked up, so that its meaning is there for a tooltip and for styling.
    expect([...target.querySelectorAll('abbr')].map((a) => a.title)).to.deep.equal([
      'Ủy ban nhân dân',
      'Ủy ban nhân dân',
      'Hội đồng nhân dân',
      'Hội đồng nhân dân',
    ]);
    expect(seen(target)).to.equal(
      'Ủy ban nhân dân (UBND) tỉnh họp. UBND (Ủy ban nhân dân) tỉnh quyết định.HĐND (Hội đồng nhân dân) tỉnh và HĐND (Hội đồng nhân dân) huyện.',
    );
  });

  const forms: Array<[string, string]> = [
    ['NFD', 'Ủy ban nhân dân (UBND)'.normalize('NFD')],
    ['an NFD abbreviation after an NFC expansion', `Trung ương (${'TƯ'.normalize('NFD')})`],
    ['the old tone placement', 'Uỷ ban nhân dân (UBND)'],
    ['a lower-case first letter', 'ủy ban nhân dân (UBND)'],
    ['capitals', 'ỦY BAN NHÂN DÂN (UBND)'],
    ['the old tone placement, after', 'UBND (Uỷ ban nhân dân)'],
    ['hóa / hoá', 'công nghiệp hoá, hiện đại hoá (CNH-HĐH)'],
    ['&nbsp; between words', 'Ủy&nbsp;ban&nbsp;&nbsp;nhân dân&nbsp;(UBND)'],
    ['&nbsp; inside the parentheses', 'UBND (&nbsp;Ủy ban nhân dân&nbsp;)'],
    ['inline markup', '<b>Ủy ban</b> nhân dân (UBND)'],
    [
      'nested spans',
      '<span style="font-size:13px"><span><i>Ủy</i> ban</span></span><span style="font-size:10pt"> nhân dân (</span><b>UBND</b>)',
    ],
    ['inline markup, after', '<strong>UBND</strong> (<em>Ủy ban</em> nhân <span lang="vi">dân</span>)'],
    ['a link', '<a href="#x">Ủy ban nhân dân</a> (UBND)'],
  ];
  for (const [name, markup] of forms) {
    it(`recognises the written-out expansion with ${name}`, async () => {
      const { target } = await annotate(`<p>Theo ${markup}, kế hoạch đã xong.</p>`);
      expect(shown(target).map(([, expansion]) => expansion)).to.deep.equal(['']);
    });
  }

  it('compares with the expansion the page set', async () => {
    const dictionary = { TP: 'thành phố trực thuộc tỉnh' };
    const { target } = await annotate('<p>Thành phố trực thuộc tỉnh (TP) và thành phố (TP).</p>', { dictionary });
    expect(shown(target)).to.deep.equal([
      ['TP', ''],
      ['TP', ' (thành phố trực thuộc tỉnh)'],
    ]);
  });

  it('compares with the title of an <abbr> the author wrote, and writes none after that abbr either', async () => {
    const { target } = await annotate(
      '<p>Ủy ban nhân dân huyện (<abbr title="Ủy ban nhân dân huyện">UBND</abbr>) và UBND xã, Ủy ban nhân dân huyện (UBND).</p>',
    );
    expect(shown(target)).to.deep.equal([
      ['UBND', ''],
      ['UBND', ' (Ủy ban nhân dân huyện)'],
      ['UBND', ''],
    ]);
  });

  it('counts only the expansion beside the abbreviation, in the same line', async () => {
    const { target } = await annotate(
      `<p>Ủy ban nhân dân tỉnh họp.</p><p>Sau đó, UBND công bố.</p>
      <p>Ủy ban nhân dân</p><p>(UBND) mới.</p>
      <p>Ủy ban nhân dân<br>(UBND) mới.</p>
      <p>Ủy ban nhân dân: (UBND), Xủy ban nhân dân (UBND), Ủy ban nhân dân (UBND TP).</p>
      <p>Ủy ban nhân dân <img alt="" src="data:,">(UBND) và Ủy ban nhân dân <code>x</code> (UBND).</p>`,
    );
    expect(shown(target).map(([, expansion]) => expansion)).to.deep.equal(
      new Array(9).fill(' (Ủy ban nhân dân)').map((e, i) => (i == 6 ? ' (thành phố)' : e)),
    );
    expect(shown(target).map(([abbr]) => abbr)[6]).to.equal('TP');
  });

  it('in first mode, takes a written-out first occurrence as the one explained', async () => {
    const { target } = await annotate('<p>Ủy ban nhân dân (UBND) tỉnh và UBND huyện; TP và TP.</p>', { mode: 'first' });
    expect(shown(target)).to.deep.equal([
      ['UBND', ''],
      ['UBND', ''],
      ['TP', ' (thành phố)'],
      ['TP', ''],
    ]);
  });

  it('handles a Word paste: nested pt spans, &nbsp; runs and <br> for paragraphs', async () => {
    const { target } = await annotate(wordPaste);
    expect(shown(target)).to.deep.equal([
      ['UBND', ''],
      ['HĐND', ''],
      ['UBND', ' (Ủy ban nhân dân)'],
      ['HĐND', ' (Hội đồng nhân dân)'],
      ['BCHTW', ''],
    ]);
  });

  it('recognises a written-out expansion in content added while on', async () => {
    const { target } = await annotate('<p>UBND</p>');
    target.insertAdjacentHTML('beforeend', '<p>Mặt trận Tổ quốc (MTTQ) và <b>UBND</b> (Ủy ban nhân dân)</p>');
    await nextMutations();
    expect(shown(target)).to.deep.equal([
      ['UBND', ' (Ủy ban nhân dân)'],
      ['MTTQ', ''],
      ['UBND', ''],
    ]);
  });

  it('puts a Word paste with written-out expansions back exactly, with the same Text nodes, in every mode', async () => {
    const markup = `${wordPaste}<p>Ủy ban nhân dân (<abbr title="Ủy ban nhân dân">UBND</abbr>) và <abbr title="Hội đồng nhân dân">HĐND</abbr>.</p>`;
    for (const mode of ['inline', 'first', 'tooltip']) {
      const { el, target } = await annotate(markup, { mode, off: true });
      const before = target.innerHTML;
      const nodes = textNodes(target);
      el.pressed = true;
      await el.updateComplete;
      expect(target.innerHTML, mode).not.to.equal(before);
      el.pressed = false;
      await el.updateComplete;
      expect(target.innerHTML, mode).to.equal(before);
      const after = textNodes(target);
      expect(after.length, mode).to.equal(nodes.length);
      after.forEach((node, i) => expect(node === nodes[i], `${mode}: text node ${i}`).to.equal(true));
    }
  });
});
