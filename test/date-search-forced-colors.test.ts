import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { DateSearch } from '../src/date-search.js';
import '../src/date-search.js';
import { todayIso } from '../src/date-search/dates.js';
import { parts, press, setText } from './date-search.helpers.js';

/**
 * Forced colours (Windows high contrast), where the engine can emulate them: Chromium, through the
 * `emulate-forced-colors` server command (CDP `Emulation.setEmulatedMedia`). Elsewhere, or when the
 * test runner has no such command, these tests are skipped (and counted as skipped).
 */
describe('<date-search> in forced colours', () => {
  let emulated = false;

  before(async function () {
    try {
      emulated = (await executeServerCommand('emulate-forced-colors', { active: true })) === true;
    } catch {
      emulated = false; // the runner has no such command
    }
    if (!emulated) this.skip();
  });

  after(async () => {
    if (emulated) await executeServerCommand('emulate-forced-colors', { active: false });
  });

  /** The computed value of a system colour, as forced colours resolve it now. */
  const system = (name: string) => {
    const probe = document.createElement('span');
    probe.style.color = name;
    document.body.append(probe);
    const value = getComputedStyle(probe).color;
    probe.remove();
    return value;
  };

  const openOn = async (markup: ReturnType<typeof html>) => {
    const el = await fixture<DateSearch>(markup);
    await el.updateComplete;
    parts(el).calendarButton.focus();
    await press('Enter');
    await waitUntil(() => parts(el).dialog?.open, 'the calendar did not open');
    await new Promise((r) => requestAnimationFrame(r));
    return el;
  };

  it('is emulated', () => {
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
  });

  it('tells the focused, selected, today and plain days apart with system colours', async () => {
    const today = todayIso();
    const [year, month, day] = today.split('-').map(Number);
    // Select another day of this month (so today stays a plain, unselected day), then focus a third.
    const selected = `${today.slice(0, 8)}${String(day === 1 ? 2 : day - 1).padStart(2, '0')}`;
    const el = await openOn(html`<date-search value=${selected}></date-search>`);
    const cellOf = (iso: string) => el.shadowRoot!.querySelector<HTMLElement>(`td[data-day="${iso}"]`)!;
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
    const plainDay = [1, 2, 3, last].map((d) => `${today.slice(0, 8)}${String(d).padStart(2, '0')}`);
    const plain = cellOf(plainDay.find((iso) => iso !== today && iso !== selected)!);

    const [canvas, canvasText, highlight, highlightText] = ['Canvas', 'CanvasText', 'Highlight', 'HighlightText'].map(
      system,
    );
    const style = (cell: HTMLElement) => getComputedStyle(cell);

    // The selected day is filled with Highlight; a plain day is not, and has no visible ring.
    expect(style(cellOf(selected)).backgroundColor).to.equal(highlight);
    expect(style(cellOf(selected)).color).to.equal(highlightText);
    expect(style(plain).backgroundColor).to.not.equal(highlight);
    expect(style(plain).borderTopColor).to.equal(canvas);
    expect(style(plain).outlineStyle).to.equal('none');
    // Today has a CanvasText ring (and bold figures).
    expect(style(cellOf(today)).borderTopColor).to.equal(canvasText);
    expect(style(cellOf(today)).borderTopColor).to.not.equal(style(plain).borderTopColor);
    expect(Number(style(cellOf(today)).fontWeight)).to.be.above(Number(style(plain).fontWeight));
    // The day with keyboard focus carries a Highlight outline (it opened on the selected day).
    expect(el.shadowRoot!.activeElement).to.equal(cellOf(selected));
    expect(style(cellOf(selected)).outlineStyle).to.equal('solid');
    expect(style(cellOf(selected)).outlineColor).to.equal(highlight);
    expect(parseFloat(style(cellOf(selected)).outlineWidth)).to.be.at.least(2);
    await press('ArrowRight');
    const focused = el.shadowRoot!.activeElement as HTMLElement;
    expect(style(focused).outlineStyle).to.equal('solid');
    expect(style(focused).outlineColor).to.equal(highlight);
    expect(style(cellOf(selected)).outlineStyle).to.equal('none');
    await press('Escape');
  });

  it('shows the invalid field with a thicker border and the message in CanvasText', async () => {
    const valid = await fixture<DateSearch>(html`<date-search></date-search>`);
    const invalid = await fixture<DateSearch>(html`<date-search></date-search>`);
    await valid.updateComplete;
    await setText(invalid, '31/02/2019');
    const field = (el: DateSearch) => getComputedStyle(el.shadowRoot!.querySelector('[part="field"]')!);
    expect(parts(invalid).input.getAttribute('aria-invalid')).to.equal('true');
    expect(field(invalid).borderTopColor).to.equal(system('CanvasText'));
    expect(parseFloat(field(invalid).borderTopWidth)).to.be.above(parseFloat(field(valid).borderTopWidth));
    expect(getComputedStyle(parts(invalid).error).color).to.equal(system('CanvasText'));
  });

  it('rings the focused field and buttons with Highlight', async () => {
    const el = await fixture<DateSearch>(html`<date-search></date-search>`);
    await el.updateComplete;
    parts(el).input.focus();
    expect(getComputedStyle(el.shadowRoot!.querySelector('[part="field"]')!).outlineColor).to.equal(
      system('Highlight'),
    );
    await press('Tab');
    await press('Tab');
    expect(el.shadowRoot!.activeElement).to.equal(parts(el).searchButton);
    const button = getComputedStyle(parts(el).searchButton);
    expect(button.outlineStyle).to.equal('solid');
    expect(button.outlineColor).to.equal(system('Highlight'));
  });
});
