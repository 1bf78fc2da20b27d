import path from 'node:path'
import { BuildError, type BuildResult, build } from '../build.js'
import { TemplateError } from '../render/index.js'
import { version } from '../version.js'
import { OptionsError } from '../options.js'
import { OutputError } from '../write.js'
import { UsageError, parseCommand, sharedOptions, usage } from './args.js'
import { explainRemovals } from './explain.js'
import { reportProblems } from './report.js'
import { countLabel } from '../render/numbers.js'

/**
 * Whether a run with `argv` that ended with `exitCode` went through the
 * pipeline (a build, or watch mode): its compiled code is worth keeping as
 * the code cache (see `src/cli/launch.ts`). A cache made by `--version`, or
 * by a build refused at once, would hold almost nothing, and be kept.
 */
export function isWorthCaching(argv: readonly string[], exitCode: number): boolean {
  if (exitCode === 2) return false
  try {
    const { name } = parseCommand(argv)
    return name === 'build' || name === 'watch'
  } catch {
    return false
  }
}

/** Output streams, passed in so tests can read what the CLI prints. */
export interface Streams {
  readonly stdout: NodeJS.WritableStream
  readonly stderr: NodeJS.WritableStream
}

/**
 * Run the command line and return the exit code: 0 built, 1 built with
 * input that could not be processed, 2 bad usage or no build at all.
 * Expected errors print a message; unexpected ones a stack trace.
 */
export async function main(argv: readonly string[], streams: Streams = process): Promise<number> {
  let command
  try {
    command = parseCommand(argv)
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    streams.stderr.write(`news-digest: ${error.message}\n\n${usage}\n`)
    return 2
  }
  if (command.name === 'help') {
    streams.stdout.write(`${usage}\n`)
    return 0
  }
  if (command.name === 'version') {
    streams.stdout.write(`${version}\n`)
    return 0
  }
  // Loaded only when used: chokidar and the server are not needed to build.
  if (command.name === 'watch') return (await import('./watch.js')).runWatch(command, streams)
  let result: BuildResult
  try {
    result = await build({ ...sharedOptions(command), ...(command.baseUrl === undefined ? {} : { baseUrl: command.baseUrl }) })
  } catch (error) {
    if (error instanceof BuildError || error instanceof TemplateError || error instanceof OutputError || error instanceof OptionsError) {
      if (error instanceof BuildError) await reportProblems(error.files, streams)
      streams.stderr.write(`news-digest: ${error.message}\n`)
      return 2
    }
    throw error
  }
  await reportProblems(result.files, streams)
  if (command.explain) streams.stdout.write(explainRemovals(result.digest))
  if (!command.quiet) {
    const { articles, timeline } = result.digest
    const removed = articles.reduce((sum, article) => sum + article.removed.length, 0)
    streams.stdout.write(`news-digest: ${countLabel(articles.length, 'article', 'articles')}, ${countLabel(timeline.length, 'timeline event', 'timeline events')}, ${countLabel(removed, 'removal', 'removals')} → ${path.relative(process.cwd(), result.out) || '.'}/index.html\n`)
  }
  return result.hasFatal ? 1 : 0
}
