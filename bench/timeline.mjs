// Measures the timeline against the gold timelines in tests/fixtures/timeline/*/gold.json:
// events found, at the right date, with all their sources, in one entry; wrong dates.
// Run with `npm run bench:timeline` (compiles first).
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { build } from '../lib/index.js'
import { scoreTimeline } from '../tests/fixtures/timeline/scoring.mjs'

const fixtures = path.resolve('tests/fixtures/timeline')
for (const story of (await fs.readdir(fixtures, { withFileTypes: true })).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort()) {
  const folder = path.join(fixtures, story)
  const gold = JSON.parse(await fs.readFile(path.join(folder, 'gold.json'), 'utf8'))
  const input = path.resolve(gold.input ?? path.join(folder, 'input'))
  const out = await fs.mkdtemp(path.join(os.tmpdir(), 'bench-timeline-'))
  const { digest } = await build({ input, out: path.join(out, 'dist') })
  await fs.rm(out, { recursive: true, force: true })
  const score = scoreTimeline(digest, gold)
  const of = (count) => `${count}/${score.events} (${((100 * count) / score.events).toFixed(0)}%)`
  console.log(`\n${story} (${path.relative(process.cwd(), input)}): ${digest.timeline.length} timeline entries, ${digest.undated.length} undated phrases`)
  console.log(`  events found          ${of(score.found)}`)
  console.log(`  at the right date     ${of(score.rightDate)}`)
  console.log(`  with all sources      ${of(score.allSources)}`)
  console.log(`  in one entry          ${of(score.oneEntry)}`)
  console.log(`  wrong dates           ${score.wrong.length}`)
  for (const line of score.wrong) console.log(`    wrong: ${line}`)
  for (const line of score.missing) console.log(`    missing: ${line}`)
  for (const line of score.unmatched) console.log(`    not in gold: ${line}`)
}
