import { monthNames, partsOfDay, weekdayOf } from '../calendar/day.js'
import { type Span, parseSpan } from '../calendar/span.js'

const shortMonths = monthNames.map((name) => `${name[0]!.toUpperCase()}${name.slice(1, 3)}`)
const longMonths = monthNames.map((name) => `${name[0]!.toUpperCase()}${name.slice(1)}`)
const shortWeekdays = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']

/** A date as a reader wants it: `Tue 25 Nov 2025`, `November 2025`, `1–25 Nov 2025`. */
export function dateLabel(iso: string): string {
  const span = parseSpan(iso)
  return span ? spanLabel(span) : iso
}

/** A publication date: `26 November 2025`, or `25–26 November 2025`. */
export function longDateLabel(iso: string): string {
  const span = parseSpan(iso)
  if (!span) return iso
  const first = partsOfDay(span.first)
  const last = partsOfDay(span.last)
  switch (span.precision) {
    case 'day': return `${first.dayOfMonth} ${longMonths[first.month - 1]} ${first.year}`
    case 'month': return `${longMonths[first.month - 1]} ${first.year}`
    case 'year': return String(first.year)
    case 'interval':
      if (first.year === last.year && first.month === last.month) return `${first.dayOfMonth}–${last.dayOfMonth} ${longMonths[first.month - 1]} ${first.year}`
      return `${first.dayOfMonth} ${longMonths[first.month - 1]}${first.year === last.year ? '' : ` ${first.year}`} – ${last.dayOfMonth} ${longMonths[last.month - 1]} ${last.year}`
  }
}

function spanLabel(span: Span): string {
  const first = partsOfDay(span.first)
  const last = partsOfDay(span.last)
  switch (span.precision) {
    case 'day': return `${shortWeekdays[weekdayOf(span.first)]} ${first.dayOfMonth} ${shortMonths[first.month - 1]} ${first.year}`
    case 'month': return `${longMonths[first.month - 1]} ${first.year}`
    case 'year': return String(first.year)
    case 'interval':
      if (first.year === last.year && first.month === last.month) return `${first.dayOfMonth}–${last.dayOfMonth} ${shortMonths[first.month - 1]} ${first.year}`
      if (first.year === last.year) return `${first.dayOfMonth} ${shortMonths[first.month - 1]} – ${last.dayOfMonth} ${shortMonths[last.month - 1]} ${first.year}`
      return `${first.dayOfMonth} ${shortMonths[first.month - 1]} ${first.year} – ${last.dayOfMonth} ${shortMonths[last.month - 1]} ${last.year}`
  }
}
