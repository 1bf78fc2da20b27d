import type { Article } from '../digest.js'

/** Where a source's section is on the page. */
export function sectionId(articleId: string): string {
  return `src-${articleId}`
}

/** How the page names one source wherever it links to it. */
export interface SourceLabel {
  /** 1-based place of the source in the digest, shown in the contents and on every badge. */
  readonly number: number
  /** `#src-<id>`: the source's section. */
  readonly href: string
  /** The outlet as the digest names it, e.g. `Unnamed source (003_….txt)`. */
  readonly name: string
  /**
   * The outlet for badges and cross-links: the name, or just `Unnamed source`
   * when the name is the fallback (the file name would make every badge long;
   * the number tells unnamed sources apart and the section shows the file).
   */
  readonly shortName: string
}

/** Labels of all sources by article id, numbered in digest order. */
export function labelSources(articles: readonly Article[]): ReadonlyMap<string, SourceLabel> {
  return new Map(articles.map((article, index) => [article.id, {
    number: index + 1,
    href: `#${sectionId(article.id)}`,
    name: article.source,
    shortName: article.provenance.source === 'fallback' ? 'Unnamed source' : article.source
  }]))
}

/** The label of an article id; an id the digest does not hold still gets a usable label. */
export function labelOf(labels: ReadonlyMap<string, SourceLabel>, articleId: string): SourceLabel {
  return labels.get(articleId) ?? { number: 0, href: `#${sectionId(articleId)}`, name: articleId, shortName: articleId }
}
