import { describe, expect, it } from 'vitest'
import { formatSpan } from '../../src/calendar/span.js'
import { parsePublicationDate } from '../../src/load/publication-date.js'

function parsed(value: unknown): string | null {
  const span = parsePublicationDate(value)
  return span === null ? null : formatSpan(span)
}

describe('parsePublicationDate', () => {
  it('reads a YAML date (midnight UTC) as the day written', () => {
    expect(parsed(new Date(Date.UTC(2025, 10, 26)))).toBe('2025-11-26')
  })

  it('reads a Date by its UTC day', () => {
    expect(parsed(new Date('2025-11-26T23:59:59Z'))).toBe('2025-11-26')
    expect(parsed(new Date('2025-01-01T00:00:00Z'))).toBe('2025-01-01')
  })

  it('returns null for an invalid Date', () => {
    expect(parsePublicationDate(new Date('not a date'))).toBeNull()
  })

  it('reads an ISO day', () => {
    const span = parsePublicationDate('2025-11-26')
    expect(span?.precision).toBe('day')
    expect(span && formatSpan(span)).toBe('2025-11-26')
  })

  it('reads an ISO date-time as its day, ignoring the time and zone', () => {
    expect(parsed('2025-11-26T09:30:00Z')).toBe('2025-11-26')
    expect(parsed('2025-11-26 23:45')).toBe('2025-11-26')
    expect(parsed('2025-11-26T23:30:00-05:00')).toBe('2025-11-26')
  })

  it('reads an interval of days', () => {
    const span = parsePublicationDate('2025-11-25/2025-11-26')
    expect(span?.precision).toBe('interval')
    expect(span && formatSpan(span)).toBe('2025-11-25/2025-11-26')
  })

  it('reads a year and month as a month', () => {
    expect(parsed('2025-11')).toBe('2025-11')
  })

  it('trims surrounding whitespace', () => {
    expect(parsed('  2025-11-26 \n')).toBe('2025-11-26')
  })

  it('reads "26 November 2025"', () => {
    expect(parsed('26 November 2025')).toBe('2025-11-26')
  })

  it('reads "November 26, 2025"', () => {
    expect(parsed('November 26, 2025')).toBe('2025-11-26')
  })

  it('reads abbreviated months, ordinals and a leading weekday', () => {
    expect(parsed('Nov. 26, 2025')).toBe('2025-11-26')
    expect(parsed('26th Nov 2025')).toBe('2025-11-26')
    expect(parsed('Wednesday, 26 November 2025')).toBe('2025-11-26')
    expect(parsed('1 march 2024')).toBe('2024-03-01')
  })

  it('returns null for a written date that is not on the calendar', () => {
    expect(parsePublicationDate('31 February 2025')).toBeNull()
    expect(parsePublicationDate('2025-02-30')).toBeNull()
  })

  it('returns null for junk and for values that are not strings or dates', () => {
    expect(parsePublicationDate('yesterday')).toBeNull()
    expect(parsePublicationDate('26 Movember 2025')).toBeNull()
    expect(parsePublicationDate('')).toBeNull()
    expect(parsePublicationDate(20251126)).toBeNull()
    expect(parsePublicationDate(null)).toBeNull()
    expect(parsePublicationDate(['2025-11-26'])).toBeNull()
  })
})
