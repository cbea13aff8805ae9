/**
 * Finds abbreviations in text: whole words only (letters, digits and combining marks of any script
 * make a word; a hyphen between two of them joins a compound such as "NĐ-CP", so "NĐ" alone does not
 * match inside it while a listed "KT-XH" matches whole), case-sensitive, longest first. Text in NFD
 * is matched as NFC, and the positions found are those of the original text.
 */

/** A found abbreviation: [start, end) in the original text, and its dictionary key (NFC). */
export interface Found {
  start: number;
  end: number;
  key: string;
}

const WORD = /[\p{L}\p{N}\p{M}]/u;
const HYPHEN = /[-\u2010]/;
const CLUSTER = /\P{M}\p{M}*|\p{M}+/gu;

// Syntax characters only: the `u` flag refuses needless escapes such as `\-`.
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

let cached: { source: string; regex: RegExp | null } | undefined;

/**
 * One regular expression for all the keys, longest first; the start boundary is checked by `find`
 * (a look-behind at every position costs more than one test per candidate). Reused while the keys stay the same.
 */
export function compile(keys: Iterable<string>): RegExp | null {
  const sorted = [...new Set([...keys].map((k) => k.normalize('NFC')).filter(Boolean))].sort(
    (a, b) => b.length - a.length || (a < b ? -1 : 1),
  );
  const source = sorted.map(escape).join('|');
  if (cached?.source !== source) {
    cached = {
      source,
      regex: source ? new RegExp(`(?:${source})(?![\\p{L}\\p{N}\\p{M}]|[-\\u2010][\\p{L}\\p{N}])`, 'gu') : null,
    };
  }
  return cached.regex;
}

/** The character (whole code point) ending just before `index`. */
function charBefore(text: string, index: number): string {
  const low = text.charCodeAt(index - 1);
  return low >= 0xdc00 && low <= 0xdfff && index > 1 ? text.slice(index - 2, index) : text.charAt(index - 1);
}

function startsWord(text: string, index: number): boolean {
  if (index === 0) return true;
  const before = charBefore(text, index);
  if (WORD.test(before)) return false;
  return !(HYPHEN.test(before) && index > 1 && WORD.test(charBefore(text, index - 1)));
}

/** Maps offsets in the NFC form of `text` to offsets in `text`, at boundaries between base characters. */
function offsetsFromNfc(text: string): Map<number, number> {
  const map = new Map([[0, 0]]);
  let nfc = 0;
  for (const match of text.matchAll(CLUSTER)) {
    nfc += match[0].normalize('NFC').length;
    map.set(nfc, match.index + match[0].length);
  }
  return map;
}

/** Every abbreviation in `text`, in order; an empty list when there is none. */
export function find(text: string, regex: RegExp): Found[] {
  const nfc = text.normalize('NFC');
  const found: Found[] = [];
  let offsets: Map<number, number> | undefined;
  regex.lastIndex = 0;
  for (let m = regex.exec(nfc); m; m = regex.exec(nfc)) {
    if (!startsWord(nfc, m.index)) {
      regex.lastIndex = m.index + 1;
      continue;
    }
    const key = m[0];
    let start = m.index;
    let end = start + key.length;
    if (nfc !== text) {
      offsets ??= offsetsFromNfc(text);
      const s = offsets.get(start);
      const e = offsets.get(end);
      if (s === undefined || e === undefined) continue;
      start = s;
      end = e;
    }
    found.push({ start, end, key });
  }
  return found;
}
