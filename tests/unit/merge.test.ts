import { describe, expect, it } from 'vitest'
import { dayFromParts } from '../../src/calendar/day.js'
import { type Span, daySpan, intervalSpan, monthSpan } from '../../src/calendar/span.js'
import type { DatedMention } from '../../src/analyze/timeline/find.js'
import { mergeMentions } from '../../src/analyze/timeline/merge.js'
import { contentWords, eventProfile, inverseFrequencies, profileSimilarity } from '../../src/analyze/timeline/words.js'

const day = (month: number, dayOfMonth: number): number => dayFromParts(2026, month, dayOfMonth)!
let order = 0

function mention(article: string, text: string, phrase: string, span: Span): DatedMention {
  return { article, block: `${article}-1`, text, phrase, span, rule: 'test', words: contentWords(text), order: order++ }
}

const order3 = new Map([['a', 0], ['b', 1], ['c', 2]])

describe('mergeMentions', () => {
  it('joins the same event told in other words by three sources, and dates it by the most precise date all allow', () => {
    const entries = mergeMentions([
      mention('a', 'The mayor opened the new Riverside library on 12 March.', 'on 12 March', daySpan(day(3, 12))),
      mention('b', 'Riverside’s new library was opened by the mayor earlier this month.', 'earlier this month', intervalSpan(day(3, 1), day(3, 19))),
      mention('c', 'The library in Riverside opened its doors in March after two years of building work.', 'in March', monthSpan(2026, 3))
    ], order3)
    expect(entries).toHaveLength(1)
    expect(entries[0]!.date).toBe('2026-03-12')
    expect(entries[0]!.sources).toEqual(['a', 'b', 'c'])
    expect(entries[0]!.mentions.map((item) => item.date)).toEqual(['2026-03-12', '2026-03-01/2026-03-19', '2026-03'])
  })

  it('still joins one event told by three sources when a vague forecast, told in a thousand sources, overlaps every date', () => {
    const bodies = ['regulator', 'agency', 'ministry', 'council', 'inspectorate']
    const forecasts = Array.from({ length: 1000 }, (_, index) => mention(`f${index}`,
      `The ${bodies[index % bodies.length]} has said it will publish the full review number ${index} before the end of the year.`,
      'before the end of the year', intervalSpan(day(3, 1 + (index % 20)), day(12, 31))))
    const event = [
      mention('a', 'The mayor opened the new Riverside library on 12 March.', 'on 12 March', daySpan(day(3, 12))),
      mention('b', 'Riverside’s new library was opened by the mayor on 12 March.', 'on 12 March', daySpan(day(3, 12))),
      mention('c', 'The library in Riverside, opened by the mayor, welcomed 900 readers on its first day, 12 March.', '12 March', daySpan(day(3, 12)))
    ]
    const entries = mergeMentions([...forecasts, ...event], new Map([['a', 0], ['b', 1], ['c', 2]]))
    const library = entries.filter((entry) => entry.mentions.some((item) => item.text.includes('library')))
    expect(library).toHaveLength(1)
    expect(library[0]!.sources).toEqual(['a', 'b', 'c'])
  })

  it('keeps two events of the same day apart when their words differ', () => {
    const entries = mergeMentions([
      mention('a', 'Councillors approved the harbour budget on Friday by 31 votes to 9.', 'on Friday', daySpan(day(3, 13))),
      mention('b', 'On Friday, fishermen blockaded the north quay with twelve trawlers.', 'On Friday', daySpan(day(3, 13)))
    ], order3)
    expect(entries.map((entry) => entry.sources)).toEqual([['a'], ['b']])
  })

  it('never lets a vague date join two days that exclude each other into one event', () => {
    const entries = mergeMentions([
      mention('a', 'The mayor opened the new Riverside library in a ceremony in March.', 'in March', monthSpan(2026, 3)),
      mention('b', 'The new Riverside library was opened in a ceremony on 20 March.', 'on 20 March', daySpan(day(3, 20))),
      mention('c', 'The new Riverside library was opened by the mayor on 5 March.', 'on 5 March', daySpan(day(3, 5)))
    ], order3)
    for (const entry of entries) {
      const days = new Set(entry.mentions.map((item) => item.date).filter((date) => /^\d{4}-\d{2}-\d{2}$/.test(date)))
      expect(days.size, `${entry.date}: ${[...days].join(', ')}`).toBeLessThanOrEqual(1)
    }
    expect(entries.flatMap((entry) => entry.sources).sort()).toEqual(['a', 'b', 'c'])
  })

  it('never joins mentions whose dates exclude each other, however alike the words', () => {
    const entries = mergeMentions([
      mention('a', 'The mayor opened the new Riverside library on 12 March.', 'on 12 March', daySpan(day(3, 12))),
      mention('b', 'The mayor opened the new Riverside library on 14 March.', 'on 14 March', daySpan(day(3, 14)))
    ], order3)
    expect(entries.map((entry) => entry.date)).toEqual(['2026-03-12', '2026-03-14'])
  })

  it('keeps the two dates of one sentence as two events', () => {
    const text = 'The mayor announced on Tuesday that the library would open on Friday.'
    const entries = mergeMentions([
      mention('a', text, 'on Tuesday', daySpan(day(3, 10))),
      mention('a', text, 'on Friday', daySpan(day(3, 10)))
    ], order3)
    expect(entries).toHaveLength(2)
  })

  it('asks more of a vague date joining a precise one than of two precise dates', () => {
    // Same words around both phrases, but a survey "earlier this month" is not the rally on the 13th.
    const entries = mergeMentions([
      mention('a', 'Traders rallied outside City Hall on Friday against the closure.', 'on Friday', daySpan(day(3, 13))),
      mention('b', 'Earlier this month, traders published a survey of footfall on the quay.', 'Earlier this month', intervalSpan(day(3, 1), day(3, 26)))
    ], order3)
    expect(entries).toHaveLength(2)
  })
})

describe('eventProfile', () => {
  it('weighs the words beside the date phrase more than the words far from it', () => {
    const profile = eventProfile('The council, which has argued about the bridge for years, voted on Friday to close it.', 'on Friday')
    expect(profile.get('vot')).toBeGreaterThan(profile.get('argu')!)
    expect(profile.has('friday')).toBe(false)
  })

  it('keeps compounds with a number whole: "28-point" tells more than "point"', () => {
    expect(contentWords('a 28-point plan and a £210m deal')).toEqual(expect.arrayContaining(['28-point', '210m', 'point', 'plan']))
  })

  it('scores alike sentences higher than unlike ones', () => {
    const weights = inverseFrequencies([])
    const a = eventProfile('Divers found cracks in the fourth pier on 2 February.', 'on 2 February')
    const b = eventProfile('On 2 February divers spotted cracks in its fourth pier.', 'On 2 February')
    const c = eventProfile('The city launched a free shuttle on 2 February.', 'on 2 February')
    expect(profileSimilarity(a, b, weights)).toBeGreaterThan(profileSimilarity(a, c, weights))
  })
})
