// Not node:crypto: loading it took longer than rendering the feed of a small build.
import { sha1 } from '@noble/hashes/legacy.js'
import { formatDay } from '../calendar/day.js'
import { parseSpan } from '../calendar/span.js'
import type { Article, Block, Digest } from '../digest.js'
import { sectionId } from './blocks.js'
import { escapeHtml } from './escape.js'

/** What the feed needs besides the digest. */
export interface FeedContext {
  /** Address of the published output folder, ending in `/`; `null` keeps links relative. */
  readonly baseUrl: string | null
  /** Milliseconds since 1970 for `<updated>` where the digest has no date (`SOURCE_DATE_EPOCH`); `null`: 1970-01-01. */
  readonly fallbackDate: number | null
  /** Version of news-digest, for `<generator>`. */
  readonly version: string
}

/** Name of the feed file in the output folder; the page links to it. */
export const feedFileName = 'feed.xml'

/**
 * Render the digest as an Atom feed (RFC 4287) with one entry per source:
 * sources are what a reader subscribes for (a new outlet's article is news),
 * and an article id comes from its file name, so an entry keeps its id from
 * build to build while timeline event ids are renumbered when events change.
 *
 * Nothing depends on the clock: `<updated>` is the latest publication date
 * of a source, else `context.fallbackDate`, else 1970-01-01.
 */
export function renderFeed(digest: Digest, context: FeedContext): string {
  const feedId = context.baseUrl ?? nameBasedUuid(`feed\n${digest.story.title}`)
  // With a base URL the page is its folder's address (`…/repo/`), as in the page's canonical link.
  const link = (relative: string, page = relative): string => (context.baseUrl === null ? relative : new URL(page, context.baseUrl).href)
  const fallback = atomInstant(context.fallbackDate ?? 0)
  const entries = sortNewestFirst(digest.articles).map((article) => ({ article, published: publicationInstant(article) }))
  const updated = entries.find((entry) => entry.published !== null)?.published ?? fallback
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
    element('id', feedId),
    element('title', digest.story.title),
    element('subtitle', subtitleOf(digest)),
    element('updated', updated),
    linkElement('alternate', 'text/html', link('index.html', './')),
    linkElement('alternate', 'application/json', link('digest.json')),
    linkElement('self', 'application/atom+xml', link(feedFileName)),
    '<author><name>news-digest</name></author>',
    `<generator version="${escapeXml(context.version)}">news-digest</generator>`,
    ...entries.map(({ article, published }) => renderEntry(article, {
      id: context.baseUrl === null ? nameBasedUuid(`${feedId}\n${article.id}`) : link(`#${sectionId(article.id)}`),
      pageLink: link(`index.html#${sectionId(article.id)}`, `#${sectionId(article.id)}`),
      published,
      updated: published ?? fallback
    })),
    '</feed>',
    ''
  ]
  return lines.join('\n')
}

interface EntryPlace {
  readonly id: string
  readonly pageLink: string
  readonly published: string | null
  readonly updated: string
}

function renderEntry(article: Article, place: EntryPlace): string {
  const lead = article.blocks.find((block) => block.type === 'paragraph')
  return [
    '<entry>',
    element('id', place.id),
    element('title', `${article.source}: ${article.title}`),
    element('updated', place.updated),
    ...(place.published === null ? [] : [element('published', place.published)]),
    `<author>${element('name', article.author ?? article.source)}</author>`,
    linkElement('alternate', 'text/html', place.pageLink),
    ...(article.url === null ? [] : [linkElement('related', 'text/html', article.url)]),
    ...(article.section === null ? [] : [`<category term="${escapeXml(article.section)}"/>`]),
    ...(lead === undefined ? [] : [element('summary', lead.text)]),
    `<content type="html">${escapeXml(blocksHtml(article.blocks))}</content>`,
    '</entry>'
  ].join('\n')
}

/**
 * The kept text as plain HTML. The page's "also in" cross-links are left out:
 * they point into the page, and a feed reader shows the entry on its own.
 */
function blocksHtml(blocks: readonly Block[]): string {
  return blocks.map((block) => {
    const inner = block.html ?? escapeHtml(block.text)
    if (block.type === 'heading') return `<h3>${inner}</h3>`
    if (block.container === 'code') return `<pre><code>${escapeHtml(block.text)}</code></pre>`
    if (block.container === 'blockquote') return `<blockquote><p>${inner}</p></blockquote>`
    return `<p>${inner}</p>`
  }).join('\n')
}

function subtitleOf(digest: Digest): string {
  const count = digest.articles.length
  const sources = [...new Set(digest.articles.map((article) => article.source))].join(', ')
  return `A digest of ${count} ${count === 1 ? 'source' : 'sources'}${sources ? `: ${sources}` : ''}`
}

// Newest first, as feed readers expect; undated sources last; ties keep the digest's (path) order.
function sortNewestFirst(articles: readonly Article[]): Article[] {
  const firstDay = (article: Article): number => {
    const span = article.date === null ? null : parseSpan(article.date)
    return span === null ? Number.NEGATIVE_INFINITY : span.first
  }
  return articles
    .map((article, index) => ({ article, index, day: firstDay(article) }))
    .sort((a, b) => (b.day === a.day ? a.index - b.index : b.day > a.day ? 1 : -1))
    .map((item) => item.article)
}

// An article dated to a month, a year or an interval is dated by its first day: never later than the truth.
function publicationInstant(article: Article): string | null {
  const span = article.date === null ? null : parseSpan(article.date)
  return span === null ? null : `${formatDay(span.first)}T00:00:00Z`
}

/** An Atom date (RFC 3339, UTC, whole seconds) for milliseconds since 1970. */
export function atomInstant(milliseconds: number): string {
  return `${new Date(milliseconds).toISOString().slice(0, 19)}Z`
}

/**
 * A name-based UUID (version 5, RFC 9562) as a `urn:uuid:` IRI: the same name
 * always gives the same id, which Atom asks of feed and entry ids.
 * `namespace` is a UUID; default: news-digest's own.
 */
export function nameBasedUuid(name: string, namespace = digestNamespace): string {
  const hash = Buffer.from(sha1(Buffer.concat([Buffer.from(namespace.replace(/-/g, ''), 'hex'), Buffer.from(name, 'utf8')])))
  hash[6] = (hash[6]! & 0x0f) | 0x50
  hash[8] = (hash[8]! & 0x3f) | 0x80
  const hex = hash.subarray(0, 16).toString('hex')
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

// news-digest's own namespace (a random UUID chosen once): ids from other tools never collide with ours.
const digestNamespace = '630e89b3-fc20-473e-ac61-e37c27a706dc'

function element(name: string, text: string): string {
  return `<${name}>${escapeXml(text)}</${name}>`
}

function linkElement(rel: string, type: string, href: string): string {
  return `<link rel="${rel}" type="${type}" href="${escapeXml(href)}"/>`
}

const xmlEntities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' }

/**
 * Escape text for XML content and attributes. Characters XML 1.0 does not
 * allow at all (most control characters, lone surrogates) become U+FFFD, so
 * one odd byte in an article cannot make the feed unreadable.
 */
export function escapeXml(text: string): string {
  return text
    .replace(/[^\t\n\r\u{20}-\u{D7FF}\u{E000}-\u{FFFD}\u{10000}-\u{10FFFF}]/gu, '\uFFFD')
    .replace(/[&<>"']/g, (character) => xmlEntities[character]!)
}
