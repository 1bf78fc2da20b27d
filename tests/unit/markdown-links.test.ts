import { beforeAll, describe, expect, it } from 'vitest'
import { createMarkdownReader, type MarkdownReader } from '../../src/load/markdown.js'

let reader: MarkdownReader

beforeAll(async () => {
  reader = await createMarkdownReader()
})

describe('relative links in markdown', () => {
  const body = 'See [the plan](/plans/2025), [a map](map.html), [notes](#notes), [up](../index.html) and [the site](https://council.example/).'

  it('resolves them against the article address', () => {
    const [block] = reader.read(body, 1, 'https://paper.example/news/2025/story')
    expect(block?.html).toBe('See <a href="https://paper.example/plans/2025">the plan</a>, <a href="https://paper.example/news/2025/map.html">a map</a>, '
      + '<a href="https://paper.example/news/2025/story#notes">notes</a>, <a href="https://paper.example/news/index.html">up</a> and <a href="https://council.example/">the site</a>.')
  })

  it('unwraps them to their text when the article has no address', () => {
    const [block] = reader.read(body, 1)
    expect(block?.html).toBe('See the plan, a map, notes, up and <a href="https://council.example/">the site</a>.')
    expect(block?.text).toBe('See the plan, a map, notes, up and the site.')
  })

  it('keeps the markup inside an unwrapped link', () => {
    const [block] = reader.read('Read [the *full* text](/full) here.', 1)
    expect(block?.html).toBe('Read the <em>full</em> text here.')
  })

  it('does not resolve against an address that is not http(s)', () => {
    const [block] = reader.read('A [page](/page) link.', 1, 'javascript:alert(1)')
    expect(block?.html).toBe('A page link.')
  })

  it('unwraps links of other schemes even with an address', () => {
    const [block] = reader.read('Write [to us](mailto:desk@paper.example) or [call](tel:123).', 1, 'https://paper.example/a')
    expect(block?.html).toBe('Write to us or call.')
  })
})
