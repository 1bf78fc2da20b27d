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
    expect(pieces[1]).toContain(`id="${digest.articles[0]!.id}`)
  })

  it('renders a template whose sources are not a top-level section as one piece, the same page', async () => {
    const digest = await seedsDigest()
    const templates = { page: '<h1>{{title}}</h1>{{#hasManySources}}many{{/hasManySources}}<ol>{{#contents}}<li>{{name}}</li>{{/contents}}</ol>', css: '' }
    const pieces = [...renderPagePieces(digest, templates, 'g')]
    expect(pieces).toEqual([renderPage(digest, templates, 'g')])
    expect(pieces[0]).toContain('<li>')
  })
})
