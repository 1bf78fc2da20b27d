import path from 'node:path'
import { reporter } from 'vfile-reporter'
import { BuildError } from '../build.js'
import { TemplateError } from '../render/index.js'
import { type WatchEvent, type Watching, watch } from '../watch/index.js'
import { ServeError } from '../watch/server.js'
import { OutputError } from '../write.js'
import { countLabel } from '../render/numbers.js'
import { type Command, sharedOptions } from './args.js'
import type { Streams } from './main.js'
import { reportProblems } from './report.js'

/** Signals that end a watch; both end it cleanly with exit code 0. */
const stopSignals = ['SIGINT', 'SIGTERM'] as const

/**
 * Run `news-digest watch` until Ctrl-C (SIGINT) or SIGTERM, then close the
 * watcher and the server and return 0. Returns 2 when the first build fails
 * as a whole or the server cannot start.
 */
export async function runWatch(command: Command & { readonly name: 'watch' }, streams: Streams): Promise<number> {
  const printer = createPrinter(streams, command.quiet)
  let watching: Watching
  try {
    watching = await watch({
      ...sharedOptions(command),
      ...(command.serve === undefined ? {} : { serve: command.serve }),
      onEvent: printer
    })
  } catch (error) {
    if (error instanceof BuildError || error instanceof TemplateError || error instanceof OutputError || error instanceof ServeError) {
      if (error instanceof BuildError) await reportProblems(error.files, streams)
      streams.stderr.write(`news-digest: ${error.message}\n`)
      return 2
    }
    throw error
  }
  const watched = watching.folders.map((folder) => relativeToCwd(folder)).join(', ')
  streams.stdout.write(`news-digest: watching ${watched}${watching.url ? `; serving ${watching.url}` : ''} (Ctrl-C to stop)\n`)
  const signal = await new Promise<string>((resolve) => {
    const stop = (name: string): void => {
      for (const other of stopSignals) process.off(other, stop)
      resolve(name)
    }
    for (const name of stopSignals) process.on(name, stop)
  })
  await watching.close()
  if (!command.quiet) streams.stdout.write(`news-digest: stopped (${signal})\n`)
  return 0
}

/** Prints each build: a line per build, problems when they change, and why a build was held back. */
function createPrinter(streams: Streams, isQuiet: boolean): (event: WatchEvent) => void {
  let lastReport = ''
  return (event) => {
    if (event.type === 'error') {
      streams.stderr.write(`news-digest: watcher error: ${event.error.message}\n`)
      return
    }
    if (event.type === 'held') {
      lastReport = ''
      streams.stderr.write(`news-digest: ${event.reason.trimEnd()}\n`)
      return
    }
    const report = reporter([...event.result.files], { quiet: true })
    if (report !== lastReport && report) streams.stderr.write(`${report}\n`)
    lastReport = report
    if (isQuiet) return
    const { articles, timeline } = event.result.digest
    const cause = event.changed.length === 0 ? 'built' : `rebuilt (${describeChanges(event.changed)})`
    streams.stdout.write(`news-digest: ${cause} in ${Math.round(event.duration)} ms: ${countLabel(articles.length, 'article', 'articles')}, ${countLabel(timeline.length, 'timeline event', 'timeline events')} → ${relativeToCwd(event.result.out)}/index.html\n`)
  }
}

function describeChanges(changed: readonly string[]): string {
  const first = relativeToCwd(changed[0]!)
  return changed.length === 1 ? first : `${first} and ${changed.length - 1} more`
}

function relativeToCwd(absolute: string): string {
  return path.relative(process.cwd(), absolute) || '.'
}
