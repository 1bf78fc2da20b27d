import type { Article, Block, BlockContainer } from '../digest.js'
import { escapeHtml } from './escape.js'

/** Where a source's section is on the page. */
export function sectionId(articleId: string): string {
  return `src-${articleId}`
}

/**
 * The body of a source as HTML: paragraphs and subheadings in order, list
 * items and quotes grouped again. Plain text is escaped; markdown HTML was
 * sanitised when it was read. Subheadings start at `h4` (the page has
 * `h1` story, `h2` parts, `h3` sources).
 */
export function renderBlocks(article: Article, sourceNames: ReadonlyMap<string, string>): string {
  const parts: string[] = []
  let open: BlockContainer | undefined
  for (const block of article.blocks) {
    if (block.container !== open) {
      if (open) parts.push(closeTag(open))
      if (block.container) parts.push(openTag(block.container))
      open = block.container
    }
    parts.push(renderBlock(block, sourceNames))
  }
  if (open) parts.push(closeTag(open))
  return parts.join('\n')
}

function renderBlock(block: Block, sourceNames: ReadonlyMap<string, string>): string {
  const inner = block.html ?? escapeHtml(block.text)
  if (block.type === 'heading') {
    const level = Math.min(6, 2 + (block.depth ?? 2))
    return `<h${level} id="${escapeHtml(block.id)}">${inner}</h${level}>`
  }
  const shared = block.sharedWith && block.sharedWith.length > 0
    ? ` <small class="shared">Also in ${block.sharedWith.map((id) => `<a href="#${escapeHtml(sectionId(id))}">${escapeHtml(sourceNames.get(id) ?? id)}</a>`).join(', ')}</small>`
    : ''
  switch (block.container) {
    case 'list':
    case 'ordered-list': return `<li id="${escapeHtml(block.id)}">${inner}${shared}</li>`
    case 'code': return `<pre id="${escapeHtml(block.id)}"><code>${escapeHtml(block.text)}</code></pre>`
    default: return `<p id="${escapeHtml(block.id)}">${inner}${shared}</p>`
  }
}

function openTag(container: BlockContainer): string {
  return container === 'list' ? '<ul>' : container === 'ordered-list' ? '<ol>' : container === 'blockquote' ? '<blockquote>' : ''
}

function closeTag(container: BlockContainer): string {
  return container === 'list' ? '</ul>' : container === 'ordered-list' ? '</ol>' : container === 'blockquote' ? '</blockquote>' : ''
}
