import fs from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { expressionPatterns, findExpressions, type Expression } from '../../src/analyze/timeline/expressions.js'

function only(sentence: string): Expression {
  const found = findExpressions(sentence)
  expect(found).toHaveLength(1)
  return found[0]!
}

describe('findExpressions', () => {
  it.each<[string, Expression]>([
    ['The council met on 14 October to vote.', { rule: 'date-day-month', phrase: 'on 14 October', index: 16, day: 14, month: 10 }],
    ['The hearing is set for 2 February 2026.', { rule: 'date-day-month-year', phrase: '2 February 2026', index: 23, day: 2, month: 2, year: 2026 }],
    ['The hearing was moved to February 2, 2026.', { rule: 'date-day-month-year', phrase: 'February 2, 2026', index: 25, day: 2, month: 2, year: 2026 }],
    ['The council met on Oct. 14 to vote.', { rule: 'date-day-month', phrase: 'on Oct. 14', index: 16, day: 14, month: 10 }],
    ['The plant closed in April.', { rule: 'date-month', phrase: 'in April', index: 17, month: 4, part: 'whole' }],
    ['The plant closed in April 2024.', { rule: 'date-month-year', phrase: 'in April 2024', index: 17, month: 4, year: 2024 }],
    ['The company was founded in 2019.', { rule: 'date-year', phrase: 'in 2019', index: 24, year: 2019 }],
    ['Talks broke down earlier in November.', { rule: 'date-month-earlier-later', phrase: 'earlier in November', index: 17, month: 11, part: 'earlier' }],
    ['The strike began in early November.', { rule: 'date-month-part', phrase: 'in early November', index: 17, month: 11, part: 'early' }],
    ['Work resumes in mid-January 2026.', { rule: 'date-month-part', phrase: 'in mid-January 2026', index: 13, month: 1, part: 'mid', year: 2026 }],
    ['Police were called on Tuesday night.', { rule: 'date-weekday', phrase: 'on Tuesday night', index: 19, weekday: 1 }],
    ['The shop was robbed last Thursday.', { rule: 'date-last-weekday', phrase: 'last Thursday', index: 20, weekday: 3 }],
    ['Prices rose this month.', { rule: 'date-relative-month', phrase: 'this month', index: 12, offset: 0, part: 'whole' }],
    ['The minister will visit next week.', { rule: 'date-relative-week', phrase: 'next week', index: 24, offset: 1, part: 'whole' }],
    ['Talks collapsed earlier this week.', { rule: 'date-relative-week', phrase: 'earlier this week', index: 16, offset: 0, part: 'earlier' }],
    ['Sales fell last year.', { rule: 'date-relative-year', phrase: 'last year', index: 11, offset: -1, part: 'whole' }],
    ['The deal was signed later that week.', { rule: 'date-anaphoric-week', phrase: 'later that week', index: 20, offset: 0, part: 'later' }],
    ['They returned the same day.', { rule: 'date-anaphoric-day', phrase: 'the same day', index: 14, offset: 0 }],
    ['He was released the following day.', { rule: 'date-anaphoric-offset', phrase: 'the following day', index: 16, offset: 1 }],
    ['Two days later, the bridge reopened.', { rule: 'date-anaphoric-offset', phrase: 'Two days later', index: 0, offset: 2 }],
    ['She had left three days earlier.', { rule: 'date-anaphoric-offset', phrase: 'three days earlier', index: 13, offset: -3 }],
    ['The fire started yesterday.', { rule: 'date-relative-day', phrase: 'yesterday', index: 17, offset: -1 }],
    ['The report is due tomorrow.', { rule: 'date-relative-day', phrase: 'tomorrow', index: 18, offset: 1 }],
    ['The dam failed two weeks ago.', { rule: 'date-ago', phrase: 'two weeks ago', index: 15, offset: -14, part: 'whole' }],
    ['The dam failed 3 days ago.', { rule: 'date-ago', phrase: '3 days ago', index: 15, offset: -3 }]
  ])('reads %j', (sentence, expected) => {
    expect(only(sentence)).toEqual(expected)
  })

  it('returns no expressions for a sentence without a date', () => {
    expect(findExpressions('Nothing about the vote was certain.')).toEqual([])
  })

  it('does not read a four-digit number that is not a year phrase as a year', () => {
    expect(findExpressions('The fire destroyed 2019 hectares.')).toEqual([])
  })

  it('does not read "on the 3rd floor", "the 2th" or "36 hours later" as dates', () => {
    expect(findExpressions('The fire started on the 3rd floor.')).toEqual([])
    expect(findExpressions('It happened on the 2th.')).toEqual([])
    expect(findExpressions('Power came back 36 hours later.')).toEqual([])
  })

  it('passes over a weekday that is no particular day, and a founding told in passing', () => {
    expect(findExpressions('They struck on 7 December, a Sunday, at about 2am.').map((expression) => expression.phrase)).toEqual(['on 7 December'])
    expect(findExpressions('The market opens every Saturday.')).toEqual([])
    expect(findExpressions('The trust, which was formed in 1994 and employs 7,800 people, serves the valley.')).toEqual([])
    expect(findExpressions('Norvane Systems, founded in 1998 and based in Denholm, supplies the software.')).toEqual([])
    expect(findExpressions('Helen Marsh, who turns 58 on 2 February, has run the trust for six years.')).toEqual([])
    expect(findExpressions('The company was founded in 2019.').map((expression) => expression.phrase)).toEqual(['in 2019'])
  })

  it('passes over a birth date in a profile, which is no event of the story', () => {
    expect(findExpressions('Its manager, who was born in Alderford in 1969, said she was devastated.')).toEqual([])
    expect(findExpressions('Ms Farrant, born on 3 May 1969, took over in 2014.').map((expression) => expression.phrase)).toEqual(['in 2014'])
  })

  it('rejects a day of the month above 31', () => {
    expect(findExpressions('Results came on 32 October.')).toEqual([])
  })

  it('finds several expressions in order of position, without overlaps', () => {
    const found = findExpressions('She left on Tuesday and returned two days later, in early November.')
    expect(found.map((expression) => [expression.rule, expression.phrase, expression.index])).toEqual([
      ['date-weekday', 'on Tuesday', 9],
      ['date-anaphoric-offset', 'two days later', 33],
      ['date-month-part', 'in early November', 49]
    ])
  })

  it('reads "last Thursday" as one expression, not also as a bare weekday', () => {
    expect(findExpressions('It happened last Thursday.').map((expression) => expression.rule)).toEqual(['date-last-weekday'])
  })

  it('reads "earlier in November" as one expression, not also as "in November"', () => {
    expect(findExpressions('It happened earlier in November.').map((expression) => expression.phrase)).toEqual(['earlier in November'])
  })
})

