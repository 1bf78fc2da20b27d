import { describe, expect, it } from 'vitest'
import { splitSentences } from '../../src/analyze/timeline/sentences.js'

describe('splitSentences', () => {
  it('splits at a full stop followed by a capital letter and records where each sentence starts', () => {
    expect(splitSentences('The storm hit on Tuesday. Rivers rose overnight.')).toEqual([
      { text: 'The storm hit on Tuesday.', start: 0 },
      { text: 'Rivers rose overnight.', start: 26 }
    ])
  })

  it('does not split after Mr., Dr. or U.S.', () => {
    expect(splitSentences('Mr. Smith met Dr. Jones at the U.S. Department of State on Friday. They talked.').map((sentence) => sentence.text)).toEqual([
      'Mr. Smith met Dr. Jones at the U.S. Department of State on Friday.',
      'They talked.'
    ])
  })

  it('splits at "?" and "!"', () => {
    expect(splitSentences('Is it over? No! It has only begun.')).toEqual([
      { text: 'Is it over?', start: 0 },
      { text: 'No!', start: 12 },
      { text: 'It has only begun.', start: 16 }
    ])
  })

  it('does not split before a lower-case word or inside a number', () => {
    expect(splitSentences('Prices rose 3.5 per cent. in the year to March.').map((sentence) => sentence.text)).toEqual([
      'Prices rose 3.5 per cent. in the year to March.'
    ])
  })

  it('keeps quoted speech that ends in a full stop with its attribution', () => {
    expect(splitSentences('“We will fight on.” she said. The vote is on Friday.').map((sentence) => sentence.text)).toEqual([
      '“We will fight on.” she said.',
      'The vote is on Friday.'
    ])
  })

  it('ends a sentence at a closing quote and starts the next at an opening quote', () => {
    expect(splitSentences('He said: “It is over.” “We lost,” she added.').map((sentence) => sentence.text)).toEqual([
      'He said: “It is over.”',
      '“We lost,” she added.'
    ])
  })

  it('returns one sentence for text without a boundary and none for blank text', () => {
    expect(splitSentences('No full stop here')).toEqual([{ text: 'No full stop here', start: 0 }])
    expect(splitSentences('   ')).toEqual([])
  })
})

describe('splitSentences on text without full stops', () => {
  it('cuts a run-on line into pieces of at most 600 characters, at clause breaks, losing nothing', () => {
    const clause = 'the council met on Tuesday and voted on the harbour budget'
    const text = Array.from({ length: 40 }, () => clause).join(', ')
    const pieces = splitSentences(text)
    expect(pieces.length).toBeGreaterThan(3)
    expect(Math.max(...pieces.map((piece) => piece.text.length))).toBeLessThanOrEqual(600)
    expect(pieces.map((piece) => piece.text).join(' ').replace(/\s+/g, ' ')).toBe(text)
    for (const piece of pieces) expect(text.slice(piece.start, piece.start + piece.text.length)).toBe(piece.text)
  })
})
