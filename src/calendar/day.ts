/**
 * Calendar arithmetic on whole days, with no time zone: a day is the number of
 * days since 1970-01-01, so adding and comparing days is plain integer work.
 */

/** A calendar day, as days since 1970-01-01. */
export type Day = number

const msPerDay = 86_400_000

/** English month names, January first; also used to read dates in text. */
export const monthNames = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december'
] as const

/** English weekday names, Monday first (ISO order). */
export const weekdayNames = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const

/** The day of a year, a month (1–12) and a day of the month, or `null` when there is no such day. */
export function dayFromParts(year: number, month: number, dayOfMonth: number): Day | null {
  if (month < 1 || month > 12 || dayOfMonth < 1 || dayOfMonth > daysInMonth(year, month)) return null
  return utcDate(year, month - 1, dayOfMonth).getTime() / msPerDay
}

// Not `Date.UTC(year, …)`, which reads the years 0–99 as 1900–1999.
function utcDate(year: number, monthIndex: number, dayOfMonth: number): Date {
  const date = new Date(0)
  date.setUTCFullYear(year, monthIndex, dayOfMonth)
  return date
}

/** Year, month (1–12) and day of the month of a day. */
export function partsOfDay(day: Day): { readonly year: number, readonly month: number, readonly dayOfMonth: number } {
  const date = new Date(day * msPerDay)
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, dayOfMonth: date.getUTCDate() }
}

/** Number of days in a month (1–12) of a year. */
export function daysInMonth(year: number, month: number): number {
  return utcDate(year, month, 0).getUTCDate()
}

/** ISO weekday of a day: 0 for Monday … 6 for Sunday. */
export function weekdayOf(day: Day): number {
  // 1970-01-01 was a Thursday (ISO index 3).
  return (((day + 3) % 7) + 7) % 7
}

/** The Monday of the week a day is in (weeks run Monday to Sunday). */
export function mondayOf(day: Day): Day {
  return day - weekdayOf(day)
}

/** `2025-11-26` */
export function formatDay(day: Day): string {
  const { year, month, dayOfMonth } = partsOfDay(day)
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(dayOfMonth, 2)}`
}

/** `2025-11` */
export function formatMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}`
}

/** Parse `2025-11-26` (a valid day only). */
export function parseIsoDay(text: string): Day | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text)
  if (!match) return null
  return dayFromParts(Number(match[1]), Number(match[2]), Number(match[3]))
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0')
}
