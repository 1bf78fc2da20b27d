import { describe, expect, it } from 'vitest'
import { dateLabel, longDateLabel } from '../../src/render/dates.js'

describe('dateLabel', () => {
  it('labels a day with its weekday: "2025-11-25" → "Tue 25 Nov 2025"', () => {
    expect(dateLabel('2025-11-25')).toBe('Tue 25 Nov 2025')
    expect(dateLabel('2025-11-30')).toBe('Sun 30 Nov 2025')
    expect(dateLabel('2025-12-01')).toBe('Mon 1 Dec 2025')
  })

  it('labels a month with its full name', () => {
    expect(dateLabel('2025-11')).toBe('November 2025')
  })

  it('labels a year as the year', () => {
    expect(dateLabel('2025')).toBe('2025')
  })

  it('labels an interval within a month with one month and year', () => {
    expect(dateLabel('2025-11-01/2025-11-25')).toBe('1–25 Nov 2025')
  })

  it('labels an interval across months of one year with both months and one year', () => {
    expect(dateLabel('2025-10-30/2025-11-02')).toBe('30 Oct – 2 Nov 2025')
  })

  it('labels an interval across years with both years', () => {
    expect(dateLabel('2025-12-30/2026-01-02')).toBe('30 Dec 2025 – 2 Jan 2026')
  })

  it('returns text that is not an ISO date as it is', () => {
    expect(dateLabel('sometime')).toBe('sometime')
    expect(dateLabel('2025-02-30')).toBe('2025-02-30')
  })
})

describe('longDateLabel', () => {
  it('labels a day without weekday and with the full month name', () => {
    expect(longDateLabel('2025-11-26')).toBe('26 November 2025')
  })

  it('labels a month and a year', () => {
    expect(longDateLabel('2025-11')).toBe('November 2025')
    expect(longDateLabel('2025')).toBe('2025')
  })

  it('labels an interval within a month', () => {
    expect(longDateLabel('2025-11-25/2025-11-26')).toBe('25–26 November 2025')
  })

  it('labels an interval across months of one year', () => {
    expect(longDateLabel('2025-10-30/2025-11-02')).toBe('30 October – 2 November 2025')
  })

  it('labels an interval across years', () => {
    expect(longDateLabel('2025-12-30/2026-01-02')).toBe('30 December 2025 – 2 January 2026')
  })

  it('returns text that is not an ISO date as it is', () => {
    expect(longDateLabel('n/a')).toBe('n/a')
  })
})
