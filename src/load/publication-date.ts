import { dayFromParts, monthNames } from '../calendar/day.js'
import { type Span, daySpan, parseSpan } from '../calendar/span.js'

/**
 * Read a publication date as people write it in front matter:
 * a YAML date, `2025-11-26`, `2025-11-26T09:30:00Z`, an interval
 * `2025-11-25/2025-11-26` (published on one of those days), `2025-11`,
 * `26 November 2025`, `November 26, 2025`. `null` when it is none of these.
 */
export function parsePublicationDate(value: unknown): Span | null {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return null
    // YAML reads `2025-11-26` as midnight UTC: the UTC parts are the day written.
    const day = dayFromParts(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate())
    return day === null ? null : daySpan(day)
  }
  if (typeof value !== 'string') return null
  const text = value.trim()
  const isoDateTime = /^(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}/.exec(text)
  // A time of day is dropped: the digest works in days, in the time zone of the writer.
  return parseSpan(isoDateTime ? isoDateTime[1]! : text) ?? parseWrittenDate(text)
}

const monthPattern = monthNames.map((name) => `${name.slice(0, 3)}(?:${name.slice(3)})?\\.?`).join('|')
const dayMonthYear = new RegExp(`^(?:[a-z]+,?\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(${monthPattern})\\s+(\\d{4})$`, 'i')
const monthDayYear = new RegExp(`^(?:[a-z]+,?\\s+)?(${monthPattern})\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})$`, 'i')

function parseWrittenDate(text: string): Span | null {
  let match = dayMonthYear.exec(text)
  if (match) return spanOf(match[3]!, match[2]!, match[1]!)
  match = monthDayYear.exec(text)
  if (match) return spanOf(match[3]!, match[1]!, match[2]!)
  return null
}

function spanOf(year: string, monthName: string, dayOfMonth: string): Span | null {
  const month = monthNames.findIndex((name) => name.startsWith(monthName.slice(0, 3).toLowerCase())) + 1
  const day = dayFromParts(Number(year), month, Number(dayOfMonth))
  return day === null ? null : daySpan(day)
}
