import fs from 'node:fs/promises'
import path from 'node:path'
import Mustache from 'mustache'
import type { Digest } from '../digest.js'
import { toSourceView } from './source-view.js'
import { toPageFrame, toPageView } from './view.js'

/** The page templates, read from the templates folder. */
export interface Templates {
  readonly page: string
  readonly css: string
}

/** Error for a templates folder that cannot be used; its message is shown as is. */
export class TemplateError extends Error {}

/** Read `page.html` and `style.css` from a templates folder. */
export async function readTemplates(folder: string): Promise<Templates> {
  const read = async (name: string): Promise<string> => {
    try {
      return await fs.readFile(path.join(folder, name), 'utf8')
    } catch {
      throw new TemplateError(`Cannot read template \`${path.join(folder, name)}\`: expected \`page.html\` and \`style.css\` in the templates folder`)
    }
  }
  const [page, css] = await Promise.all([read('page.html'), read('style.css')])
  const pageFile = path.join(folder, 'page.html')
  // An empty page would be published as an empty site.
  if (!page.trim()) throw new TemplateError(`Cannot use template \`${pageFile}\`: it is empty`)
  // Parsed now, so that a broken template stops the build before anything is written.
  let tokens: TemplateSpans
  try {
    tokens = Mustache.parse(page) as TemplateSpans
  } catch (error) {
    throw new TemplateError(`Cannot use template \`${pageFile}\`: ${withLineAndColumn(error instanceof Error ? error.message : String(error), page)}`)
  }
  const unclosed = firstUnclosedTag(tokens)
  if (unclosed !== undefined) {
    throw new TemplateError(`Cannot use template \`${pageFile}\`: ${withLineAndColumn(`Unclosed tag at ${unclosed}`, page)}`)
  }
  return { page, css }
}

/** Mustache's parse: `[type, value, start, end, children?]` for each piece. */
type TemplateSpans = ReadonlyArray<readonly [string, string, number, number, TemplateSpans?]>

/**
 * Where a tag starts that runs on to a later tag's `}}` (`{{lang` … `{{title}}`):
 * Mustache takes all of that for one tag's name, and the page silently loses
 * what lies between (its security header, say).
 */
function firstUnclosedTag(tokens: TemplateSpans): number | undefined {
  for (const [type, value, start, , children] of tokens) {
    if (type !== 'text' && value.includes('{{')) return start
    const inner = children ? firstUnclosedTag(children) : undefined
    if (inner !== undefined) return inner
  }
  return undefined
}

/**
 * Mustache says where in characters (`Unclosed tag at 30`); people and
 * editors count lines and columns. For a tag or a section never closed it
 * points at the end of the page: the opening tag is where to look.
 */
function withLineAndColumn(message: string, page: string): string {
  const offset = / at (\d+)$/.exec(message)
  if (!offset) return message
  const section = /^Unclosed section "([^"]*)"/.exec(message)?.[1]
  const opening = section !== undefined
    ? Math.max(page.lastIndexOf(`{{#${section}}}`), page.lastIndexOf(`{{^${section}}}`))
    : message.startsWith('Unclosed tag') ? page.lastIndexOf('{{', Number(offset[1])) : -1
  const before = page.slice(0, opening >= 0 ? opening : Number(offset[1]))
  const line = before.split('\n').length
  const column = before.length - before.lastIndexOf('\n')
  return `${message.slice(0, offset.index)} at line ${line}, column ${column}`
}

/**
 * Render the digest page. Mustache escapes every `{{value}}`; only the CSS
 * and the already escaped or sanitised bodies are inserted raw.
 */
export function renderPage(digest: Digest, templates: Templates, generator: string, baseUrl: string | null = null): string {
  return Mustache.render(templates.page, toPageView(digest, safeCss(templates), generator, baseUrl))
}

/**
 * The same page as `renderPage`, in pieces: one per source section when the
 * template lists them in a top-level `{{#articles}}` section (the default
 * template does), else the whole page as one piece. A page of thousands of
 * sources is then never held whole, nor all its section views at once.
 */
export function* renderPagePieces(digest: Digest, templates: Templates, generator: string, baseUrl: string | null = null): Generator<string> {
  const tokens = Mustache.parse(templates.page) as MustacheToken[]
  const at = tokens.findIndex((token) => token[0] === '#' && token[1] === 'articles')
  if (at === -1) {
    yield renderPage(digest, templates, generator, baseUrl)
    return
  }
  const frame = toPageFrame(digest, safeCss(templates), generator, baseUrl)
  const writer = new Mustache.Writer()
  const context = new Mustache.Context(frame)
  const render = (part: MustacheToken[], scope: Mustache.Context): string => writer.renderTokens(part as string[][], scope, undefined, templates.page)
  yield render(tokens.slice(0, at), context)
  const section = tokens[at]![4] as MustacheToken[]
  // As Mustache renders a section over a list: each item's view pushed on the page's.
  for (let index = 0; index < digest.articles.length; index++) {
    yield render(section, context.push(toSourceView(digest.articles, index, frame.labels, frame.hasManySources)))
  }
  yield render(tokens.slice(at + 1), context)
}

/** A parsed Mustache token: `[type, value, start, end, children?, …]`. */
type MustacheToken = [string, string, number, number, ...unknown[]]

// `</style` inside the CSS would end the style element early.
function safeCss(templates: Templates): string {
  return templates.css.replace(/<\/style/gi, '<\\/style')
}
