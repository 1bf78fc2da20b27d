import { formatDay } from '../calendar/day.js'
import { parseSpan } from '../calendar/span.js'
import type { Article, Story, TimelineEntry, UndatedMention } from '../digest.js'
import { findSharedParagraphs } from './shared-paragraphs.js'
import { buildTimeline } from './timeline/index.js'

const sharedListed = 50

/** What analysis adds to the cleaned articles. */
export interface Analysis {
  readonly articles: readonly Article[]
  readonly story: Story
  readonly timeline: readonly TimelineEntry[]
  readonly undated: readonly UndatedMention[]
}

/**
 * The stages that span all sources: paragraphs shared between sources,
 * the shared timeline, and what the story is (title and date range).
 */
export function analyze(articles: readonly Article[], title: string | null): Analysis {
  const shared = findSharedParagraphs(articles)
  const annotated = articles.map((article) => ({
    ...article,
    blocks: article.blocks.map((block) => {
      const others = shared.get(block.id)
      if (!others) return block
      // A wire paragraph printed by thousands of sources would list them all in each copy: list 50, count the rest.
      return others.length > sharedListed ? { ...block, sharedWith: others.slice(0, sharedListed), sharedCount: others.length } : { ...block, sharedWith: others }
    })
  }))
  const timeline = buildTimeline(annotated.map((article) => ({ id: article.id, publication: article.date ? parseSpan(article.date) : null, blocks: article.blocks })))
  return { articles: annotated, story: describeStory(annotated, title), timeline: timeline.entries, undated: timeline.undated }
}

function describeStory(articles: readonly Article[], title: string | null): Story {
  const spans = articles.map((article) => (article.date ? parseSpan(article.date) : null)).filter((span) => span !== null)
  const first = spans.length > 0 ? Math.min(...spans.map((span) => span.first)) : null
  const last = spans.length > 0 ? Math.max(...spans.map((span) => span.last)) : null
  const dated = articles.filter((article) => article.date !== null).sort((a, b) => (a.date! < b.date! ? -1 : a.date! > b.date! ? 1 : 0))
  const headline = [...dated, ...articles].find((article) => article.provenance.title !== 'fallback')
  return {
    title: title ?? headline?.title ?? articles[0]?.title ?? 'News digest',
    start: first === null ? null : formatDay(first),
    end: last === null ? null : formatDay(last)
  }
}

