// Child process of the benchmark: one news-digest build through the API,
// timed per stage, with the V8 flags the command line sets for itself;
// prints the timings and peak memory as JSON.
//   node bench/support/run-build.mjs <input> <output>
const started = performance.now()
const { setCommandLineV8Flags } = await import('../../lib/cli/launch.js')
setCommandLineV8Flags()
const { build } = await import('../../lib/index.js')
const [input, out] = process.argv.slice(2)
const imported = performance.now()
const result = await build({ input, out })
const total = performance.now() - started
process.stdout.write(`${JSON.stringify({
  startup: imported - started,
  stages: result.timings,
  total,
  articles: result.digest.articles.length,
  timeline: result.digest.timeline.length,
  maxRss: process.resourceUsage().maxRSS * 1024
})}\n`)
