const vi = {
  label: 'Từ viết tắt',
  /** The visible text after an abbreviation; `{expansion}` is what it stands for. */
  expansion: ' ({expansion})',
};

/** Built-in messages of `<abbr-toggle>`. */
export const catalog = {
  vi,
  en: { ...vi, label: 'Abbreviations' },
};
