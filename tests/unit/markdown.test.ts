import { beforeAll, describe, expect, it } from 'vitest'
import { createMarkdownReader, type MarkdownReader } from '../../src/load/markdown.js'

let reader: MarkdownReader

beforeAll(async () => {
  reader = await createMarkdownReader()
})

describe('createMarkdownReader', () => {
  it('reads headings as kind heading with their depth and file line', () => {
    const blocks = reader.read('## Rivers rise\n\nText.\n\n### Aftermath', 4)
    expect(blocks.map((block) => [block.kind, block.depth, block.text, block.line])).toEqual([
      ['heading', 2, 'Rivers rise', 4],
      ['paragraph', undefined, 'Text.', 6],
      ['heading', 3, 'Aftermath', 8]
    ])
  })

  it('keeps inline markup of a paragraph as html and its plain text as text', () => {
    const [block] = reader.read('The *new* budget is **large**.', 1)
    expect(block).toEqual({ text: 'The new budget is large.', html: 'The <em>new</em> budget is <strong>large</strong>.', line: 1, lineCount: 1, kind: 'paragraph' })
  })

  it('never lets a <script> written inside a paragraph into the html', () => {
    const [block] = reader.read('Hello <script>alert(1)</script> world.', 1)
    expect(block?.html).toBe('Hello alert(1) world.')
    expect(block?.html).not.toContain('<script')
  })

  it('drops a javascript: link but keeps the link text', () => {
    const [block] = reader.read('Click [here](javascript:alert(1)) now.', 1)
    expect(block?.html).toBe('Click here now.')
    expect(block?.text).toBe('Click here now.')
  })

  it('keeps the href of an http link', () => {
    const [block] = reader.read('See [the report](https://example.com/report) and [this](http://example.org/).', 1)
    expect(block?.html).toBe('See <a href="https://example.com/report">the report</a> and <a href="http://example.org/">this</a>.')
  })

  it('reads a paragraph that is only an image as kind image with its alt text and no html', () => {
    const blocks = reader.read('![A fire truck on the road](https://example.com/truck.jpg)', 7)
    expect(blocks).toEqual([{ text: 'A fire truck on the road', line: 7, lineCount: 1, kind: 'image' }])
  })

  it('drops an image inside text and lists it as dropped', () => {
    const [block] = reader.read('Crews arrived ![truck](truck.jpg) at noon.', 1)
    expect(block?.text).toBe('Crews arrived at noon.')
    expect(block?.html).not.toContain('<img')
    expect(block?.dropped).toEqual([{ text: '![truck]', reason: 'image inside a paragraph (the page loads no images)', rule: 'media-inline-image' }])
  })

  it('reads list items as blocks in container list, and numbered items in ordered-list', () => {
    const blocks = reader.read('- one item\n- two item\n\n1. first\n2. second', 10)
    expect(blocks.map((block) => [block.text, block.container, block.line])).toEqual([
      ['one item', 'list', 10],
      ['two item', 'list', 11],
      ['first', 'ordered-list', 13],
      ['second', 'ordered-list', 14]
    ])
  })

  it('reads a block quote into container blockquote', () => {
    const blocks = reader.read('> Quoted line here.', 1)
    expect(blocks.map((block) => [block.text, block.container])).toEqual([['Quoted line here.', 'blockquote']])
  })

  it('splits a paragraph written one sentence per line into one block per line', () => {
    const blocks = reader.read('The council met on Tuesday.\nThe mayor spoke first.\nVoters were angry.', 3)
    expect(blocks.map((block) => [block.text, block.line, block.html])).toEqual([
      ['The council met on Tuesday.', 3, 'The council met on Tuesday.'],
      ['The mayor spoke first.', 4, 'The mayor spoke first.'],
      ['Voters were angry.', 5, 'Voters were angry.']
    ])
  })

  it('reads a hard line break as a space between words, in text and inside emphasis, and as <br> in html', () => {
    for (const source of ['Backslash break ends here\\\nand goes on.', 'Two spaces end here  \nand go on.']) {
      const [block] = reader.read(source, 1)
      expect(block?.text).toMatch(/^\S+ \S+ ends? here and go(?:es)? on\.$/)
      expect(block?.html).toContain('<br>')
    }
    expect(reader.read('A *line\\\nbreak* inside.', 1)[0]?.text).toBe('A line break inside.')
  })

  it('keeps a hard-wrapped paragraph as one block', () => {
    const blocks = reader.read('The council met on Tuesday to\ndiscuss the budget and the mayor\nspoke first.', 3)
    expect(blocks).toHaveLength(1)
    expect(blocks[0]?.text).toBe('The council met on Tuesday to discuss the budget and the mayor spoke first.')
    expect(blocks[0]?.line).toBe(3)
  })

  it('reads a raw HTML block as plain text with entities decoded and no html', () => {
    const blocks = reader.read('<div class="x"><p>Hi &amp; bye</p></div>', 2)
    expect(blocks).toEqual([{ text: 'Hi & bye', line: 2, lineCount: 1, kind: 'paragraph' }])
  })

  it('never keeps a raw <script> block as html', () => {
    const blocks = reader.read('<script>alert(1)</script>', 1)
    expect(blocks.every((block) => block.html === undefined)).toBe(true)
    expect(blocks.map((block) => block.text)).toEqual(['alert(1)'])
  })

  it('reads a fenced code block as container code with its text as written', () => {
    const blocks = reader.read('```\nconst a = 1\n```', 1)
    expect(blocks).toEqual([{ text: 'const a = 1', line: 1, lineCount: 3, kind: 'paragraph', container: 'code' }])
  })

  it('skips thematic breaks', () => {
    const blocks = reader.read('First.\n\n---\n\nSecond.', 1)
    expect(blocks.map((block) => [block.text, block.line])).toEqual([['First.', 1], ['Second.', 5]])
  })
})

describe('a pipe table in markdown', () => {
  it('is kept whole, as written, in one preformatted block', async () => {
    const reader = await createMarkdownReader()
    const blocks = reader.read('Batches recalled:\n\n| Product | Batch |\n|---|---|\n| Eye drops 10ml | CV24107 |\n| Eye drops 10ml | CV24108 |\n', 1)
    expect(blocks.map((block) => [block.text, block.container ?? null])).toEqual([
      ['Batches recalled:', null],
      ['| Product | Batch |\n|---|---|\n| Eye drops 10ml | CV24107 |\n| Eye drops 10ml | CV24108 |', 'code']
    ])
  })
})
