import { expect } from '@open-wc/testing';
import '../src/abbr-toggle.js';
import type { AbbrToggle } from '../src/abbr-toggle.js';
import { clearPref } from '../src/internal/prefs.js';
import {
  legacyFixtures,
  legacySource,
  legacyThemes,
  mountLegacy,
  serialize,
  textBearing,
} from './support/legacy-fixtures.js';

const all = <E extends Element = HTMLElement>(root: Element, selector = '*') => [...root.querySelectorAll<E>(selector)];
/** Elements whose inline style sets font-size matching `value`. */
const inlineSizes = (root: Element, value: RegExp) => all(root).filter((el) => value.test(el.style.fontSize));
const byTag = (root: Element, name: string) => all(root).filter((el) => el.localName === name);
const comments = (root: Element) => {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_COMMENT);
  const found: string[] = [];
  while (walker.nextNode()) found.push(walker.currentNode.textContent ?? '');
  return found;
};
const nbspRuns = (root: Element) => {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let runs = 0;
  while (walker.nextNode()) runs += (walker.currentNode.textContent ?? '').match(/\u00a0{2,}/g)?.length ?? 0;
  return runs;
};
/** How many spans deep the deepest span is, counting itself. */
const spanDepth = (root: Element) =>
  Math.max(
    ...all(root, 'span').map((span) => {
      let depth = 0;
      for (let el: Element | null = span; el && el !== root; el = el.parentElement)
        if (el.localName === 'span') depth++;
      return depth;
    }),
  );

