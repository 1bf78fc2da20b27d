import type { Root, RootContent, PhrasingContent, Paragraph, List } from 'mdast'
import type { Schema } from 'hast-util-sanitize'
import type { BlockContainer } from '../digest.js'
import { markdownRuns } from './markdown-runs.js'
import { collapseWhitespace, isHardWrapped } from './paragraphs.js'
import type { InlineDrop, RawBlock } from './raw-block.js'

/** Turns markdown into raw blocks; made once per build, because loading remark costs time. */
export interface MarkdownReader {
  /** `linkBase`: the article's own address, that relative links in it are resolved against. */
  read(body: string, firstLine: number, linkBase?: string): RawBlock[]
}

/** How a reader reads. */
export interface MarkdownReaderOptions {
  /** Parse every body whole, plain paragraphs too: slower, the same blocks (what the tests compare against). */
  readonly parseWhole?: boolean
}

/**
 * Load unified, remark-parse and remark-html (only when an input is markdown)
 * and return a reader that splits a markdown body into blocks with sanitised HTML.
 */
export async function createMarkdownReader(options: MarkdownReaderOptions = {}): Promise<MarkdownReader> {
  const [{ unified }, { default: remarkParse }, { default: remarkHtml }, { defaultSchema }, { toString }] = await Promise.all([
    import('unified'), import('remark-parse'), import('remark-html'), import('hast-util-sanitize'), import('mdast-util-to-string')
  ])
  const processor = unified().use(remarkParse).use(remarkHtml, { sanitize: digestSchema(defaultSchema) })
  const parser = unified().use(remarkParse)

  function renderInline(children: PhrasingContent[], linkBase: string | undefined): string {
    const root: Root = { type: 'root', children: [{ type: 'paragraph', children: withAbsoluteLinks(children, linkBase) }] }
    const html = String(processor.stringify(processor.runSync(root) as Root))
    return html.trim().replace(/^<p>/, '').replace(/<\/p>$/, '')
  }

  // Only the runs that hold Markdown go through the parser (see markdown-runs.ts).
  function read(body: string, firstLine: number, linkBase?: string): RawBlock[] {
    const runs = options.parseWhole ? undefined : markdownRuns(body)
    if (!runs) return parse(body, firstLine, linkBase)
    return runs.flatMap((run) => run.plain ? plainParagraph(run.lines, firstLine + run.offset) : parse(run.lines.join('\n'), firstLine + run.offset, linkBase))
  }

  function parse(body: string, firstLine: number, linkBase: string | undefined): RawBlock[] {
    const tree = parser.parse(body)
    const lineStarts = body.split('\n')
    const blocks: RawBlock[] = []
    const context: WalkContext = { blocks, firstLine, lineStarts, renderInline: (children) => renderInline(children, linkBase), toString }
    for (const node of tree.children) walk(node, context, undefined)
    return blocks
  }

  return { read }
}

/**
 * The blocks of a chunk of plain lines, as the parser and `readParagraph`
 * make them: one paragraph of one text node (each line's end trimmed), split
 * at its lines unless they are one hard-wrapped paragraph. Its HTML is its
 * text, which holds nothing to escape.
 */
function plainParagraph(lines: readonly string[], line: number): RawBlock[] {
  const trimmed = lines.map((text) => text.trimEnd())
  if (lines.length > 1 && !isHardWrapped(lines)) {
    return trimmed.map((text, offset) => ({ line: line + offset, lineCount: 1, text: collapseWhitespace(text), kind: 'paragraph', html: text }))
  }
  return [{ line, lineCount: 1, text: collapseWhitespace(trimmed.join(' ')), kind: 'paragraph', html: trimmed.join('\n') }]
}

interface WalkContext {
  readonly blocks: RawBlock[]
  readonly firstLine: number
  readonly lineStarts: readonly string[]
  readonly renderInline: (children: PhrasingContent[]) => string
  readonly toString: (node: PhrasingContent | PhrasingContent[]) => string
}

