import { type Day, dayFromParts, daysInMonth, mondayOf, partsOfDay, weekdayOf } from '../../calendar/day.js'
import { type Span, daySpan, intervalSpan, monthSpan, spanLength, yearSpan } from '../../calendar/span.js'
import type { Direction } from './direction.js'
import type { Expression } from './expressions.js'

/** A placed expression, or why it could not be placed. */
export type Resolution = { readonly span: Span } | { readonly undated: string }

/** What an expression is resolved against. */
export interface Reference {
  /** The publication date; an interval when only a range of days is known. */
  readonly publication: Span | null
  /** For anaphoric expressions: the day of the event they refer back to. */
  readonly anchor: Day | null
  readonly direction: Direction
}

/** The longest publication interval that relative dates are still resolved against. */
const maxPublicationDays = 7

/**
 * Place a date expression on the calendar. A publication date known only as
 * a range of days is tried day by day: where all days agree the result is
 * exact, otherwise it becomes the interval that covers them all. Nothing is
 * guessed: without the reference it needs, an expression stays undated.
 */
export function resolveExpression(expression: Expression, reference: Reference): Resolution {
  if (isAnaphoric(expression)) {
    if (reference.anchor === null) return { undated: 'no day before it to count from' }
    const span = resolveAnaphoric(expression, reference.anchor)
    return span ? { span } : { undated: 'the phrase points outside its week' }
  }
  if (expression.year !== undefined && yearRules.has(expression.rule)) {
    const span = resolveOnDay(expression, dayFromParts(expression.year, expression.month ?? 1, 1)!, reference.direction)
    return span ? { span } : { undated: 'not a calendar date' }
  }
  const publication = reference.publication
  if (!publication) return { undated: 'no publication date to count from' }
  if (spanLength(publication) > maxPublicationDays) return { undated: 'the publication date is too vague to count from' }
  const spans: Span[] = []
  for (let day = publication.first; day <= publication.last; day++) {
    const span = resolveOnDay(expression, day, reference.direction)
    if (!span) return { undated: 'the phrase has no day in that direction' }
    spans.push(span)
  }
  return { span: coverAll(spans) }
}

// Rules whose expression, when it names its year, needs no publication date.
const yearRules: ReadonlySet<string> = new Set(['date-day-month-year', 'date-month-year', 'date-year', 'date-month-part', 'date-day-range', 'date-season'])

/** Whether an expression counts from another event rather than from publication. */
export function isAnaphoric(expression: Expression): boolean {
  return expression.rule.startsWith('date-anaphoric')
}

function coverAll(spans: readonly Span[]): Span {
  const first = spans[0]!
  if (spans.every((span) => span.first === first.first && span.last === first.last)) return first
  return intervalSpan(Math.min(...spans.map((span) => span.first)), Math.max(...spans.map((span) => span.last)))
}

function resolveOnDay(expression: Expression, day: Day, direction: Direction): Span | null {
  const today = partsOfDay(day)
  switch (expression.rule) {
    case 'date-day-month-year': {
      const exact = dayFromParts(expression.year!, expression.month!, expression.day!)
      return exact === null ? null : daySpan(exact)
    }
    case 'date-month-year': return monthSpan(expression.year!, expression.month!)
    case 'date-year': return yearSpan(expression.year!)
    case 'date-day-month': return dayMonthNearest(expression.month!, expression.day!, day, direction)
    case 'date-day-range': return dayRangeSpan(expression, day, direction)
    case 'date-named-day': return dayMonthNearest(expression.month!, expression.day!, day, direction)
    case 'date-day-of-month': return dayOfMonth(expression.day!, day, direction)
    case 'date-weekday-range': {
      const first = direction === 'past' ? previousWeekday(day, expression.weekday!, true) : nextWeekday(day, expression.weekday!)
      return intervalSpan(first, first + expression.endDay!)
    }
    case 'date-season': return seasonSpan(expression, day, direction)
    case 'date-month': return monthSpan(monthYear(expression, today, direction), expression.month!)
    case 'date-month-part': return monthPart(expression.year ?? monthYear(expression, today, direction), expression.month!, expression.part!)
    case 'date-month-earlier-later': return earlierOrLaterInMonth(expression, day, direction)
    case 'date-relative-year': return relativeYear(today.year + expression.offset!, expression.part!, day)
    case 'date-weekday': return daySpan(direction === 'past' ? previousWeekday(day, expression.weekday!, true) : nextWeekday(day, expression.weekday!))
    case 'date-last-weekday': return daySpan(previousWeekday(day, expression.weekday!, false))
    case 'date-relative-day': return daySpan(day + expression.offset!)
    case 'date-relative-week': return weekPart(mondayOf(day) + 7 * expression.offset!, expression.part!, day)
    case 'date-weekend': return weekend(day, expression.offset, direction)
    case 'date-relative-month': return relativeMonth(today.year, today.month + expression.offset!, expression.part!, day)
    case 'date-ago': return expression.part === 'whole' ? weekPart(mondayOf(day + expression.offset!), 'whole', day) : daySpan(day + expression.offset!)
    default: return null
  }
}

