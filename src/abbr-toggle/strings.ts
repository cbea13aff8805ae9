const vi = {
  label: 'Từ viết tắt',
  /** The visible text after an abbreviation; `{expansion}` is what it stands for. */
  expansion: ' ({expansion})',
  /** Shown and announced when turning on failed because the code could not be downloaded. */
  failed: 'Không tải được phần giải nghĩa. Bấm nút để thử lại.',
};

/** Built-in messages of `<abbr-toggle>`. */
export const catalog = {
  vi,
  en: { ...vi, label: 'Abbreviations', failed: 'Could not load the expansions. Press the button to try again.' },
};