function walk(node: RootContent, context: WalkContext, container: BlockContainer | undefined): void {
  const line = context.firstLine + (node.position?.start.line ?? 1) - 1
  switch (node.type) {
    case 'heading':
      pushPhrasing(node.children, line, context, { kind: 'heading', depth: node.depth, container })
      return
    case 'paragraph':
      readParagraph(node, line, context, container)
      return
    case 'blockquote':
      for (const child of node.children) walk(child, context, 'blockquote')
      return
    case 'list':
      readList(node, context)
      return
    case 'code':
      if (node.value.trim()) context.blocks.push({ text: node.value, line, lineCount: countLines(node.value) + 2, kind: 'paragraph', container: 'code' })
      return
    case 'html': {
      // Raw HTML is never passed through: its text is kept as plain text for cleaning to judge.
      const text = collapseWhitespace(decodeBasicEntities(node.value.replace(/<[^>]*>/g, ' ')))
      if (text) context.blocks.push({ text, line, lineCount: countLines(node.value), kind: 'paragraph', ...(container ? { container } : {}) })
      return
    }
    case 'table': {
      const text = node.children.map((row) => row.children.map((cell) => context.toString(cell.children)).join(' | ')).join('\n')
      if (text.trim()) context.blocks.push({ text: collapseWhitespace(text), line, lineCount: node.children.length, kind: 'paragraph' })
      return
    }
    default:
      // Thematic breaks and link definitions carry no paragraph text.
      return
  }
}

function readList(list: List, context: WalkContext): void {
  const container: BlockContainer = list.ordered ? 'ordered-list' : 'list'
  for (const item of list.children) {
    for (const child of item.children) {
      if (child.type === 'list') readList(child, context)
      else walk(child, context, container)
    }
  }
}

// A paragraph whose lines are each a sentence was copied one paragraph per line:
// split it as plain text would be, instead of merging it as CommonMark does.
function readParagraph(node: Paragraph, line: number, context: WalkContext, container: BlockContainer | undefined): void {
  const start = node.position?.start.line ?? 1
  const end = node.position?.end.line ?? start
  const sourceLines = context.lineStarts.slice(start - 1, end)
  if (isPipeTable(sourceLines)) {
    // CommonMark has no tables: keep a pipe table whole, as written, and show it preformatted.
    context.blocks.push({ text: sourceLines.map((row) => row.trim()).join('\n'), line, lineCount: sourceLines.length, kind: 'paragraph', container: 'code' })
    return
  }
  const hasBreak = node.children.some((child) => child.type === 'break')
  if (end > start && !hasBreak && !container && !isHardWrapped(sourceLines)) {
    const lines = splitPhrasingByLine(node.children)
    lines.forEach((children, offset) => pushPhrasing(children, line + offset, context, { kind: 'paragraph', container }))
    return
  }
  pushPhrasing(node.children, line, context, { kind: 'paragraph', container })
}

// "| Product | Batch |" over "|---|---|": a GitHub-style table.
function isPipeTable(lines: readonly string[]): boolean {
  return lines.length >= 2 && lines.every((row) => /^\s*\|.*\|\s*$/.test(row)) && lines.some((row) => /^\s*\|(?:\s*:?-{3,}:?\s*\|)+\s*$/.test(row))
}

// Text nodes carry the line breaks; split them there and keep other nodes whole.
function splitPhrasingByLine(children: PhrasingContent[]): PhrasingContent[][] {
  const lines: PhrasingContent[][] = [[]]
  for (const child of children) {
    if (child.type !== 'text' || !child.value.includes('\n')) {
      lines[lines.length - 1]!.push(child)
      continue
    }
    child.value.split('\n').forEach((part, index) => {
      if (index > 0) lines.push([])
      if (part) lines[lines.length - 1]!.push({ type: 'text', value: part })
    })
  }
  return lines.filter((line) => line.length > 0)
}

