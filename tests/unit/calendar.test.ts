import { describe, expect, it } from 'vitest'
import { dayFromParts, daysInMonth, formatDay, mondayOf, parseIsoDay, partsOfDay, weekdayOf } from '../../src/calendar/day.js'
import { daySpan, formatSpan, intervalSpan, monthSpan, parseSpan, spanContains, spanLength, spansOverlap, yearSpan } from '../../src/calendar/span.js'

function day(iso: string): number {
  const parsed = parseIsoDay(iso)
  if (parsed === null) throw new Error(`not a day: ${iso}`)
  return parsed
}

describe('day', () => {
  it('counts days from 1970-01-01', () => {
    expect(parseIsoDay('1970-01-01')).toBe(0)
    expect(parseIsoDay('1970-01-02')).toBe(1)
    expect(parseIsoDay('1969-12-31')).toBe(-1)
  })

  it('gives 2025-11-25 (a Tuesday) weekday 1, Monday being 0', () => {
    expect(weekdayOf(day('2025-11-25'))).toBe(1)
    expect(weekdayOf(day('2025-11-24'))).toBe(0)
    expect(weekdayOf(day('2025-11-30'))).toBe(6)
  })

  it('gives the right weekday before 1970', () => {
    // 1969-12-31 was a Wednesday; 1969-07-20 a Sunday.
    expect(weekdayOf(day('1969-12-31'))).toBe(2)
    expect(weekdayOf(day('1969-07-20'))).toBe(6)
  })

  it('finds the Monday of the week, weeks running Monday to Sunday', () => {
    expect(formatDay(mondayOf(day('2025-11-25')))).toBe('2025-11-24')
    expect(formatDay(mondayOf(day('2025-11-24')))).toBe('2025-11-24')
    expect(formatDay(mondayOf(day('2025-11-30')))).toBe('2025-11-24')
    expect(formatDay(mondayOf(day('2025-12-01')))).toBe('2025-12-01')
  })

  it('rejects days that are not on the calendar', () => {
    expect(parseIsoDay('2025-02-30')).toBeNull()
    expect(parseIsoDay('2025-02-29')).toBeNull()
    expect(parseIsoDay('2025-13-01')).toBeNull()
    expect(parseIsoDay('2025-00-10')).toBeNull()
    expect(parseIsoDay('2025-11-00')).toBeNull()
    expect(dayFromParts(2025, 4, 31)).toBeNull()
  })

  it('accepts 29 February in a leap year', () => {
    expect(parseIsoDay('2024-02-29')).not.toBeNull()
    expect(formatDay(day('2024-02-29'))).toBe('2024-02-29')
  })

  it('rejects text that is not an ISO day', () => {
    expect(parseIsoDay('2025-11-5')).toBeNull()
    expect(parseIsoDay('26/11/2025')).toBeNull()
    expect(parseIsoDay(' 2025-11-26')).toBeNull()
  })

  it('counts the days of a month', () => {
    expect(daysInMonth(2024, 2)).toBe(29)
    expect(daysInMonth(2025, 2)).toBe(28)
    expect(daysInMonth(2025, 11)).toBe(30)
    expect(daysInMonth(2025, 12)).toBe(31)
  })

  it('splits a day into its parts', () => {
    expect(partsOfDay(day('2025-11-26'))).toEqual({ year: 2025, month: 11, dayOfMonth: 26 })
  })

  it('keeps the years 0–99 as written, not as 1900–1999', () => {
    expect(formatDay(day('0025-11-26'))).toBe('0025-11-26')
    expect(formatDay(day('0001-01-01'))).toBe('0001-01-01')
    expect(daysInMonth(4, 2)).toBe(29)
    expect(daysInMonth(1900, 2)).toBe(28)
    expect(parseIsoDay('0099-05-05')! - parseIsoDay('1999-05-05')!).toBe(-(1900 * 365 + 460))
  })
})

describe('span', () => {
  it.each(['2025-11-26', '2025-11', '2025', '2025-11-01/2025-11-20', '2025-12-30/2026-01-02'])('round-trips %s through parseSpan and formatSpan', (iso) => {
    const span = parseSpan(iso)
    expect(span).not.toBeNull()
    expect(formatSpan(span!)).toBe(iso)
  })

  it('parses each precision to the days it covers', () => {
    expect(parseSpan('2025-11-26')).toEqual({ first: day('2025-11-26'), last: day('2025-11-26'), precision: 'day' })
    expect(parseSpan('2025-02')).toEqual({ first: day('2025-02-01'), last: day('2025-02-28'), precision: 'month' })
    expect(parseSpan('2024')).toEqual({ first: day('2024-01-01'), last: day('2024-12-31'), precision: 'year' })
    expect(parseSpan('2025-11-01/2025-11-20')).toEqual({ first: day('2025-11-01'), last: day('2025-11-20'), precision: 'interval' })
  })

  it('rejects invalid dates and malformed text', () => {
    expect(parseSpan('2025-02-30')).toBeNull()
    expect(parseSpan('2025-13')).toBeNull()
    expect(parseSpan('2025-00')).toBeNull()
    expect(parseSpan('2025-11-01/2025-02-30')).toBeNull()
    expect(parseSpan('2025-11-01/')).toBeNull()
    expect(parseSpan('November 2025')).toBeNull()
    expect(parseSpan('')).toBeNull()
  })

  it('reads a one-day interval as a day', () => {
    expect(formatSpan(parseSpan('2025-11-26/2025-11-26')!)).toBe('2025-11-26')
  })

  it('orders the ends of an interval given backwards', () => {
    expect(formatSpan(parseSpan('2025-11-20/2025-11-01')!)).toBe('2025-11-01/2025-11-20')
    expect(formatSpan(intervalSpan(day('2025-11-03'), day('2025-11-01')))).toBe('2025-11-01/2025-11-03')
  })

  it('builds month and year spans', () => {
    expect(formatSpan(monthSpan(2025, 2))).toBe('2025-02')
    expect(spanLength(monthSpan(2024, 2))).toBe(29)
    expect(formatSpan(yearSpan(2025))).toBe('2025')
    expect(spanLength(yearSpan(2024))).toBe(366)
  })

  it('tells containment and overlap of spans', () => {
    const november = monthSpan(2025, 11)
    expect(spanContains(november, daySpan(day('2025-11-26')))).toBe(true)
    expect(spanContains(november, intervalSpan(day('2025-11-30'), day('2025-12-01')))).toBe(false)
    expect(spansOverlap(november, intervalSpan(day('2025-11-30'), day('2025-12-01')))).toBe(true)
    expect(spansOverlap(november, daySpan(day('2025-12-01')))).toBe(false)
  })
})