describe('legacy portal corpus', () => {
  for (const { name, url } of legacyFixtures) {
    it(`${name}: loads, is under 25 kB, has at least 30 text-bearing elements, and its images load`, async () => {
      const bytes = new TextEncoder().encode(await legacySource(url)).length;
      expect(bytes).to.be.within(1000, 25_000);
      const body = await mountLegacy(name);
      expect(textBearing(body).length).to.be.at.least(30);
      for (const img of all<HTMLImageElement>(body, 'img')) {
        await img.decode();
        expect(img.naturalWidth, img.getAttribute('src')!).to.be.above(0);
      }
    });
  }

  it('word-paste: MsoNormal paragraphs, nested pt spans with mso- properties, o:p, a pt-sized MsoTableGrid, pasted lists', async () => {
    const body = await mountLegacy('word-paste');
    expect(all(body, 'p.MsoNormal').length).to.be.at.least(15);
    expect(all(body, 'p.MsoNormal')[2].getAttribute('style')).to.equal(
      'margin-bottom:6.0pt;text-align:justify;text-indent:36.0pt;line-height:150%',
    );
    expect(inlineSizes(body, /^\d+(\.\d+)?pt$/).length).to.be.at.least(30);
    expect(all(body, '[style*="mso-"]').length).to.be.at.least(30);
    expect(all(body, 'span[style*="font-family"]')[0].style.fontFamily).to.match(/Times New Roman/);
    expect(spanDepth(body)).to.be.at.least(3);
    expect(byTag(body, 'o:p').length).to.be.at.least(20);
    const table = body.querySelector<HTMLTableElement>('table.MsoTableGrid')!;
    expect(table.style.width).to.equal('467.5pt');
    expect(table.style.borderCollapse).to.equal('collapse');
    expect(table.rows.length).to.equal(5);
    expect(all(table, 'td[width="312"]').every((td) => td.style.width === '233.75pt')).to.equal(true);
    expect(all(body, 'p[class^="MsoListParagraph"]').length).to.equal(5);
    expect(comments(body).filter((c) => c === '[if !supportLists]').length).to.equal(5);
    expect(nbspRuns(body)).to.be.at.least(5);
  });

  it('fckeditor: upper-case IE markup, <font size>, <div align>, <br> lines, px and pt sizes, entities decoded', async () => {
    const source = await legacySource(legacyFixtures.find((f) => f.name === 'fckeditor')!.url);
    expect(source).to.include('<P style="FONT-SIZE: 10pt; FONT-FAMILY: Arial">');
    expect(source).to.include('<SPAN style="FONT-SIZE: 12px">');
    for (const entity of ['&agrave;', '&ocirc;', '&#7889;', '&#272;']) expect(source).to.include(entity);
    expect(source).not.to.match(/[^ -~\r\n\t]/);
    const body = await mountLegacy('fckeditor');
    expect(all(body, 'font[size]').length).to.be.at.least(8);
    expect(all(body, 'font[size="4"]').length).to.equal(1);
    expect(all(body, 'font[size="2"][face="Tahoma"]').length).to.be.at.least(6);
    expect(all(body, 'div[align="center"]').length).to.equal(2);
    expect(all(body, 'br').length).to.be.at.least(8);
    expect(all(body, 'b').length + all(body, 'i').length).to.be.at.least(10);
    expect(inlineSizes(body, /^\d+px$/).length).to.be.at.least(15);
    expect(inlineSizes(body, /^10pt$/).length).to.be.at.least(8);
    const text = body.textContent!;
    for (const letter of ['à', 'ô', 'ố', 'Đ', 'ư', 'ạ']) expect(text).to.include(letter);
    expect(text).not.to.match(/&[a-z]+;|&#\d+;/);
    expect(text).to.include('UBND TP Phú Lâm tổ chức phiên họp thường kỳ tháng 11');
  });

  it('tinymce: pt spans, size keywords, em and %, and two !important inline sizes', async () => {
    const body = await mountLegacy('tinymce');
    expect(all(body, 'p[style="text-align: justify;"] > span[style="font-size: 14pt;"]').length).to.be.at.least(8);
    for (const keyword of ['small', 'x-small', 'x-large'])
      expect(inlineSizes(body, new RegExp(`^${keyword}$`)).length, keyword).to.equal(1);
    expect(inlineSizes(body, /^1\.2em$/).length).to.equal(1);
    expect(inlineSizes(body, /^85%$/).length).to.equal(1);
    const important = all(body).filter((el) => el.style.getPropertyPriority('font-size') === 'important');
    expect(important.map((el) => el.style.fontSize)).to.deep.equal(['14pt', '12px']);
  });

  it('figures: two-row figure tables, fixed-width images and boxes, runs of &nbsp;', async () => {
    const body = await mountLegacy('figures');
    const figures = all<HTMLTableElement>(body, 'table.image[align="center"]');
    expect(figures.length).to.equal(4);
    for (const table of figures) {
      expect(table.rows.length).to.equal(2);
      const img = table.rows[0].querySelector('img')!;
      expect(Number(img.getAttribute('width'))).to.be.at.least(400);
      expect(img.hasAttribute('height')).to.equal(true);
      expect(table.rows[1].cells[0].className).to.equal('image_desc');
      expect(table.rows[1].cells[0].textContent).to.match(/^(Ảnh|Biểu đồ): /);
    }
    expect(all<HTMLImageElement>(body, 'img').filter((img) => img.style.width === '600px').length).to.equal(1);
    expect(all(body, 'div').filter((div) => div.style.width === '450px' && div.style.border !== '').length).to.equal(2);
    expect(nbspRuns(body)).to.be.at.least(3);
  });

  it('themes apply their px and pt sizes, !important and hostile inherited properties', async () => {
    const nukeviet = await mountLegacy('tinymce', 'nukeviet');
    expect(nukeviet.id).to.equal('body');
    const p = getComputedStyle(nukeviet.querySelector('p')!);
    expect([p.fontSize, p.lineHeight]).to.deep.equal(['14px', '20px']);
    expect(getComputedStyle(nukeviet.querySelector('li')!).fontSize).to.equal('13px');

    const sharepoint = await mountLegacy('fckeditor', 'sharepoint');
    // The theme's !important beats the paragraph's inline 10pt and anything it would be scaled to.
    const spP = sharepoint.querySelector('p')!;
    spP.style.fontSize = '30px';
    expect(parseFloat(getComputedStyle(spP).fontSize)).to.be.closeTo(13.33, 0.01);

    const hostile = await mountLegacy('word-paste', 'hostile');
    const style = getComputedStyle(hostile);
    expect(style.whiteSpace).to.equal('nowrap');
    expect(style.textAlign).to.equal('justify');
    expect(style.textIndent).to.equal('24px');
    expect(style.lineHeight).to.equal('18px');
    expect(style.textTransform).to.equal('uppercase');
  });

  describe('<abbr-toggle for> on and off restores every fixture under every theme byte for byte', () => {
    let n = 0;
    const keys: string[] = [];
    afterEach(() => keys.splice(0).forEach(clearPref));

    for (const { name } of legacyFixtures) {
      for (const theme of [undefined, ...legacyThemes.map((t) => t.name)]) {
        it(`${name} × ${theme ?? 'no theme'}`, async () => {
          const body = await mountLegacy(name, theme);
          const before = serialize(body);
          const toggle = document.createElement('abbr-toggle') as AbbrToggle;
          toggle.setAttribute('for', body.id);
          toggle.setAttribute('storage-key', `test-legacy-${++n}`);
          keys.push(`test-legacy-${n}`);
          body.before(toggle);
          await toggle.updateComplete;
          await expect(toggle).to.be.accessible();
          for (const mode of ['inline', 'first', 'tooltip']) {
            toggle.mode = mode as AbbrToggle['mode'];
            toggle.pressed = true;
            await toggle.updateComplete;
            expect(body.querySelectorAll('abbr[data-abbr-toggle]').length, mode).to.be.above(2);
            expect(serialize(body), mode).not.to.equal(before);
            toggle.pressed = false;
            await toggle.updateComplete;
            expect(serialize(body), mode).to.equal(before);
          }
        });
      }
    }
  });
});
