import { describe, expect, it } from 'vitest'
import { VFile } from 'vfile'
import { dayFromParts } from '../../src/calendar/day.js'
import { formatSpan } from '../../src/calendar/span.js'
import { readFrontMatter } from '../../src/load/front-matter.js'

function newFile(): VFile {
  return new VFile({ path: 'a.md' })
}

describe('readFrontMatter', () => {
  it('returns the whole text as body from line 1 when there is no front matter', () => {
    const file = newFile()
    const text = 'Storm hits coast\n\nThe storm arrived on Tuesday.\n'
    const result = readFrontMatter(text, file)
    expect(result).toEqual({ frontMatter: {}, body: text, bodyLine: 1 })
    expect(file.messages).toEqual([])
  })

  it('does not take a thematic break that is not on the first line for front matter', () => {
    const file = newFile()
    const text = 'Intro line\n---\ntitle: Not front matter\n---\nBody'
    const result = readFrontMatter(text, file)
    expect(result).toEqual({ frontMatter: {}, body: text, bodyLine: 1 })
  })

  it('reads the text fields, trimmed, and the date as a day span', () => {
    const file = newFile()
    const text = [
      '---',
      'title: "  Storm Idris floods the valley  "',
      'source: Valley Times',
      'author: Jo Reyes',
      'url: https://example.com/storm',
      'section: Weather',
      'date: 2025-11-26',
      '---',
      'The storm arrived on Tuesday.',
      ''
    ].join('\n')
    const result = readFrontMatter(text, file)
    const { date, ...fields } = result.frontMatter
    expect(fields).toEqual({
      title: 'Storm Idris floods the valley',
      source: 'Valley Times',
      author: 'Jo Reyes',
      url: 'https://example.com/storm',
      section: 'Weather'
    })
    expect(date && formatSpan(date)).toBe('2025-11-26')
    expect(date?.precision).toBe('day')
    expect(result.body).toBe('The storm arrived on Tuesday.\n')
    expect(file.messages).toEqual([])
  })

  it('reads a number as a text field', () => {
    const result = readFrontMatter('---\nsection: 2025\n---\nBody', newFile())
    expect(result.frontMatter.section).toBe('2025')
  })

  it('leaves out fields that are empty or null', () => {
    const result = readFrontMatter('---\ntitle: "   "\nauthor:\nsource: Times\n---\nBody', newFile())
    expect(result.frontMatter).toEqual({ source: 'Times' })
  })

  it('counts bodyLine in lines of the file, front matter included', () => {
    const text = '---\ntitle: A\nsource: B\n---\nFirst body line\nSecond body line'
    const result = readFrontMatter(text, newFile())
    expect(result.bodyLine).toBe(5)
    expect(text.split('\n')[result.bodyLine - 1]).toBe('First body line')
  })

  it('starts the body on the line after the closing delimiter when a blank line follows it', () => {
    const text = '---\ntitle: A\n---\n\nBody here'
    const result = readFrontMatter(text, newFile())
    expect(result.body).toBe('\nBody here')
    expect(result.bodyLine).toBe(4)
  })

  it('reads empty front matter as no fields and starts the body after it', () => {
    const result = readFrontMatter('---\n---\nBody', newFile())
    expect(result).toEqual({ frontMatter: {}, body: 'Body', bodyLine: 3 })
  })

  it('reports a list where a string is expected with rule front-matter-type and drops the field', () => {
    const file = newFile()
    const result = readFrontMatter('---\ntitle: [a, b]\nsource: Times\n---\nBody', file)
    expect(result.frontMatter).toEqual({ source: 'Times' })
    expect(file.messages).toHaveLength(1)
    const message = file.messages[0]!
    expect(message.ruleId).toBe('front-matter-type')
    expect(message.source).toBe('news-digest')
    expect(message.reason).toContain('`title`')
    expect(message.reason).toContain('a list')
    expect(message.fatal).toBe(false)
  })

  it('reports a mapping where a string is expected', () => {
    const file = newFile()
    readFrontMatter('---\nauthor:\n  name: Jo\n---\nBody', file)
    expect(file.messages.map((message) => [message.ruleId, message.reason.includes('a mapping')])).toEqual([['front-matter-type', true]])
  })

  it('reports a date it cannot read with rule front-matter-date and leaves the date out', () => {
    const file = newFile()
    const result = readFrontMatter('---\ntitle: A\ndate: yesterday\n---\nBody', file)
    expect(result.frontMatter).toEqual({ title: 'A' })
    expect(file.messages).toHaveLength(1)
    expect(file.messages[0]!.ruleId).toBe('front-matter-date')
    expect(file.messages[0]!.reason).toContain('`yesterday`')
  })

  it('reports front matter that is never closed on its first line, and reads the whole file as body', () => {
    const file = newFile()
    const text = '---\ntitle: Unclosed\nsource: Foo\nThe council met on Tuesday.\n'
    const result = readFrontMatter(text, file)
    expect(result).toEqual({ frontMatter: {}, body: text, bodyLine: 1 })
    expect(file.messages.map((message) => [message.ruleId, message.line, message.column, message.reason])).toEqual([
      ['front-matter-unclosed', 1, 1, 'Front matter opened on line 1 has no closing `---` line; the whole file is read as body']
    ])
  })

  it('reports front matter that is a list or a plain value, and reads the body', () => {
    for (const [yaml, described] of [['- a\n- b', 'a list'], ['just a string', '`just a string`'], ['42', '`42`']] as const) {
      const file = newFile()
      const result = readFrontMatter(`---\n${yaml}\n---\nBody`, file)
      expect(result).toMatchObject({ frontMatter: {}, body: 'Body' })
      expect(file.messages.map((message) => [message.ruleId, message.line, message.reason])).toEqual([
        ['front-matter-type', 2, `Unexpected front matter: it is ${described}, expected \`key: value\` lines (title, source, author, date, url, section); it is left out`]
      ])
    }
  })

  it('names a mistyped key with the key it most likely is, and passes over other tools\' keys', () => {
    const file = newFile()
    const result = readFrontMatter('---\ntitel: Rates cut\nlayout: post\nTitle: Rates\nautor: Jo\ntags: [a]\nsource: Times\n---\nBody', file)
    expect(result.frontMatter).toEqual({ source: 'Times' })
    expect(file.messages.map((message) => [message.ruleId, message.line, message.reason])).toEqual([
      ['front-matter-key', 2, 'Unknown front matter key `titel`: did you mean `title`? It is left out'],
      ['front-matter-key', 4, 'Unknown front matter key `Title`: did you mean `title`? It is left out'],
      ['front-matter-key', 5, 'Unknown front matter key `autor`: did you mean `author`? It is left out']
    ])
  })

  it('takes a date before 1800 as written, with a warning on its line', () => {
    for (const written of ['0025-11-26', '"0025-11-26"']) {
      const file = newFile()
      const result = readFrontMatter(`---\ntitle: A\ndate: ${written}\n---\nBody`, file)
      expect(result.frontMatter.date).toEqual({ first: dayFromParts(25, 11, 26), last: dayFromParts(25, 11, 26), precision: 'day' })
      expect(file.messages.map((message) => [message.ruleId, message.line, message.fatal])).toEqual([['front-matter-date', 3, false]])
      expect(file.messages[0]!.reason).toContain('0025-11-26, before the year 1800')
    }
    const month = newFile()
    readFrontMatter('---\ndate: 0025-11\n---\nBody', month)
    expect(month.messages[0]!.reason).toContain('`date` is 0025-11, before the year 1800')
  })

  it('reports malformed YAML with rule front-matter-yaml and reads the whole text as body', () => {
    const file = newFile()
    const text = '---\ntitle: A\n  bad: x\n---\nBody'
    const result = readFrontMatter(text, file)
    expect(result).toEqual({ frontMatter: {}, body: text, bodyLine: 1 })
    expect(file.messages).toHaveLength(1)
    const message = file.messages[0]!
    expect(message.ruleId).toBe('front-matter-yaml')
    expect(message.reason).toContain('bad indentation')
    expect(message.reason).toContain('read without it')
    // The column of the `:` of `  bad: x`, 1-based.
    expect(message.column).toBe(6)
  })

  it('keeps a date interval as an interval span', () => {
    const result = readFrontMatter('---\ndate: 2025-11-25/2025-11-26\n---\nBody', newFile())
    const date = result.frontMatter.date
    expect(date?.precision).toBe('interval')
    expect(date && formatSpan(date)).toBe('2025-11-25/2025-11-26')
  })

  it('reads a quoted date-time as the day written, dropping the time of day', () => {
    const result = readFrontMatter('---\ndate: "2025-11-26T23:30:00-05:00"\n---\nBody', newFile())
    const date = result.frontMatter.date
    expect(date && formatSpan(date)).toBe('2025-11-26')
  })
})

