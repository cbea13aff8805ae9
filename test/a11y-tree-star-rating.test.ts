import { expect, fixture } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import { examples } from '../demo/examples/star-rating.js';
import '../src/star-rating.js';
import type { StarRating } from '../src/star-rating.js';
import { settledTree, tree } from './support/ax-tree.js';
import { centre, forgetRatings, nextEvent, radios, unique } from './support/star-rating-helpers.js';

// What a screen reader gets from each example of the demo page, in Vietnamese: Chromium's
// accessibility tree (test/support/ax-tree.ts). Every star is a radio whose checked state is said,
// true or false; exactly one is checked when the rating has a value, none when it has not.
const expected: Record<string, string> = {
  'star-rating-transport': tree`
    text "Đánh giá"
    text "(Di chuột vào ngôi sao để chọn điểm)"
    radiogroup "Đánh giá"
      radio "1 trên 5 sao" [checked=false]
      radio "2 trên 5 sao" [checked=false]
      radio "3 trên 5 sao" [checked=false]
      radio "4 trên 5 sao" [checked=false]
      radio "5 trên 5 sao" [checked=false]
    image "Điểm trung bình 4,2 trên 5"
    text "· 37 lượt đánh giá"
    status [live=polite]
  `,
  'star-rating-keyboard': tree`
    text "Đánh giá"
    text "(Di chuột vào ngôi sao để chọn điểm)"
    radiogroup "Đánh giá"
      radio "1 trên 5 sao" [checked=false]
      radio "2 trên 5 sao" [checked=true]
      radio "3 trên 5 sao" [checked=false]
      radio "4 trên 5 sao" [checked=false]
      radio "5 trên 5 sao" [checked=false]
  `,
  'star-rating-empty': tree`
    text "Đánh giá"
    text "(Di chuột vào ngôi sao để chọn điểm)"
    radiogroup "Đánh giá"
      radio "1 trên 5 sao" [checked=false]
      radio "2 trên 5 sao" [checked=false]
      radio "3 trên 5 sao" [checked=false]
      radio "4 trên 5 sao" [checked=false]
      radio "5 trên 5 sao" [checked=false]
  `,
  'star-rating-hovered': tree`
    text "Đánh giá"
    text "(Di chuột vào ngôi sao để chọn điểm)"
    radiogroup "Đánh giá"
      radio "1 trên 5 sao" [checked=true]
      radio "2 trên 5 sao" [checked=false]
      radio "3 trên 5 sao" [checked=false]
      radio "4 trên 5 sao" [checked=false]
      radio "5 trên 5 sao" [checked=false]
  `,
  'star-rating-selected': tree`
    text "Đánh giá"
    text "(Di chuột vào ngôi sao để chọn điểm)"
    radiogroup "Đánh giá"
      radio "1 trên 5 sao" [checked=false]
      radio "2 trên 5 sao" [checked=false]
      radio "3 trên 5 sao" [checked=false]
      radio "4 trên 5 sao" [checked=true]
      radio "5 trên 5 sao" [checked=false]
  `,
  'star-rating-average': tree`
    text "Đánh giá"
    text "(Di chuột vào ngôi sao để chọn điểm)"
    radiogroup "Đánh giá"
      radio "1 trên 5 sao" [checked=false]
      radio "2 trên 5 sao" [checked=false]
      radio "3 trên 5 sao" [checked=false]
      radio "4 trên 5 sao" [checked=false]
      radio "5 trên 5 sao" [checked=false]
    image "Điểm trung bình 4,2 trên 5"
    text "· 37 lượt đánh giá"
  `,
  'star-rating-no-votes': tree`
    text "Đánh giá"
    radiogroup "Đánh giá"
      radio "1 trên 5 sao" [checked=false]
      radio "2 trên 5 sao" [checked=false]
      radio "3 trên 5 sao" [checked=false]
      radio "4 trên 5 sao" [checked=false]
      radio "5 trên 5 sao" [checked=false]
    text "Chưa có lượt đánh giá nào"
  `,
  'star-rating-readonly': tree`
    text "Đánh giá"
    radiogroup "Đánh giá"
      radio "1 trên 5 sao" [checked=false]
      radio "2 trên 5 sao" [checked=false]
      radio "3 trên 5 sao" [checked=false]
      radio "4 trên 5 sao" [checked=true]
      radio "5 trên 5 sao" [checked=false]
    image "Điểm trung bình 3,5 trên 5"
    text "· 12 lượt đánh giá"
  `,
  'star-rating-disabled': tree`
    text "Đánh giá"
    radiogroup "Đánh giá" [disabled]
      radio "1 trên 5 sao" [disabled, checked=false]
      radio "2 trên 5 sao" [disabled, checked=false]
      radio "3 trên 5 sao" [disabled, checked=true]
      radio "4 trên 5 sao" [disabled, checked=false]
      radio "5 trên 5 sao" [disabled, checked=false]
  `,
  'star-rating-sending': tree`
    text "Đánh giá"
    text "(Di chuột vào ngôi sao để chọn điểm)"
    radiogroup "Đánh giá"
      radio "1 trên 5 sao" [checked=false]
      radio "2 trên 5 sao" [checked=false]
      radio "3 trên 5 sao" [checked=false]
      radio "4 trên 5 sao" [checked=true]
      radio "5 trên 5 sao" [checked=false]
    text "Chưa có lượt đánh giá nào"
    status [live=polite]
      text "Đang gửi đánh giá…"
  `,
  'star-rating-error': tree`
    text "Đánh giá"
    text "(Di chuột vào ngôi sao để chọn điểm)"
    radiogroup "Đánh giá"
      radio "1 trên 5 sao" [checked=false]
      radio "2 trên 5 sao" [checked=false]
      radio "3 trên 5 sao" [checked=false]
      radio "4 trên 5 sao" [checked=true]
      radio "5 trên 5 sao" [checked=false]
    text "Chưa có lượt đánh giá nào"
    status [live=polite]
      text "Chưa gửi được đánh giá. Đánh giá của bạn được giữ lại và sẽ tự gửi lại khi có kết nối."
    button "Gửi lại"
  `,
  'star-rating-refused': tree`
    text "Đánh giá"
    text "(Di chuột vào ngôi sao để chọn điểm)"
    radiogroup "Đánh giá"
      radio "1 trên 5 sao" [checked=false]
      radio "2 trên 5 sao" [checked=true]
      radio "3 trên 5 sao" [checked=false]
      radio "4 trên 5 sao" [checked=false]
      radio "5 trên 5 sao" [checked=false]
    text "Chưa có lượt đánh giá nào"
    status [live=polite]
      text "Đánh giá không được chấp nhận: Bài viết này đã ngừng nhận đánh giá."
  `,
  'star-rating-voted': tree`
    text "Đánh giá"
    text "(Di chuột vào ngôi sao để chọn điểm)"
    radiogroup "Đánh giá"
      radio "1 trên 5 sao" [checked=false]
      radio "2 trên 5 sao" [checked=false]
      radio "3 trên 5 sao" [checked=false]
      radio "4 trên 5 sao" [checked=false]
      radio "5 trên 5 sao" [checked=true]
    image "Điểm trung bình … trên 5"
    text "· … lượt đánh giá"
    status [live=polite]
      text "Cảm ơn bạn! Đã ghi nhận đánh giá 5 trên 5 sao."
  `,
  'star-rating-required': tree`
    form
      text "Đánh giá"
      text "(Di chuột vào ngôi sao để chọn điểm)"
      radiogroup "Đánh giá" [required]
        radio "1 trên 5 sao" [checked=false]
        radio "2 trên 5 sao" [checked=false]
        radio "3 trên 5 sao" [checked=false]
        radio "4 trên 5 sao" [checked=false]
        radio "5 trên 5 sao" [checked=false]
  `,
  'star-rating-ten': tree`
    text "Đánh giá"
    text "(Di chuột vào ngôi sao để chọn điểm)"
    radiogroup "Đánh giá"
      radio "1 trên 10 sao" [checked=false]
      radio "2 trên 10 sao" [checked=false]
      radio "3 trên 10 sao" [checked=false]
      radio "4 trên 10 sao" [checked=false]
      radio "5 trên 10 sao" [checked=false]
      radio "6 trên 10 sao" [checked=false]
      radio "7 trên 10 sao" [checked=true]
      radio "8 trên 10 sao" [checked=false]
      radio "9 trên 10 sao" [checked=false]
      radio "10 trên 10 sao" [checked=false]
  `,
};

