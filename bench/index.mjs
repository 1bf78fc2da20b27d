// The benchmark: `npm run bench` (compiles first).
//
//   npm run bench -- [--sizes 100,1000,4000,10000] [--runs 11] [--seed 1] [--root DIR]
//                    [--timeout 900] [--no-eleventy] [--no-seeds]
//
// Per corpus (bench/generate.mjs, seeded and cached), one news-digest build
// and one Eleventy build of the same text as Markdown pages, each in a child
// process: time per stage, total (process start to exit), articles per
// second, peak memory (maxRSS). Then the seeds: `npm run build` against
// `npm run bench:floor` (a script that only starts node) and against
// `npm run bench:eleventy-seeds`, run in turn, median of `--runs` runs.
// Ends with the targets of issue 9 and whether this run met them.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import os from 'node:os'
import { commandLineV8Flags } from '../lib/cli/launch.js'
import { defaultRoot, ensureCorpus } from './generate.mjs'
import { ensureEleventyInput } from './support/eleventy.mjs'
import { seedsEleventyFolders } from './eleventy-seeds.config.mjs'

const repo = fileURLToPath(new URL('..', import.meta.url))
const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100,1000,4000,10000' },
    runs: { type: 'string', default: '11' },
    seed: { type: 'string', default: '1' },
    root: { type: 'string', default: defaultRoot },
    'no-eleventy': { type: 'boolean', default: false },
    'no-seeds': { type: 'boolean', default: false },
    timeout: { type: 'string', default: '900' }
  }
})
const sizes = values.sizes.split(',').filter(Boolean).map(Number)
const runs = Math.max(1, Number(values.runs))
const seed = Number(values.seed)
const root = path.resolve(values.root)
const withEleventy = !values['no-eleventy']
const timeoutMs = Number(values.timeout) * 1000

