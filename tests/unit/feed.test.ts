import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'
import type { Article, Digest } from '../../src/index.js'
import { atomInstant, escapeXml, nameBasedUuid, renderFeed } from '../../src/render/feed.js'

function article(id: string, fields: Partial<Article> = {}): Article {
  return {
    id,
    file: `${id}.txt`,
    source: `Source ${id}`,
    title: `Title ${id}`,
    author: null,
    date: null,
    url: null,
    section: null,
    provenance: { source: 'front-matter', title: 'front-matter', author: null, date: null },
    blocks: [{ id: `${id}-1`, type: 'paragraph', text: `First paragraph of ${id}.`, line: 1 }],
    removed: [],
    notes: [],
    ...fields
  }
}

function digestOf(articles: readonly Article[], title = 'A story'): Digest {
  return { version: 1, story: { title, start: null, end: null }, articles, timeline: [], undated: [], problems: [] }
}

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', isArray: (name) => ['entry', 'link'].includes(name) })

interface ParsedEntry { id: string, title: string, updated: string, published?: string, author: { name: string }, summary?: string, content: { '#text': string }, link: Array<{ '@_rel': string, '@_href': string }> }

function parse(xml: string): { id: string, title: string, updated: string, entry?: ParsedEntry[] } {
  expect(XMLValidator.validate(xml)).toBe(true)
  return (parser.parse(xml) as { feed: { id: string, title: string, updated: string, entry?: ParsedEntry[] } }).feed
}

const context = { baseUrl: null, fallbackDate: null, version: '1.2.3' }

describe('escapeXml', () => {
  it('escapes markup characters and quotes', () => {
    expect(escapeXml(`<a href="x">Tom & Jerry's</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;')
  })

  it('replaces characters XML 1.0 forbids, and keeps tabs, new lines and astral characters', () => {
    expect(escapeXml('a\u0000b\u0008c\u000Bd\uFFFEe\uD800f')).toBe('a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf')
    expect(escapeXml('tab\tline\nreturn\r 📰')).toBe('tab\tline\nreturn\r 📰')
  })
})

describe('nameBasedUuid', () => {
  it('gives the RFC 9562 example UUIDv5 for www.example.com in the DNS namespace', () => {
    expect(nameBasedUuid('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('urn:uuid:2ed6657d-e927-568b-95e1-2665a8aea6a2')
  })

  it('gives different ids to different names', () => {
    expect(nameBasedUuid('feed\nOne story')).not.toBe(nameBasedUuid('feed\nAnother story'))
  })
})

describe('atomInstant', () => {
  it('writes UTC with whole seconds', () => {
    expect(atomInstant(0)).toBe('1970-01-01T00:00:00Z')
    expect(atomInstant(1_764_000_000_500)).toBe('2025-11-24T16:00:00Z')
  })
})

describe('renderFeed', () => {
  it('keeps hostile text as text: markup, CDATA ends and control characters', () => {
    const hostile = article('x', {
      title: '<script>alert(1)</script> ]]> & "quotes"',
      source: 'Paper\u0007',
      blocks: [{ id: 'x-1', type: 'paragraph', text: '</content><entry>injected', line: 1 }]
    })
    const feed = parse(renderFeed(digestOf([hostile], 'Title <b>bold</b>'), context))
    expect(feed.title).toBe('Title <b>bold</b>')
    expect(feed.entry).toHaveLength(1)
    expect(feed.entry![0]!.title).toBe('Paper\uFFFD: <script>alert(1)</script> ]]> & "quotes"')
    // Atom `type="html"` content: the XML text is HTML, in which the article's text is escaped once more.
    expect(feed.entry![0]!.content['#text']).toBe('<p>&lt;/content&gt;&lt;entry&gt;injected</p>')
  })

  it('puts the newest source first, undated sources last, and keeps digest order on ties', () => {
    const feed = parse(renderFeed(digestOf([
      article('a', { date: '2025-11-20' }),
      article('b'),
      article('c', { date: '2025-11-26' }),
      article('d', { date: '2025-11-20' }),
      article('e', { date: '2025-11' })
    ]), context))
    expect(feed.entry!.map((entry) => entry.title)).toEqual(['Source c: Title c', 'Source a: Title a', 'Source d: Title d', 'Source e: Title e', 'Source b: Title b'])
  })

  it('dates entries by the first day of their date, and the feed by the newest entry', () => {
    const feed = parse(renderFeed(digestOf([
      article('a', { date: '2025-11-20/2025-11-22' }),
      article('b', { date: '2025-10' }),
      article('c')
    ]), { ...context, fallbackDate: 1_764_000_000_000 }))
    expect(feed.updated).toBe('2025-11-20T00:00:00Z')
    expect(feed.entry!.map((entry) => [entry.updated, entry.published])).toEqual([
      ['2025-11-20T00:00:00Z', '2025-11-20T00:00:00Z'],
      ['2025-10-01T00:00:00Z', '2025-10-01T00:00:00Z'],
      ['2025-11-24T16:00:00Z', undefined]
    ])
  })

  it('names the author, else the outlet, and links the original article as related', () => {
    const feed = parse(renderFeed(digestOf([
      article('a', { author: 'Ana Writer', url: 'https://paper.example/a?x=1&y=2' }),
      article('b')
    ]), context))
    expect(feed.entry!.map((entry) => entry.author.name)).toEqual(['Ana Writer', 'Source b'])
    expect(feed.entry![0]!.link.map((link) => [link['@_rel'], link['@_href']])).toEqual([
      ['alternate', 'index.html#src-a'],
      ['related', 'https://paper.example/a?x=1&y=2']
    ])
  })

  it('gives stable urn:uuid ids without a base URL, and page addresses with one', () => {
    const digest = digestOf([article('a'), article('b')])
    const relative = parse(renderFeed(digest, context))
    expect(parse(renderFeed(digest, context)).entry!.map((entry) => entry.id)).toEqual(relative.entry!.map((entry) => entry.id))
    expect(relative.id).toBe(nameBasedUuid('feed\nA story'))
    expect(relative.entry![0]!.id).toBe(nameBasedUuid(`${nameBasedUuid('feed\nA story')}\na`))
    const absolute = parse(renderFeed(digest, { ...context, baseUrl: 'https://user.github.io/repo/' }))
    expect(absolute.id).toBe('https://user.github.io/repo/')
    expect(absolute.entry!.map((entry) => entry.id)).toEqual(['https://user.github.io/repo/#src-a', 'https://user.github.io/repo/#src-b'])
  })

  it('is a valid feed with no entries', () => {
    const xml = renderFeed(digestOf([]), context)
    const feed = parse(xml)
    expect(feed.entry).toBeUndefined()
    expect(feed.updated).toBe('1970-01-01T00:00:00Z')
    expect(xml).toContain('<author><name>news-digest</name></author>')
    expect(xml).toContain('<generator version="1.2.3">news-digest</generator>')
  })
})
