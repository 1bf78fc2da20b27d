import type { Block } from '../digest.js'
import { type OverlapPrint, nearDuplicatePairs, overlapPrint } from '../text/near-duplicates.js'

/** The paragraphs of one article, for cross-source comparison. */
export interface ArticleParagraphs {
  readonly id: string
  readonly blocks: readonly Block[]
}

/**
 * For every paragraph, the other articles that carry the same or an
 * overlapping paragraph (shared wire copy, quotes reprinted by several
 * outlets), in input order. Paragraphs are annotated in each article, never
 * deleted. Identical paragraphs are grouped first, so wire copy printed by
 * many sources enters the MinHash index once; the index never compares all pairs.
 * `printOf` gives a paragraph's print: computed here, or taken from those
 * the worker threads computed (`analyzeArticle`).
 */
export function findSharedParagraphs(articles: readonly ArticleParagraphs[], printOf: (article: string, block: Block) => OverlapPrint = (_, block) => overlapPrint(block.text)): Map<string, string[]> {
  const order = new Map(articles.map((article, index) => [article.id, index]))
  const groups: Array<{ readonly blocks: Array<{ readonly article: string, readonly block: string }>, readonly print: OverlapPrint }> = []
  const groupOfKey = new Map<string, number>()
  for (const article of articles) {
    for (const block of article.blocks) {
      if (block.type !== 'paragraph') continue
      const print = printOf(article.id, block)
      const known = print.key ? groupOfKey.get(print.key) : undefined
      if (known !== undefined) {
        groups[known]!.blocks.push({ article: article.id, block: block.id })
        continue
      }
      if (print.key) groupOfKey.set(print.key, groups.length)
      groups.push({ blocks: [{ article: article.id, block: block.id }], print })
    }
  }
  // Articles each group reaches: its own, and those of the groups it overlaps.
  const reach = groups.map((group) => new Set(group.blocks.map((item) => item.article)))
  const own = groups.map((group) => new Set(group.blocks.map((item) => item.article)))
  for (const [a, b] of nearDuplicatePairs(groups.map((group) => group.print), 'overlap')) {
    for (const article of own[b]!) reach[a]!.add(article)
    for (const article of own[a]!) reach[b]!.add(article)
  }
  const shared = new Map<string, string[]>()
  for (const [index, group] of groups.entries()) {
    if (reach[index]!.size < 2) continue
    const articlesReached = [...reach[index]!].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0))
    for (const { article, block } of group.blocks) {
      const others = articlesReached.filter((id) => id !== article)
      if (others.length > 0) shared.set(block, others)
    }
  }
  return shared
}