/**
 * "last weekend": the Saturday and Sunday before this week; "this weekend", and "next weekend"
 * told on a weekday, the one that ends this week; "over the weekend" the one just past in a
 * past sentence (this one when told on it), the one to come in a future one.
 */
function weekend(day: Day, offset: number | undefined, direction: Direction): Span {
  const monday = mondayOf(day)
  const isWeekend = day >= monday + 5
  const thisWeekend = intervalSpan(monday + 5, monday + 6)
  const lastWeekend = intervalSpan(monday - 2, monday - 1)
  if (offset === -1) return lastWeekend
  if (offset === 0) return thisWeekend
  if (offset === 1) return isWeekend ? intervalSpan(monday + 12, monday + 13) : thisWeekend
  return direction !== 'past' || isWeekend ? thisWeekend : lastWeekend
}

function resolveAnaphoric(expression: Expression, anchor: Day): Span | null {
  if (expression.rule === 'date-anaphoric-week') return weekPart(mondayOf(anchor) + 7 * (expression.offset ?? 0), expression.part ?? 'whole', anchor)
  if (expression.rule === 'date-anaphoric-weekday') {
    const offset = expression.offset ?? 0
    // "that Sunday": the Sunday of the week the story is in; "the previous/following Friday": the nearest one before/after.
    return daySpan(offset < 0 ? previousWeekday(anchor, expression.weekday!, false) : offset > 0 ? nextWeekday(anchor, expression.weekday!) : mondayOf(anchor) + expression.weekday!)
  }
  if (expression.rule === 'date-anaphoric-weekend') {
    const offset = expression.offset ?? 0
    if (offset < 0) {
      const sunday = previousWeekday(anchor, 6, false)
      return intervalSpan(sunday - 1, sunday)
    }
    const saturday = offset > 0 ? nextWeekday(anchor, 5) : mondayOf(anchor) + 5
    return intervalSpan(saturday, saturday + 1)
  }
  return daySpan(anchor + (expression.offset ?? 0))
}

// A day and month without a year: the nearest such day before publication for
// a past sentence (a week of slack covers future events told without "will"),
// the nearest on or after it for a future one.
function dayMonthNearest(month: number, dayOfMonth: number, day: Day, direction: Direction): Span | null {
  const { year } = partsOfDay(day)
  const candidates = [year - 1, year, year + 1].map((candidate) => dayFromParts(candidate, month, dayOfMonth)).filter((candidate): candidate is Day => candidate !== null)
  const chosen = direction === 'past'
    ? candidates.filter((candidate) => candidate <= day + 7).at(-1)
    : direction === 'future'
      ? candidates.find((candidate) => candidate >= day)
      : nearestTo(day, candidates)
  return chosen === undefined ? null : daySpan(chosen)
}

// "on the 3rd": that day of this month, or of the last (or next) when this month's is the wrong way.
function dayOfMonth(dayOfMonthNumber: number, day: Day, direction: Direction): Span | null {
  const { year, month } = partsOfDay(day)
  const candidates = [-1, 0, 1].map((offset) => {
    const target = month + offset
    const targetYear = year + Math.floor((target - 1) / 12)
    const targetMonth = ((((target - 1) % 12) + 12) % 12) + 1
    return dayFromParts(targetYear, targetMonth, dayOfMonthNumber)
  }).filter((candidate): candidate is Day => candidate !== null)
  const chosen = direction === 'past' ? candidates.filter((candidate) => candidate <= day).at(-1) : direction === 'future' ? candidates.find((candidate) => candidate >= day) : nearestTo(day, candidates)
  return chosen === undefined ? null : daySpan(chosen)
}

// The candidate nearest to `day`; of two as near, the earlier (news looks back more often than ahead).
function nearestTo(day: Day, candidates: readonly Day[]): Day | undefined {
  return candidates.reduce<Day | undefined>((best, candidate) => best === undefined || Math.abs(candidate - day) < Math.abs(best - day) ? candidate : best, undefined)
}

// "in April": last April in a past sentence, the coming April in a future one; "last/next/this April" say so.
function monthYear(expression: Expression, today: { readonly year: number, readonly month: number }, direction: Direction): number {
  const lead = expression.phrase.split(' ')[0]!.toLowerCase()
  const month = expression.month!
  if (lead === 'this') return today.year
  if (lead !== 'last' && lead !== 'next' && direction === 'nearest') {
    // The year whose month lies nearest: up to five months ahead count forward, half a year or more back.
    const ahead = (month - today.month + 12) % 12
    return ahead === 0 ? today.year : ahead < 6 ? (month > today.month ? today.year : today.year + 1) : (month < today.month ? today.year : today.year - 1)
  }
  const lookBack = lead === 'last' || (lead !== 'next' && direction === 'past')
  if (lookBack) return month <= today.month ? today.year : today.year - 1
  return month >= today.month ? today.year : today.year + 1
}

