import type { TimelineEntry, UndatedMention } from '../../digest.js'
import { type DatedMention, type TimelineArticle, findMentions } from './find.js'
import { mergeMentions } from './merge.js'

export type { TimelineArticle } from './find.js'

/** The shared timeline and the date phrases that could not be placed. */
export interface Timeline {
  readonly entries: readonly TimelineEntry[]
  readonly undated: readonly UndatedMention[]
}

/** Build the shared timeline of a set of articles, in the order given. */
export function buildTimeline(articles: readonly TimelineArticle[]): Timeline {
  const dated: DatedMention[] = []
  const undated: UndatedMention[] = []
  for (const article of articles) {
    const found = findMentions(article)
    dated.push(...found.dated)
    undated.push(...found.undated)
  }
  const order = new Map(articles.map((article, index) => [article.id, index]))
  return { entries: mergeMentions(dated, order), undated }
}
