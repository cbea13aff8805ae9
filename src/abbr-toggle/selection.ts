/**
 * Keeps the reader's selection where it was in the text while Text nodes are swapped for the marked
 * spans that hold their pieces, and back. A span holds Text pieces, `<abbr>`s around pieces and
 * expansion spans (added text): a point inside an expansion maps to the end of the abbreviation before it.
 */
type Point = [Node, number];

/** The Text pieces of a replacing span that come from the original text, in order. */
const pieces = (span: Element) =>
  Array.from(span.childNodes, (child) => ((child as Element).localName == 'abbr' ? child.firstChild : child)).filter(
    (node): node is Text => node?.nodeType == 3,
  );

/** The point among `span`'s pieces that stands for `offset` in the original text. */
export function intoSpan(span: Element, offset: number): Point {
  let point: Point = [span, 0];
  for (const text of pieces(span)) {
    point = [text, Math.min(offset, text.length)];
    if ((offset -= text.length) <= 0) break;
  }
  return point;
}

/** The offset in the original text of a point (`node`, `offset`) inside `span`. */
export function fromSpan(span: Element, node: Node, offset: number): number {
  const range = span.ownerDocument.createRange();
  range.setStart(span, 0);
  range.setEnd(node, offset);
  let total = 0;
  for (const text of pieces(span)) {
    if (text === node) return total + offset;
    if (range.comparePoint(text, text.length)) break;
    total += text.length;
  }
  return total;
}

// Reading the selection makes Chromium lay the page out first (hundreds of ms on a long, just-changed
// article), so it is read only after a `selectionchange` since the last read found nothing.
let maybeSelection = false;
let listening = false;

/** Starts noticing selection changes in `doc` (once per page). */
export function watchSelection(doc: Document): void {
  if (listening) return;
  listening = true;
  doc.addEventListener('selectionchange', () => (maybeSelection = true));
}

/** Runs `change`, then puts the selection's ends that `relocate` moves (worked out beforehand) back. */
export function keepSelection(
  doc: Document,
  relocate: (node: Node, offset: number) => Point | null,
  change: () => void,
) {
  const selection = maybeSelection ? doc.getSelection() : null;
  if (!selection?.rangeCount || !selection.anchorNode || !selection.focusNode) {
    maybeSelection = false;
    change();
    return;
  }
  const anchor: Point = [selection.anchorNode, selection.anchorOffset];
  const focus: Point = [selection.focusNode, selection.focusOffset];
  const newAnchor = relocate(...anchor);
  const newFocus = relocate(...focus);
  change();
  if (newAnchor || newFocus) selection.setBaseAndExtent(...(newAnchor ?? anchor), ...(newFocus ?? focus));
}
