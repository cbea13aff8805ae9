import { format } from '../internal/localize.js';

/** The portal's time zone: datelines show Vietnamese time whatever the reader's zone. */
const PORTAL_TIME_ZONE = 'Asia/Ho_Chi_Minh';

type Parts = Record<string, string>;

// Building an Intl.DateTimeFormat costs far more than using one, and a page of articles shares one
// language and zone: one formatter per locale and zone (an unknown zone maps to the portal's).
const formatters = new Map<string, Intl.DateTimeFormat>();

function intlParts(date: Date, locale: string, zone: string): Parts {
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
  const parts: Parts = {};
  for (const { type, value } of made.formatToParts(date)) parts[type] = value;
  // Vietnamese weekdays are written "Thứ hai", "Chủ nhật": only the first letter is a capital.
  if (/^vi\b/i.test(locale)) {
    const weekday = parts.weekday ?? '';
    parts.weekday = weekday.charAt(0).toUpperCase() + weekday.slice(1).toLowerCase();
  }
  // Some engines still say 24:00 for midnight even with h23.
  if (parts.hour === '24') parts.hour = '00';
  return parts;
}

const WEEKDAYS: Record<string, string[]> = {
  vi: ['Chủ nhật', 'Thứ hai', 'Thứ ba', 'Thứ tư', 'Thứ năm', 'Thứ sáu', 'Thứ bảy'],
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
};
// 13/06/1975 00:00 in Vietnam: its clocks have stayed at UTC+7, with no daylight saving, ever since (tz database).
const FIXED_SINCE = Date.UTC(1975, 5, 12, 17);
const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The same parts by arithmetic, for the common case only: the portal's zone after 1975, in `vi` or
 * `en` (with a region at most). The first Intl date formatter of a page costs 10–40 ms (ICU data),
 * more than the rest of the article's own rendering; this path needs none. Null otherwise.
 */
function portalParts(date: Date, locale: string, zone: string): Parts | null {
  const names = WEEKDAYS[/^(vi|en)(?:-[a-z]{2})?$/i.exec(locale)?.[1].toLowerCase() ?? ''];
  const time = date.getTime();
  if (!names || (zone && zone !== PORTAL_TIME_ZONE) || time < FIXED_SINCE) return null;
  const local = new Date(time + 7 * 3_600_000);
  const year = local.getUTCFullYear();
  if (year > 9999) return null;
  return {
    weekday: names[local.getUTCDay()],
    day: pad(local.getUTCDate()),
    month: pad(local.getUTCMonth() + 1),
    year: String(year),
    hour: pad(local.getUTCHours()),
    minute: pad(local.getUTCMinutes()),
  };
}

/**
 * The dateline in portal style, e.g. `Thứ hai, 18/11/2019 11:59`, built from `formatToParts` because
 * plain `vi-VN` formatting puts the time first (or, for the portal's own zone in `vi`/`en`, from the
 * same parts worked out directly; `viaIntl` forces Intl, for tests comparing both). `template`
 * receives weekday, day, month, year, hour and minute. Returns null when `iso` is not a date.
 */
export function formatDateline(
  iso: string,
  locale: string,
  timeZone: string,
  template: string,
  viaIntl = false,
): string | null {
  const date = new Date(iso);
  if (!iso || Number.isNaN(date.getTime())) return null;
  const parts = (!viaIntl && portalParts(date, locale, timeZone)) || intlParts(date, locale, timeZone);
  const { weekday = '', day, month, year, hour, minute } = parts;
  return format(template, { weekday, day, month, year, hour, minute });
}