/** The nodes with each hard line break (`\\` or two spaces at a line's end) as a space: text has none, and the words around it are two. */
function breaksAsSpaces(nodes: readonly PhrasingContent[]): PhrasingContent[] {
  return nodes.map((node): PhrasingContent => {
    if (node.type === 'break') return { type: 'text', value: ' ' }
    return 'children' in node ? { ...node, children: breaksAsSpaces(node.children) } as PhrasingContent : node
  })
}

interface PushOptions {
  readonly kind: 'paragraph' | 'heading'
  readonly depth?: number
  readonly container: BlockContainer | undefined
}

function pushPhrasing(children: PhrasingContent[], line: number, context: WalkContext, options: PushOptions): void {
  const images = children.filter((child) => child.type === 'image' || child.type === 'imageReference')
  const rest = children.filter((child) => child.type !== 'image' && child.type !== 'imageReference')
  const text = collapseWhitespace(context.toString(breaksAsSpaces(rest)))
  const altTexts = images.map((image) => collapseWhitespace(('alt' in image && image.alt) || ''))
  const base = { line, lineCount: 1, ...(options.container ? { container: options.container } : {}) }
  if (!text) {
    // Only an image: its alt text is the block, for cleaning to list as removed.
    const alt = altTexts.filter(Boolean).join(' ')
    if (alt) context.blocks.push({ ...base, text: alt, kind: 'image' })
    return
  }
  // The page loads nothing from other hosts, so images inside text are dropped and listed.
  const dropped: InlineDrop[] = altTexts.map((alt) => ({ text: alt ? `![${alt}]` : '![image]', reason: 'image inside a paragraph (the page loads no images)', rule: 'media-inline-image' }))
  context.blocks.push({
    ...base,
    text,
    kind: options.kind,
    html: context.renderInline(rest),
    ...(options.depth === undefined ? {} : { depth: options.depth }),
    ...(dropped.length > 0 ? { dropped } : {})
  })
}

/**
 * Links as the digest can keep them: a relative link (`/about`, `#notes`)
 * points into the article's own site, not into the digest, where it would
 * break (or, under a sub-path, lead somewhere else). It is resolved against
 * the article's address when the front matter gives one, else unwrapped to
 * its text. Only http(s) results are kept; the sanitiser checks again.
 */
function withAbsoluteLinks(children: readonly PhrasingContent[], linkBase: string | undefined): PhrasingContent[] {
  return children.flatMap((node): PhrasingContent[] => {
    if (node.type === 'link') {
      const url = absoluteHttpUrl(node.url, linkBase)
      const inner = withAbsoluteLinks(node.children, linkBase)
      return url === null ? inner : [{ ...node, url, children: inner as typeof node.children }]
    }
    if ('children' in node) return [{ ...node, children: withAbsoluteLinks(node.children, linkBase) } as PhrasingContent]
    return [node]
  })
}

function absoluteHttpUrl(url: string, base: string | undefined): string | null {
  try {
    const absolute = base === undefined || !/^https?:/i.test(base) ? new URL(url) : new URL(url, base)
    return absolute.protocol === 'http:' || absolute.protocol === 'https:' ? absolute.href : null
  } catch {
    return null
  }
}

/** The sanitising schema: GitHub's, with only http and https links and no embedded media. */
function digestSchema(base: Schema): Schema {
  const blocked = new Set(['img', 'picture', 'video', 'audio', 'source', 'track', 'iframe', 'input'])
  return {
    ...base,
    tagNames: (base.tagNames ?? []).filter((name) => !blocked.has(name)),
    protocols: { ...base.protocols, href: ['http', 'https'], cite: ['http', 'https'] }
  }
}

function decodeBasicEntities(text: string): string {
  return text.replace(/&nbsp;/g, ' ').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&')
}

function countLines(text: string): number {
  return text.split('\n').length
}
