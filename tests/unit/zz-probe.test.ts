import { it } from 'vitest'
import { VFile } from 'vfile'
import { readFrontMatter } from '../../src/load/front-matter.js'
import { createMarkdownReader } from '../../src/load/markdown.js'
import { formatSpan } from '../../src/calendar/span.js'
import { measure } from '../../src/text/features.js'

it('probe', async () => {
  for (const text of [
    '---\ntitle: A\nsource: B\ntitle: C\n---\nBody\n',
    '---\ntitle: A\nsource: [unclosed\nauthor: x\n---\nBody\n',
    '---\ntitle: A\n  bad: x\n---\nBody\n',
    '---\ntitle: "A\n---\nBody\n',
    '---\ntitle: A\ndate: 2025-11-26T23:30:00-05:00\n---\nBody\n',
    '---\ntitle: A\n---\n\nBody\n',
    '---\n---\nBody\n',
  ]) {
    const file = new VFile({ path: 'a.md' })
    const r = readFrontMatter(text, file)
    console.log(JSON.stringify(text), JSON.stringify({ ...r, date: r.frontMatter.date ? formatSpan(r.frontMatter.date) : null }), file.messages.map((m) => [m.ruleId, m.line, m.column, m.reason]))
  }
  const reader = await createMarkdownReader()
  for (const md of [
    '## Sub heading\n\nHello <script>alert(1)</script> world.',
    '<script>alert(1)</script>',
    'Click [here](javascript:alert(1)) and [there](https://example.com/x).',
    '![A fire truck](https://x/y.jpg)',
    '- one item\n- two item\n\n1. first\n2. second',
    'The council met on Tuesday.\nThe mayor spoke first.\nVoters were angry.',
    'The council met on Tuesday to\ndiscuss the budget and the mayor\nspoke first.',
    '<div class="x"><p>Hi &amp; bye</p></div>',
    '> Quoted line here.',
    'Text with ![inline](x.png) image.',
  ]) console.log(JSON.stringify(md), JSON.stringify(reader.read(md, 3)))
  console.log(JSON.stringify(measure('“We will win,” she said. You can read more at example.com/tips.')))
})
