/** Like `Element.closest`, but continues past shadow roots to their hosts. */
export function closestComposed<E extends Element = Element>(start: Element, selector: string): E | null {
  let node: Element | null = start;
  while (node) {
    const found = node.closest<E & Element>(selector as never);
    if (found) return found as E;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return null;
}
