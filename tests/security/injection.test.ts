import fs from 'node:fs/promises'
import path from 'node:path'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from '../helpers/browser.js'
import { type Built, buildFolder, writeInput } from '../helpers/build-folder.js'
import { hostileCorpus } from './corpus.js'
import { injectionVectors } from './vectors.js'

/** What happened while a page was open in Chromium. */
interface Visit {
  /** Numbers passed to `__pwned`: the vectors that ran. */
  readonly pwned: readonly number[]
  readonly dialogs: readonly string[]
  /** Main-frame navigations after the first load. */
  readonly navigations: readonly string[]
  /** Requests other than the page itself (all refused). */
  readonly requests: readonly string[]
  readonly cspViolations: readonly string[]
  readonly title: string
  readonly dom: DomReport
}

/** Active content found in the DOM. */
interface DomReport {
  readonly handlerAttributes: readonly string[]
  readonly activeElements: readonly string[]
  readonly badLinks: readonly string[]
  readonly urlAttributes: readonly string[]
  readonly httpEquiv: readonly string[]
  readonly styleElements: number
  readonly styledInBody: readonly string[]
  readonly frames: number
}

const pageUrl = 'http://digest.test/index.html'
const cspPattern = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">\n?/i

let browser: Browser
let hostile: Built
let seeds: Built

beforeAll(async () => {
  // Chromium first: without it the suite fails at once, with the command that installs it.
  browser = await launchChromium()
  hostile = await buildFolder(await writeInput(hostileCorpus()))
  seeds = await buildFolder(path.resolve('seeds'))
}, 180_000)

afterAll(async () => {
  await browser?.close()
})

async function visit(html: string): Promise<Visit> {
  const context = await browser.newContext()
  try {
    const page = await context.newPage()
    const pwned: number[] = []
    const dialogs: string[] = []
    const navigations: string[] = []
    const requests: string[] = []
    const cspViolations: string[] = []
    await page.exposeFunction('__pwned', (value: unknown) => { pwned.push(Number(value)) })
    await page.exposeFunction('__cspViolation', (directive: unknown) => { cspViolations.push(String(directive)) })
    // Init scripts are run by the browser itself, not by the page, so the CSP does not stop them.
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        (window as unknown as { __cspViolation: (directive: string) => void }).__cspViolation(`${event.violatedDirective} ${event.blockedURI}`)
      })
    })
    page.on('dialog', (dialog) => {
      dialogs.push(`${dialog.type()}: ${dialog.message()}`)
      void dialog.dismiss()
    })
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame() && frame.url() !== pageUrl) navigations.push(frame.url())
    })
    await context.route('**/*', async (route) => {
      const requested = route.request().url()
      if (requested === pageUrl) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html })
      requests.push(requested)
      return route.abort()
    })
    await page.goto(pageUrl, { waitUntil: 'load' })
    // Autofocus, animations, `<details ontoggle>` and a meta refresh fire after load.
    await page.waitForTimeout(750)
    const dom = await page.evaluate(inspectDom)
    return { pwned, dialogs, navigations, requests, cspViolations, title: await page.title(), dom }
  } finally {
    await context.close()
  }
}