const mb = (bytes) => bytes / 1024 / 1024
const ms = (value) => (value >= 10_000 ? `${(value / 1000).toFixed(1)} s` : `${Math.round(value)} ms`)
const median = (list) => {
  const sorted = [...list].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/**
 * Run `node script args…` and parse the last line of its output as JSON;
 * `wall` is measured from here. A run that fails or takes longer than
 * `--timeout` seconds is reported with its reason instead of stopping the bench.
 */
function runChild(script, args) {
  const started = performance.now()
  const child = spawnSync(process.execPath, [script, ...args], { cwd: repo, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: timeoutMs, killSignal: 'SIGKILL' })
  const wall = performance.now() - started
  if (child.status !== 0) {
    const reason = child.error?.code === 'ETIMEDOUT' ? `stopped after ${values.timeout} s` : `exit ${child.status ?? child.signal}: ${child.stderr.trim().split('\n').filter(Boolean).slice(-3).join(' / ')}`
    return { failed: reason, wall }
  }
  const lines = child.stdout.trim().split('\n')
  return { ...JSON.parse(lines[lines.length - 1]), wall }
}

/** Milliseconds for `npm run <script> [-- args]` to start, run and exit. */
function timeNpmRun(script, args = []) {
  const started = performance.now()
  const child = spawnSync('npm', ['run', '--silent', script, ...(args.length ? ['--', ...args] : [])], { cwd: repo, encoding: 'utf8' })
  const wall = performance.now() - started
  if (child.status !== 0) throw new Error(`npm run ${script} failed (exit ${child.status}):\n${child.stderr}`)
  return wall
}

async function benchCorpus(count) {
  const corpus = await ensureCorpus({ count, seed, root })
  const out = path.join(root, 'out', `news-digest-${count}`)
  await fs.rm(out, { recursive: true, force: true })
  const digest = runChild(path.join(repo, 'bench/support/run-build.mjs'), [corpus, out])
  const row = { count, digest }
  if (withEleventy) {
    const input = await ensureEleventyInput(corpus)
    const eleventyOut = path.join(root, 'out', `eleventy-${count}`)
    await fs.rm(eleventyOut, { recursive: true, force: true })
    row.eleventy = runChild(path.join(repo, 'bench/support/run-eleventy.mjs'), [input, eleventyOut])
  }
  return row
}

async function benchSeeds() {
  const folders = seedsEleventyFolders()
  await ensureEleventyInput(path.join(repo, 'seeds'), folders.input)
  // One run of each first, unmeasured: the disk cache and npm's own start are then warm for all three alike.
  const scripts = withEleventy ? ['bench:floor', 'build', 'bench:eleventy-seeds'] : ['bench:floor', 'build']
  for (const script of scripts) timeNpmRun(script)
  const times = Object.fromEntries(scripts.map((script) => [script, []]))
  for (let run = 0; run < runs; run++) {
    for (const script of scripts) times[script].push(timeNpmRun(script))
  }
  return Object.fromEntries(Object.entries(times).map(([script, list]) => [script, { median: median(list), runs: list }]))
}

function table(rows) {
  const head = ['articles', 'load', 'clean', 'analyze', 'render', 'write', 'total', 'articles/s', 'peak MB']
  if (withEleventy) head.push('Eleventy total', 'Eleventy peak MB', 'news-digest / Eleventy')
  const lines = rows.map(({ count, digest, eleventy }) => {
    const cells = digest.failed
      ? [count.toLocaleString('en'), `failed (${digest.failed})`, '', '', '', '', `> ${ms(digest.wall)}`, '', '']
      : [count.toLocaleString('en'), ...['load', 'clean', 'analyze', 'render', 'write'].map((stage) => ms(digest.stages[stage])), ms(digest.wall), Math.round(count / (digest.wall / 1000)).toLocaleString('en'), mb(digest.maxRss).toFixed(0)]
    if (eleventy) cells.push(eleventy.failed ? `failed (${eleventy.failed})` : ms(eleventy.wall), eleventy.failed ? '' : mb(eleventy.maxRss).toFixed(0), digest.failed || eleventy.failed ? '' : `${(digest.wall / eleventy.wall).toFixed(2)}×`)
    return cells
  })
  return [head, head.map(() => '---'), ...lines].map((cells) => `| ${cells.join(' | ')} |`).join('\n')
}

function targets(rows, seeds) {
  const lines = []
  const check = (name, value, limit, detail) => lines.push(`| ${name} | ${value} | ${limit} | ${detail} |`)
  const verdict = (ok) => (ok ? 'met' : 'MISSED')
  if (seeds) {
    const floor = seeds['bench:floor'].median
    const build = seeds.build.median
    check('`npm run build` on the seeds / floor', `${(build / floor).toFixed(2)}× (${ms(build)} / ${ms(floor)})`, '≤ 1.3×', verdict(build / floor <= 1.3))
    if (seeds['bench:eleventy-seeds']) {
      const eleventy = seeds['bench:eleventy-seeds'].median
      check('`npm run build` on the seeds / Eleventy on the seeds', `${(build / eleventy).toFixed(2)}× (${ms(build)} / ${ms(eleventy)})`, '≤ 0.5×', verdict(build / eleventy <= 0.5))
    }
  }
  // A run that failed or was stopped counts with the time it had taken (a lower bound) and misses memory.
  const bySize = new Map(rows.map((row) => [row.count, row]))
  const at4000 = bySize.get(4000)
  if (at4000?.eleventy) {
    const ratio = at4000.digest.wall / at4000.eleventy.wall
    check('4,000 articles: news-digest / Eleventy', `${at4000.digest.failed ? '> ' : ''}${ratio.toFixed(2)}× (${ms(at4000.digest.wall)} / ${ms(at4000.eleventy.wall)})`, '< 1×', verdict(ratio < 1 && !at4000.digest.failed))
  }
  if (bySize.has(1000) && bySize.has(10000)) {
    const growth = bySize.get(10000).digest.wall / bySize.get(1000).digest.wall
    const stopped = bySize.get(10000).digest.failed
    check('growth 1,000 → 10,000 articles', `${stopped ? '> ' : ''}${growth.toFixed(1)}×`, '≤ 11×', verdict(growth <= 11 && !stopped))
  }
  if (bySize.has(10000)) {
    const { failed, maxRss } = bySize.get(10000).digest
    if (failed) check('peak memory at 10,000 articles', `not measured (${failed})`, '≤ 1024 MB', 'MISSED')
    else check('peak memory at 10,000 articles', `${mb(maxRss).toFixed(0)} MB`, '≤ 1024 MB', verdict(mb(maxRss) <= 1024))
  }
  return ['| target | measured | limit | |', '| --- | --- | --- | --- |', ...lines].join('\n')
}

const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GB, Node ${process.version}, ${os.platform()}`
console.log(`news-digest bench — ${machine}; corpus seed ${seed}; cache ${root}; V8 flags of the command line: ${commandLineV8Flags.join(" ")}\n`)
const rows = []
for (const count of sizes) {
  process.stderr.write(`… ${count} articles\n`)
  const row = await benchCorpus(count)
  rows.push(row)
  process.stderr.write(`  news-digest ${row.digest.failed ?? ms(row.digest.wall)}${row.eleventy ? `, Eleventy ${row.eleventy.failed ?? ms(row.eleventy.wall)}` : ''}\n`)
}
if (rows.length > 0) console.log(`${table(rows)}\n`)
let seeds
if (!values['no-seeds']) {
  process.stderr.write(`… seeds, ${runs} runs of each npm script\n`)
  seeds = await benchSeeds()
  console.log(`Seeds through \`npm run\` (median of ${runs}): ${Object.entries(seeds).map(([script, { median: value }]) => `${script} ${ms(value)}`).join(', ')}\n`)
}
console.log(targets(rows, seeds))
await fs.writeFile(path.join(root, 'bench-results.json'), `${JSON.stringify({ machine, seed, rows, seeds }, null, 2)}\n`)
