import { format } from '../internal/localize.js';

/** The portal's time zone: datelines show Vietnamese time whatever the reader's zone. */
export const PORTAL_TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** `zone` when Intl knows it, else the portal's zone. */
export function safeTimeZone(zone: string | null | undefined): string {
  if (!zone) return PORTAL_TIME_ZONE;
  try {
    return new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return PORTAL_TIME_ZONE;
  }
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
  const formatter = new Intl.DateTimeFormat(locale, {
    timeZone: safeTimeZone(timeZone),
    weekday: 'long',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    numberingSystem: 'latn',
  });
  for (const { type, value } of formatter.formatToParts(date)) parts[type] = value;
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
