import type { TimelineEntry, UndatedMention } from '../../digest.js'
import { type ArticleMentions, type DatedMention, type TimelineArticle, findMentions } from './find.js'
import { mergeMentions } from './merge.js'

export type { ArticleMentions, TimelineArticle } from './find.js'
export { findMentions } from './find.js'

/** The shared timeline and the date phrases that could not be placed. */
export interface Timeline {
  readonly entries: readonly TimelineEntry[]
  readonly undated: readonly UndatedMention[]
}

/**
 * Build the shared timeline of a set of articles, in the order given.
 * `found` holds the mentions of articles already searched (by id), as the
 * worker threads that cleaned them do; the others are searched here.
 */
export function buildTimeline(articles: readonly TimelineArticle[], found?: ReadonlyMap<string, ArticleMentions>): Timeline {
  const dated: DatedMention[] = []
  const undated: UndatedMention[] = []
  for (const article of articles) {
    const mentions = found?.get(article.id) ?? findMentions(article)
    dated.push(...mentions.dated)
    undated.push(...mentions.undated)
  }
  const order = new Map(articles.map((article, index) => [article.id, index]))
  return { entries: mergeMentions(dated, order), undated }
}