describe('readFrontMatter places', () => {
  it('reports a YAML error on the line of the file that holds it', () => {
    const file = newFile()
    readFrontMatter('---\ntitle: A\nsource: [unclosed\nauthor: x\n---\nBody', file)
    expect(file.messages.map((message) => [message.line, message.ruleId])).toEqual([[4, 'front-matter-yaml']])
    const indented = newFile()
    readFrontMatter('---\ntitle: A\n  bad: x\n---\nBody', indented)
    expect(indented.messages[0]?.line).toBe(3)
  })

  it('keeps the day the writer wrote for an unquoted date with a time zone', () => {
    const west = readFrontMatter('---\ndate: 2025-11-26T23:30:00-05:00\n---\nBody', newFile())
    const east = readFrontMatter('---\ndate: 2025-11-26T01:00:00+02:00\n---\nBody', newFile())
    expect([formatSpan(west.frontMatter.date!), formatSpan(east.frontMatter.date!)]).toEqual(['2025-11-26', '2025-11-26'])
  })
})

describe('readFrontMatter with hostile or odd values', () => {
  it.each([
    ['javascript:alert(1)'],
    ['JaVaScRiPt:alert(1)'],
    ['data:text/html,<script>alert(1)</script>'],
    ['vbscript:msgbox(1)'],
    ['jav\tascript:alert(1)'],
    ['//example.com/protocol-relative'],
    ['https:example.com/no-slashes'],
    ['file:///etc/passwd'],
    ['not a url at all']
  ])('leaves out the url %j and says it expected an http: or https: address', (url) => {
    const file = newFile()
    const result = readFrontMatter(`---\ntitle: A\nurl: ${JSON.stringify(url)}\n---\nBody`, file)
    expect(result.frontMatter).toEqual({ title: 'A' })
    expect(file.messages.map((message) => [message.ruleId, message.line])).toEqual([['front-matter-url', 3]])
    expect(file.messages[0]!.reason).toContain('expected an http: or https: address')
  })

  it('keeps http and https urls as written', () => {
    const result = readFrontMatter('---\nurl: HTTPS://Example.com/a?b=1&c=2\n---\nBody', newFile())
    expect(result.frontMatter.url).toBe('HTTPS://Example.com/a?b=1&c=2')
  })

  it('reports a wrong type on the line of its key, counting lines of the file', () => {
    const file = newFile()
    readFrontMatter('---\nsource: Times\nauthor: Jo\ntitle: [a, b]\n---\nBody', file)
    expect(file.messages.map((message) => [message.line, message.column, message.ruleId])).toEqual([[4, 1, 'front-matter-type']])
  })

  it('never evaluates front matter marked as JavaScript: the file is read as body', () => {
    const file = newFile()
    const marker = '__newsDigestEvaluated'
    const text = `---js\n{ title: (globalThis.${marker} = 'ran') }\n---\nBody`
    const result = readFrontMatter(text, file)
    expect((globalThis as Record<string, unknown>)[marker]).toBeUndefined()
    expect(result).toEqual({ frontMatter: {}, body: text, bodyLine: 1 })
  })

  it('reports a YAML tag that would build a function as malformed YAML', () => {
    const file = newFile()
    const result = readFrontMatter("---\ntitle: !!js/function 'function () { return 1 }'\n---\nBody", file)
    expect(result.frontMatter).toEqual({})
    expect(file.messages.map((message) => [message.ruleId, message.line])).toEqual([['front-matter-yaml', 2]])
  })

  it('shows control characters of a value as escapes and shortens long values in messages', () => {
    const file = newFile()
    readFrontMatter(`---\ndate: "\\e[31mred${'x'.repeat(100)}"\n---\nBody`, file)
    const reason = file.messages[0]!.reason
    expect(reason).toContain('`\\u001b[31mred')
    expect(reason).not.toContain('\u001b')
    expect(reason).toContain('…`')
  })

  it('joins a title written over several lines into one line', () => {
    const result = readFrontMatter('---\ntitle: |\n  Storm hits\n  the coast\n---\nBody', newFile())
    expect(result.frontMatter.title).toBe('Storm hits the coast')
  })
})

describe('front matter that YAML refuses for a colon in a plain value', () => {
  it('is read as plain key: value lines, with a warning on the line of the colon', () => {
    const file = new VFile({ path: 'colon.md' })
    const result = readFrontMatter('---\ntitle: Rates cut: what it means for you\nsource: The Ledger\ndate: 2025-06-20\n---\nThe bank cut rates.', file)
    expect(result.frontMatter.title).toBe('Rates cut: what it means for you')
    expect(result.frontMatter.source).toBe('The Ledger')
    expect(result.frontMatter.date && formatSpan(result.frontMatter.date)).toBe('2025-06-20')
    expect(result.body).toBe('The bank cut rates.')
    expect(result.bodyLine).toBe(6)
    expect(file.messages.map((message) => [message.ruleId, message.line])).toEqual([['front-matter-yaml', 2]])
    expect(file.messages[0]!.reason).toContain('plain `key: value` lines')
  })
})
