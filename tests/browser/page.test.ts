/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// The seeds' digest page in Chromium: accessible, valid, complete without
// script, no sideways scrolling, links that lead where they say.
import fs from 'node:fs/promises'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Built, buildFolder } from '../helpers/build-folder.js'
import { axeViolations, launchChromium, openAllDetails, openPage, pageUrl, reportLines, screenshotPath, validateHtml, widths } from './support.js'

let built: Built
let browser: Browser
let url: string

beforeAll(async () => {
  built = await buildFolder(path.resolve('seeds'))
  url = pageUrl(built.out)
  browser = await launchChromium()
}, 60_000)

afterAll(async () => {
  await browser?.close()
  if (built) await fs.rm(path.dirname(built.out), { recursive: true, force: true })
})

async function withPage<T>(options: Parameters<typeof openPage>[2], use: (page: Page) => Promise<T>): Promise<T> {
  const page = await openPage(browser, url, options)
  try {
    return await use(page)
  } finally {
    await page.context().close()
  }
}

describe('the seeds digest page in Chromium', { timeout: 60_000 }, () => {
  it('loads without console errors, page errors or failed requests', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    const problems: string[] = []
    page.on('console', (message) => { if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`) })
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
    page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`))
    await page.goto(url, { waitUntil: 'load' })
    await openAllDetails(page)
    await context.close()
    expect(problems).toEqual([])
  })

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no axe-core WCAG 2.1 AA violations in the ${colorScheme} scheme, with every disclosure open`, async () => {
      const violations = await withPage({ colorScheme }, async (page) => {
        expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(colorScheme === 'dark')
        await openAllDetails(page)
        return axeViolations(page)
      })
      expect(violations, JSON.stringify(violations, null, 2)).toEqual([])
    })
  }

  it('is valid HTML by html-validate (recommended and document rules)', async () => {
    const report = await validateHtml(built.html)
    expect(reportLines(report)).toEqual([])
    expect(report.valid).toBe(true)
  })

  it('has lang, one h1, no skipped heading level, and the banner, main and contentinfo landmarks', async () => {
    const structure = await withPage({}, (page) => page.evaluate(() => ({
      lang: document.documentElement.lang,
      levels: [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((heading) => Number(heading.tagName[1])),
      landmarks: [...document.querySelectorAll('body > header, main, body > footer')].map((element) => element.tagName.toLowerCase())
    })))
    expect(structure.lang).toBe('en')
    expect(structure.levels.filter((level) => level === 1)).toHaveLength(1)
    expect(structure.levels[0]).toBe(1)
    const skips = structure.levels.filter((level, index) => index > 0 && level > structure.levels[index - 1]! + 1)
    expect(skips).toEqual([])
    expect(structure.landmarks).toEqual(['header', 'main', 'footer'])
  })

  it('is complete with JavaScript disabled: header, every timeline event and every source are there', async () => {
    const shown = await withPage({ javaScriptEnabled: false }, async (page) => {
      expect(await page.evaluate(() => 1).catch(() => 'no script')).toBe(1) // evaluate is the driver's, not the page's
      return {
        scripts: await page.locator('script').count(),
        h1: await page.locator('h1').innerText(),
        events: await page.locator('.event').count(),
        sections: await page.locator('article.source').evaluateAll((articles) => articles.map((article) => article.id)),
        contents: await page.locator('nav.contents a').count(),
        firstEventVisible: await page.locator('.event').first().isVisible(),
        lastSourceTextVisible: await page.locator('article.source').last().locator('.source-body p').first().isVisible()
      }
    })
    expect(shown.scripts).toBe(0)
    expect(shown.h1).toBe(built.digest.story.title)
    expect(shown.events).toBe(built.digest.timeline.length)
    expect(shown.sections).toEqual(built.digest.articles.map((article) => `src-${article.id}`))
    expect(shown.contents).toBe(built.digest.articles.length)
    expect(shown.firstEventVisible).toBe(true)
    expect(shown.lastSourceTextVisible).toBe(true)
  })

  for (const width of widths) {
    it(`does not scroll sideways at ${width} px, even with every disclosure open, and saves a screenshot`, async () => {
      const sizes = await withPage({ viewport: { width, height: 900 } }, async (page) => {
        await page.screenshot({ path: await screenshotPath(`seeds-${width}`), fullPage: true })
        if (width === 375) await page.emulateMedia({ colorScheme: 'dark' }).then(async () => page.screenshot({ path: await screenshotPath(`seeds-${width}-dark`), fullPage: true }))
        await openAllDetails(page)
        return page.evaluate(() => ({
          scrollWidth: document.documentElement.scrollWidth,
          clientWidth: document.documentElement.clientWidth,
          wider: [...document.querySelectorAll('body *')].filter((element) => element.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5).map((element) => element.outerHTML.slice(0, 80))
        }))
      })
      expect(sizes.wider).toEqual([])
      expect(sizes.scrollWidth).toBeLessThanOrEqual(sizes.clientWidth)
      await expect(fs.stat(await screenshotPath(`seeds-${width}`))).resolves.toBeTruthy()
    })
  }

  it('keeps running text to about 75 characters a line on a wide screen', async () => {
    const longest = await withPage({ viewport: { width: 1280, height: 900 } }, (page) => page.evaluate(() => {
      const context = document.createElement('canvas').getContext('2d')!
      return Math.max(...[...document.querySelectorAll('.source-body p, .event-text')].map((paragraph) => {
        const style = getComputedStyle(paragraph)
        context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`
        const text = paragraph.textContent ?? ''
        const averageWidth = context.measureText(text).width / Math.max(1, text.length)
        return paragraph.clientWidth / averageWidth
      }))
    }))
    expect(longest).toBeGreaterThan(40)
    expect(longest).toBeLessThanOrEqual(80)
  })

  it('links every timeline badge, "also in" link and contents entry to a source section that exists', async () => {
    const links = await withPage({}, (page) => page.evaluate(() => [...document.querySelectorAll<HTMLAnchorElement>('.timeline a, .contents a, .shared a, .undated a, .source-foot a')].map((link) => {
      const id = decodeURIComponent(link.hash.slice(1))
      const target = document.getElementById(id)
      return { href: link.getAttribute('href'), target: target ? `${target.tagName.toLowerCase()}${target.classList.contains('source') ? '.source' : ''}#${id}` : null }
    })))
    expect(links.length).toBeGreaterThan(built.digest.articles.length + built.digest.timeline.length)
    const broken = links.filter((link) => link.target === null || !(link.target.startsWith('article.source#') || link.href === '#contents'))
    expect(broken).toEqual([])
  })

  it('scrolls to and targets the right section when a contents link or a timeline badge is clicked', async () => {
    const arrivals = await withPage({ viewport: { width: 375, height: 800 } }, async (page) => {
      const results: Array<{ href: string, hash: string, target: string, top: number }> = []
      const selectors = ['.contents a', '.event .badge']
      for (const selector of selectors) {
        const count = await page.locator(selector).count()
        for (let index = 0; index < count; index++) {
          const link = page.locator(selector).nth(index)
          const href = (await link.getAttribute('href'))!
          await link.click()
          results.push(await page.evaluate((expected) => {
            const target = document.querySelector(':target')
            return { href: expected, hash: location.hash, target: target ? `#${target.id}` : '', top: Math.round(document.getElementById(expected.slice(1))!.getBoundingClientRect().top) }
          }, href))
        }
      }
      return results
    })
    expect(arrivals.length).toBe(built.digest.articles.length + built.digest.timeline.reduce((sum, entry) => sum + Math.min(6, entry.sources.length), 0))
    for (const arrival of arrivals) {
      expect(arrival.hash, arrival.href).toBe(arrival.href)
      expect(arrival.target, arrival.href).toBe(arrival.href)
      // The section starts at the top of the screen, below the scroll padding (24 px).
      expect(arrival.top, arrival.href).toBeGreaterThanOrEqual(0)
      expect(arrival.top, arrival.href).toBeLessThanOrEqual(40)
    }
  })

  it('shows the skip link and a visible focus outline to keyboard users', async () => {
    const focus = await withPage({}, async (page) => {
      await page.keyboard.press('Tab')
      const skip = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement
        const style = getComputedStyle(element)
        return { text: element.textContent, href: element.getAttribute('href'), top: element.getBoundingClientRect().top, outline: `${style.outlineStyle} ${style.outlineWidth}` }
      })
      await page.keyboard.press('Enter')
      return { skip, hash: await page.evaluate(() => location.hash) }
    })
    expect(focus.skip.text).toBe('Skip to main content')
    expect(focus.skip.top).toBeGreaterThanOrEqual(0)
    expect(focus.skip.outline).toBe('solid 3px')
    expect(focus.hash).toBe('#main')
  })

  it('prints black on white, without the contents list and the removed-text lists', async () => {
    const printed = await withPage({}, async (page) => {
      await page.emulateMedia({ media: 'print', colorScheme: 'dark' })
      return page.evaluate(() => ({
        color: getComputedStyle(document.body).color,
        background: getComputedStyle(document.body).backgroundColor,
        contents: getComputedStyle(document.querySelector('.contents')!).display,
        removed: getComputedStyle(document.querySelector('.removed')!).display
      }))
    })
    expect(printed).toEqual({ color: 'rgb(0, 0, 0)', background: 'rgb(255, 255, 255)', contents: 'none', removed: 'none' })
  })
})
