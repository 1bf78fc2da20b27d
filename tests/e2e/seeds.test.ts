import fs from 'node:fs/promises'
import path from 'node:path'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Digest } from '../../src/index.js'
import { type Built, buildFolder } from '../helpers/build-folder.js'

const seeds = path.resolve('seeds')
let built: Built

beforeAll(async () => {
  built = await buildFolder(seeds)
})

function article(id: string): Digest['articles'][number] {
  const found = built.digest.articles.find((item) => item.id === id)
  if (!found) throw new Error(`no article ${id}`)
  return found
}

describe('building the seeds', () => {
  it('writes digest.json that follows the JSON Schema', async () => {
    const schema = JSON.parse(await fs.readFile('schema/digest.schema.json', 'utf8')) as object
    const validate = new Ajv2020({ allErrors: true }).compile(schema)
    expect(validate(built.digest), JSON.stringify(validate.errors, null, 2)).toBe(true)
  })

  it('holds all five articles, in file order, with no fatal problem', () => {
    expect(built.digest.articles.map((item) => item.file)).toEqual([
      '000_fdfc8b26ff136579.txt', '001_705d7e4f7210c624.txt', '002_5d2d86b7c72e8246.txt', '003_6ac93d55cc9a558f.txt', '004_aca05e543697d8fb.txt'
    ])
    expect(built.result.hasFatal).toBe(false)
    expect(built.digest.problems).toEqual([])
  })

  it('accounts for every paragraph of every seed: kept, noted or removed', async () => {
    for (const item of built.digest.articles) {
      const text = await fs.readFile(path.join(seeds, item.file), 'utf8')
      const lines = text.split('\n')
      const bodyStart = lines.indexOf('---', 1) + 1
      // In the seeds every non-blank line of the body is one paragraph.
      const paragraphLines = lines.map((line, index) => ({ line, number: index + 1 })).filter((entry, index) => index >= bodyStart && entry.line.trim() !== '').map((entry) => entry.number)
      const accounted = new Set([
        ...item.blocks.map((block) => block.line),
        ...item.removed.filter((removal) => removal.inBlock === undefined).map((removal) => removal.line),
        ...item.notes.map((note) => note.line)
      ])
      expect([...accounted].sort((a, b) => a - b), item.file).toEqual(paragraphLines)
      expect(item.blocks.length + item.removed.filter((removal) => removal.inBlock === undefined).length + item.notes.length).toBe(paragraphLines.length)
    }
  })

  it('infers outlet, section, byline and headline from the top lines of seed 002', () => {
    const guardian = article('002_5d2d86b7c72e8246')
    expect(guardian.source).toBe('The Guardian - US')
    expect(guardian.section).toBe('World')
    expect(guardian.author).toBe('Joseph Gedeon and Hugo Lowell')
    expect(guardian.title).toBe('Trump envoy Witkoff reportedly advised Kremlin official on Ukraine peace deal')
    expect(guardian.provenance).toEqual({ source: 'text', title: 'text', author: 'text', date: 'front-matter' })
    expect(guardian.notes.map((note) => note.text)).toEqual(['The Associated Press contributed to this report'])
  })

  it('names the sources with no outlet by a neutral fallback, never an invented outlet', () => {
    for (const id of ['000_fdfc8b26ff136579', '001_705d7e4f7210c624', '003_6ac93d55cc9a558f', '004_aca05e543697d8fb']) {
      expect(article(id).source).toBe(`Unnamed source (${id}.txt)`)
      expect(article(id).author).toBeNull()
      expect(article(id).provenance.source).toBe('fallback')
    }
    expect(built.html).not.toContain('undefined')
  })

  it('gives one block per line for text written one paragraph per line', () => {
    expect(article('000_fdfc8b26ff136579').blocks).toHaveLength(16)
    expect(article('000_fdfc8b26ff136579').blocks.filter((block) => block.type === 'heading').map((block) => block.text)).toEqual([
      'The Secret October Call', 'Origins of a Controversial Peace Plan', 'Implications and International Reaction'
    ])
  })

  it('removes the five paragraphs that seed 003 prints twice, keeping the first copies', () => {
    const repeated = article('003_6ac93d55cc9a558f')
    expect(repeated.blocks.map((block) => block.line)).toEqual([6, 7, 8, 9, 10, 11].map((line) => line - 1))
    expect(repeated.removed.map((removal) => [removal.line, removal.rule])).toEqual([[11, 'repeat-exact'], [12, 'repeat-exact'], [13, 'repeat-exact'], [14, 'repeat-exact'], [15, 'repeat-exact']])
  })

  it('removes the writing-tool instruction and the bare URLs of seed 004, keeping its subheadings', () => {
    const seo = article('004_aca05e543697d8fb')
    expect(seo.removed.map((removal) => removal.rule)).toEqual(['writing-tool-leftover', 'inline-bare-url', 'inline-bare-url', 'inline-bare-url'])
    expect(seo.blocks.some((block) => block.text.includes('https://'))).toBe(false)
    expect(seo.blocks.filter((block) => block.type === 'heading')).toHaveLength(5)
  })

  it('puts the 14 October call on the timeline with the sources that date it', () => {
    const call = built.digest.timeline.find((entry) => entry.date === '2025-10-14' && entry.sources.includes('000_fdfc8b26ff136579') && entry.text.includes('phone call'))
    expect(call?.sources).toEqual(expect.arrayContaining(['000_fdfc8b26ff136579', '001_705d7e4f7210c624', '002_5d2d86b7c72e8246']))
    const tuesday = built.digest.timeline.find((entry) => entry.date === '2025-11-25' && entry.phrase.toLowerCase() === 'on tuesday')
    expect(tuesday?.sources).toEqual(['000_fdfc8b26ff136579', '001_705d7e4f7210c624', '002_5d2d86b7c72e8246'])
  })

  it('writes one HTML page with a header, the timeline and five source sections', () => {
    const { html } = built
    expect(html.match(/<h1\b/g)).toHaveLength(1)
    expect(html.match(/<article\b/g)).toHaveLength(5)
    expect(html).toContain('id="timeline-heading"')
    expect(html).toContain('<time datetime="2025-10-14">Tue 14 Oct 2025</time>')
    expect(html).not.toMatch(/<script\b/i)
    expect(html).not.toMatch(/(?:src|href)="(?:https?:)?\/\//)
    expect(html).toContain('The Secret October Call')
  })
})
