import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { comparisonKey, measure } from '../../src/text/features.js'

describe('measure', () => {
  it('measures a call to action as a short fragment in the publisher voice', () => {
    expect(measure('Subscribe to our newsletter')).toEqual({
      text: 'Subscribe to our newsletter',
      unquoted: 'Subscribe to our newsletter',
      wordCount: 4,
      isSentence: false,
      isFragment: true,
      titleCaseShare: 1 / 3,
      sentenceCount: 1,
      quotedShare: 0,
      hasAttribution: false,
      secondPerson: 0,
      firstPersonPlural: 1,
      urlCount: 0,
      urlShare: 0,
      emailCount: 0,
      imperativeSentences: 1,
      readerSentences: 0,
      pastTenseVerbs: 0
    })
  })

  it('measures a paragraph with a quote, speech, a second person and a bare domain', () => {
    const text = '“We will win,” she said. You can read more at example.com/tips.'
    const features = measure(text)
    expect(features.unquoted).toBe(`${' '.repeat(15)}she said. You can read more at example.com/tips.`)
    expect(features.wordCount).toBe(11)
    expect(features.isSentence).toBe(true)
    expect(features.isFragment).toBe(false)
    expect(features.sentenceCount).toBe(2)
    expect(features.hasAttribution).toBe(true)
    // "We" is inside the quote and does not count; "You" is outside it.
    expect(features.firstPersonPlural).toBe(0)
    expect(features.secondPerson).toBe(1)
    expect(features.urlCount).toBe(1)
    expect(features.urlShare).toBeCloseTo(17 / 63, 10)
  })

  it('counts words, ignoring tokens without letters or digits', () => {
    expect(measure('Storm Idris — the worst in 20 years — hit on Tuesday.').wordCount).toBe(10)
  })

  it('recognises sentence endings, also before a closing quote or bracket', () => {
    expect(measure('The vote passed.').isSentence).toBe(true)
    expect(measure('Will it last?').isSentence).toBe(true)
    expect(measure('“It is over,” he said.”').isSentence).toBe(true)
    expect(measure('(The vote passed.)').isSentence).toBe(true)
    expect(measure('Read more').isSentence).toBe(false)
    expect(measure('The vote passed:').isSentence).toBe(false)
  })

  it('calls a short unpunctuated text a fragment, but not a long one', () => {
    expect(measure('Sign up now').isFragment).toBe(true)
    const fifteen = 'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen'
    expect(measure(fifteen).wordCount).toBe(15)
    expect(measure(fifteen).isFragment).toBe(false)
  })

  it('measures the share of capitalised words, leaving small words out', () => {
    expect(measure('Breaking News From The City').titleCaseShare).toBe(1)
    expect(measure('the mayor said the plan was good').titleCaseShare).toBe(0)
    expect(measure('Mayor resigns over budget row').titleCaseShare).toBe(0.25)
    expect(measure('of the and').titleCaseShare).toBe(0)
  })

  it('counts sentences at punctuation followed by a capital letter', () => {
    expect(measure('The vote passed. Critics objected! Will it last? Nobody knows.').sentenceCount).toBe(4)
    expect(measure('It rose 3.5 per cent in the year to March.').sentenceCount).toBe(1)
    expect(measure('').sentenceCount).toBe(1)
  })

  it('measures the share of text inside quotation marks', () => {
    expect(measure('"We will not back down from this fight," the union leader said.').quotedShare).toBeCloseTo(40 / 63, 10)
    expect(measure('The union leader said nothing.').quotedShare).toBe(0)
    expect(measure('').quotedShare).toBe(0)
  })

  it('detects attribution of speech', () => {
    expect(measure('Smith said the plan was dead.').hasAttribution).toBe(true)
    expect(measure('“It is dead,” she told reporters.').hasAttribution).toBe(true)
    expect(measure('The plan is dead, said Councillor Smith.').hasAttribution).toBe(true)
    expect(measure('The fire spread, according to police.').hasAttribution).toBe(true)
    expect(measure('The fire spread quickly through the valley.').hasAttribution).toBe(false)
  })

  it('counts second-person words outside quotes only', () => {
    expect(measure('If you want to support your local paper, you can subscribe.').secondPerson).toBe(3)
    expect(measure('“You must leave now,” police told residents.').secondPerson).toBe(0)
  })

  it('counts first-person plural words outside quotes only', () => {
    expect(measure('We hope you enjoyed our coverage; tell us what you think.').firstPersonPlural).toBe(3)
    expect(measure('“We will rebuild our town,” the mayor said.').firstPersonPlural).toBe(0)
  })

  it('counts full URLs, www addresses and bare domains', () => {
    const text = 'Visit https://example.com/a and www.example.org or news.example.co.uk/tips today'
    expect(measure(text).urlCount).toBe(3)
    expect(measure('https://example.com/news').urlShare).toBe(1)
    expect(measure('Officials met on Tuesday.').urlCount).toBe(0)
  })
})

