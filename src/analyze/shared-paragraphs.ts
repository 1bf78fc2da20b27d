import type { Block } from '../digest.js'
import { fingerprint, nearDuplicatePairs } from '../text/near-duplicates.js'

/** The paragraphs of one article, for cross-source comparison. */
export interface ArticleParagraphs {
  readonly id: string
  readonly blocks: readonly Block[]
}

/**
 * For every paragraph, the other articles that carry the same or an
 * overlapping paragraph (shared wire copy, quotes reprinted by several
 * outlets). Paragraphs are annotated in each article, never deleted.
 * Uses the MinHash index, so it never compares all pairs.
 */
export function findSharedParagraphs(articles: readonly ArticleParagraphs[]): Map<string, string[]> {
  const owners: Array<{ readonly article: string, readonly block: string }> = []
  const prints = []
  for (const article of articles) {
    for (const block of article.blocks) {
      if (block.type !== 'paragraph') continue
      owners.push({ article: article.id, block: block.id })
      prints.push(fingerprint(block.text))
    }
  }
  const shared = new Map<string, Set<string>>()
  const link = (from: number, to: number): void => {
    const owner = owners[from]!
    const set = shared.get(owner.block) ?? new Set<string>()
    set.add(owners[to]!.article)
    shared.set(owner.block, set)
  }
  for (const [a, b] of nearDuplicatePairs(prints, 'overlap')) {
    if (owners[a]!.article === owners[b]!.article) continue
    link(a, b)
    link(b, a)
  }
  return new Map([...shared].map(([block, set]) => [block, [...set].sort()]))
}
