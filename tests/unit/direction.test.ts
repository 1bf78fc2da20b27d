import { describe, expect, it } from 'vitest'
import { directionOf } from '../../src/analyze/timeline/direction.js'
import { findExpressions } from '../../src/analyze/timeline/expressions.js'

/** The direction of each date expression of a sentence, by phrase. */
function directions(sentence: string): Array<[string, string]> {
  return findExpressions(sentence).map((expression) => [expression.phrase, directionOf(sentence, expression.index)])
}

describe('directionOf', () => {
  it('reads "will meet on Friday" as future', () => {
    expect(directions('The two sides will meet on Friday.')).toEqual([['on Friday', 'future']])
  })

  it('reads "announced on Tuesday" as past', () => {
    expect(directions('The minister announced on Tuesday that the plan was dead.')).toEqual([['on Tuesday', 'past']])
  })

  it('reads "ahead of a possible meeting on Friday" as future', () => {
    expect(directions('Diplomats gathered in Geneva ahead of a possible meeting on Friday.')).toEqual([['on Friday', 'future']])
  })

  it('reads planned events as future', () => {
    expect(directions('The vote is scheduled to take place on Monday.')).toEqual([['on Monday', 'future']])
    expect(directions('The company plans to reopen the plant in April.')).toEqual([['in April', 'future']])
    expect(directions("Officials say they'll decide on Thursday.")).toEqual([['on Thursday', 'future']])
    expect(directions('The full report is due in March.')).toEqual([['in March', 'future']])
    expect(directions('The trust has until 27 February to submit its report.')).toEqual([['until 27 February', 'future']])
    expect(directions('The company expects to restart the lines in early January.')).toEqual([['in early January', 'future']])
  })

  it('reads "due to" as a cause, not a plan', () => {
    expect(directions('The match was called off due to rain in March.')).toEqual([['in March', 'past']])
  })

  it('reads a plain past-tense sentence as past', () => {
    expect(directions('Firefighters contained the blaze on Sunday.')).toEqual([['on Sunday', 'past']])
  })

  it('gives each expression the direction of its own clause', () => {
    expect(directions('The union rejected the offer on Tuesday, but talks will resume on Friday.')).toEqual([
      ['on Tuesday', 'past'],
      ['on Friday', 'future']
    ])
    expect(directions('Talks will resume on Friday; the union rejected the offer on Tuesday.')).toEqual([
      ['on Friday', 'future'],
      ['on Tuesday', 'past']
    ])
  })
})

describe('directionOf: the verb beside the date', () => {
  it('looks back when a past tense stands just before the date, whatever the main clause says', () => {
    const sentence = 'The independent investigation that the council ordered on 5 February will be led by a retired engineer.'
    expect(directionOf(sentence, sentence.indexOf('on 5 February'), 'date-day-month')).toBe('past')
  })

  it('looks forward for a weekday in a clause with no past tense: "the pumps go in on Monday"', () => {
    const sentence = '"The new pumps go in on Monday, and then we can start drying out the walls," said the site manager.'
    expect(directionOf(sentence, sentence.indexOf('on Monday'), 'date-weekday')).toBe('future')
  })

  it('looks back for a weekday beside a participle: "a review, published on Friday"', () => {
    const sentence = 'The notice follows an independent safety review, published on Friday, which found the walls unstable.'
    expect(directionOf(sentence, sentence.indexOf('on Friday'), 'date-weekday')).toBe('past')
  })
})
