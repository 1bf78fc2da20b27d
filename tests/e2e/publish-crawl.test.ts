import fs from 'node:fs/promises'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { build } from '../../src/index.js'
import type { Digest } from '../../src/index.js'
import { temporaryFolder, writeInput } from '../helpers/build-folder.js'
import { idsOf, linksOf, startTags } from '../helpers/html-links.js'
import { type StaticServer, serveFolder } from '../helpers/static-server.js'

// The seeds, plus markdown whose links were written for the article's own site.
async function publishInput(): Promise<string> {
  const files: Record<string, string> = {}
  for (const name of await fs.readdir('seeds')) files[name] = await fs.readFile(path.join('seeds', name), 'utf8')
  files['links-no-url.md'] = '---\ntitle: Links without an address\nsource: Local Paper\ndate: 2025-11-20\n---\nThe council [published the plan](/plans/2025) on Tuesday, with [a map](map.html), [notes](#notes) and [the budget](https://council.example/budget) attached for readers.\n'
  files['links-with-url.md'] = '---\ntitle: Links with an address\nsource: City Paper\ndate: 2025-11-21\nurl: https://city.example/news/2025/plan\n---\nThe mayor [answered questions](/questions) on Wednesday and [a second page](part-2.html) and [a footnote](#fn1) followed the same day in the paper.\n'
  return writeInput(files)
}

interface Crawled {
  readonly status: number
  readonly body: string
}

async function fetchText(url: string): Promise<Crawled> {
  const response = await fetch(url)
  return { status: response.status, body: await response.text() }
}

/**
 * Fetch every link and asset of a page that is on the same server, and check
 * every fragment against the ids of the page it points into.
 */
async function crawlPage(pageUrl: string): Promise<{ checked: string[], broken: string[] }> {
  const page = await fetchText(pageUrl)
  expect(page.status).toBe(200)
  const origin = new URL(pageUrl).origin
  const idsByDocument = new Map<string, Set<string>>([[new URL(pageUrl).href.split('#')[0]!, idsOf(page.body)]])
  const checked: string[] = []
  const broken: string[] = []
  for (const link of linksOf(page.body)) {
    const target = new URL(link.value, pageUrl)
    if (target.origin !== origin) continue
    checked.push(link.value)
    const document = target.href.split('#')[0]!
    if (!idsByDocument.has(document)) {
      const fetched = await fetchText(document)
      if (fetched.status !== 200) {
        broken.push(`${link.value} → ${fetched.status}`)
        continue
      }
      idsByDocument.set(document, target.pathname.endsWith('/') || target.pathname.endsWith('.html') ? idsOf(fetched.body) : new Set())
    }
    const fragment = decodeURIComponent(target.hash.slice(1))
    if (fragment && !idsByDocument.get(document)!.has(fragment)) broken.push(`${link.value} → no element with id \`${fragment}\``)
  }
  return { checked, broken }
}

const atomParser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  isArray: (name) => ['entry', 'link', 'author', 'category'].includes(name)
})

interface AtomLink { readonly '@_rel'?: string, readonly '@_type'?: string, readonly '@_href': string }
interface AtomEntry {
  readonly id: string
  readonly title: string
  readonly updated: string
  readonly author: ReadonlyArray<{ readonly name: string }>
  readonly link: readonly AtomLink[]
  readonly content?: { readonly '#text': string, readonly '@_type': string }
}
interface AtomFeed {
  readonly '@_xmlns': string
  readonly id: string
  readonly title: string
  readonly updated: string
  readonly author: ReadonlyArray<{ readonly name: string }>
  readonly link: readonly AtomLink[]
  readonly entry?: readonly AtomEntry[]
}

function parseAtom(xml: string): AtomFeed {
  expect(XMLValidator.validate(xml)).toBe(true)
  return (atomParser.parse(xml) as { feed: AtomFeed }).feed
}

const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/

function linkOf(links: readonly AtomLink[], rel: string, type?: string): string | undefined {
  return links.find((link) => (link['@_rel'] ?? 'alternate') === rel && (type === undefined || link['@_type'] === type))?.['@_href']
}

