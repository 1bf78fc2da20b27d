import { formatDay } from '../calendar/day.js'
import { parseSpan } from '../calendar/span.js'
import type { Article, Block, Story, TimelineEntry, UndatedMention } from '../digest.js'
import { type OverlapPrint, overlapPrint } from '../text/near-duplicates.js'
import { findSharedParagraphs } from './shared-paragraphs.js'
import { type ArticleMentions, type TimelineArticle, buildTimeline, findMentions } from './timeline/index.js'

const sharedListed = 50

/** What analysis adds to the cleaned articles. */
export interface Analysis {
  readonly articles: readonly Article[]
  readonly story: Story
  readonly timeline: readonly TimelineEntry[]
  readonly undated: readonly UndatedMention[]
}

/**
 * The part of analysis that looks at one article alone: the prints of its
 * paragraphs and its date mentions. A build of many files does it on the
 * worker thread that cleaned the article, beside the cleaning; `analyze`
 * does it for the articles it is not given.
 */
export interface ArticleAnalysis {
  /** By block id, for the article's paragraphs. */
  readonly prints: ReadonlyMap<string, OverlapPrint>
  readonly mentions: ArticleMentions
}

/** Analyze one article alone; see `ArticleAnalysis`. */
export function analyzeArticle(article: Article): ArticleAnalysis {
  const prints = new Map<string, OverlapPrint>()
  for (const block of article.blocks) {
    if (block.type === 'paragraph') prints.set(block.id, overlapPrint(block.text))
  }
  return { prints, mentions: findMentions(timelineArticle(article)) }
}

/**
 * The stages that span all sources: paragraphs shared between sources,
 * the shared timeline, and what the story is (title and date range).
 * `analyzed` holds `analyzeArticle` of articles already analyzed alone, by id.
 */
export function analyze(articles: readonly Article[], title: string | null, analyzed?: ReadonlyMap<string, ArticleAnalysis>): Analysis {
  const printOf = (articleId: string, block: Block): OverlapPrint => analyzed?.get(articleId)?.prints.get(block.id) ?? overlapPrint(block.text)
  const shared = findSharedParagraphs(articles, printOf)
  const annotated = articles.map((article) => ({
    ...article,
    blocks: article.blocks.map((block) => {
      const others = shared.get(block.id)
      if (!others) return block
      // A wire paragraph printed by thousands of sources would list them all in each copy: list 50, count the rest.
      return others.length > sharedListed ? { ...block, sharedWith: others.slice(0, sharedListed), sharedCount: others.length } : { ...block, sharedWith: others }
    })
  }))
  const mentions = analyzed && new Map([...analyzed].map(([id, analysis]) => [id, analysis.mentions]))
  const timeline = buildTimeline(annotated.map(timelineArticle), mentions)
  return { articles: annotated, story: describeStory(annotated, title), timeline: timeline.entries, undated: timeline.undated }
}

function timelineArticle(article: Article): TimelineArticle {
  return { id: article.id, publication: article.date ? parseSpan(article.date) : null, blocks: article.blocks }
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

