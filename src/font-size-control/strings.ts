const vi = {
  label: 'Xem với cỡ chữ',
  decrease: 'Giảm cỡ chữ',
  reset: 'Cỡ chữ mặc định',
  increase: 'Tăng cỡ chữ',
  decreaseText: 'A−',
  resetText: 'A',
  increaseText: 'A+',
  /** `{size}` is the percentage formatted for the language. */
  status: 'Cỡ chữ {size}',
};

/** Built-in messages of `<font-size-control>`. */
export const catalog = {
  vi,
  en: {
    label: 'Text size',
    decrease: 'Decrease text size',
    reset: 'Default text size',
    increase: 'Increase text size',
    decreaseText: 'A−',
    resetText: 'A',
    increaseText: 'A+',
    status: 'Text size {size}',
  } satisfies typeof vi,
};
