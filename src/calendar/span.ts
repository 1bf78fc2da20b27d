import { type Day, daysInMonth, dayFromParts, formatDay, formatMonth, parseIsoDay, partsOfDay } from './day.js'

/**
 * A stretch of calendar days with the precision the text gave it:
 * one day, a whole month, a whole year, or an interval of days.
 */
export interface Span {
  readonly first: Day
  readonly last: Day
  readonly precision: 'day' | 'month' | 'year' | 'interval'
}

/** A span of one day. */
export function daySpan(day: Day): Span {
  return { first: day, last: day, precision: 'day' }
}

/** A span of a whole month (1–12). */
export function monthSpan(year: number, month: number): Span {
  return { first: dayFromParts(year, month, 1)!, last: dayFromParts(year, month, daysInMonth(year, month))!, precision: 'month' }
}

/** A span of a whole year. */
export function yearSpan(year: number): Span {
  return { first: dayFromParts(year, 1, 1)!, last: dayFromParts(year, 12, 31)!, precision: 'year' }
}

/** A span from one day to another, both included; a one-day interval is a day. */
export function intervalSpan(first: Day, last: Day): Span {
  if (first === last) return daySpan(first)
  return first < last ? { first, last, precision: 'interval' } : { first: last, last: first, precision: 'interval' }
}

/** ISO 8601 at the span's precision: `2025-11-28`, `2025-11`, `2025`, `2025-11-01/2025-11-20`. */
export function formatSpan(span: Span): string {
  const { year, month } = partsOfDay(span.first)
  switch (span.precision) {
    case 'day': return formatDay(span.first)
    case 'month': return formatMonth(year, month)
    case 'year': return String(year).padStart(4, '0')
    case 'interval': return `${formatDay(span.first)}/${formatDay(span.last)}`
  }
}

/** Read an ISO date string at any of the precisions `formatSpan` writes; `null` if it is not one. */
export function parseSpan(text: string): Span | null {
  const interval = /^(\d{4}-\d{2}-\d{2})\/(\d{4}-\d{2}-\d{2})$/.exec(text)
  if (interval) {
    const first = parseIsoDay(interval[1]!)
    const last = parseIsoDay(interval[2]!)
    return first === null || last === null ? null : intervalSpan(first, last)
  }
  const day = parseIsoDay(text)
  if (day !== null) return daySpan(day)
  const month = /^(\d{4})-(\d{2})$/.exec(text)
  if (month) {
    const monthNumber = Number(month[2])
    return monthNumber >= 1 && monthNumber <= 12 ? monthSpan(Number(month[1]), monthNumber) : null
  }
  const year = /^(\d{4})$/.exec(text)
  return year ? yearSpan(Number(year[1])) : null
}

/** Whether `inner` lies wholly inside `outer`. */
export function spanContains(outer: Span, inner: Span): boolean {
  return outer.first <= inner.first && inner.last <= outer.last
}

/** Whether two spans share at least one day. */
export function spansOverlap(a: Span, b: Span): boolean {
  return a.first <= b.last && b.first <= a.last
}

/** Number of days a span covers. */
export function spanLength(span: Span): number {
  return span.last - span.first + 1
}
