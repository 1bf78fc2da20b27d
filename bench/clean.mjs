// Measures the cleaner on the labelled corpus (tests/fixtures/cleaning/corpus), on the
// held-out corpus written without sight of the rules (tests/fixtures/cleaning/holdout),
// and on the seeds: content kept, junk removed, repeats removed.
// Run with `npm run bench:clean` (compiles first).
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { build } from '../lib/index.js'
import { newTally, readCorpus, score } from '../tests/fixtures/cleaning/scoring.mjs'

async function buildFolder(files) {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'bench-clean-'))
  const input = path.join(root, 'input')
  await fs.mkdir(input, { recursive: true })
  for (const [name, text] of files) {
    await fs.mkdir(path.dirname(path.join(input, name)), { recursive: true })
    await fs.writeFile(path.join(input, name), text)
  }
  const { digest } = await build({ input, out: path.join(root, 'dist') })
  // A rule that throws loses its article to a fatal message: the bench must say so, not score fewer paragraphs.
  for (const problem of digest.problems.filter((item) => item.fatal)) console.error(`problem: ${problem.file}: ${problem.message}`)
  await fs.rm(root, { recursive: true, force: true })
  return digest
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

// Every labelled set: the development corpus, then the held-out sets in the order they were written.
const sets = (await fs.readdir('tests/fixtures/cleaning', { withFileTypes: true })).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort()
for (const name of sets) {
  const folder = path.resolve('tests/fixtures/cleaning', name)
  const tally = newTally()
  for (const { files, labelsByFile } of await readCorpus(folder).catch(() => [])) score(await buildFolder(files), labelsByFile, tally)
  if (tally.content.total > 0) report(`${name} (${folder})`, tally)
}

const seedLabels = JSON.parse(await fs.readFile('tests/fixtures/cleaning/seed-labels.json', 'utf8')).files
const seedFiles = (await fs.readdir('seeds')).sort()
const seedTally = newTally()
score(
  await buildFolder(new Map(await Promise.all(seedFiles.map(async (name) => [name, await fs.readFile(path.join('seeds', name), 'utf8')])))),
  new Map(seedFiles.map((name) => [name, new Map(Object.entries(seedLabels[name] ?? {}).map(([line, label]) => [Number(line), label]))])),
  seedTally
)
report('seeds', seedTally)
