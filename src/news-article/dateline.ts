import { format } from '../internal/localize.js';

/** The portal's time zone: datelines show Vietnamese time whatever the reader's zone. */
const PORTAL_TIME_ZONE = 'Asia/Ho_Chi_Minh';

// Building an Intl.DateTimeFormat costs far more than using one, and a page of articles shares one
// language and zone: one formatter per locale and zone (an unknown zone maps to the portal's).
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, zone: string): Intl.DateTimeFormat {
  const key = `${locale}|${zone}`;
  let made = formatters.get(key);
  if (!made) {
    const options = (timeZone: string): Intl.DateTimeFormatOptions => ({
      timeZone,
      weekday: 'long',
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      numberingSystem: 'latn',
    });
    try {
      made = new Intl.DateTimeFormat(locale, options(zone || PORTAL_TIME_ZONE));
    } catch {
      made = new Intl.DateTimeFormat(locale, options(PORTAL_TIME_ZONE));
    }
    formatters.set(key, made);
  }
  return made;
}

// The first Intl date or number formatter of a page costs 15–40 ms on a desktop (ICU loads its data),
// several times that on a cheap phone. The common case, Vietnamese or English in Vietnam's time zone,
// needs none: Vietnam has kept UTC+7, without daylight saving, since 13 June 1975, and the parts of the
// portal style are plain numbers and a weekday name. Tests check this path against Intl's.
const WEEKDAYS: Record<string, string[]> = {
  vi: ['Chủ nhật', 'Thứ hai', 'Thứ ba', 'Thứ tư', 'Thứ năm', 'Thứ sáu', 'Thứ bảy'],
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
};
/** Locales whose dateline parts are known without Intl: no script, no extension (calendar, numbering). */
const PLAIN_LOCALE = /^(vi|en)(?:-[a-z]{2})?$/i;
/** 1976-01-01T00:00:00+07:00 … 9999-12-31T23:59:59+07:00: UTC+7 only, four-digit years. */
const FIXED_FROM = Date.UTC(1975, 11, 31, 17);
const FIXED_UNTIL = Date.UTC(9999, 11, 31, 17);
const pad = (n: number) => (n < 10 ? '0' : '') + n;

/** The dateline's parts without Intl, or null when this date, language or zone needs Intl. */
export function plainParts(date: Date, locale: string, zone: string): Record<string, string> | null {
  const time = date.getTime();
  const lang = PLAIN_LOCALE.exec(locale)?.[1].toLowerCase();
  if (!lang || (zone && zone !== PORTAL_TIME_ZONE) || !(time >= FIXED_FROM && time < FIXED_UNTIL)) return null;
  const local = new Date(time + 7 * 3_600_000);
  return {
    weekday: WEEKDAYS[lang][local.getUTCDay()],
    day: pad(local.getUTCDate()),
    month: pad(local.getUTCMonth() + 1),
    year: String(local.getUTCFullYear()),
    hour: pad(local.getUTCHours()),
    minute: pad(local.getUTCMinutes()),
  };
}

/** The dateline's parts from Intl (`formatToParts`), for every language, zone and date. */
export function intlParts(date: Date, locale: string, zone: string): Record<string, string> {
  const parts: Record<string, string> = {};
  for (const { type, value } of formatter(locale, zone).formatToParts(date)) parts[type] = value;
  let weekday = parts.weekday ?? '';
  // Vietnamese weekdays are written "Thứ hai", "Chủ nhật": only the first letter is a capital.
  if (/^vi\b/i.test(locale))
    weekday = weekday.charAt(0).toLocaleUpperCase('vi') + weekday.slice(1).toLocaleLowerCase('vi');
  // Some engines still say 24:00 for midnight even with h23.
  return { ...parts, weekday, hour: parts.hour === '24' ? '00' : parts.hour };
}

const preparing = new Map<string, Promise<void>>();

/** Builds the formatter for `locale` and `zone` in a task of its own; one task serves every article. */
export function prepareDateline(locale: string, zone: string): Promise<void> {
  const key = `${locale}|${zone}`;
  let pending = preparing.get(key);
  if (!pending) {
    pending = new Promise<void>((done) => setTimeout(done)).then(() => {
      formatter(locale, zone);
      preparing.delete(key);
    });
    preparing.set(key, pending);
  }
  return pending;
}

/**
 * The dateline in portal style, e.g. `Thứ hai, 18/11/2019 11:59`, built from `formatToParts` because
 * plain `vi-VN` formatting puts the time first (or without Intl, see `plainParts`). `template`
 * receives weekday, day, month, year, hour and minute. Returns null when `iso` is not a date.
 *
 * With `defer`, returns undefined when the date needs an Intl formatter not built yet: the first one of
 * a page would lengthen the task that upgrades the article, so the element shows the server's dateline
 * meanwhile and builds it in a task of its own with `prepareDateline`.
 */
export function formatDateline(
  iso: string,
  locale: string,
  timeZone: string,
  template: string,
  defer = false,
): string | null | undefined {
  const date = new Date(iso);
  if (!iso || Number.isNaN(date.getTime())) return null;
  const parts =
    plainParts(date, locale, timeZone) ??
    (defer && !formatters.has(`${locale}|${timeZone}`) ? undefined : intlParts(date, locale, timeZone));
  return parts && format(template, parts);
}
