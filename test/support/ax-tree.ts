// The accessibility tree a screen reader gets, as compact text (test/support/ax-tree-plugin.mjs reads
// it from the browser), one node a line, children indented by two spaces:
//   role "name" [state, name=value] desc "description"      text "a run of text"
import { expect, fixture } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

type AxItem =
  { text: string } | { role: string; name: string; description?: string; states: string[]; children: AxItem[] };
type Answer = { tree: AxItem[] } | { unsupported: string } | { error: string };

const quote = (s: string) => JSON.stringify(s);

function lines(items: AxItem[], depth: number): string[] {
  const pad = '  '.repeat(depth);
  return items.flatMap((item) => {
    if ('text' in item) return [`${pad}text ${quote(item.text)}`];
    const parts = [item.role];
    if (item.name) parts.push(quote(item.name));
    if (item.states.length) parts.push(`[${item.states.join(', ')}]`);
    if (item.description) parts.push(`desc ${quote(item.description)}`);
    return [pad + parts.join(' '), ...lines(item.children, depth + 1)];
  });
}

/** Expected trees are written indented in template literals: drop the common indent and blank edges. */
export function tree(strings: TemplateStringsArray, ...values: unknown[]): string {
  const text = String.raw({ raw: strings }, ...values);
  const rows = text.split('\n').filter((l) => l.trim());
  const indent = Math.min(...rows.map((l) => l.length - l.trimStart().length));
  return rows.map((l) => l.slice(indent).trimEnd()).join('\n');
}

let said = false;

/**
 * The tree under `el` as text. Where the engine gives the runner no accessibility tree, the test is
 * skipped, visibly (mocha reports it as skipped, and the reason is logged once per file).
 */
export async function axTreeOf(ctx: Mocha.Context, el: Element): Promise<string> {
  // Let layout and the accessibility tree catch up with the last DOM change.
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  const key = `ax-${Math.random().toString(36).slice(2)}`;
  el.setAttribute('data-ax-root', key);
  let answer: Answer | undefined;
  try {
    answer = await executeServerCommand<Answer, { selector: string }>('ax-tree', {
      selector: `[data-ax-root="${key}"]`,
    });
  } finally {
    el.removeAttribute('data-ax-root');
  }
  if (!answer) throw new Error('The ax-tree server command is not installed (web-test-runner.config.mjs)');
  if ('unsupported' in answer) {
    if (!said) console.warn(`Accessibility-tree tests skipped: ${answer.unsupported}`);
    said = true;
    ctx.skip();
  }
  if ('error' in answer) throw new Error(answer.error);
  return lines((answer as { tree: AxItem[] }).tree, 0).join('\n');
}

/**
 * Waits (up to `ms`) for the tree under `el` to read `expected`, for states that settle a little after
 * their setup (lazily loaded code, a fetch), and answers the last tree read, to compare with `expected`.
 * `normalise` rewrites the parts of the tree that are not this test's to decide.
 */
export async function settledTree(
  ctx: Mocha.Context,
  el: Element,
  expected: string,
  ms = 4000,
  normalise: (tree: string) => string = (t) => t,
): Promise<string> {
  const end = performance.now() + ms;
  let last = normalise(await axTreeOf(ctx, el));
  while (last !== expected && performance.now() < end) {
    await new Promise((r) => setTimeout(r, 100));
    last = normalise(await axTreeOf(ctx, el));
  }
  return last;
}

/**
 * The two tests every element's tree file starts with: each example of its demo page has an expected
 * tree, and reads as written (in Vietnamese, after the example's own setup).
 */
export function itReadsEveryExample(
  examples: readonly { id: string; html: string; setup?: (container: HTMLElement) => unknown }[],
  expected: Record<string, string>,
): void {
  it('has an expected tree for every example', () => {
    expect(Object.keys(expected)).to.have.members(examples.map((e) => e.id));
  });

  for (const example of examples) {
    it(`${example.id} reads as written`, async function () {
      const container = await fixture<HTMLElement>(`<div lang="vi">${example.html}</div>`);
      await example.setup?.(container);
      expect(await settledTree(this, container, expected[example.id])).to.equal(expected[example.id]);
    });
  }
}
