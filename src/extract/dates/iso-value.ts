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

/** True when the day exists in that month (29 February allowed when the year is unknown). */
export function isValidDay(month: number, day: number, year?: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const probeYear = year ?? 2000;
  return day <= new Date(Date.UTC(probeYear, month, 0)).getUTCDate();
}
