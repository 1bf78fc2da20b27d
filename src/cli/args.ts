import { parseArgs } from 'node:util'

/** A command line, understood. */
export type Command =
  | { readonly name: 'build', readonly input?: string, readonly out?: string, readonly templates?: string, readonly title?: string, readonly explain: boolean, readonly quiet: boolean }
  | { readonly name: 'help' }
  | { readonly name: 'version' }

/** Error for a command line that cannot be understood (exit code 2). */
export class UsageError extends Error {}

export const usage = `Usage: news-digest [build] [options]

Build one static HTML digest page (and digest.json) from a folder of articles.

Commands:
  build              build the digest (the default)

Options:
  --input <dir>      folder of articles (.md, .txt)           default: seeds
  --out <dir>        output folder                           default: dist
  --templates <dir>  folder with page.html and style.css     default: the package's templates
  --title <text>     story title for the page header         default: the earliest source's headline
  --explain          print, per source, what was removed and why
  --quiet            print problems only
  -h, --help         show this help
  -v, --version      show the version

Exit codes: 0 built; 1 built, but some input could not be processed; 2 bad usage or no build.`

/** Parse `process.argv.slice(2)`. */
export function parseCommand(argv: readonly string[]): Command {
  let parsed
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        input: { type: 'string', short: 'i' },
        out: { type: 'string', short: 'o' },
        templates: { type: 'string' },
        title: { type: 'string' },
        explain: { type: 'boolean', default: false },
        quiet: { type: 'boolean', short: 'q', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false }
      }
    })
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error))
  }
  const { values, positionals } = parsed
  if (values.help) return { name: 'help' }
  if (values.version) return { name: 'version' }
  const [command = 'build', ...rest] = positionals
  if (command !== 'build') throw new UsageError(`Unknown command \`${command}\`, expected \`build\``)
  if (rest.length > 0) throw new UsageError(`Unexpected argument \`${rest[0]}\``)
  for (const key of ['input', 'out', 'templates', 'title'] as const) {
    if (values[key] === '') throw new UsageError(`Option --${key} needs a value`)
  }
  return {
    name: 'build',
    ...(values.input === undefined ? {} : { input: values.input }),
    ...(values.out === undefined ? {} : { out: values.out }),
    ...(values.templates === undefined ? {} : { templates: values.templates }),
    ...(values.title === undefined ? {} : { title: values.title }),
    explain: values.explain,
    quiet: values.quiet
  }
}
