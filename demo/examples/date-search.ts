import type { Example } from './types.js';

type Field = HTMLElement & { shadowRoot: ShadowRoot };

const field = (container: HTMLElement) => container.querySelector('date-search') as Field;

/** Types into the field as a person would, then leaves it, so the message shows. */
async function typeAndLeave(container: HTMLElement, text: string) {
  const el = field(container);
  await customElements.whenDefined('date-search');
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  const input = el.shadowRoot.querySelector('input')!;
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new FocusEvent('blur'));
}

/** Every state of `<date-search>` a designer checks. */
export const examples: Example[] = [
  {
    id: 'date-search-empty',
    title: { vi: 'Chưa chọn ngày', en: 'No date yet' },
    html: `<date-search action="/search.html"></date-search>`,
  },
  {
    id: 'date-search-value',
    title: { vi: 'Đã có ngày 18/11/2019', en: 'With a date, 18/11/2019' },
    html: `<date-search action="/search.html" value="2019-11-18"></date-search>`,
  },
  {
    id: 'date-search-open',
    title: { vi: 'Lịch đang mở', en: 'Calendar open' },
    html: `<date-search action="/search.html" value="2019-11-18"></date-search>`,
    onDemand: { vi: 'Mở lịch của ví dụ này', en: "Open this example's calendar" },
    setup: async (container) => {
      const el = field(container);
      await customElements.whenDefined('date-search');
      await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      el.shadowRoot.querySelector<HTMLButtonElement>('[part="calendar-button"]')!.click();
      // The calendar's code loads on first use: wait for the dialog (a few frames at most).
      for (let i = 0; i < 120 && !el.shadowRoot.querySelector('dialog')?.open; i++) {
        await new Promise((r) => requestAnimationFrame(r));
      }
    },
  },
  {
    id: 'date-search-invalid',
    title: { vi: 'Ngày không có thật: 31/02/2019', en: 'Impossible date typed: 31/02/2019' },
    html: `<date-search action="/search.html"></date-search>`,
    setup: (container) => typeAndLeave(container, '31/02/2019'),
  },
  {
    id: 'date-search-range',
    title: { vi: 'Ngoài khoảng cho phép (chỉ năm 2019)', en: 'Out of range (2019 only)' },
    html: `<date-search action="/search.html" min="2019-01-01" max="2019-12-31"></date-search>`,
    setup: (container) => typeAndLeave(container, '01/01/2020'),
  },
  {
    id: 'date-search-disabled',
    title: { vi: 'Bị vô hiệu', en: 'Disabled' },
    html: `<date-search action="/search.html" value="2019-11-18" disabled></date-search>`,
  },
  {
    id: 'date-search-required',
    title: { vi: 'Bắt buộc, trong một biểu mẫu', en: 'Required, in a form' },
    html: `<form action="/search.html">
  <date-search name="date" required></date-search>
  <button type="submit">Gửi / Send</button>
</form>`,
    setup: async (container) => {
      const el = field(container);
      await customElements.whenDefined('date-search');
      await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      // What a visitor sees after pressing the form's button with the field empty.
      (el as unknown as { checkValidity(): boolean }).checkValidity();
    },
  },
  {
    id: 'date-search-enhanced',
    title: {
      vi: 'Nâng cấp một biểu mẫu HTML có sẵn (chạy cả khi không có JavaScript)',
      en: 'Enhancing a plain HTML form (works without JavaScript too)',
    },
    html: `<date-search>
  <form action="/search.html" method="get">
    <label>Tìm theo ngày: <input type="date" name="date" value="2019-11-18" min="2015-01-01"></label>
    <button type="submit">Tìm</button>
  </form>
</date-search>`,
  },
  {
    id: 'date-search-enhanced-text',
    title: {
      vi: 'Nâng cấp biểu mẫu kiểu jQuery datepicker: ô chữ dd/mm/yyyy và trường ẩn được giữ nguyên',
      en: 'Enhancing a jQuery-datepicker form: a dd/mm/yyyy text field, hidden field kept',
    },
    html: `<date-search>
  <form action="/search.html" method="get">
    <label>Tìm theo ngày: <input type="text" name="date" value="18/11/2019" placeholder="dd/mm/yyyy"></label>
    <input type="hidden" name="cat" value="5">
    <button type="submit">Tìm</button>
  </form>
</date-search>`,
  },
];
