// Child process of the benchmark: build one folder of Markdown pages with
// Eleventy's programmatic API and print the time and peak memory as JSON.
//   node bench/support/run-eleventy.mjs <input> <output>
const started = performance.now()
const { default: Eleventy } = await import('@11ty/eleventy')
const [input, output] = process.argv.slice(2)
const eleventy = new Eleventy(input, output, { quietMode: true, configPath: new URL('../eleventy.config.mjs', import.meta.url).pathname })
await eleventy.write()
const total = performance.now() - started
process.stdout.write(`${JSON.stringify({ total, maxRss: process.resourceUsage().maxRSS * 1024 })}\n`)
