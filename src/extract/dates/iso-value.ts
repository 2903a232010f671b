/**
 * ISO 8601 values as GOLD_FORMAT writes them: 2011, 2021-06, 2014-10-07, --05-18, --04,
 * and ranges joined by "/".
 */

/** A calendar point; a missing year means the text gave none and none could be inferred. */
export interface DatePoint {
  readonly year?: number;
  readonly month?: number;
  readonly day?: number;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** ISO text of a point: 2014-10-07, 2021-06, 2011, --05-18, --04. */
export function isoValue(point: DatePoint): string {
  const { year, month, day } = point;
  if (year === undefined) return day === undefined ? `--${pad(month ?? 1)}` : `--${pad(month ?? 1)}-${pad(day)}`;
  if (month === undefined) return String(year);
  return day === undefined ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(day)}`;
}

/** "A/B" for a range, "A" when both ends are the same point. */
export function isoRange(from: DatePoint, to: DatePoint): string {
  const a = isoValue(from);
  const b = isoValue(to);
  return a === b ? a : `${a}/${b}`;
}

// A day with no year is read in a leap year: "--02-29" exists.
const LEAP_YEAR = 2000;

/** True when the day exists in that month (29 February allowed when the year is unknown). */
export function isValidDay(month: number, day: number, year?: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const probeYear = year ?? LEAP_YEAR;
  return day <= new Date(Date.UTC(probeYear, month, 0)).getUTCDate();
}

const ONE_DAY = /^(\d{4}|-)-(\d{2})-(\d{2})$/;

/** The year a value opens with ("2027-05-05" → 2027); undefined for a year-less value ("--05-05") or none. */
export function yearOf(value: string | undefined): number | undefined {
  const m = value === undefined ? null : /^(\d{4})/.exec(value);
  return m ? Number(m[1]) : undefined;
}

/** A single day ("2026-10-13", "--10-13"), not a month, a year or a range. */
export function isSingleDay(value: string): boolean {
  return ONE_DAY.test(value);
}

/**
 * The ISO day `days` after `day` (before it when negative): "2027-02-28" + 1 → "2027-03-01",
 * "--02-28" + 1 → "--02-29", "--12-31" + 1 → "--01-01". Undefined when `day` is no single day.
 */
export function addDays(day: string, days: number): string | undefined {
  const m = ONE_DAY.exec(day);
  if (!m) return undefined;
  const yearless = m[1] === '-';
  const at = new Date(Date.UTC(yearless ? LEAP_YEAR : Number(m[1]), Number(m[2]) - 1, Number(m[3]) + days));
  const monthDay = `${pad(at.getUTCMonth() + 1)}-${pad(at.getUTCDate())}`;
  return yearless ? `--${monthDay}` : `${String(at.getUTCFullYear()).padStart(4, '0')}-${monthDay}`;
}

/** The weekday of a dated day, 0 for Sunday to 6 for Saturday ("2026-11-25" → 3); undefined for any other value. */
export function weekdayOf(day: string): number | undefined {
  const m = ONE_DAY.exec(day);
  return m && m[1] !== '-' ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))).getUTCDay() : undefined;
}
