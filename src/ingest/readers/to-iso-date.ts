const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/;

/**
 * The calendar day a date string or Date states, as YYYY-MM-DD. A timestamp keeps the day
 * written in it (its own time zone), so `2024-03-12T23:30-05:00` stays the 12th.
 */
export function toIsoDate(value: string | Date | null | undefined): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  const text = value.trim();
  const iso = ISO_DAY.exec(text);
  if (iso) return validDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const compact = /^(\d{4})(\d{2})(\d{2})(?:$|T|\d)/.exec(text);
  if (compact) return validDay(Number(compact[1]), Number(compact[2]), Number(compact[3]));
  // Our sources write numeric dates day first (12/03/2024 is 12 March); Date.parse would read March 12th as December 3rd.
  const dayFirst = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b/.exec(text);
  if (dayFirst) return validDay(Number(dayFirst[3]), Number(dayFirst[2]), Number(dayFirst[1]));
  const parsed = Date.parse(text);
  return Number.isNaN(parsed) ? undefined : new Date(parsed).toISOString().slice(0, 10);
}

function validDay(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (year < 1900 || year > 2200 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}