describe('the cues of the date grammar', () => {
  // A sentence without a pattern's cue is not tried with it: that may only skip sentences the pattern cannot match.
  function expectCuesHeld(sentence: string): void {
    for (const { rule, pattern, cue } of expressionPatterns) {
      for (const match of sentence.matchAll(new RegExp(pattern.source, pattern.flags))) {
        expect(cue.test(match[0]), `${rule} matched ${JSON.stringify(match[0])} without its cue ${cue}`).toBe(true)
      }
    }
  }

  it('holds for every match in the seeds and the fixtures', () => {
    const roots = ['seeds', 'tests/fixtures/cleaning', 'tests/fixtures/timeline']
    const files = roots.flatMap((root) => (fs.readdirSync(root, { recursive: true }) as string[]).filter((name) => /\.(?:md|txt)$/.test(name)).map((name) => path.join(root, name)))
    const lines = files.flatMap((file) => fs.readFileSync(file, 'utf8').split('\n'))
    let matched = 0
    for (const line of lines) {
      expectCuesHeld(line)
      matched += findExpressions(line).length
    }
    // The check above means something only if the lines hold dates of every kind.
    expect(matched).toBeGreaterThan(300)
  })

  it('holds for sentences made of date words in any case', () => {
    const words = ['on', 'in', 'the', 'same', 'that', 'day', 'days', 'date', 'week', 'weeks', 'month', 'year', 'ago', 'later', 'earlier', 'last', 'this', 'next',
      'following', 'previous', 'before', 'after', 'early', 'mid', 'late', 'end of', 'two', 'a', '3', '14', '2025', '1999', 'Oct.', 'October', 'may', 'Sept',
      'Tuesday', 'tues', 'yesterday', 'today', 'tonight', 'tomorrow', 'morning', 'since', 'until', 'by', 'of', 'dated', ',', '-']
    const casing = fc.constantFrom((word: string) => word, (word: string) => word.toUpperCase(), (word: string) => word[0]!.toUpperCase() + word.slice(1))
    const sentence = fc.array(fc.tuple(fc.constantFrom(...words), casing).map(([word, cased]) => cased(word)), { minLength: 1, maxLength: 8 }).map((parts) => parts.join(' '))
    fc.assert(fc.property(sentence, (text) => expectCuesHeld(text)), { numRuns: 3000 })
  })
})