describe('comparisonKey', () => {
  it('folds case, curly quotes, dashes and punctuation', () => {
    expect(comparisonKey('“Hello,” she said — twice!')).toBe('hello she said - twice')
  })

  it('keeps apostrophes inside words, curly or straight, as a straight apostrophe', () => {
    expect(comparisonKey('The Council’s PLAN')).toBe("the council's plan")
    expect(comparisonKey("The Council's PLAN")).toBe("the council's plan")
  })

  it('folds no-break spaces, ligatures and runs of whitespace', () => {
    expect(comparisonKey('ﬁnal\u00a0deal')).toBe('final deal')
    expect(comparisonKey('  Multiple   spaces\tand\nlines ')).toBe('multiple spaces and lines')
  })

  it('gives the same key to typographic variants of a sentence', () => {
    expect(comparisonKey('It’s a “deal” — done…')).toBe("it's a deal - done")
    expect(comparisonKey('It\'s a "deal"  -  done.')).toBe("it's a deal - done")
  })

  it('keeps letters and digits of other scripts', () => {
    expect(comparisonKey('Zürich: 3½ Tage')).toBe('zürich 31 2 tage')
  })

  // The definition, step by step; `comparisonKey` takes a faster way for most text and must agree with it.
  function definedKey(text: string): string {
    return text.normalize('NFKC').toLowerCase()
      .replace(/[‘’‚‛′`´]/g, "'").replace(/[“”„‟″«»]/g, '"').replace(/[‐‑‒–—―]/g, '-')
      .replace(/[^\p{L}\p{N}\s'-]/gu, ' ').replace(/\s+/g, ' ').trim()
  }

  it('agrees with its definition for every character of the Basic Multilingual Plane, alone and between words', () => {
    const disagreements: string[] = []
    for (let code = 0; code <= 0xffff; code++) {
      const character = String.fromCharCode(code)
      for (const text of [character, `a${character}b`, `Word ${character} Word`, `${character}${character}x`]) {
        if (comparisonKey(text) !== definedKey(text)) disagreements.push(`U+${code.toString(16).padStart(4, '0')} in ${JSON.stringify(text)}`)
      }
    }
    expect(disagreements.slice(0, 10)).toEqual([])
  })

  it('agrees with its definition on text mixing ASCII, typography and other characters', () => {
    const characters = fc.constantFrom(...'aZ09 \t\n\'-`.,!?"()', ...'‘’‚‛′″“”„‟«»‐‑‒–—―…\u00a0\u2009\u202f•·©£€°×÷', ...'éÉßÿŸİıſKÅẞªºµ´¨½²ﬁ\u0301Ωж中')
    fc.assert(fc.property(fc.array(characters, { maxLength: 40 }).map((parts) => parts.join('')), (text) => comparisonKey(text) === definedKey(text)), { numRuns: 20000 })
  })
})

describe('measure attribution', () => {
  it('sees reported speech with a speaker in lower case', () => {
    expect(['The plan is dead, said the minister.', 'The plan is dead, the minister said.', 'The plan is dead, a spokesman told reporters.'].map((text) => measure(text).hasAttribution)).toEqual([true, true, true])
  })
})
