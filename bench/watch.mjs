// Watch mode: how long from saving an article to the rebuilt output on disk.
// Run with `npm run bench:watch` (compiles first). For the seeds and for a
// generated corpus of 1,000 articles (bench/generate.mjs): the median
// save-to-rebuilt time over 20 one-file edits, and a full build for comparison.
// Each edit changes one paragraph of one article; the time runs from just
// before the write to the end of the rebuild's write of index.html and digest.json.
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { build, watch } from '../lib/index.js'
import { ensureCorpus } from './generate.mjs'

const edits = 20
const fullBuilds = 3
const root = fileURLToPath(new URL('..', import.meta.url))

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/** A copy of `source` in a fresh temporary folder: edits must not touch the seeds or the cached corpus. */
async function copyInput(source) {
  const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'bench-watch-'))
  const input = path.join(folder, 'input')
  await fs.cp(source, input, { recursive: true, filter: (from) => !path.basename(from).startsWith('.') })
  return { folder, input }
}

async function timeFullBuild(input, out) {
  const times = []
  for (let run = 0; run < fullBuilds; run++) {
    const started = performance.now()
    await build({ input, out })
    times.push(performance.now() - started)
  }
  return median(times)
}

/** Edit one article: change its longest line (prose, not front matter), so its text really changes. */
function edited(text, round) {
  const lines = text.split('\n')
  const index = lines.reduce((longest, line, at) => (line.length > lines[longest].length ? at : longest), 0)
  lines[index] = `${lines[index].replace(/ \(edit \d+\)$/, '')} (edit ${round})`
  return lines.join('\n')
}

async function measureEdits(input, out) {
  const names = (await fs.readdir(input)).filter((name) => /\.(?:md|txt)$/.test(name)).sort()
  let waiting = null
  const watching = await watch({
    input,
    out,
    onEvent: (event) => {
      if (waiting && event.type !== 'error' && event.changed.includes(waiting.file)) waiting.resolve(event)
    }
  })
  const saveToRebuilt = []
  const rebuildOnly = []
  try {
    for (let round = 1; round <= edits; round++) {
      const file = path.join(input, names[(round * 7) % names.length])
      const text = edited(await fs.readFile(file, 'utf8'), round)
      const rebuilt = new Promise((resolve) => { waiting = { file, resolve } })
      const saved = performance.now()
      await fs.writeFile(file, text)
      const event = await rebuilt
      saveToRebuilt.push(performance.now() - saved)
      if (event.type !== 'built') throw new Error(`Edit ${round} was not built: ${event.reason}`)
      rebuildOnly.push(event.duration)
      waiting = null
      // Past the watcher's settle check, so that edits do not overlap.
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  } finally {
    await watching.close()
  }
  return { saveToRebuilt: median(saveToRebuilt), rebuildOnly: median(rebuildOnly), worst: Math.max(...saveToRebuilt) }
}

async function measure(label, source) {
  const { folder, input } = await copyInput(source)
  const out = path.join(folder, 'dist')
  const count = (await fs.readdir(input)).filter((name) => /\.(?:md|txt)$/.test(name)).length
  const full = await timeFullBuild(input, out)
  const watched = await measureEdits(input, out)
  await fs.rm(folder, { recursive: true, force: true })
  return { label, count, full, ...watched }
}

const rows = [
  await measure('seeds', path.join(root, 'seeds')),
  await measure('generated', await ensureCorpus({ count: 1000 }))
]
const format = (ms) => `${ms.toFixed(1)} ms`
console.log(`Watch mode: median of ${edits} one-file edits (save → rebuilt output on disk); full build: median of ${fullBuilds}.`)
console.log('')
console.log('corpus       articles   full build   save→rebuilt (median)   of which rebuild   slowest edit   full ÷ edit')
for (const row of rows) {
  console.log(`${row.label.padEnd(12)} ${String(row.count).padStart(8)}   ${format(row.full).padStart(10)}   ${format(row.saveToRebuilt).padStart(21)}   ${format(row.rebuildOnly).padStart(16)}   ${format(row.worst).padStart(12)}   ${(row.full / row.saveToRebuilt).toFixed(1).padStart(10)}×`)
}
