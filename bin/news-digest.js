#!/usr/bin/env node
import { fileURLToPath } from 'node:url'
import { runWithCodeCache, setCommandLineV8Flags } from '../lib/cli/launch.js'

setCommandLineV8Flags()
// The one-file bundle of lib/ starts faster (see src/cli/launch.ts); lib/ itself serves when the bundle was not built.
const bundle = runWithCodeCache(fileURLToPath(new URL('../lib/news-digest.cjs', import.meta.url)), fileURLToPath(new URL('../lib/.code-cache/', import.meta.url)))
const { main, isWorthCaching } = bundle ? bundle.exports : await import('../lib/cli/main.js')
const argv = process.argv.slice(2)
process.exitCode = await main(argv)
if (isWorthCaching(argv, process.exitCode)) bundle?.save()
