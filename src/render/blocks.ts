import type { Block, BlockContainer } from '../digest.js'
import { escapeHtml } from './escape.js'
import { type SourceLabel, labelOf } from './sources.js'
import { formatCount } from './numbers.js'

// The feed links to source sections too; it imports the id from here.
export { sectionId } from './sources.js'

/**
 * Blocks of a source as HTML: paragraphs and subheadings in order, list
 * items and quotes grouped again. Plain text is escaped; markdown HTML was
 * sanitised when it was read. Subheadings start at `h4` (the page has
 * `h1` story, `h2` parts, `h3` sources).
 */
export function renderBlocks(blocks: readonly Block[], labels: ReadonlyMap<string, SourceLabel>): string {
  const parts: string[] = []
  let open: BlockContainer | undefined
  for (const block of blocks) {
    if (block.container !== open) {
      if (open) parts.push(closeTag(open))
      if (block.container) parts.push(openTag(block.container))
      open = block.container
    }
    parts.push(renderBlock(block, labels))
  }
  if (open) parts.push(closeTag(open))
  return parts.join('\n')
}

/**
 * Split a source's blocks into its lead (the first paragraph, when it stands
 * on its own) and the rest, for pages with many sources, where only the lead
 * is shown and the rest is collapsed.
 */
export function splitLead(blocks: readonly Block[]): { readonly lead: readonly Block[], readonly rest: readonly Block[] } {
  const first = blocks[0]
  const isPlainParagraph = first !== undefined && first.type === 'paragraph' && first.container === undefined
  return isPlainParagraph ? { lead: [first], rest: blocks.slice(1) } : { lead: [], rest: blocks }
}

/**
 * A block's element id on the page: its digest id behind `p-`, which no
 * other id of the page begins with. Bare, an article named `event.txt`
 * gave `event-1`, a timeline event's id, and one named `src-x.txt` gave
 * `src-x-1`, the section of an article named `x-1.txt`.
 */
function blockElementId(blockId: string): string {
  return `p-${blockId}`
}

function renderBlock(block: Block, labels: ReadonlyMap<string, SourceLabel>): string {
  const inner = block.html ?? escapeHtml(block.text)
  const id = escapeHtml(blockElementId(block.id))
  if (block.type === 'heading') {
    const level = Math.min(6, 2 + (block.depth ?? 2))
    return `<h${level} id="${id}">${inner}</h${level}>`
  }
  const shared = block.sharedWith && block.sharedWith.length > 0 ? ` ${alsoIn(block.sharedWith, block.sharedCount ?? block.sharedWith.length, labels)}` : ''
  switch (block.container) {
    case 'list':
    case 'ordered-list': return `<li id="${id}">${inner}${shared}</li>`
    case 'code': return `<pre id="${id}"><code>${escapeHtml(block.text)}</code></pre>`
    default: return `<p id="${id}">${inner}${shared}</p>`
  }
}

/** How many sources "Also in" names: wire copy can be shared by hundreds of sources. */
export const alsoInShown = 3

/** `Also in ① A, ② B and 12 more`: the other sources that carry the same paragraph. */
function alsoIn(articleIds: readonly string[], total: number, labels: ReadonlyMap<string, SourceLabel>): string {
  const links = articleIds.slice(0, alsoInShown).map((id) => sourceLink(labelOf(labels, id))).join(', ')
  const more = total - Math.min(alsoInShown, articleIds.length)
  return `<small class="shared">Also in ${links}${more > 0 ? ` and ${formatCount(more)} more` : ''}</small>`
}

/** A link to a source's section, numbered as on its timeline badges and in the contents (the template prints the same markup). */
function sourceLink(label: SourceLabel): string {
  return `<a href="${escapeHtml(label.href)}"><span class="source-number"><span class="visually-hidden">Source </span>${label.number}</span> ${escapeHtml(label.shortName)}</a>`
}

function openTag(container: BlockContainer): string {
  return container === 'list' ? '<ul>' : container === 'ordered-list' ? '<ol>' : container === 'blockquote' ? '<blockquote>' : ''
}

function closeTag(container: BlockContainer): string {
  return container === 'list' ? '</ul>' : container === 'ordered-list' ? '</ol>' : container === 'blockquote' ? '</blockquote>' : ''
}
