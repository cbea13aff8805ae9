/** Every Text node under `root`, in order. */
export function textNodes(root: Node): Text[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const out: Text[] = [];
  while (walker.nextNode()) out.push(walker.currentNode as Text);
  return out;
}

/** Resolves after the mutation observers have seen what was just changed. */
export const nextMutations = () => new Promise((r) => setTimeout(r));
