import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { DateSearch } from '../src/date-search.js';
import '../src/date-search.js';
import { calendarCode } from '../src/date-search/date-search.js';
import { parts } from './date-search.helpers.js';

// A page of its own: the idle fetch is set up once per page, by the first field that connects.
describe('<date-search> fetching its calendar while the page is idle', () => {
  it('fetches the calendar with no hover, focus or click, and the first click opens it', async () => {
    const realLoad = calendarCode.load;
    let calls = 0;
    calendarCode.load = () => {
      calls++;
      return realLoad();
    };
    try {
      const el = await fixture<DateSearch>(html`<date-search value="2019-11-18"></date-search>`);
      await waitUntil(() => calls === 1, 'the calendar was not fetched while idle', { timeout: 7000 });
      parts(el).calendarButton.click();
      await waitUntil(() => el.shadowRoot!.querySelector('dialog')?.open, 'the calendar did not open');
      expect(el.shadowRoot!.querySelector('[aria-selected="true"]')?.textContent?.trim()).to.equal('18');
    } finally {
      calendarCode.load = realLoad;
    }
  });
});
