import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** Options of `build()` and of the CLI. */
export interface Options {
  /** Folder of articles (`.md`, `.txt`) to read. Default: `seeds`. */
  readonly input?: string
  /** Folder to write `index.html` and `digest.json` to. Default: `dist`. */
  readonly out?: string
  /** Folder of page templates (`page.html`, `style.css`). Default: the package's `templates/`. */
  readonly templates?: string
  /** Title of the story in the page header. Default: the headline of the earliest source that has one. */
  readonly title?: string
  /** Working directory that relative paths are resolved against. Default: `process.cwd()`. */
  readonly cwd?: string
}

/** Options with every default filled in and every path absolute. */
export interface ResolvedOptions {
  readonly input: string
  readonly out: string
  readonly templates: string
  readonly title: string | null
}

/** Folder of the templates shipped with the package. */
export const defaultTemplates = fileURLToPath(new URL('../templates/', import.meta.url))

/** Fill in defaults and make paths absolute. */
export function resolveOptions(options: Options = {}): ResolvedOptions {
  const cwd = options.cwd ?? process.cwd()
  return {
    input: path.resolve(cwd, options.input ?? 'seeds'),
    out: path.resolve(cwd, options.out ?? 'dist'),
    templates: options.templates === undefined ? defaultTemplates : path.resolve(cwd, options.templates),
    title: options.title ?? null
  }
}