// "on 17 and 18 December": the first day placed as "17 December" would be, the span running to the last.
function dayRangeSpan(expression: Expression, day: Day, direction: Direction): Span | null {
  const first = expression.year === undefined
    ? dayMonthNearest(expression.month!, expression.day!, day, direction)?.first
    : dayFromParts(expression.year, expression.month!, expression.day!)
  if (first === undefined || first === null) return null
  const last = dayFromParts(partsOfDay(first).year, expression.month!, expression.endDay!)
  return last === null ? null : intervalSpan(first, last)
}

const seasonMonths = { spring: 3, summer: 6, autumn: 9, winter: 12 } as const

/** The season that starts in `year` (a winter runs into the next year). */
function seasonIn(season: NonNullable<Expression['season']>, year: number): Span {
  const start = dayFromParts(year, seasonMonths[season], 1)!
  const endMonth = seasonMonths[season] + 2
  const end = endMonth > 12 ? dayFromParts(year + 1, endMonth - 12, daysInMonth(year + 1, endMonth - 12))! : dayFromParts(year, endMonth, daysInMonth(year, endMonth))!
  return intervalSpan(start, end)
}

/**
 * "last autumn": the last one over before `day`; "this spring": the one `day` is in, else the one of its
 * year still to come; "next summer": the first to start after that; "in the spring" the last begun in a
 * past sentence, the next not yet over in a future one; "winter 2025" the one that starts in December 2025.
 */
function seasonSpan(expression: Expression, day: Day, direction: Direction): Span {
  const season = expression.season!
  if (expression.year !== undefined) return seasonIn(season, expression.year)
  const { year } = partsOfDay(day)
  const candidates = [year - 2, year - 1, year, year + 1].map((start) => seasonIn(season, start))
  const current = candidates.find((span) => span.first <= day && day <= span.last)
  switch (expression.offset) {
    case -1: return candidates.filter((span) => span.last < day).at(-1)!
    case 1: return candidates.find((span) => span.first > (current?.last ?? day))!
    case 0: return current ?? candidates.find((span) => span.first > day)!
    default: return direction === 'past' ? candidates.filter((span) => span.first <= day).at(-1)! : candidates.find((span) => span.last >= day)!
  }
}

function monthPart(year: number, month: number, part: NonNullable<Expression['part']>): Span {
  const last = daysInMonth(year, month)
  const [from, to] = part === 'early' ? [1, 10] : part === 'mid' ? [11, 20] : part === 'late' ? [21, last] : [1, last]
  return intervalSpan(dayFromParts(year, month, from)!, dayFromParts(year, month, to)!)
}

function earlierOrLaterInMonth(expression: Expression, day: Day, direction: Direction): Span | null {
  const today = partsOfDay(day)
  if (expression.month !== today.month) return monthSpan(monthYear(expression, today, direction), expression.month!)
  return expression.part === 'earlier'
    ? (today.dayOfMonth > 1 ? intervalSpan(dayFromParts(today.year, today.month, 1)!, day - 1) : null)
    : (today.dayOfMonth < daysInMonth(today.year, today.month) ? intervalSpan(day + 1, dayFromParts(today.year, today.month, daysInMonth(today.year, today.month))!) : null)
}

function relativeYear(year: number, part: NonNullable<Expression['part']>, day: Day): Span | null {
  const start = dayFromParts(year, 1, 1)!
  const end = dayFromParts(year, 12, 31)!
  switch (part) {
    case 'early': return intervalSpan(start, dayFromParts(year, 4, 30)!)
    case 'late': return intervalSpan(dayFromParts(year, 9, 1)!, end)
    case 'earlier': return day > start ? intervalSpan(start, day - 1) : null
    case 'later': return day < end ? intervalSpan(day + 1, end) : null
    default: return yearSpan(year)
  }
}

function relativeMonth(year: number, month: number, part: NonNullable<Expression['part']>, day: Day): Span | null {
  const normalisedYear = year + Math.floor((month - 1) / 12)
  const normalisedMonth = ((((month - 1) % 12) + 12) % 12) + 1
  if (part === 'whole') return monthSpan(normalisedYear, normalisedMonth)
  const whole = monthSpan(normalisedYear, normalisedMonth)
  if (part === 'earlier') return day > whole.first ? intervalSpan(whole.first, Math.min(day - 1, whole.last)) : null
  if (part === 'early' || part === 'late' || part === 'mid') return monthPart(normalisedYear, normalisedMonth, part)
  return day < whole.last ? intervalSpan(Math.max(day + 1, whole.first), whole.last) : null
}

function weekPart(monday: Day, part: NonNullable<Expression['part']>, day: Day): Span | null {
  const sunday = monday + 6
  if (part === 'earlier') return day > monday ? intervalSpan(monday, Math.min(day - 1, sunday)) : null
  if (part === 'later') return day < sunday ? intervalSpan(Math.max(day + 1, monday), sunday) : null
  return intervalSpan(monday, sunday)
}

function previousWeekday(day: Day, weekday: number, includeToday: boolean): Day {
  const back = (weekdayOf(day) - weekday + 7) % 7
  return day - (back === 0 && !includeToday ? 7 : back)
}

function nextWeekday(day: Day, weekday: number): Day {
  const ahead = (weekday - weekdayOf(day) + 7) % 7
  return day + (ahead === 0 ? 7 : ahead)
}
