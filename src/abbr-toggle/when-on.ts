/**
 * Everything `<abbr-toggle>` needs only while it is on — the dictionary, the matcher, the annotator,
 * the tooltip and the selection keeping — in one module that the toggle imports when it first turns
 * on (or is hovered or focused), so that pages where it stays off never download it.
 */
import { Annotator, type AbbrMode } from './annotator.js';
import { dictionary as builtIn } from './dictionary.js';
import { compile, find } from './matcher.js';

export { AbbrTooltip } from './tooltip.js';

const builtInEntries = Object.entries(builtIn).map(([k, v]) => [k.normalize(), v] as const);

// The matcher of the built-in entries, made now, while this code loads ahead of a press, rather than on
// the press; matching twice has V8 compile it to machine code too.
const regex = compile(builtInEntries.map(([key]) => key))!;
find('UBND', regex);
find('UBND', regex);

function extend(map: Map<string, string>, source: unknown) {
  if (!source || typeof source !== 'object' || Array.isArray(source)) return;
  for (const [k, v] of Object.entries(source)) {
    const key = k.trim().normalize();
    if (!key) continue;
    if (typeof v === 'string' && v.trim()) map.set(key, v.trim());
    else if (v === null || v === '') map.delete(key);
  }
}

/** Built-in entries, then the JSON script children of `host`, then the page's `dictionary`. */
function entries(host: Element, dictionary: unknown): Map<string, string> {
  const map = new Map(builtInEntries);
  for (const script of host.querySelectorAll(':scope > script[type="application/json"]')) {
    try {
      extend(map, JSON.parse(script.textContent!));
    } catch {
      console.warn('<abbr-toggle>: dictionary script is not JSON');
    }
  }
  extend(map, dictionary);
  return map;
}

/** An annotator of `target` for the toggle `host`, with its page entries; not started yet. */
export const annotator = (
  host: Element,
  dictionary: unknown,
  target: HTMLElement,
  mode: AbbrMode,
  text: (expansion: string) => string,
): Annotator => new Annotator(target, mode, entries(host, dictionary), text);