describe('a digest published under a sub-path, without a base URL', () => {
  let input: string
  let out: string
  let server: StaticServer
  let digest: Digest

  beforeAll(async () => {
    input = await publishInput()
    out = path.join(await temporaryFolder(), 'dist')
    digest = (await build({ input, out })).digest
    server = await serveFolder(out, '/repo/')
  })

  afterAll(async () => {
    await server.close()
    await fs.rm(path.dirname(out), { recursive: true, force: true })
    await fs.rm(input, { recursive: true, force: true })
  })

  it('has no link or asset that points at the host root', async () => {
    const html = await fs.readFile(path.join(out, 'index.html'), 'utf8')
    const links = linksOf(html)
    expect(links.length).toBeGreaterThan(50)
    const rooted = links.filter((link) => link.value.startsWith('/') || link.value.startsWith('\\'))
    expect(rooted).toEqual([])
    const internal = links.filter((link) => !/^https?:/.test(link.value))
    expect(internal.filter((link) => /^[a-z][a-z0-9+.-]*:/i.test(link.value))).toEqual([])
  })

  it('keeps the style inline, with no address in it', async () => {
    const html = await fs.readFile(path.join(out, 'index.html'), 'utf8')
    expect(startTags(html).filter((tag) => tag.tag === 'link' && tag.attributes.some(([name, value]) => name === 'rel' && value === 'stylesheet'))).toEqual([])
    const css = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((match) => match[1]).join('\n')
    expect(css.length).toBeGreaterThan(100)
    expect(css).not.toMatch(/@import|url\(\s*['"]?(?:\/|[a-z]+:)(?!data:)/i)
  })

  it('serves the page at the sub-path, and every link and asset on it resolves there', async () => {
    const { checked, broken } = await crawlPage(server.url)
    expect(broken).toEqual([])
    expect(checked).toEqual(expect.arrayContaining(['feed.xml', 'digest.json', '#main', `#src-${digest.articles[0]!.id}`]))
    expect(server.requested.every((requested) => requested.startsWith('/repo/'))).toBe(true)
  })

  it('links the feed and the data from the head', async () => {
    const head = (await fetchText(server.url)).body.split('</head>')[0]!
    const alternates = startTags(head).filter((tag) => tag.tag === 'link').map((tag) => Object.fromEntries(tag.attributes))
    expect(alternates).toEqual(expect.arrayContaining([
      expect.objectContaining({ rel: 'alternate', type: 'application/atom+xml', href: 'feed.xml' }),
      expect.objectContaining({ rel: 'alternate', type: 'application/json', href: 'digest.json' })
    ]))
    expect(alternates.some((attributes) => attributes['rel'] === 'canonical')).toBe(false)
    const meta = Object.fromEntries(startTags(head).filter((tag) => tag.tag === 'meta').map((tag) => Object.fromEntries(tag.attributes)).map((attributes) => [attributes['property'] ?? attributes['name'], attributes['content']]))
    expect(meta).toMatchObject({ 'og:title': digest.story.title, 'og:type': 'article', description: expect.stringContaining(digest.story.title) })
    expect(meta['og:description']).toBe(meta['description'])
    expect(meta['og:url']).toBeUndefined()
    expect(JSON.parse((await fetchText(new URL('digest.json', server.url).href)).body)).toEqual(digest)
  })

  it('resolves relative links in markdown against the article address, or unwraps them', async () => {
    const html = await fs.readFile(path.join(out, 'index.html'), 'utf8')
    const hrefs = linksOf(html).map((link) => link.value)
    expect(hrefs).toEqual(expect.arrayContaining([
      'https://council.example/budget',
      'https://city.example/questions',
      'https://city.example/news/2025/part-2.html',
      'https://city.example/news/2025/plan#fn1'
    ]))
    expect(hrefs.filter((href) => /plans\/2025|map\.html|#notes$/.test(href))).toEqual([])
    expect(html).toContain('published the plan')
    expect(html).toContain('a map')
  })

  it('works when opened from the disk: every relative link names a file of the output', async () => {
    const html = await fs.readFile(path.join(out, 'index.html'), 'utf8')
    const page = pathToFileURL(path.join(out, 'index.html'))
    const relative = linksOf(html).map((link) => new URL(link.value, page)).filter((url) => url.protocol === 'file:')
    expect(relative.length).toBeGreaterThan(50)
    for (const url of relative) await expect(fs.access(url)).resolves.toBeUndefined()
  })

  it('serves a well-formed Atom feed with one entry per source, linking into the page', async () => {
    const feedUrl = new URL('feed.xml', server.url).href
    const fetched = await fetchText(feedUrl)
    expect(fetched.status).toBe(200)
    const feed = parseAtom(fetched.body)
    expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom')
    expect(feed.id).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    expect(feed.title).toBe(digest.story.title)
    expect(feed.updated).toBe('2025-11-26T00:00:00Z')
    expect(feed.author[0]!.name).toBe('news-digest')
    expect(linkOf(feed.link, 'self')).toBe('feed.xml')
    expect(linkOf(feed.link, 'alternate', 'text/html')).toBe('index.html')
    const entries = feed.entry ?? []
    expect(entries.map((entry) => entry.title).sort()).toEqual(digest.articles.map((article) => `${article.source}: ${article.title}`).sort())
    expect(new Set(entries.map((entry) => entry.id)).size).toBe(entries.length)
    const pageIds = idsOf((await fetchText(server.url)).body)
    for (const entry of entries) {
      expect(entry.id).toMatch(/^urn:uuid:/)
      expect(entry.updated).toMatch(rfc3339)
      expect(entry.author[0]!.name).not.toBe('')
      expect(entry.content?.['@_type']).toBe('html')
      const alternate = new URL(linkOf(entry.link, 'alternate')!, feedUrl)
      expect((await fetchText(alternate.href)).status).toBe(200)
      expect(pageIds.has(alternate.hash.slice(1))).toBe(true)
    }
    // Newest first: the dated seeds (26 November) before the markdown articles (20 and 21 November).
    expect(entries.map((entry) => entry.updated.slice(0, 10)).filter((day) => day !== '1970-01-01')).toEqual(
      [...entries.map((entry) => entry.updated.slice(0, 10)).filter((day) => day !== '1970-01-01')].sort().reverse()
    )
    for (const rel of ['self', 'alternate']) expect((await fetchText(new URL(linkOf(feed.link, rel)!, feedUrl).href)).status).toBe(200)
  })
})

describe('a digest published with --base-url', () => {
  let input: string
  let out: string
  let server: StaticServer

  beforeAll(async () => {
    input = await publishInput()
    out = path.join(await temporaryFolder(), 'dist')
    await fs.mkdir(out)
    // The server's own address is the base URL, so the absolute links can be fetched too.
    server = await serveFolder(out, '/repo/')
    await build({ input, out, baseUrl: server.url.slice(0, -1) })
  })

  afterAll(async () => {
    await server.close()
    await fs.rm(path.dirname(out), { recursive: true, force: true })
    await fs.rm(input, { recursive: true, force: true })
  })

  it('gives the canonical address and og:url, and keeps the page links relative', async () => {
    const { body } = await fetchText(server.url)
    const head = startTags(body.split('</head>')[0]!)
    const canonical = head.find((tag) => tag.tag === 'link' && tag.attributes.some(([name, value]) => name === 'rel' && value === 'canonical'))
    expect(Object.fromEntries(canonical?.attributes ?? [])['href']).toBe(server.url)
    const ogUrl = head.find((tag) => tag.tag === 'meta' && tag.attributes.some(([name, value]) => name === 'property' && value === 'og:url'))
    expect(Object.fromEntries(ogUrl?.attributes ?? [])['content']).toBe(server.url)
    const absolute = linksOf(body).filter((link) => link.value.startsWith(server.url))
    expect(absolute.map((link) => link.tag)).toEqual(['link'])
    const { broken, checked } = await crawlPage(server.url)
    expect(broken).toEqual([])
    expect(checked).toContain(server.url)
  })

  it('makes the feed links and ids absolute under the base URL, and they resolve', async () => {
    const feed = parseAtom((await fetchText(`${server.url}feed.xml`)).body)
    expect(feed.id).toBe(server.url)
    expect(linkOf(feed.link, 'self')).toBe(`${server.url}feed.xml`)
    expect(linkOf(feed.link, 'alternate', 'text/html')).toBe(server.url)
    expect(linkOf(feed.link, 'alternate', 'application/json')).toBe(`${server.url}digest.json`)
    const pageIds = idsOf((await fetchText(server.url)).body)
    for (const entry of feed.entry ?? []) {
      const alternate = linkOf(entry.link, 'alternate')!
      expect(alternate.startsWith(`${server.url}#src-`)).toBe(true)
      expect(entry.id).toBe(alternate)
      expect(pageIds.has(new URL(alternate).hash.slice(1))).toBe(true)
    }
    for (const href of feed.link.map((link) => link['@_href'])) expect((await fetchText(href)).status).toBe(200)
  })
})
