/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// Functions passed to page.evaluate run in the browser, with its DOM.
import fsp from 'node:fs/promises'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { createRequire } from 'node:module'
import type { Browser, BrowserContextOptions, Page } from 'playwright-core'
import { HtmlValidate, type Report } from 'html-validate'

// Launching (and the message when Chromium is missing) is shared with the other browser tests.
export { chromiumPath, launchChromium } from '../helpers/browser.js'

/** The address of a built page. The page has no script and no external resource, so `file://` shows it as a host would. */
export function pageUrl(out: string): string {
  return pathToFileURL(path.join(out, 'index.html')).href
}

/** Open a page in a fresh context; the context closes with `page.context().close()`. */
export async function openPage(browser: Browser, url: string, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext(options)
  const page = await context.newPage()
  await page.goto(url, { waitUntil: 'load' })
  return page
}

/** Open every `<details>`, so that checks see the collapsed text too. */
export async function openAllDetails(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const details of document.querySelectorAll('details')) details.open = true
  })
}

/** A violation as axe-core reports it (the part the tests print). */
export interface AxeViolation {
  readonly id: string
  readonly impact: string | null
  readonly help: string
  readonly nodes: ReadonlyArray<{ readonly target: readonly unknown[], readonly failureSummary?: string }>
}

const axeSource = (createRequire(import.meta.url)('axe-core') as { source: string }).source

/** The WCAG 2.1 A and AA rules of axe-core. */
export const wcag21aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

/** Run axe-core in the page with the WCAG 2.1 AA rules and return the violations. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated by the driver, not added as a <script>: the page's Content-Security-Policy forbids inline script.
  await page.evaluate(axeSource)
  return page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> } }).axe
    const results = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
    return results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      nodes: violation.nodes.slice(0, 5).map((node) => ({ target: node.target, ...(node.failureSummary === undefined ? {} : { failureSummary: node.failureSummary }) }))
    }))
  }, wcag21aa)
}

/**
 * html-validate's recommended and document rules (or the given presets). `valid-id` is relaxed to
 * what HTML allows: block anchors are `<file name>-<n>` and file names such as
 * `000_fdfc8b26ff136579.txt` start with a digit, which HTML permits (the strict
 * form only keeps ids usable as CSS selectors without escaping).
 */
export async function validateHtml(html: string, presets: readonly string[] = ['html-validate:recommended', 'html-validate:document']): Promise<Report> {
  const validator = new HtmlValidate({
    extends: [...presets],
    rules: { 'valid-id': ['error', { relaxed: true }] }
  })
  return validator.validateString(html, 'index.html')
}

/** The messages of a report as `line:column rule message`, for a readable failure. */
export function reportLines(report: Report): string[] {
  return report.results.flatMap((result) => result.messages.map((message) => `${message.line}:${message.column} ${message.ruleId} ${message.message}`))
}

/** Where screenshots go: test-results/screenshots (gitignored), kept as CI artifacts. */
export async function screenshotPath(name: string): Promise<string> {
  const folder = path.resolve('test-results', 'screenshots')
  await fsp.mkdir(folder, { recursive: true })
  return path.join(folder, `${name}.png`)
}

/** The three widths the page is checked at: a small phone, a tablet, a laptop. */
export const widths = [375, 768, 1280] as const
