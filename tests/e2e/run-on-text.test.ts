import fs from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { buildFolder, writeInput } from '../helpers/build-folder.js'

// A pasted page with no full stops: one paragraph of 4,000 lines, each naming a weekday.
// Each timeline mention quotes a window of the text, never the whole paragraph,
// so the output grows with the input and not with mentions × paragraph length.
describe('a run-on paragraph of 4,000 lines with a date on every line', () => {
  it('builds, with every mention quoting at most 600 characters and the page a bounded size', async () => {
    const lines = Array.from({ length: 4000 }, (_, index) => `and on Tuesday crew ${index} repaired the ${index % 2 === 0 ? 'north' : 'south'} pier of the harbour bridge`)
    const input = await writeInput({ 'run-on.txt': `---\ndate: 2026-03-12\n---\n${lines.join('\n')}\n` })
    const { digest, html, out } = await buildFolder(input)
    const mentions = [...digest.timeline.flatMap((entry) => entry.mentions), ...digest.undated]
    expect(mentions.length).toBeGreaterThan(0)
    expect(Math.max(...mentions.map((mention) => mention.text.length))).toBeLessThanOrEqual(600)
    const inputSize = lines.join('\n').length
    expect(html.length).toBeLessThan(inputSize * 20)
    await fs.rm(input, { recursive: true, force: true })
    await fs.rm(out, { recursive: true, force: true })
  }, 120_000)
})
