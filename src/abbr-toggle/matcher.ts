/**
 * Finds abbreviations in text: whole words only (letters, digits and combining marks of any script
 * make a word; a hyphen between two of them joins a compound such as "NĐ-CP", so "NĐ" alone does not
 * match inside it while a listed "KT-XH" matches whole), case-sensitive, longest first. Text in NFD
 * is matched as NFC, and the positions found are those of the original text.
 */

/**
 * The abbreviations found, flat: start and end in the original text, and dictionary key (NFC), for each
 * in turn (one array per text rather than one per abbreviation).
 */
export type Found = Array<number | string>;

/** What may not come just before a match: a word character, or a hyphen that follows one. */
const WORD_BEFORE = /[\p{L}\p{N}\p{M}]$|[\p{L}\p{N}][-\u2010]$/u;
const CLUSTER = /\P{M}\p{M}*|\p{M}+/gu;

let cached: RegExp | null = null;

/**
 * One regular expression for the keys (NFC, not empty), longest first; the start boundary is checked by
 * `find` (a look-behind at every position costs more than one test per candidate). Reused while the keys stay the same.
 */
export function compile(keys: Iterable<string>): RegExp | null {
  const source = [...keys]
    .sort((a, b) => b.length - a.length)
    // Syntax characters only: the `u` flag refuses needless escapes such as `\-`.
    .map((key) => key.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
    .join('|');
  const regex = `(?:${source})(?![\\p{L}\\p{N}\\p{M}]|[-\\u2010][\\p{L}\\p{N}])`;
  if (cached?.source !== regex) cached = source ? new RegExp(regex, 'gu') : null;
  return cached;
}

/** Maps offsets in the NFC form of `text` to offsets in `text`, at boundaries between base characters. */
function offsetsFromNfc(text: string): Map<number, number> {
  const map = new Map([[0, 0]]);
  let nfc = 0;
  for (const match of text.matchAll(CLUSTER)) {
    nfc += match[0].normalize().length;
    map.set(nfc, match.index + match[0].length);
  }
  return map;
}

/** Whether the character before `start` in `text` forbids a match there (checked by code first, nearly always). */
function wordBefore(text: string, start: number): boolean {
  if (!start) return false;
  const c = text.charCodeAt(start - 1);
  // ASCII other than a hyphen decides at once: letters and digits are word characters, the rest are not.
  if (c < 0x80 && c != 0x2d) return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
  // Three code units hold the character before (a surrogate pair at most) and a hyphen.
  return WORD_BEFORE.test(text.slice(start > 3 ? start - 3 : 0, start));
}

/** Every abbreviation in `text`, in order; an empty list when there is none. */
export function find(text: string, regex: RegExp): Found {
  const nfc = text.normalize();
  const found: Found = [];
  let offsets: Map<number, number> | undefined;
  regex.lastIndex = 0;
  for (let m = regex.exec(nfc); m; m = regex.exec(nfc)) {
    let start: number | undefined = m.index;
    if (wordBefore(nfc, start)) {
      regex.lastIndex = start + 1;
      continue;
    }
    let end: number | undefined = start + m[0].length;
    if (nfc !== text) {
      offsets ??= offsetsFromNfc(text);
      start = offsets.get(start);
      end = offsets.get(end);
      if (start === undefined || end === undefined) continue;
    }
    found.push(start, end, m[0]);
  }
  return found;
}
