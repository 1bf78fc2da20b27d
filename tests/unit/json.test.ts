import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { prettyJsonChunks } from '../../src/render/json.js'

const written = (value: object): string => [...prettyJsonChunks(value)].join('')

describe('prettyJsonChunks', () => {
  it('writes what JSON.stringify(value, null, 2) writes, plus a newline', () => {
    const digest = {
      version: 3,
      story: { title: 'Flood "warning"\nlifted', start: null },
      articles: [{ id: 'a', blocks: [{ id: 'a-1', text: 'Line one\nline two', sharedWith: [] }] }, { id: 'b', blocks: [] }],
      timeline: [],
      skipped: undefined,
      problems: [null, 1, 'x']
    }
    expect(written(digest)).toBe(`${JSON.stringify(digest, null, 2)}\n`)
  })

  it('gives one piece per array item, so no piece holds the whole digest', () => {
    const pieces = [...prettyJsonChunks({ articles: Array.from({ length: 100 }, (_, index) => ({ index })) })]
    expect(pieces.length).toBeGreaterThan(100)
    expect(Math.max(...pieces.map((piece) => piece.length))).toBeLessThan(40)
  })

  it('agrees with JSON.stringify on any object of JSON values', () => {
    fc.assert(fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (value) => {
      expect(written(value)).toBe(`${JSON.stringify(value, null, 2)}\n`)
    }), { numRuns: 300, seed: 9 })
  })

  it('writes an empty object as JSON.stringify does', () => {
    expect(written({})).toBe('{}\n')
  })
})
