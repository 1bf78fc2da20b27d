import { describe, expect, it } from 'vitest'
import { parseIsoDay } from '../../src/calendar/day.js'
import { formatSpan, parseSpan } from '../../src/calendar/span.js'
import { directionOf, type Direction } from '../../src/analyze/timeline/direction.js'
import { findExpressions } from '../../src/analyze/timeline/expressions.js'
import { isAnaphoric, resolveExpression } from '../../src/analyze/timeline/resolve.js'

interface Options {
  readonly publication?: string
  readonly anchor?: string
  readonly direction?: Direction
}

/** Resolve the one date expression of a sentence; the ISO date, or `undated: <reason>`. */
function resolve(sentence: string, options: Options): string {
  const found = findExpressions(sentence)
  expect(found).toHaveLength(1)
  const expression = found[0]!
  const publication = options.publication === undefined ? null : parseSpan(options.publication)
  const anchor = options.anchor === undefined ? null : parseIsoDay(options.anchor)
  const direction = options.direction ?? directionOf(sentence, expression.index)
  const result = resolveExpression(expression, { publication, anchor, direction })
  return 'span' in result ? formatSpan(result.span) : `undated: ${result.undated}`
}

describe('resolveExpression', () => {
  describe('spans of days, seasons, parts of a day, and weekdays counted from the story', () => {
    it('resolves "on 17 and 18 December" and "between 5 and 9 January" to the days they span', () => {
      expect(resolve('Officials will visit the hospital on 17 and 18 December.', { publication: '2025-12-11' })).toBe('2025-12-17/2025-12-18')
      expect(resolve('Between 5 and 9 January, clerks typed up the notes.', { publication: '2026-01-30' })).toBe('2026-01-05/2026-01-09')
      expect(resolve('The show runs March 3-5, 2026.', {})).toBe('2026-03-03/2026-03-05')
    })

    it('resolves seasons by months, northern-hemisphere style', () => {
      expect(resolve('Last autumn, an audit warned the trust.', { publication: '2026-01-30' })).toBe('2025-09-01/2025-11-30')
      expect(resolve('The work will finish this spring.', { publication: '2026-01-30' })).toBe('2026-03-01/2026-05-31')
      expect(resolve('The mine closed in the summer of 2019.', {})).toBe('2019-06-01/2019-08-31')
      expect(resolve('Prices rose last winter.', { publication: '2026-06-10' })).toBe('2025-12-01/2026-02-28')
    })

    it('resolves "this morning" and "earlier today" to the day of publication', () => {
      expect(resolve('This morning, the trust began issuing paper forms.', { publication: '2025-12-11' })).toBe('2025-12-11')
      expect(resolve('The minister spoke earlier today.', { publication: '2025-12-11' })).toBe('2025-12-11')
    })

    it('resolves parts of this month and year', () => {
      expect(resolve('The trust hoped to restore the system by the end of the month.', { publication: '2025-12-08' })).toBe('2025-12-09/2025-12-31')
      expect(resolve('The board approved the spending at the start of the year.', { publication: '2026-01-30' })).toBe('2026-01-01/2026-04-30')
    })

    it('counts "the previous Friday", "the weekend before" and "three weeks earlier" from the day the story last named', () => {
      // 2026-01-20 is a Tuesday, 2025-12-22 a Monday.
      expect(resolve('The previous Friday, a judge granted a warrant.', { publication: '2026-02-11', anchor: '2026-01-20' })).toBe('2026-01-16')
      expect(resolve('The following Monday, he appeared in court.', { publication: '2026-02-11', anchor: '2026-01-20' })).toBe('2026-01-26')
      expect(resolve('The weekend before, engineers brought the systems back.', { publication: '2026-01-30', anchor: '2025-12-22' })).toBe('2025-12-20/2025-12-21')
      expect(resolve('The intruders had logged in three weeks earlier.', { publication: '2026-01-13', anchor: '2025-12-07' })).toBe('2025-11-16')
      expect(resolve('The previous Friday, a judge granted a warrant.', { publication: '2026-02-11' })).toBe('undated: no day before it to count from')
    })
  })

  describe('the forms of a date that news styles use', () => {
    it('reads "Sept. 15", "the 3rd of March", "on the 3rd" and named days', () => {
      expect(resolve('The guild lodged a claim on Sept. 15.', { publication: '2026-01-08' })).toBe('2025-09-15')
      expect(resolve('The inquiry opened on the 3rd of March.', { publication: '2026-03-20' })).toBe('2026-03-03')
      expect(resolve('Talks broke down on the 3rd.', { publication: '2025-12-16' })).toBe('2025-12-03')
      expect(resolve('On Christmas Eve, the operator tabled a revised offer.', { publication: '2026-01-08' })).toBe('2025-12-24')
      expect(resolve("The executive rejected the offer on New Year's Day.", { publication: '2026-01-08' })).toBe('2026-01-01')
    })

    it('reads "from Monday to Wednesday", "late last month", "a fortnight ago" and "48 hours later"', () => {
      // 2026-01-08 is a Thursday.
      expect(resolve('Drivers staged a strike that ran from Monday to Wednesday.', { publication: '2026-01-08' })).toBe('2026-01-05/2026-01-07')
      expect(resolve('Late last month, the minister appointed a mediator.', { publication: '2026-01-08' })).toBe('2025-12-21/2025-12-31')
      expect(resolve('A fortnight ago, the minister summoned both sides.', { publication: '2026-01-21' })).toBe('2026-01-07')
      expect(resolve('The operator went to court 48 hours later.', { publication: '2025-12-16', anchor: '2025-12-03' })).toBe('2025-12-05')
      expect(resolve('The same evening, the guild announced a strike.', { publication: '2025-12-16', anchor: '2025-12-03' })).toBe('2025-12-03')
    })
  })

  describe('a clause with no tense', () => {
    it('places a day and month nearest to publication: "The ballot closes on 12 January", told on 16 December', () => {
      expect(resolve('The ballot closes on 12 January.', { publication: '2025-12-16' })).toBe('2026-01-12')
      expect(resolve('27 November - Drivers vote 88 per cent for strikes', { publication: '2026-01-21' })).toBe('2025-11-27')
      expect(resolve('The guild announced that drivers would strike for 24 hours on 19 December.', { publication: '2025-12-05' })).toBe('2025-12-19')
    })

    it('keeps a day and month in a past clause in the past, and a month in an unmarked one nearest', () => {
      expect(resolve('The company collapsed on 19 December.', { publication: '2025-12-05' })).toBe('2024-12-19')
      expect(resolve('The mandate runs until the end of April.', { publication: '2026-01-08' })).toBe('2026-04-21/2026-04-30')
    })
  })

  describe('weekends are a Saturday and a Sunday', () => {
    // 2025-11-17 is a Monday, 2025-11-22 a Saturday.
    it('resolves "over the weekend" told on a Monday to the two days before', () => {
      expect(resolve('Over the weekend, volunteers walked the banks.', { publication: '2025-11-17' })).toBe('2025-11-15/2025-11-16')
    })

    it('resolves "over the weekend" told on the Saturday to that weekend, and told of plans to the coming one', () => {
      expect(resolve('Volunteers walked the banks over the weekend.', { publication: '2025-11-22' })).toBe('2025-11-22/2025-11-23')
      expect(resolve('Volunteers will walk the banks at the weekend.', { publication: '2025-11-19' })).toBe('2025-11-22/2025-11-23')
    })

    it('resolves "last weekend", "this weekend" and "next weekend"', () => {
      expect(resolve('The march took place last weekend.', { publication: '2025-11-19' })).toBe('2025-11-15/2025-11-16')
      expect(resolve('The march takes place this weekend.', { publication: '2025-11-19' })).toBe('2025-11-22/2025-11-23')
      expect(resolve('The march will take place next weekend.', { publication: '2025-11-19' })).toBe('2025-11-22/2025-11-23')
      expect(resolve('The march will take place next weekend.', { publication: '2025-11-22' })).toBe('2025-11-29/2025-11-30')
    })
  })

  describe('weeks run Monday to Sunday', () => {
    it('resolves "this week" on Wednesday 2025-11-26 to Monday 24 to Sunday 30 November', () => {
      expect(resolve('Prices rose this week.', { publication: '2025-11-26' })).toBe('2025-11-24/2025-11-30')
    })

    it('resolves "last week" to the Monday–Sunday week before', () => {
      expect(resolve('Prices rose last week.', { publication: '2025-11-26' })).toBe('2025-11-17/2025-11-23')
    })

    it('resolves "next week" from 2025-11-26 to 2025-12-01/2025-12-07', () => {
      expect(resolve('The minister will visit next week.', { publication: '2025-11-26' })).toBe('2025-12-01/2025-12-07')
    })

    it('resolves "next week" on a Sunday to the week starting the next day', () => {
      expect(resolve('The minister will visit next week.', { publication: '2025-11-30' })).toBe('2025-12-01/2025-12-07')
    })

    it('resolves "earlier this week" to Monday up to the day before publication', () => {
      expect(resolve('Talks collapsed earlier this week.', { publication: '2025-11-26' })).toBe('2025-11-24/2025-11-25')
    })
  })

  describe('bare weekdays', () => {
    it('resolves a past weekday to the most recent such day before publication', () => {
      expect(resolve('The union walked out on Tuesday.', { publication: '2025-11-26', direction: 'past' })).toBe('2025-11-25')
      expect(resolve('The union walked out on Thursday.', { publication: '2025-11-26', direction: 'past' })).toBe('2025-11-20')
    })

    it('resolves a past weekday that is the publication weekday to the publication day itself', () => {
      expect(resolve('The union walked out on Wednesday.', { publication: '2025-11-26', direction: 'past' })).toBe('2025-11-26')
    })

    it('resolves a future weekday to the first such day strictly after publication', () => {
      expect(resolve('Talks will resume on Friday.', { publication: '2025-11-26' })).toBe('2025-11-28')
      expect(resolve('Talks will resume on Monday.', { publication: '2025-11-26' })).toBe('2025-12-01')
      expect(resolve('Talks will resume on Wednesday.', { publication: '2025-11-26' })).toBe('2025-12-03')
    })

    it('resolves "last Thursday" strictly before publication, even on a Thursday', () => {
      expect(resolve('The shop was robbed last Thursday.', { publication: '2025-11-27' })).toBe('2025-11-20')
      expect(resolve('The shop was robbed last Thursday.', { publication: '2025-11-26' })).toBe('2025-11-20')
      expect(resolve('The shop was robbed last Thursday.', { publication: '2025-11-28' })).toBe('2025-11-27')
    })
  })

  describe('months', () => {
    it('resolves "in April" in a past sentence of a November 2025 article to April 2025', () => {
      expect(resolve('The plant closed in April.', { publication: '2025-11-26', direction: 'past' })).toBe('2025-04')
    })

    it('resolves "in April" in a future sentence of a March 2026 article to April 2026', () => {
      expect(resolve('The plant will close in April.', { publication: '2026-03-10' })).toBe('2026-04')
    })

    it('resolves "in April" in a past sentence of a March 2026 article to April 2025', () => {
      expect(resolve('The plant closed in April.', { publication: '2026-03-10', direction: 'past' })).toBe('2025-04')
    })

    it('resolves "in November" in a past sentence of a November article to that month', () => {
      expect(resolve('The plant closed in November.', { publication: '2025-11-26', direction: 'past' })).toBe('2025-11')
    })

    it('resolves "earlier in November" with publication 2025-11-26 to 2025-11-01/2025-11-25', () => {
      expect(resolve('Talks broke down earlier in November.', { publication: '2025-11-26' })).toBe('2025-11-01/2025-11-25')
    })

    it('resolves "in early November" to the 1st to the 10th', () => {
      expect(resolve('The strike began in early November.', { publication: '2025-11-26' })).toBe('2025-11-01/2025-11-10')
    })

    it('resolves "in mid-November" to the 11th to the 20th', () => {
      expect(resolve('Talks resumed in mid-November.', { publication: '2025-11-26' })).toBe('2025-11-11/2025-11-20')
    })

    it('resolves "late February" of a leap year to the 21st to the 29th', () => {
      expect(resolve('The strike began in late February 2024.', {})).toBe('2024-02-21/2024-02-29')
    })

    it('resolves "last month" in January to December of the year before', () => {
      expect(resolve('Prices rose last month.', { publication: '2026-01-15' })).toBe('2025-12')
    })
  })

  describe('day and month without a year', () => {
    it('resolves a past "on 14 October" in a November article to that October', () => {
      expect(resolve('The council met on 14 October.', { publication: '2025-11-26' })).toBe('2025-10-14')
    })

    it('resolves a future "on 14 October" in a November article to next October', () => {
      expect(resolve('The council will meet on 14 October.', { publication: '2025-11-26' })).toBe('2026-10-14')
    })

    it('allows a week of slack after publication for a past sentence', () => {
      expect(resolve('The council meets on 30 November.', { publication: '2025-11-26', direction: 'past' })).toBe('2025-11-30')
    })
  })

  describe('dates with a year', () => {
    it('resolves a full date without a publication date', () => {
      expect(resolve('The hearing is set for 2 February 2026.', {})).toBe('2026-02-02')
    })

    it('resolves a year without a publication date', () => {
      expect(resolve('The company was founded in 2019.', {})).toBe('2019')
    })

    it('leaves a full date that is not on the calendar undated', () => {
      expect(resolve('The hearing is set for 30 February 2026.', {})).toMatch(/^undated: /)
    })
  })

  describe('relative days', () => {
    it('resolves "yesterday" to the day before publication', () => {
      expect(resolve('The fire started yesterday.', { publication: '2025-12-01' })).toBe('2025-11-30')
    })

    it('leaves a relative phrase undated without a publication date', () => {
      expect(resolve('The fire started yesterday.', {})).toBe('undated: no publication date to count from')
      expect(resolve('The union walked out on Tuesday.', { direction: 'past' })).toBe('undated: no publication date to count from')
    })

    it('leaves a relative phrase undated when the publication date is a whole month', () => {
      expect(resolve('The fire started yesterday.', { publication: '2025-11' })).toBe('undated: the publication date is too vague to count from')
    })
  })

  describe('anaphoric phrases', () => {
    it('resolves "later that week" after 2025-10-14 to 2025-10-15/2025-10-19', () => {
      expect(resolve('The deal was signed later that week.', { publication: '2025-11-26', anchor: '2025-10-14' })).toBe('2025-10-15/2025-10-19')
    })

    it('resolves "the following day" and "two days later" from the anchor', () => {
      expect(resolve('He was released the following day.', { anchor: '2025-10-31' })).toBe('2025-11-01')
      expect(resolve('Two days later, the bridge reopened.', { anchor: '2025-10-14' })).toBe('2025-10-16')
      expect(resolve('They returned the same day.', { anchor: '2025-10-14' })).toBe('2025-10-14')
    })

    it('leaves an anaphoric phrase undated without an anchor, even with a publication date', () => {
      expect(resolve('He was released the following day.', { publication: '2025-11-26' })).toBe('undated: no day before it to count from')
      expect(resolve('The deal was signed later that week.', { publication: '2025-11-26' })).toBe('undated: no day before it to count from')
    })

    it('leaves "later that week" undated when the anchor is the Sunday', () => {
      expect(resolve('The deal was signed later that week.', { anchor: '2025-10-19' })).toMatch(/^undated: /)
    })

    it('tells anaphoric expressions from others', () => {
      expect(findExpressions('He left the following day.').map(isAnaphoric)).toEqual([true])
      expect(findExpressions('He left yesterday.').map(isAnaphoric)).toEqual([false])
    })
  })

  describe('a publication date known as an interval', () => {
    it('resolves "on Tuesday" (past) with publication 2025-11-25/2025-11-26 to exactly 2025-11-25', () => {
      expect(resolve('The union walked out on Tuesday.', { publication: '2025-11-25/2025-11-26', direction: 'past' })).toBe('2025-11-25')
    })

    it('resolves "yesterday" with publication 2025-11-25/2025-11-26 to the interval 2025-11-24/2025-11-25', () => {
      expect(resolve('The fire started yesterday.', { publication: '2025-11-25/2025-11-26' })).toBe('2025-11-24/2025-11-25')
    })

    it('leaves a relative phrase undated when the interval is longer than a week', () => {
      expect(resolve('The fire started yesterday.', { publication: '2025-11-01/2025-11-20' })).toBe('undated: the publication date is too vague to count from')
    })
  })
})
