// Server command `ax-tree` ({ selector }): the accessibility tree a screen reader gets for the first
// element matching `selector` (light DOM of the test page), read from the browser itself:
// Chromium's CDP Accessibility.getFullAXTree. Answers { tree: AxItem[] } or { unsupported: reason }:
// - Firefox runs under puppeteer over WebDriver BiDi, which has no accessibility tree (BiDi's
//   `accessibility` locator finds nodes by role and name, but gives no tree), and puppeteer's
//   page.accessibility is CDP-only there; the command tries it and reports its error;
// - WebKit runs under WebDriver classic, which exposes only one element's computed role and label.
//
// AxItem: { role, name, description?, states: string[], children: AxItem[] } or { text }.
// The tree is the one a screen reader walks: ignored nodes and nameless generic wrappers are left out
// (their children kept), text runs are joined, and text already said as its parent's name is dropped.

// States a screen reader announces, written `name=value`; a false boolean is left out, except for the
// tristate checked/pressed and for expanded, whose "false" is announced ("not checked", "collapsed").
const STATES = {
  checked: 'always',
  pressed: 'always',
  expanded: 'always',
  selected: 'true',
  disabled: 'true',
  required: 'true',
  invalid: 'true',
  readonly: 'true',
  modal: 'true',
  busy: 'true',
  level: 'always',
  live: 'always',
  haspopup: 'always',
  hasPopup: 'always',
};
const WRAPPERS = new Set(['generic', 'none', 'presentation', 'InlineTextBox', 'LineBreak']);

const squash = (s) => s.replace(/\s+/g, ' ').trim();

function states(node) {
  const out = [];
  for (const { name, value } of node.properties ?? []) {
    const when = STATES[name];
    if (!when) continue;
    const v = value?.value;
    const off = !v || v === 'false';
    if (when === 'true') {
      // invalid is a token ("true", "grammar", "spelling"); the others are booleans.
      if (!off) out.push(name === 'invalid' && v !== 'true' ? `invalid=${v}` : name);
    } else out.push(`${name === 'hasPopup' ? 'haspopup' : name}=${v}`);
  }
  return out;
}

/**
 * Joins the text runs of one node (its own StaticText children, one after the other) and drops the
 * blank ones. Text from a flattened wrapper (a span, a shadow part) stays a line of its own: it may be
 * laid out apart (a label above its hint), and a screen reader reads it as a separate run.
 */
function tidy(groups) {
  const out = [];
  for (const { items, own } of groups) {
    for (const item of items) {
      const last = out[out.length - 1];
      if (own && 'text' in item && last?.own) last.text += item.text;
      else out.push('text' in item ? { text: item.text, own } : item);
    }
  }
  return out
    .map((item) => ('text' in item ? { text: squash(item.text) } : item))
    .filter((item) => !('text' in item) || item.text);
}

function build(byId, node) {
  const groups = (node.childIds ?? [])
    .filter((id) => byId.has(id))
    .map((id) => ({ items: build(byId, byId.get(id)), own: byId.get(id).role?.value === 'StaticText' }));
  const children = tidy(groups);
  const role = node.role?.value ?? '';
  const raw = String(node.name?.value ?? '');
  const name = squash(raw);
  if (node.ignored) return children;
  // A run of spaces is kept until runs are joined: it is what parts two words said one after the other.
  if (role === 'StaticText') return raw ? [{ text: raw }] : [];
  if (WRAPPERS.has(role) && !name) return children;
  const item = { role, name, states: states(node), children };
  const description = squash(String(node.description?.value ?? ''));
  if (description) item.description = description;
  const text = children.every((c) => 'text' in c) ? squash(children.map((c) => c.text).join(' ')) : null;
  if (name && text === name) item.children = [];
  return [item];
}

async function chromiumTree(page, selector) {
  const cdp = await page.createCDPSession();
  try {
    const { result } = await cdp.send('Runtime.evaluate', {
      expression: `document.querySelector(${JSON.stringify(selector)})`,
    });
    if (!result.objectId) return { error: `No element matches ${selector}` };
    const { node } = await cdp.send('DOM.describeNode', { objectId: result.objectId });
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    const byId = new Map(nodes.map((n) => [n.nodeId, n]));
    const root = nodes.find((n) => n.backendDOMNodeId === node.backendNodeId);
    if (!root) return { error: `${selector} is not in the accessibility tree` };
    return { tree: tidy([{ items: build(byId, root), own: false }]) };
  } finally {
    await cdp.detach().catch(() => {});
  }
}

export function axTreePlugin() {
  return {
    name: 'ax-tree',
    async executeCommand({ command, payload, session }) {
      if (command !== 'ax-tree') return undefined;
      const selector = String(payload?.selector ?? '');
      const { type, name } = session.browser;
      if (type === 'puppeteer' && /chrom/i.test(name)) {
        return chromiumTree(session.browser.getPage(session.id), selector);
      }
      if (type === 'puppeteer') {
        try {
          const page = session.browser.getPage(session.id);
          const handle = await page.$(selector);
          await page.accessibility.snapshot({ root: handle ?? undefined });
          return { unsupported: `${name}: puppeteer answered a snapshot, but not the tree this helper reads` };
        } catch (err) {
          return { unsupported: `${name} (puppeteer over WebDriver BiDi) gives no accessibility tree: ${err.message}` };
        }
      }
      return { unsupported: `${name} (${type}) gives no accessibility tree to the test runner` };
    },
  };
}
