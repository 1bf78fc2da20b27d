import { parseArgs } from 'node:util'
import { typoDistance } from '../text/typo-distance.js'
import { OptionsError, parseBaseUrl } from '../options.js'

/** What `build` and `watch` both take: the folders and the title. */
export interface SharedOptions {
  readonly input?: string
  readonly out?: string
  readonly templates?: string
  readonly title?: string
}

/** A command line, understood. */
export type Command =
  | SharedOptions & { readonly name: 'build', readonly baseUrl?: string, readonly explain: boolean, readonly quiet: boolean }
  | SharedOptions & { readonly name: 'watch', readonly serve?: { readonly port?: number, readonly host?: string }, readonly quiet: boolean }
  | { readonly name: 'help' }
  | { readonly name: 'version' }

/** The shared options given in `from` (a command, or parsed flags), without the ones left out. */
export function sharedOptions(from: { readonly [Key in keyof SharedOptions]?: string | undefined }): SharedOptions {
  return {
    ...(from.input === undefined ? {} : { input: from.input }),
    ...(from.out === undefined ? {} : { out: from.out }),
    ...(from.templates === undefined ? {} : { templates: from.templates }),
    ...(from.title === undefined ? {} : { title: from.title })
  }
}

/** Error for a command line that cannot be understood (exit code 2). */
export class UsageError extends Error {}

export const usage = `Usage: news-digest [build|watch] [options]

Build one static HTML digest page (and digest.json) from a folder of articles.

Commands:
  build              build the digest (the default)
  watch              build, then rebuild on every change to the articles or templates

Options:
  -i, --input <dir>  folder of articles (.md, .txt)           default: seeds
  -o, --out <dir>    output folder                           default: dist
  --templates <dir>  folder with page.html and style.css     default: the package's templates
  --title <text>     story title for the page header         default: the earliest source's headline
  --base-url <url>   http(s) address the output is published at, for the
                     canonical link and the feed              default: none (links stay relative)
  --explain          print, per source, what was removed and why
  -q, --quiet        print problems only
  --serve [port]     watch: serve the output with live reload  default port: 8080
  --host <host>      watch: interface to serve on              default: 127.0.0.1
  -h, --help         show this help
  -v, --version      show the version

Exit codes: 0 built; 1 built, but some input could not be processed; 2 bad usage or no build.`

/** The options `parseArgs` reads (see `usage`). */
const optionsConfig = {
  input: { type: 'string', short: 'i' },
  out: { type: 'string', short: 'o' },
  templates: { type: 'string' },
  title: { type: 'string' },
  'base-url': { type: 'string' },
  explain: { type: 'boolean', default: false },
  serve: { type: 'string' },
  host: { type: 'string' },
  quiet: { type: 'boolean', short: 'q', default: false },
  help: { type: 'boolean', short: 'h', default: false },
  version: { type: 'boolean', short: 'v', default: false }
} as const

const optionNames = Object.keys(optionsConfig).map((name) => `--${name}`)

/**
 * `parseArgs`' errors in this command's words: its own are written for
 * commands that take positional arguments ("place it after '--'"), and
 * name the short form before the option (`'-i, --input <value>'`).
 */
function optionErrorMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined
  const unknown = /^Unknown option '([^']+)'/.exec(message)
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && unknown) {
    const written = unknown[1]!.replace(/=.*/, '')
    // The name fewest slips away, else one the written name begins with (`--output` → `--out`).
    const [nearest = optionNames.find((name) => written.startsWith(name))] = optionNames.map((name) => [name, typoDistance(name, written)] as const)
      .filter(([, distance]) => distance <= 2).sort((a, b) => a[1] - b[1]).map(([name]) => name)
    return `Unknown option \`${unknown[1]}\`${nearest ? `; did you mean \`${nearest}\`?` : ''}`
  }
  const named = /^Option '(?:-\w, )?(--[\w-]+)/.exec(message)?.[1]
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && named) {
    return message.includes('does not take an argument') ? `Option ${named} takes no value` : `Option ${named} needs a value`
  }
  return message
}

/** Parse `process.argv.slice(2)`. */
export function parseCommand(argv: readonly string[]): Command {
  let parsed
  try {
    parsed = parseArgs({
      args: withServeValue(argv),
      allowPositionals: true,
      strict: true,
      options: optionsConfig
    })
  } catch (error) {
    throw new UsageError(optionErrorMessage(error))
  }
  const { values, positionals } = parsed
  if (values.help) return { name: 'help' }
  if (values.version) return { name: 'version' }
  const [command = 'build', ...rest] = positionals
  if (command !== 'build' && command !== 'watch') throw new UsageError(`Unknown command \`${command}\`, expected \`build\` or \`watch\``)
  if (rest.length > 0) throw new UsageError(`Unexpected argument \`${rest[0]}\``)
  for (const key of ['input', 'out', 'templates', 'title', 'host'] as const) {
    if (values[key]?.trim() === '') throw new UsageError(`Option --${key} needs a value`)
  }
  if (command === 'watch') {
    if (values.explain) throw new UsageError('Option --explain is for `build`, not `watch`')
    if (values.host !== undefined && values.serve === undefined) throw new UsageError('Option --host needs --serve')
    if (values['base-url'] !== undefined) throw new UsageError('Option --base-url is for `build`, not `watch`')
    return {
      name: 'watch',
      ...sharedOptions(values),
      ...(values.serve === undefined ? {} : { serve: { ...parsePort(values.serve), ...(values.host === undefined ? {} : { host: values.host }) } }),
      quiet: values.quiet
    }
  }
  if (values.serve !== undefined || values.host !== undefined) throw new UsageError(`Option --${values.serve === undefined ? 'host' : 'serve'} is for \`watch\`, not \`build\``)
  return {
    name: 'build',
    ...sharedOptions(values),
    ...(values['base-url'] === undefined ? {} : { baseUrl: checkBaseUrl(values['base-url']) }),
    explain: values.explain,
    quiet: values.quiet
  }
}

/**
 * `--serve` takes an optional port, which `parseArgs` cannot express: give a
 * bare `--serve` (not followed by a number) an empty value, meaning the default.
 */
function withServeValue(argv: readonly string[]): string[] {
  const args: string[] = []
  for (const [index, arg] of argv.entries()) {
    if (arg === '--') return [...args, ...argv.slice(index)]
    args.push(arg)
    if (arg === '--serve' && !/^\d+$/.test(argv[index + 1] ?? '')) args.push('')
  }
  return args
}

function parsePort(value: string): { readonly port?: number } {
  if (value === '') return {}
  const port = Number(value)
  if (!/^\d+$/.test(value) || port > 65535) throw new UsageError(`Option --serve takes a port from 0 to 65535, not \`${value}\``)
  return { port }
}

// Checked here too, so that a bad address is a usage error before any work is done.
function checkBaseUrl(value: string): string {
  try {
    return parseBaseUrl(value)
  } catch (error) {
    if (error instanceof OptionsError) throw new UsageError(`Option --base-url: ${error.message}`)
    throw error
  }
}
