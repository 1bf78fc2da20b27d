// Measures the cleaner on the labelled corpus (tests/fixtures/cleaning/corpus)
// and on the seeds: content kept, junk removed, repeats removed.
// Run with `npm run bench:clean` (compiles first).
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { build } from '../lib/index.js'

const marker = /^\{\{(junk:[a-z]+|meta|credit|repeat)\}\} ?/

/** Strip the label markers from a corpus file; return the text and the label of each labelled line. */
function readLabels(text) {
  const labels = new Map()
  const lines = text.split('\n').map((line, index) => {
    const match = marker.exec(line)
    if (!match) return line
    labels.set(index + 1, match[1])
    return line.slice(match[0].length)
  })
  return { text: lines.join('\n'), labels }
}

async function buildFolder(files) {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'bench-clean-'))
  const input = path.join(root, 'input')
  for (const [name, text] of files) {
    await fs.mkdir(path.dirname(path.join(input, name)), { recursive: true })
    await fs.writeFile(path.join(input, name), text)
  }
  const { digest } = await build({ input, out: path.join(root, 'dist') })
  await fs.rm(root, { recursive: true, force: true })
  return digest
}

function score(digest, labelsByFile, tally) {
  for (const article of digest.articles) {
    const labels = labelsByFile.get(article.file) ?? new Map()
    const outcome = new Map()
    for (const block of article.blocks) outcome.set(block.line, { kept: true })
    for (const note of article.notes) outcome.set(note.line, { kept: false, rule: note.rule })
    for (const removal of article.removed) if (removal.inBlock === undefined) outcome.set(removal.line, { kept: false, rule: removal.rule })
    for (const [line, result] of outcome) {
      const label = labels.get(line) ?? 'content'
      const group = label === 'content' ? 'content' : label === 'repeat' ? 'repeat' : 'junk'
      const family = tally.families.get(label) ?? { total: 0, right: 0 }
      family.total++
      const right = group === 'content' ? result.kept : !result.kept
      if (right) family.right++
      tally.families.set(label, family)
      tally[group].total++
      if (right) tally[group].right++
      else tally.misses.push(`${article.file}:${line} [${label}] ${result.kept ? 'kept' : `removed by ${result.rule}`}`)
    }
  }
}

function newTally() {
  return { content: { total: 0, right: 0 }, junk: { total: 0, right: 0 }, repeat: { total: 0, right: 0 }, families: new Map(), misses: [] }
}

function percent({ total, right }) {
  return total === 0 ? 'n/a' : `${((100 * right) / total).toFixed(1)}% (${right}/${total})`
}

function report(name, tally) {
  console.log(`\n${name}`)
  console.log(`  content kept     ${percent(tally.content)}`)
  console.log(`  junk removed     ${percent(tally.junk)}`)
  console.log(`  repeats removed  ${percent(tally.repeat)}`)
  for (const [label, family] of [...tally.families].sort()) console.log(`    ${label.padEnd(16)} ${percent(family)}`)
  if (tally.misses.length > 0) console.log(`  misses:\n    ${tally.misses.join('\n    ')}`)
}

const corpus = path.resolve('tests/fixtures/cleaning/corpus')
const corpusTally = newTally()
for (const story of (await fs.readdir(corpus, { withFileTypes: true })).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort()) {
  const files = []
  const labelsByFile = new Map()
  for (const name of (await fs.readdir(path.join(corpus, story))).sort()) {
    const { text, labels } = readLabels(await fs.readFile(path.join(corpus, story, name), 'utf8'))
    files.push([name, text])
    labelsByFile.set(name, labels)
  }
  score(await buildFolder(files), labelsByFile, corpusTally)
}
report(`corpus (${corpus})`, corpusTally)

const seedLabels = JSON.parse(await fs.readFile('tests/fixtures/cleaning/seed-labels.json', 'utf8')).files
const seedFiles = (await fs.readdir('seeds')).sort()
const seedTally = newTally()
score(
  await buildFolder(await Promise.all(seedFiles.map(async (name) => [name, await fs.readFile(path.join('seeds', name), 'utf8')]))),
  new Map(seedFiles.map((name) => [name, new Map(Object.entries(seedLabels[name] ?? {}).map(([line, label]) => [Number(line), label]))])),
  seedTally
)
report('seeds', seedTally)
