/**
 * Reading and writing days for `<date-search>`: `dd/mm/yyyy` as people type it, ISO `yyyy-mm-dd` as
 * the value. Supported years: 1000–9999 (four digits, as people write them; two-digit years are
 * never guessed).
 */

/** Why a typed date was refused; each reason has its own message. */
export type ParseFailure = 'empty' | 'incomplete' | 'format' | 'short-year' | 'impossible' | 'before-min' | 'after-max';
export type ParseResult = { ok: true; iso: string } | { ok: false; reason: ParseFailure };

const SEP = '\\s*[/.,-]\\s*';
const FULL = new RegExp(`^(\\d{1,2})${SEP}(\\d{1,2})${SEP}(\\d+)$`);
// What a person may still be in the middle of typing: "18", "18/", "18/11", "18/11/201".
const PARTIAL = new RegExp(`^\\d{1,2}(${SEP}(\\d{1,2}(${SEP}\\d{0,3})?)?)?$`);

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function toIso(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** [year, month 1–12, day] of an ISO day. */
export function isoParts(iso: string): [number, number, number] {
  const [y, m, d] = iso.split('-').map(Number);
  return [y, m, d];
}

function isRealDay(year: number, month: number, day: number): boolean {
  return year >= 1000 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** The value itself when it is a real ISO day, else '' (how bad attribute values are ignored). */
export function normalizeIso(value: unknown): string {
  if (typeof value !== 'string') return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!match) return '';
  const [y, m, d] = match.slice(1).map(Number);
  return isRealDay(y, m, d) ? toIso(y, m, d) : '';
}

/** Reads what a person typed as day/month/year, checking it against optional ISO bounds. */
export function parseDayMonthYear(text: string, min = '', max = ''): ParseResult {
  const trimmed = text.trim();
  if (!trimmed) return { ok: false, reason: 'empty' };
  const match = FULL.exec(trimmed);
  if (!match) return { ok: false, reason: PARTIAL.test(trimmed) ? 'incomplete' : 'format' };
  const yearText = match[3];
  if (yearText.length <= 2) return { ok: false, reason: 'short-year' };
  if (yearText.length === 3) return { ok: false, reason: 'incomplete' };
  if (yearText.length > 4 || yearText.startsWith('0')) return { ok: false, reason: 'format' };
  const [day, month, year] = [match[1], match[2], yearText].map(Number);
  if (!isRealDay(year, month, day)) return { ok: false, reason: 'impossible' };
  const iso = toIso(year, month, day);
  if (min && iso < min) return { ok: false, reason: 'before-min' };
  if (max && iso > max) return { ok: false, reason: 'after-max' };
  return { ok: true, iso };
}

/** `dd/mm/yyyy`, the way the portal shows a day. */
export function formatDayMonthYear(iso: string): string {
  return formatIn(iso, 'dd/mm/yyyy');
}

/** Local midnight of the day, for the `date` in the `date-search` event. */
export function localDate(iso: string): Date {
  const [y, m, d] = isoParts(iso);
  return new Date(y, m - 1, d);
}

/**
 * A valid format: one run of `d` (one or two), of `m` (one or two) and of `yyyy`, in any order, and
 * no other ASCII letter or digit.
 */
const FORMAT = /^(?=[^d]*dd?[^d]*$)(?=[^m]*mm?[^m]*$)(?=[^y]*yyyy[^y]*$)(?:[dmy]|[^a-z\d])*$/;

/**
 * A submitted day's format, lower-cased: the tokens `dd` (day, two digits), `d` (day, no padding),
 * `mm`, `m` (month, the same) and `yyyy` (year), once each, between separators (anything else but
 * ASCII letters and digits); case is ignored (`DD/MM/YYYY`). Null when it is not one.
 */
export function readFormat(format: unknown): string | null {
  const lower = typeof format === 'string' ? format.toLowerCase() : '';
  return FORMAT.test(lower) ? lower : null;
}

const TOKEN = /yyyy|dd?|mm?/g;

/** The day written in a format from `readFormat`. */
export function formatIn(iso: string, format: string): string {
  const [y, m, d] = isoParts(iso);
  return format.replace(TOKEN, (t) => pad(t[0] === 'y' ? y : t[0] === 'm' ? m : d, t.length));
}