// The reference API is shared by the whole run (every engine, every file): the average and count it
// answers for an example's item depend on the other votes, so they are read as "…".
const sharedCounts = (text: string) =>
  text.replace(/Điểm trung bình [\d,]+ trên 5/, 'Điểm trung bình … trên 5').replace(/· \d+ lượt/, '· … lượt');

describe('<star-rating> as a screen reader gets it', () => {
  before(forgetRatings);
  after(forgetRatings);

  it('has an expected tree for every example', () => {
    expect(Object.keys(expected)).to.have.members(examples.map((e) => e.id));
  });

  for (const example of examples) {
    it(`${example.id} reads as written`, async function () {
      const container = await fixture<HTMLElement>(`<div lang="vi">${example.html}</div>`);
      await example.setup?.(container);
      const el = container.querySelector('star-rating')!;
      const live = example.html.includes('endpoint="/api/ratings"');
      const read = await settledTree(this, container, expected[example.id], 4000, live ? sharedCounts : undefined);
      expect(read).to.equal(expected[example.id]);
      const stars = read.split('\n').filter((l) => /^\s*radio /.test(l));
      expect(stars).to.have.length(el.max);
      for (const star of stars) expect(star).to.match(/\[(disabled, )?checked=(true|false)\]$/);
      const checked = stars.filter((l) => l.includes('checked=true'));
      expect(checked, 'stars read as checked').to.have.length(el.value > 0 ? 1 : 0);
    });
  }

  it('says the vote once it is recorded, and the chosen star is the one checked', async function () {
    const container = await fixture<HTMLElement>(
      `<div lang="vi"><star-rating endpoint="/api/ratings" item-id="${unique('cay-a11y')}"></star-rating></div>`,
    );
    const el = container.querySelector<StarRating>('star-rating')!;
    await el.updateComplete;
    const before = tree`
      text "Đánh giá"
      text "(Di chuột vào ngôi sao để chọn điểm)"
      radiogroup "Đánh giá"
        radio "1 trên 5 sao" [checked=false]
        radio "2 trên 5 sao" [checked=false]
        radio "3 trên 5 sao" [checked=false]
        radio "4 trên 5 sao" [checked=false]
        radio "5 trên 5 sao" [checked=false]
      text "Chưa có lượt đánh giá nào"
      status [live=polite]
    `;
    expect(await settledTree(this, container, before)).to.equal(before);
    const recorded = nextEvent(el, 'star-rating-success');
    const [x, y] = centre(radios(el)[2]);
    await sendMouse({ type: 'click', position: [x, y] });
    await recorded;
    await sendMouse({ type: 'move', position: [0, 0] });
    const after = tree`
      text "Đánh giá"
      text "(Di chuột vào ngôi sao để chọn điểm)"
      radiogroup "Đánh giá"
        radio "1 trên 5 sao" [checked=false]
        radio "2 trên 5 sao" [checked=false]
        radio "3 trên 5 sao" [checked=true]
        radio "4 trên 5 sao" [checked=false]
        radio "5 trên 5 sao" [checked=false]
      image "Điểm trung bình 3 trên 5"
      text "· 1 lượt đánh giá"
      status [live=polite]
        text "Cảm ơn bạn! Đã ghi nhận đánh giá 3 trên 5 sao."
    `;
    expect(await settledTree(this, container, after)).to.equal(after);
  });
});
