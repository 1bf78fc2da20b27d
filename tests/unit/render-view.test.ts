import { describe, expect, it } from 'vitest'
import type { Article, Digest, TimelineEntry } from '../../src/digest.js'
import { renderBlocks } from '../../src/render/blocks.js'
import { toSourceViews } from '../../src/render/source-view.js'
import { labelSources } from '../../src/render/sources.js'
import { toTimelineView } from '../../src/render/timeline-view.js'
import { pageTitleLength, shortenTitle, toPageView } from '../../src/render/view.js'

function article(id: string, source: string, overrides: Partial<Article> = {}): Article {
  return {
    id,
    file: `${id}.txt`,
    source,
    title: `Headline of ${id}`,
    author: null,
    date: '2025-11-26',
    url: null,
    section: null,
    provenance: { source: source.startsWith('Unnamed') ? 'fallback' : 'front-matter', title: 'front-matter', author: null, date: 'front-matter' },
    blocks: [
      { id: `${id}-1`, type: 'paragraph', text: `Lead of ${id}.`, line: 5 },
      { id: `${id}-2`, type: 'heading', text: 'Background', depth: 2, line: 6 },
      { id: `${id}-3`, type: 'paragraph', text: `Body of ${id}.`, line: 7 }
    ],
    removed: [],
    notes: [],
    ...overrides
  }
}

function entry(id: string, date: string, mentions: Array<[string, string, string?]>): TimelineEntry {
  return {
    id,
    date,
    text: `Sentence of ${id}.`,
    phrase: mentions[0]![1],
    sources: [...new Set(mentions.map(([source]) => source))],
    mentions: mentions.map(([source, phrase, own]) => ({ article: source, block: `${source}-1`, text: `Sentence of ${id}.`, phrase, date: own ?? date, rule: 'date-weekday' }))
  }
}

function digest(articles: Article[], timeline: TimelineEntry[] = []): Digest {
  return { version: 1, story: { title: 'Story', start: '2025-11-25', end: '2025-11-26' }, articles, timeline, undated: [], problems: [] }
}

describe('shortenTitle', () => {
  const seedTitle = 'Trump envoy Witkoff reportedly advised Kremlin official on Ukraine peace deal' // 77 characters

  it('keeps a title that fits', () => {
    expect(shortenTitle('Short story', pageTitleLength)).toBe('Short story')
  })

  it('cuts a long title at a word boundary and ends it with an ellipsis', () => {
    expect(shortenTitle(seedTitle, 70)).toBe('Trump envoy Witkoff reportedly advised Kremlin official on Ukraine…')
    expect(shortenTitle(seedTitle, 70).length).toBeLessThanOrEqual(70)
  })

  it('cuts a title made of one long word inside the word', () => {
    expect(shortenTitle('x'.repeat(100), 10)).toBe(`${'x'.repeat(9)}…`)
  })

  it('gives the page a short <title> and keeps the full title for the h1', () => {
    const view = toPageView({ ...digest([article('a', 'Outlet')]), story: { title: seedTitle, start: null, end: null } }, '', 'news-digest test')
    expect(view.title).toBe(seedTitle)
    expect(view.pageTitle.length).toBeLessThanOrEqual(pageTitleLength)
  })
})

describe('labelSources', () => {
  it('numbers sources in digest order and shortens a fallback name to "Unnamed source"', () => {
    const labels = labelSources([article('a', 'The Guardian'), article('b', 'Unnamed source (b.txt)')])
    expect(labels.get('a')).toEqual({ number: 1, href: '#src-a', name: 'The Guardian', shortName: 'The Guardian' })
    expect(labels.get('b')).toEqual({ number: 2, href: '#src-b', name: 'Unnamed source (b.txt)', shortName: 'Unnamed source' })
  })
})

