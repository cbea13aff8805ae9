const vi = {
  label: 'Xem với cỡ chữ',
  /** What each button does; its spoken name is its face (below) followed by this. */
  decrease: 'Giảm cỡ chữ',
  reset: 'Cỡ chữ mặc định',
  increase: 'Tăng cỡ chữ',
  /** The faces the buttons show. */
  decreaseText: 'A−',
  resetText: 'A',
  increaseText: 'A+',
  /** `{size}` is the percentage formatted for the language. */
  status: 'Cỡ chữ {size}',
};

/** Built-in messages of `<font-size-control>`. */
export const catalog = {
  vi,
  // The button faces (A−, A, A+) are the same in both languages.
  en: {
    ...vi,
    label: 'Text size',
    decrease: 'Decrease text size',
    reset: 'Default text size',
    increase: 'Increase text size',
    status: 'Text size {size}',
  },
};
