#!/usr/bin/env node
import { fileURLToPath } from 'node:url'
import { runWithCodeCache, setCommandLineV8Flags } from '../lib/cli/launch.js'

setCommandLineV8Flags()
// A reader that stops early (`news-digest build --explain | head`) closes the pipe: that ends the output, not with a stack trace.
process.stdout.on('error', (error) => {
  if (error.code !== 'EPIPE') throw error
  process.exit(process.exitCode ?? 0)
})
// The one-file bundle of lib/ starts faster (see src/cli/launch.ts); lib/ itself serves when the bundle was not built.
const bundle = runWithCodeCache(fileURLToPath(new URL('../lib/news-digest.cjs', import.meta.url)), fileURLToPath(new URL('../lib/.code-cache/', import.meta.url)))
const { main, isWorthCaching } = bundle ? bundle.exports : await import('../lib/cli/main.js')
const argv = process.argv.slice(2)
process.exitCode = await main(argv)
if (isWorthCaching(argv, process.exitCode)) bundle?.save()
