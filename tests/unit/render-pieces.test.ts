import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { build } from '../../src/build.js'
import { readTemplates, renderPage, renderPagePieces } from '../../src/render/index.js'

const repo = path.resolve(import.meta.dirname, '../..')

async function seedsDigest() {
  const out = await fs.mkdtemp(path.join(os.tmpdir(), 'nd-pieces-'))
  return (await build({ input: path.join(repo, 'seeds'), out: path.join(out, 'dist') })).digest
}

describe('renderPagePieces', () => {
  it('gives the page renderPage gives, one piece per source between the rest', async () => {
    const digest = await seedsDigest()
    const templates = await readTemplates(path.join(repo, 'templates'))
    const pieces = [...renderPagePieces(digest, templates, 'news-digest test', 'https://example.org/digest/')]
    expect(pieces.join('')).toBe(renderPage(digest, templates, 'news-digest test', 'https://example.org/digest/'))
    expect(pieces).toHaveLength(digest.articles.length + 2)
    expect(pieces[1]).toContain(`id="src-${digest.articles[0]!.id}"`)
  })

  it('renders a template whose sources are not a top-level section as one piece, the same page', async () => {
    const digest = await seedsDigest()
    const templates = { page: '<h1>{{title}}</h1>{{#hasManySources}}many{{/hasManySources}}<ol>{{#contents}}<li>{{name}}</li>{{/contents}}</ol>', css: '' }
    const pieces = [...renderPagePieces(digest, templates, 'g')]
    expect(pieces).toEqual([renderPage(digest, templates, 'g')])
    expect(pieces[0]).toContain('<li>')
  })
})

describe('element ids of the page', () => {
  it('are unique whatever the files are named (an article named like a timeline event or like another source\'s section)', async () => {
    const input = await fs.mkdtemp(path.join(os.tmpdir(), 'nd-ids-'))
    const story = (place: string): string => `The council closed the ${place} bridge on Tuesday 14 October 2025 after inspectors found cracks in a beam.\n\nEngineers said on Wednesday that repairs to the ${place} bridge would take at least three weeks.\n`
    for (const [name, place] of [['event.txt', 'north'], ['src-x.txt', 'south'], ['x-1.txt', 'east'], ['main.txt', 'west'], ['a.txt', 'old'], ['a-title.txt', 'new']]) await fs.writeFile(path.join(input, name!), story(place!))
    const out = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'nd-ids-out-')), 'dist')
    await build({ input, out })
    const html = await fs.readFile(path.join(out, 'index.html'), 'utf8')
    const ids = [...html.matchAll(/\sid="([^"]*)"/g)].map((match) => match[1]!)
    expect(ids).toContain('event-1')
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([])
    // Each section is labelled by its own heading.
    for (const [, id, label] of html.matchAll(/<article id="([^"]*)" class="source" aria-labelledby="([^"]*)">/g)) expect(label).toBe(`title-${id!.slice('src-'.length)}`)
  })
})
