/** What a reader sees of the text in a subtree: each element holding text, with its size and line height. */
export interface TextSize {
  el: Element;
  size: number;
  /** The line height in px, or NaN for `normal`. */
  line: number;
}

const hasOwnText = (el: Element) =>
  [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.replace(/\s/g, '') !== '');

/** Every element under `root` (and `root`) with text of its own, with its computed size and line height. */
export function textSizes(root: Element): TextSize[] {
  return [root, ...root.querySelectorAll('*')]
    .filter((el) => hasOwnText(el) && getComputedStyle(el).display !== 'none')
    .map(sizeOf);
}

function sizeOf(el: Element): TextSize {
  const { fontSize, lineHeight } = getComputedStyle(el);
  return { el, size: parseFloat(fontSize), line: lineHeight === 'normal' ? NaN : parseFloat(lineHeight) };
}

/** The texts whose size (or px line height) is not `factor` times what it was, within ±2 %, as readable lines. */
export function unscaled(before: TextSize[], factor: number): string[] {
  const off = (a: number, b: number) => Math.abs(b / (a * factor) - 1) > 0.02;
  const bad: string[] = [];
  for (const { el, size, line } of before) {
    const now = sizeOf(el);
    const what = `<${el.tagName.toLowerCase()}> "${el.textContent!.trim().slice(0, 30)}"`;
    if (off(size, now.size)) bad.push(`${what}: size ${size} → ${now.size}, want ${size * factor}`);
    if (!isNaN(line) && off(line, now.line))
      bad.push(`${what}: line height ${line} → ${now.line}, want ${line * factor}`);
  }
  return bad;
}
