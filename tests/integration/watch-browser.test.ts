import fs from 'node:fs/promises'
import path from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { type Watching, watch } from '../../src/watch/index.js'
import { launchChromium } from '../helpers/browser.js'
import { temporaryFolder, writeInput } from '../helpers/build-folder.js'

const article = (title: string): string => `---\ntitle: ${title}\nsource: Harbour Courier\ndate: 2025-03-04\n---\nCrews closed the harbour bridge on Tuesday after inspectors found cracks in a support beam, and the council said repairs would take at least three weeks.\n`

let browser: Browser
let watching: Watching | undefined
beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => {
  await watching?.close()
  await browser?.close()
})

it('reloads the open page after a rebuild and shows a bad edit, under the page\'s Content-Security-Policy', async () => {
  const input = await writeInput({ 'alpha.md': article('Alpha bridge closed') })
  const out = path.join(await temporaryFolder(), 'dist')
  watching = await watch({ input, out, serve: { port: 0 } })
  const page = await browser.newPage()
  const violations: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy|Refused/i.test(message.text())) violations.push(message.text())
  })
  await page.goto(watching.url!)
  await expect.poll(() => page.evaluate(() => document.title), { timeout: 10_000 }).toContain('Alpha bridge closed')
  // No wait for the event stream to connect: a page that connects after a rebuild is told a newer version and reloads.

  await fs.writeFile(path.join(input, 'alpha.md'), article('Alpha bridge reopens'))
  await page.waitForFunction(() => document.body.textContent?.includes('Alpha bridge reopens'), undefined, { timeout: 10_000 })

  await fs.writeFile(path.join(input, 'alpha.md'), '---\ntitle: [Alpha\n---\nText.\n')
  await page.waitForSelector('#news-digest-problems', { timeout: 10_000 })
  expect(await page.textContent('#news-digest-problems')).toContain('front-matter-yaml')
  expect(await page.evaluate(() => getComputedStyle(document.querySelector('#news-digest-problems')!).position)).toBe('sticky')
  expect(await page.evaluate(() => document.body.textContent?.includes('Alpha bridge reopens'))).toBe(true)
  expect(violations).toEqual([])
}, 40_000)
