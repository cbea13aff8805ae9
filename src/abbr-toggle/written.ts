/**
 * Whether the author already wrote an abbreviation's expansion beside it — "Ủy ban nhân dân (UBND)" or
 * "UBND (Ủy ban nhân dân)" — so that inline mode does not write it a second time. The text is read as a
 * reader sees it on the line: across inline markup (`<b>Ủy ban</b> nhân dân`, Word's nested spans), but
 * not past a block, a `<br>`, an image or code. Compared in any normalisation, with any tone-mark
 * placement ("Ủy"/"Uỷ", "hóa"/"hoá"), in any case, with any run of spaces (`&nbsp;` included).
 */

/** Elements a line of text runs on through; anything else (blocks, `br`, `img`, `code`…) ends it. */
const INLINE = new Set(
  'a abbr b bdi bdo big cite data del dfn em font i ins mark q s small span strike strong sub sup time tt u var wbr o:p'.split(
    ' ',
  ),
);

/** Up to about `limit` code units of the line's text after `node` (before it when `back`), inside `stop`. */
function runOn(node: Node, back: boolean, limit: number, stop: Node): string {
  let text = '';
  const after = (from: Node): Node | null => {
    for (let at: Node | null = from; at;) {
      const next = back ? at.previousSibling : at.nextSibling;
      if (next) return next;
      at = at.parentNode;
      if (!at || at === stop || !INLINE.has((at as Element).localName)) return null;
    }
    return null;
  };
  let at = after(node);
  while (at && text.length < limit) {
    if (at.nodeType == 3) {
      const data = (at as Text).data;
      text = back ? data + text : text + data;
    } else if (at.nodeType == 1) {
      const el = at as Element;
      if (!INLINE.has(el.localName)) break;
      // An expansion this toggle wrote (content added while on sits beside earlier work) is not the author's.
      const child = el.getAttribute('data-abbr-toggle') == 'expansion' ? null : back ? el.lastChild : el.firstChild;
      if (child) {
        at = child;
        continue;
      }
    }
    at = after(at);
  }
  return text;
}

/** `text` made comparable: NFD, lower case, one space for any run, each word's marks sorted after its letters. */
const comparable = (text: string) =>
  text
    .normalize('NFD')
    .toLowerCase()
    .replace(/[\u00ad\u200b]/g, '')
    .replace(/\s+/g, ' ')
    .replace(
      /[\p{L}\p{N}\p{M}]+/gu,
      (word) => word.replace(/\p{M}/gu, '') + (word.match(/\p{M}/gu) ?? []).sort().join(''),
    );

/**
 * Whether `expansion` is written in parentheses just after the abbreviation at `start`–`end` of `node`,
 * or just before it with the abbreviation in parentheses. `node` is a Text node, or an `<abbr>` (then
 * `start` and `end` are 0) whose own text is the abbreviation.
 */
export function written(node: Node, start: number, end: number, expansion: string, stop: Node): boolean {
  const data = node.nodeType == 3 ? (node as Text).data : '';
  // The text may be NFD and spaced out: room enough for any spelling of the expansion.
  const limit = expansion.length * 3 + 16;
  let after = data.slice(end, end + limit);
  if (after.length < limit) after += runOn(node, false, limit - after.length, stop);
  const open = /^\s*\(/.test(after);
  // Most abbreviations have neither parenthesis beside them: no more work for those.
  if (!open && !/^\s*\)/.test(after)) return false;
  const wanted = comparable(expansion);
  if (open) {
    const inside = comparable(after).replace(/^ ?\( ?/, '');
    return inside.startsWith(wanted) && /^ ?\)/.test(inside.slice(wanted.length));
  }
  let before = data.slice(Math.max(0, start - limit), start);
  if (before.length < limit) before = runOn(node, true, limit - before.length, stop) + before;
  const text = comparable(before);
  const paren = / ?\( ?$/.exec(text);
  const head = paren ? text.slice(0, paren.index) : '';
  if (!head.endsWith(wanted)) return false;
  return !/[\p{L}\p{N}\p{M}]$/u.test(head.slice(0, head.length - wanted.length));
}
