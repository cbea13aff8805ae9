/**
 * Day maths for the calendar of `<date-search>`. A day is an ISO string `yyyy-mm-dd`; the maths runs
 * in UTC so no time zone or daylight-saving shift can move a day. This module and the calendar load
 * on first opening and import nothing from the main bundle, so the three helpers below repeat the
 * few lines of `parse.ts` they need (otherwise the bundler would split the main bundle to share them).
 */

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
export const toIso = (year: number, month: number, day: number) => `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
/** [year, month 1–12, day] of an ISO day. */
export const isoParts = (iso: string) => iso.split('-').map(Number) as [number, number, number];

/** Midnight UTC of the day: format it with `timeZone: 'UTC'`. */
export function utcDate(iso: string): Date {
  const [y, m, d] = isoParts(iso);
  return new Date(Date.UTC(y, m - 1, d));
}

function fromUtc(date: Date): string {
  return toIso(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

export function addDays(iso: string, days: number): string {
  const date = utcDate(iso);
  date.setUTCDate(date.getUTCDate() + days);
  return fromUtc(date);
}

/** Same day `months` later, kept inside the target month (31/01 + 1 month → 28 or 29/02). */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = isoParts(iso);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return toIso(year, month, Math.min(d, daysInMonth(year, month)));
}

/** Day of the week, 1 = Monday … 7 = Sunday (the numbering of `Intl.Locale#getWeekInfo`). */
export function weekday(iso: string): number {
  return utcDate(iso).getUTCDay() || 7;
}

/** The first day of the week holding `iso`, for a week that starts on `firstDay` (1–7). */
export function startOfWeek(iso: string, firstDay: number): string {
  return addDays(iso, -((weekday(iso) - firstDay + 7) % 7));
}

export const FIRST_DAY = '1000-01-01';
export const LAST_DAY = '9999-12-31';

/** `iso` moved inside [min, max]; an empty bound means the supported range's end. */
export function clampIso(iso: string, min: string, max: string): string {
  const low = min || FIRST_DAY;
  const high = max || LAST_DAY;
  return iso < low ? low : iso > high ? high : iso;
}

/** Today in the visitor's own calendar. */
export function todayIso(now = new Date()): string {
  return toIso(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

type WeekInfoLocale = Intl.Locale & { getWeekInfo?: () => { firstDay: number }; weekInfo?: { firstDay: number } };

/**
 * First day of the week (1 = Monday … 7 = Sunday) for a locale. CLDR sets it by region only, and a
 * tag without a region is read as used in Vietnam, where this portal is: Monday, without asking the
 * engine (its first week-data lookup costs a frame). So `vi` and `en` start on Monday, `en-US` on
 * Sunday; Monday when the engine cannot say.
 */
export function firstDayOfWeek(locale: string): number {
  try {
    const tagged = new Intl.Locale(locale) as WeekInfoLocale;
    if (!tagged.region || tagged.region === 'VN') return 1;
    const day = (tagged.getWeekInfo?.() ?? tagged.weekInfo)?.firstDay;
    return day && day >= 1 && day <= 7 ? day : 1;
  } catch {
    return 1;
  }
}

export const capitalise = (text: string, locale: string) => text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);

interface LocaleData {
  firstDay: number;
  heading: Intl.DateTimeFormat;
  dayName: Intl.DateTimeFormat;
  longNames: string[];
  shortNames: string[];
}

// Formatters and weekday names per locale, built once: creating Intl formatters is the slow part of a render.
const byLocale = new Map<string, LocaleData>();

/** Builds a locale's formatters ahead of the first opening. */
export function prepareLocale(locale: string): void {
  localeData(locale);
}

export function localeData(locale: string): LocaleData {
  let data = byLocale.get(locale);
  if (data) return data;
  const utc = { timeZone: 'UTC' } as const;
  const firstDay = firstDayOfWeek(locale);
  // 2024-01-01 was a Monday: day i of the week (1 = Monday) is 2024-01-0i.
  const week = Array.from({ length: 7 }, (_, i) => utcDate(toIso(2024, 1, ((firstDay - 1 + i) % 7) + 1)));
  const names = (weekday: 'long' | 'short' | 'narrow') => {
    const format = new Intl.DateTimeFormat(locale, { ...utc, weekday });
    return week.map((d) => format.format(d));
  };
  const narrow = names('narrow');
  data = {
    firstDay,
    heading: new Intl.DateTimeFormat(locale, { ...utc, month: 'long', year: 'numeric' }),
    dayName: new Intl.DateTimeFormat(locale, {
      ...utc,
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    }),
    longNames: names('long').map((name) => capitalise(name, locale)),
    // Narrow names where they tell the days apart (vi: T2…CN), short ones otherwise (en: Mon…Sun).
    shortNames: new Set(narrow).size === 7 ? narrow : names('short'),
  };
  byLocale.set(locale, data);
  return data;
}