// Runs in the page: lists everything that could run script, load something or leave the page.
function inspectDom(): DomReport {
  const active = new Set(['script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'form', 'input', 'button', 'textarea',
    'select', 'img', 'image', 'svg', 'math', 'video', 'audio', 'source', 'track', 'picture', 'marquee', 'isindex', 'keygen', 'template',
    'noscript', 'plaintext', 'xmp', 'noembed', 'animate', 'set', 'use', 'foreignobject', 'xss', 'portal'])
  const urlAttributes = ['src', 'srcset', 'srcdoc', 'action', 'formaction', 'data', 'background', 'poster', 'xlink:href', 'ping', 'lowsrc', 'dynsrc', 'codebase']
  const elements = [...document.querySelectorAll('*')]
  const describe = (element: Element): string => `<${element.localName}${element.id ? `#${element.id}` : ''}>`
  const isSafeHref = (href: string): boolean => {
    if (href.startsWith('#')) return true
    // A relative path with no scheme (`feed.xml`), or an http(s) address.
    if (!/^[a-z][a-z0-9+.-]*:/i.test(href.trim()) && !href.trim().startsWith('//')) return /^[\w.-]+(?:[/?#][^\s]*)?$/.test(href)
    try {
      const parsed = new URL(href)
      return (parsed.protocol === 'http:' || parsed.protocol === 'https:') && /^https?:\/\//i.test(href)
    } catch {
      return false
    }
  }
  return {
    handlerAttributes: elements.flatMap((element) => [...element.attributes].filter((attribute) => /^on/i.test(attribute.name)).map((attribute) => `${describe(element)} ${attribute.name}`)),
    activeElements: elements.filter((element) => active.has(element.localName)).map(describe),
    badLinks: elements.filter((element) => element.hasAttribute('href') && !isSafeHref(element.getAttribute('href') ?? '')).map((element) => `${describe(element)} href=${element.getAttribute('href')}`),
    urlAttributes: elements.flatMap((element) => urlAttributes.filter((name) => element.hasAttribute(name)).map((name) => `${describe(element)} ${name}`)),
    httpEquiv: [...document.querySelectorAll('meta[http-equiv]')].map((meta) => meta.getAttribute('http-equiv')!.toLowerCase()),
    styleElements: document.querySelectorAll('style').length,
    styledInBody: [...document.querySelectorAll('main [style], footer [style]')].map(describe),
    frames: window.frames.length
  }
}

function withoutCsp(html: string): string {
  expect(html).toMatch(cspPattern)
  return html.replace(cspPattern, '')
}

/** The text of the page's `<title>` as written, before any script could change it. */
function writtenTitle(html: string): string {
  const escaped = /<title>([\s\S]*?)<\/title>/.exec(html)?.[1] ?? ''
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }
  return escaped.replace(/&(?:#x([\da-f]+)|#(\d+)|(\w+));/gi, (entity, hex: string | undefined, decimal: string | undefined, name: string | undefined) =>
    hex ? String.fromCodePoint(parseInt(hex, 16)) : decimal ? String.fromCodePoint(Number(decimal)) : named[name!] ?? entity)
}

function expectNothingRan(result: Visit, html: string): void {
  const expectedTitle = writtenTitle(html)
  expect(expectedTitle).not.toBe('')
  expect(result.pwned, 'vectors that ran').toEqual([])
  expect(result.dialogs, 'dialogs opened').toEqual([])
  expect(result.navigations, 'navigations away from the page').toEqual([])
  expect(result.requests, 'requests the page made').toEqual([])
  expect(result.title.replace(/\s+/g, ' ').trim()).toBe(expectedTitle.replace(/\s+/g, ' ').trim())
  expect(result.dom.handlerAttributes, 'event handler attributes').toEqual([])
  expect(result.dom.activeElements, 'active elements').toEqual([])
  expect(result.dom.badLinks, 'links that are not http(s), relative or a fragment').toEqual([])
  expect(result.dom.urlAttributes, 'attributes that load or run a URL').toEqual([])
  expect(result.dom.styleElements, 'style elements').toBe(1)
  expect(result.dom.styledInBody, 'style attributes in the content').toEqual([])
  expect(result.dom.frames, 'frames').toBe(0)
}

describe('the injection corpus', () => {
  it('holds at least 100 vectors, each in a markdown body, a text body, every front matter field and a file name', () => {
    expect(injectionVectors.length).toBeGreaterThanOrEqual(100)
    const files = Object.keys(hostileCorpus())
    expect(files).toHaveLength(injectionVectors.length * 3)
    expect(files.filter((name) => name.endsWith('-body.md'))).toHaveLength(injectionVectors.length)
    expect(hostileCorpus()['001-body.md']).toMatch(/^---\ntitle: .*\nsource: .*\nauthor: .*\nsection: .*\nurl: .*\ndate: .*\n---\n/)
  })

  it('builds every file of it into the digest, with no fatal problem', () => {
    expect(hostile.result.hasFatal).toBe(false)
    expect(hostile.digest.articles).toHaveLength(injectionVectors.length * 3)
  })

  it('keeps only http: and https: addresses as article urls', () => {
    const urls = hostile.digest.articles.map((article) => article.url).filter((url): url is string => url !== null)
    expect(urls.length).toBeGreaterThan(0)
    for (const url of urls) expect(url).toMatch(/^https?:\/\//i)
    const refused = hostile.digest.problems.filter((problem) => problem.rule === 'front-matter-url')
    expect(refused.length).toBeGreaterThanOrEqual(injectionVectors.filter((vector) => vector.kind === 'url').length - 3)
  })

  it('writes a well-formed Atom feed with no markup from the articles and only http(s) or relative links', async () => {
    const feed = await fs.readFile(path.join(hostile.out, 'feed.xml'), 'utf8')
    expect(XMLValidator.validate(feed)).toBe(true)
    expect(feed).not.toMatch(/<(?:script|img|svg|iframe|math)\b/i)
    for (const [, href] of feed.matchAll(/\shref="([^"]*)"/g)) expect(href).toMatch(/^(?:https?:\/\/|[\w.-]+(?:[/?#]|$)|#)/i)
  })

  it('gives feed readers entry HTML with no active markup once the XML is decoded', async () => {
    const feed = new XMLParser({ ignoreAttributes: false, processEntities: true, htmlEntities: false }).parse(await fs.readFile(path.join(hostile.out, 'feed.xml'), 'utf8')) as { feed: { entry: Array<{ content: { '#text'?: string } }> } }
    const contents = feed.feed.entry.map((entry) => entry.content['#text'] ?? '')
    expect(contents.join('')).toContain('&lt;script&gt;__pwned(1)&lt;/script&gt;')
    for (const html of contents) {
      expect(html).not.toMatch(/<(?:script|img|svg|iframe|math|style|object|embed|form|base|meta|link)\b/i)
      // Attribute names of every tag, quoted values (where escaped text may say `onmouseover=`) left out.
      for (const [tag] of html.matchAll(/<[a-z][^>]*>/gi)) expect(tag.replace(/"[^"]*"/g, '""')).not.toMatch(/\son\w+\s*=/i)
      // Links of real tags: markup written in an article is text here (`&lt;a href="…"&gt;`).
      for (const [, href] of html.matchAll(/<a\b[^>]*?\shref="([^"]*)"/gi)) expect(href).toMatch(/^(?:https?:\/\/|#)/i)
    }
  })

  it('shows markup from an article as text', () => {
    const body = hostile.html.slice(hostile.html.indexOf('<main'))
    expect(body).toContain('&lt;script&gt;__pwned(1)&lt;/script&gt;')
    expect(body).not.toMatch(/<script\b/i)
  })
})

describe('the hostile page in Chromium', () => {
  it('runs no script, opens no dialog, loads nothing and stays put, with the CSP as built', async () => {
    const result = await visit(hostile.html)
    expectNothingRan(result, hostile.html)
    expect(result.cspViolations, 'CSP violations: something active reached the page').toEqual([])
  }, 60_000)

  it('runs no script with the CSP removed: escaping and sanitising hold on their own', async () => {
    expectNothingRan(await visit(withoutCsp(hostile.html)), withoutCsp(hostile.html))
  }, 60_000)
})

describe('the Content-Security-Policy', () => {
  it('allows no script and no resource from anywhere, and only inline styles', () => {
    const policy = cspPattern.exec(seeds.html)?.[1] ?? ''
    const directives = new Map(policy.split(';').map((part) => part.trim().split(/\s+/)).map(([name, ...values]) => [name!, values]))
    expect(directives.get('default-src')).toEqual(["'none'"])
    expect(directives.has('script-src')).toBe(false)
    expect(directives.get('style-src')).toEqual(["'unsafe-inline'"])
    expect(directives.get('base-uri')).toEqual(["'none'"])
    expect(directives.get('form-action')).toEqual(["'none'"])
    // The policy must come before anything it governs.
    expect(seeds.html.search(cspPattern)).toBeLessThan(seeds.html.indexOf('<style'))
  })

  it('blocks an inline script that a test adds to the page, which runs once the CSP is removed', async () => {
    const withScript = seeds.html.replace('</body>', '<script>__pwned(0)</script></body>')
    const blocked = await visit(withScript)
    expect(blocked.pwned).toEqual([])
    expect(blocked.cspViolations.some((violation) => violation.startsWith('script-src'))).toBe(true)
    expect((await visit(withoutCsp(withScript))).pwned).toEqual([0])
  }, 60_000)

  it('would see a handler, a javascript: link and a changed title if one got through (the checks can fail)', async () => {
    const injected = withoutCsp(seeds.html).replace('</main>', '<img src="x" onerror="__pwned(1); document.title = \'changed\'"><a href="javascript:void 0">x</a></main>')
    const result = await visit(injected)
    expect(result.pwned).toEqual([1])
    expect(result.title).toBe('changed')
    expect(result.requests).toEqual(['http://digest.test/x'])
    expect(result.dom.handlerAttributes).toEqual(['<img> onerror'])
    expect(result.dom.badLinks).toEqual(['<a> href=javascript:void 0'])
    expect(result.dom.activeElements).toEqual(['<img>'])
  }, 60_000)

  it('lets the page styles apply, with no violation on a normal page', async () => {
    const page = await browser.newPage()
    try {
      const styled = async (html: string): Promise<string> => {
        await page.setContent(html, { waitUntil: 'load' })
        return page.evaluate(() => {
          const style = getComputedStyle(document.body)
          return [style.maxWidth, style.fontFamily, style.lineHeight, style.marginLeft].join(' | ')
        })
      }
      const withStyles = await styled(seeds.html)
      const withoutStyles = await styled(seeds.html.replace(/<style>[\s\S]*?<\/style>/, ''))
      expect(withStyles).not.toBe(withoutStyles)
    } finally {
      await page.close()
    }
    const result = await visit(seeds.html)
    expect(result.cspViolations).toEqual([])
    expectNothingRan(result, seeds.html)
  }, 60_000)
})
