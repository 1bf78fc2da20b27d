import { describe, expect, it } from 'vitest'
import { collapseWhitespace, isHardWrapped, splitChunks, splitPlainText } from '../../src/load/paragraphs.js'

describe('splitPlainText', () => {
  it('splits one paragraph per line into one block per line, numbering lines from firstLine', () => {
    const body = 'The storm arrived on Tuesday.\nRivers burst their banks overnight.\nThe mayor declared an emergency.'
    expect(splitPlainText(body, 5)).toEqual([
      { text: 'The storm arrived on Tuesday.', line: 5, lineCount: 1, kind: 'paragraph' },
      { text: 'Rivers burst their banks overnight.', line: 6, lineCount: 1, kind: 'paragraph' },
      { text: 'The mayor declared an emergency.', line: 7, lineCount: 1, kind: 'paragraph' }
    ])
  })

  it('splits paragraphs separated by blank lines and keeps each start line', () => {
    const body = '\nFirst paragraph here.\n\n\nSecond paragraph here.\n'
    expect(splitPlainText(body, 3).map((block) => [block.text, block.line])).toEqual([
      ['First paragraph here.', 4],
      ['Second paragraph here.', 7]
    ])
  })

  it('joins a hard-wrapped paragraph into one block', () => {
    const body = 'The council voted on Tuesday to approve\nthe budget, which includes funding for\nnew schools and roads in the north.\n\nA second paragraph follows.'
    expect(splitPlainText(body, 1)).toEqual([
      { text: 'The council voted on Tuesday to approve the budget, which includes funding for new schools and roads in the north.', line: 1, lineCount: 3, kind: 'paragraph' },
      { text: 'A second paragraph follows.', line: 5, lineCount: 1, kind: 'paragraph' }
    ])
  })

  it('counts a line of spaces, tabs and no-break spaces as blank', () => {
    const body = 'The mayor said that\nthe plan would go ahead.\n \u00a0\t\u00a0\nA second paragraph that\ncontinues on this line.'
    expect(splitPlainText(body, 10)).toEqual([
      { text: 'The mayor said that the plan would go ahead.', line: 10, lineCount: 2, kind: 'paragraph' },
      { text: 'A second paragraph that continues on this line.', line: 13, lineCount: 2, kind: 'paragraph' }
    ])
  })

  it('collapses whitespace inside a line', () => {
    expect(splitPlainText('  Two\u00a0\u00a0spaces\tand a tab.  ', 1)).toEqual([
      { text: 'Two spaces and a tab.', line: 1, lineCount: 1, kind: 'paragraph' }
    ])
  })

  it('returns no blocks for an empty or blank body', () => {
    expect(splitPlainText('', 1)).toEqual([])
    expect(splitPlainText('\n  \n\u00a0\n', 1)).toEqual([])
  })
})

describe('splitChunks', () => {
  it('splits at blank lines and records the file line each chunk starts on', () => {
    expect(splitChunks('a\nb\n\nc\n\u00a0\n\nd', 2)).toEqual([
      { lines: ['a', 'b'], line: 2 },
      { lines: ['c'], line: 5 },
      { lines: ['d'], line: 8 }
    ])
  })
})

describe('isHardWrapped', () => {
  it('is false for a single line', () => {
    expect(isHardWrapped(['The council met on Tuesday to'])).toBe(false)
  })

  it('is true when the next line goes on in lower case', () => {
    expect(isHardWrapped(['The council met on Tuesday', 'and voted for the plan.'])).toBe(true)
  })

  it('is true when a line ends on a word that cannot end a sentence', () => {
    expect(isHardWrapped(['Officials said the road would stay closed for', 'Several days after the flood.'])).toBe(true)
  })

  it('is false for complete sentences, one per line', () => {
    expect(isHardWrapped(['The council met on Tuesday.', 'The mayor spoke first.', 'Voters were angry.'])).toBe(false)
  })
})

describe('collapseWhitespace', () => {
  it('collapses line breaks, tabs and no-break spaces to one space and trims', () => {
    expect(collapseWhitespace(' a\n\tb\u00a0 c ')).toBe('a b c')
  })
})

describe('splitPlainText in a hard-wrapped file', () => {
  it('joins a two-line paragraph whose break falls between sentences, because the file wraps at a width', () => {
    const body = [
      'The storm surge arrived just before high tide and pushed the water a',
      'further 40 centimetres up the harbour wall, flooding the quay.',
      '',
      'Image: Met Office surface pressure chart for 18:00 on Monday',
      'GMT on 3 March 2025',
      '',
      'Residents were moved to the school hall, where volunteers handed',
      'out blankets and hot drinks until the water went down.'
    ].join('\n')
    expect(splitPlainText(body, 1).map((block) => block.text)).toEqual([
      'The storm surge arrived just before high tide and pushed the water a further 40 centimetres up the harbour wall, flooding the quay.',
      'Image: Met Office surface pressure chart for 18:00 on Monday GMT on 3 March 2025',
      'Residents were moved to the school hall, where volunteers handed out blankets and hot drinks until the water went down.'
    ])
  })

  it('still reads a file written one paragraph per line as one block per line', () => {
    const body = 'Share this story\nThe council met on Monday evening to vote on the harbour budget for next year.\nAdvertisement'
    expect(splitPlainText(body, 1).map((block) => block.text)).toEqual([
      'Share this story', 'The council met on Monday evening to vote on the harbour budget for next year.', 'Advertisement'
    ])
  })
})