describe('toTimelineView', () => {
  const articles = Array.from({ length: 9 }, (_, index) => article(`s${index + 1}`, `Outlet ${index + 1}`))
  const labels = labelSources(articles)

  it('shows each date once, with its events in order', () => {
    const days = toTimelineView(digest(articles, [entry('event-1', '2025-11-25', [['s1', 'on Tuesday']]), entry('event-2', '2025-11-25', [['s2', 'Tuesday night']]), entry('event-3', '2025-11-26', [['s1', 'on Wednesday']])]), labels)
    expect(days.map((day) => [day.dateLabel, day.events.map((event) => event.id)])).toEqual([['Tue 25 Nov 2025', ['event-1', 'event-2']], ['Wed 26 Nov 2025', ['event-3']]])
  })

  it('lists each phrase as written once, ignoring case', () => {
    const [day] = toTimelineView(digest(articles, [entry('event-1', '2025-11-25', [['s1', 'on Tuesday'], ['s2', 'On Tuesday'], ['s3', 'Tuesday']])]), labels)
    expect(day!.events[0]!.phrases.map((phrase) => phrase.text)).toEqual(['on Tuesday', 'Tuesday'])
  })

  it('shows six badges and counts the other sources, while "What each source says" lists them all', () => {
    const mentions = articles.map((item): [string, string] => [item.id, 'on Tuesday'])
    const [day] = toTimelineView(digest(articles, [entry('event-1', '2025-11-25', mentions)]), labels)
    const event = day!.events[0]!
    expect(event.badges.map((badge) => badge.number)).toEqual([1, 2, 3, 4, 5, 6])
    expect(event.moreSourcesLabel).toBe('+ 3 more')
    expect(event.mentions).toHaveLength(9)
  })

  it('gives a mention its own date when its phrase resolves to another one', () => {
    const [day] = toTimelineView(digest(articles, [entry('event-1', '2025-10-14', [['s1', 'on 14 October'], ['s2', 'last month', '2025-10']])]), labels)
    expect(day!.events[0]!.mentions.map((mention) => [mention.hasOwnDate, mention.ownDateLabel])).toEqual([[false, ''], [true, 'October 2025']])
    expect(day!.events[0]!.hasMentionDetails).toBe(true)
  })

  it('marks a date after the latest publication day as expected', () => {
    const days = toTimelineView(digest(articles, [entry('event-1', '2025-11-26', [['s1', 'today']]), entry('event-2', '2025-11-28', [['s1', 'on Friday']]), entry('event-3', '2025-11', [['s1', 'this month']])]), labels)
    expect(days.map((day) => day.isExpected)).toEqual([false, true, false])
  })
})

describe('toSourceViews', () => {
  const articles = [article('a', 'Outlet A'), article('b', 'Outlet B')]
  const labels = labelSources(articles)

  it('shows the whole text when the page has few sources', () => {
    const [first] = toSourceViews(articles, labels, false)
    expect(first!.leadHtml).toBe('<p id="p-a-1">Lead of a.</p>\n<h4 id="p-a-2">Background</h4>\n<p id="p-a-3">Body of a.</p>')
    expect(first!.hasRest).toBe(false)
  })

  it('shows the lead and collapses the rest when the page has many sources', () => {
    const [first] = toSourceViews(articles, labels, true)
    expect(first!.leadHtml).toBe('<p id="p-a-1">Lead of a.</p>')
    expect(first!.restHtml).toBe('<h4 id="p-a-2">Background</h4>\n<p id="p-a-3">Body of a.</p>')
    expect(first!.restLabel).toBe('Read on (1 more paragraph)')
  })

  it('links each section to the next source, and the last to none', () => {
    const views = toSourceViews(articles, labels, false)
    expect(views.map((view) => view.next)).toEqual([[{ href: '#src-b', number: 2, shortName: 'Outlet B' }], []])
  })
})

describe('renderBlocks', () => {
  it('names at most three other sources that carry a paragraph, then counts the rest', () => {
    const articles = Array.from({ length: 6 }, (_, index) => article(`s${index + 1}`, `Outlet ${index + 1}`))
    const html = renderBlocks([{ id: 's1-1', type: 'paragraph', text: 'Wire copy.', line: 1, sharedWith: ['s2', 's3', 's4', 's5', 's6'] }], labelSources(articles))
    expect(html).toBe('<p id="p-s1-1">Wire copy. <small class="shared">Also in '
      + '<a href="#src-s2"><span class="source-number"><span class="visually-hidden">Source </span>2</span> Outlet 2</a>, '
      + '<a href="#src-s3"><span class="source-number"><span class="visually-hidden">Source </span>3</span> Outlet 3</a>, '
      + '<a href="#src-s4"><span class="source-number"><span class="visually-hidden">Source </span>4</span> Outlet 4</a> and 2 more</small></p>')
  })
})
