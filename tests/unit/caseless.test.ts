import fs from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { caselessText, countOf, loweredPattern, matches, matchesAny } from '../../src/clean/caseless.js'
import { families } from '../../src/clean/families.js'

const patterns = families.flatMap((vocabulary) => [...vocabulary.line, ...vocabulary.phrase, ...(vocabulary.strong ?? [])])

/** Every paragraph of the seeds and the cleaning fixtures: text with the junk that the patterns are for. */
function fixtureParagraphs(): string[] {
  const roots = ['seeds', 'tests/fixtures/cleaning']
  const files = roots.flatMap((root) => (fs.readdirSync(root, { recursive: true }) as string[]).filter((name) => /\.(?:md|txt)$/.test(name)).map((name) => path.join(root, name)))
  return files.flatMap((file) => fs.readFileSync(file, 'utf8').split(/\n\s*\n|\n/)).map((line) => line.trim()).filter((line) => line !== '')
}

/** What the patterns say of `text` with the `i` flag, the way they are written. */
function flagged(text: string): { matched: boolean[], counts: number[], any: boolean[] } {
  return {
    matched: patterns.map((pattern) => pattern.test(text)),
    counts: patterns.map((pattern) => text.match(new RegExp(pattern.source, `${pattern.flags}g`))?.length ?? 0),
    any: families.map((vocabulary) => vocabulary.phrase.some((pattern) => pattern.test(text)))
  }
}

function caseless(text: string): { matched: boolean[], counts: number[], any: boolean[] } {
  const caselessForm = caselessText(text)
  return {
    matched: patterns.map((pattern) => matches(pattern, caselessForm)),
    counts: patterns.map((pattern) => countOf(pattern, caselessForm)),
    any: families.map((vocabulary) => matchesAny(vocabulary.phrase, caselessForm))
  }
}

// Characters whose cases are tricky: dotted and dotless i, the Kelvin and Ångström signs, long s, micro, sharp s, accents.
const trickyCharacters = ['İ', 'ı', 'K', 'Å', 'ſ', 'µ', 'ß', 'ẞ', 'É', 'é', 'À', '’', '©', '£', '€', '•', '»', '\u0307']

describe('caseless patterns', () => {
  it('lower-cases letters and keeps escapes', () => {
    expect(loweredPattern(/\bSubscribe\B[A-Z0-9]\W\S\D/i)!.source).toBe('\\bsubscribe\\B[a-z0-9]\\W\\S\\D')
    expect(loweredPattern(/Subscribe/)).toBeUndefined()
    expect(loweredPattern(/\p{Lu}/iu)).toBeUndefined()
  })

  it('keeps the flagged patterns for text whose lower case is not exact', () => {
    expect(caselessText('İstanbul').lower).toBeUndefined()
    expect(caselessText('5 \u212A').lower).toBeUndefined()
    expect(caselessText('Subscribe NOW').lower).toBe('subscribe now')
    // `/book now/i` does not match a Kelvin sign for the k; its plain lower case would.
    const kelvin = 'BOO\u212A NOW'
    const naive = patterns.map((pattern) => loweredPattern(pattern)?.test(kelvin.toLowerCase()) ?? pattern.test(kelvin))
    expect(naive).not.toEqual(flagged(kelvin).matched)
    expect(caseless(kelvin)).toEqual(flagged(kelvin))
  })

  it('agrees with the i flag on every paragraph of the seeds and fixtures, in any case', () => {
    const paragraphs = fixtureParagraphs()
    expect(paragraphs.length).toBeGreaterThan(500)
    for (const paragraph of paragraphs) {
      for (const text of [paragraph, paragraph.toUpperCase(), paragraph.replace(/[a-z]/g, (letter, index: number) => (index % 3 === 0 ? letter.toUpperCase() : letter))]) {
        expect(caseless(text), text).toEqual(flagged(text))
      }
    }
  }, 30_000)

  it('agrees with the i flag on made-up text with tricky characters', () => {
    const words = fixtureParagraphs().slice(0, 400).flatMap((paragraph) => paragraph.split(/\s+/))
    const word = fc.oneof(fc.constantFrom(...words), fc.constantFrom(...trickyCharacters), fc.string({ maxLength: 3 }))
    const text = fc.array(fc.tuple(word, fc.boolean()), { minLength: 1, maxLength: 20 })
      .map((parts) => parts.map(([part, upper]) => (upper ? part.toUpperCase() : part)).join(' '))
    fc.assert(fc.property(text, (value) => {
      expect(caseless(value)).toEqual(flagged(value))
    }), { numRuns: 400, seed: 3 })
  }, 30_000)
})
