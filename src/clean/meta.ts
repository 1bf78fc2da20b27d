import path from 'node:path'
import type { ArticleMeta, Block, Provenance } from '../digest.js'
import type { LoadedArticle } from '../load/index.js'
import { formatSpan } from '../calendar/span.js'
import type { TopLineMetadata } from './metadata.js'

/**
 * Settle an article's metadata: front matter first, then what the top lines
 * of the text say, then a readable fallback that never invents an outlet.
 */
export function resolveMeta(article: LoadedArticle, top: TopLineMetadata, blocks: readonly Block[]): ArticleMeta {
  const front = article.frontMatter
  const source = pick(front.source, top.source)
  const title = pick(front.title, top.title)
  const author = pick(front.author, top.author)
  return {
    source: source?.value ?? `Unnamed source (${path.posix.basename(article.path)})`,
    title: title?.value ?? titleFromLede(blocks),
    author: author?.value ?? null,
    date: front.date ? formatSpan(front.date) : null,
    url: front.url && /^https?:\/\//i.test(front.url) ? front.url : null,
    section: pick(front.section, top.section)?.value ?? null,
    provenance: {
      source: source?.from ?? 'fallback',
      title: title?.from ?? 'fallback',
      author: author?.from ?? null,
      date: front.date ? 'front-matter' : null
    }
  }
}

function pick(fromFrontMatter: string | undefined, fromText: string | undefined): { readonly value: string, readonly from: Provenance } | undefined {
  if (fromFrontMatter) return { value: fromFrontMatter, from: 'front-matter' }
  if (fromText) return { value: fromText, from: 'text' }
  return undefined
}

// With no headline anywhere, the opening words of the first paragraph stand in, marked as such.
function titleFromLede(blocks: readonly Block[]): string {
  const lede = blocks.find((block) => block.type === 'paragraph')
  if (!lede) return 'Untitled article'
  const sentence = lede.text.split(/(?<=[.!?])\s/)[0] ?? lede.text
  const words = sentence.split(' ')
  return words.length <= 14 ? sentence : `${words.slice(0, 12).join(' ')}…`
}
