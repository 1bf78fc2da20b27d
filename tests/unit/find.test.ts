import { describe, expect, it } from 'vitest'
import { dayFromParts } from '../../src/calendar/day.js'
import { daySpan } from '../../src/calendar/span.js'
import type { Block } from '../../src/digest.js'
import { findMentions } from '../../src/analyze/timeline/find.js'

function article(paragraphs: readonly string[], published: [number, number, number]): Parameters<typeof findMentions>[0] {
  const blocks: Block[] = paragraphs.map((text, index) => ({ id: `a-${index + 1}`, type: 'paragraph', text, line: index * 2 + 1 }))
  return { id: 'a', publication: daySpan(dayFromParts(...published)!), blocks }
}

const dateOf = (found: ReturnType<typeof findMentions>, phrase: string): string | undefined => {
  const mention = found.dated.find((item) => item.phrase === phrase)
  return mention ? new Date(mention.span.first * 86_400_000).toISOString().slice(0, 10) : undefined
}

describe('findMentions: what an anaphoric date counts from', () => {
  it('counts "the following day" from the day the story last named, not from a lede that shares a word', () => {
    const found = findMentions(article([
      'Police divers searched the lake last Thursday.',
      'The teenagers were stranded on 14 October and rescued after five hours.',
      'The following day, the quarry owner closed the track to the lake.'
    ], [2025, 10, 27]))
    expect(dateOf(found, 'The following day')).toBe('2025-10-15')
  })

  it('counts from an earlier event that the sentence names, even paragraphs away', () => {
    const found = findMentions(article([
      'Witkoff spoke to Ushakov in a phone call on 14 October.',
      'Trump announced on Tuesday that he would send Witkoff to Moscow.',
      'The Witkoff-Ushakov call took place on the same day Trump criticised Putin.'
    ], [2025, 11, 26]))
    expect(dateOf(found, 'on the same day')).toBe('2025-10-14')
  })

  it('counts "two days later" from the day named in the paragraph before, with no word in common', () => {
    const found = findMentions(article([
      'Councillors served a safety notice on the company on 3 November.',
      'Two days later, Caldmoor lodged an appeal.'
    ], [2025, 11, 21]))
    expect(dateOf(found, 'Two days later')).toBe('2025-11-05')
  })

  it('leaves an anaphoric date undated when no day was named before it', () => {
    const found = findMentions(article(['The following day, the road reopened.'], [2025, 11, 21]))
    expect(found.undated.map((item) => item.phrase)).toEqual(['The following day'])
  })
})
