import fs from 'node:fs/promises'
import path from 'node:path'
import Mustache from 'mustache'
import type { Digest } from '../digest.js'
import { toPageView } from './view.js'

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
  // Parsed now, so that a broken template stops the build before anything is written.
  try {
    Mustache.parse(page)
  } catch (error) {
    throw new TemplateError(`Cannot use template \`${path.join(folder, 'page.html')}\`: ${error instanceof Error ? error.message : String(error)}`)
  }
  return { page, css }
}

/**
 * Render the digest page. Mustache escapes every `{{value}}`; only the CSS
 * and the already escaped or sanitised bodies are inserted raw.
 */
export function renderPage(digest: Digest, templates: Templates, generator: string, baseUrl: string | null = null): string {
  // `</style` inside the CSS would end the style element early.
  const css = templates.css.replace(/<\/style/gi, '<\\/style')
  return Mustache.render(templates.page, toPageView(digest, css, generator, baseUrl))
}
