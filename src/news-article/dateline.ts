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

const preparing = new Map<string, Promise<void>>();

/**
 * Whether the formatter for `locale` and `zone` is built. The first Intl date formatter of a page
 * costs 15–100 ms (ICU loads the locale's patterns and the zone), which would lengthen the task that
 * upgrades the article: the element shows the server's dateline meanwhile and builds it in a task of
 * its own with `prepareDateline`.
 */
export const datelineReady = (locale: string, zone: string): boolean => formatters.has(`${locale}|${zone}`);

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
 * plain `vi-VN` formatting puts the time first. `template` receives weekday, day, month, year, hour
 * and minute. Returns null when `iso` is not a date.
 */
export function formatDateline(iso: string, locale: string, timeZone: string, template: string): string | null {
  const date = new Date(iso);
  if (!iso || Number.isNaN(date.getTime())) return null;
  const parts: Record<string, string> = {};
  for (const { type, value } of formatter(locale, timeZone).formatToParts(date)) parts[type] = value;
  let weekday = parts.weekday ?? '';
  // Vietnamese weekdays are written "Thứ hai", "Chủ nhật": only the first letter is a capital.
  if (/^vi\b/i.test(locale))
    weekday = weekday.charAt(0).toLocaleUpperCase('vi') + weekday.slice(1).toLocaleLowerCase('vi');
  return format(template, {
    weekday,
    day: parts.day,
    month: parts.month,
    year: parts.year,
    // Some engines still say 24:00 for midnight even with h23.
    hour: parts.hour === '24' ? '00' : parts.hour,
    minute: parts.minute,
  });
}
