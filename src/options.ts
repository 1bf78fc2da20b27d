import path from 'node:path'
import { templatesFolder } from './package-files.js'

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
  /**
   * Absolute http(s) address the output folder is published at
   * (`https://user.github.io/repo/`), for the canonical link, `og:url` and the
   * feed's links and ids. Default: none; every link stays relative.
   */
  readonly baseUrl?: string
  /**
   * Seconds since 1970 to date the feed with where the digest has no date
   * (reproducible builds: https://reproducible-builds.org/specs/source-date-epoch/).
   * Default: `SOURCE_DATE_EPOCH` from the environment when set, else none.
   */
  readonly sourceDateEpoch?: number
}

/** Options with every default filled in and every path absolute. */
export interface ResolvedOptions {
  readonly input: string
  readonly out: string
  readonly templates: string
  readonly title: string | null
  /** Normalised to end in `/`; `null` when not given. */
  readonly baseUrl: string | null
  /** Milliseconds since 1970, from `sourceDateEpoch`; `null` when not given. */
  readonly sourceDate: number | null
}

/** Error for an option value that cannot be used (exit code 2); its message is shown as is. */
export class OptionsError extends Error {}

/** Folder of the templates shipped with the package. */
export const defaultTemplates = templatesFolder

/** Fill in defaults and make paths absolute. */
export function resolveOptions(options: Options = {}): ResolvedOptions {
  const cwd = options.cwd ?? process.cwd()
  return {
    input: path.resolve(cwd, options.input ?? 'seeds'),
    out: path.resolve(cwd, options.out ?? 'dist'),
    templates: options.templates === undefined ? defaultTemplates : path.resolve(cwd, options.templates),
    title: options.title ?? null,
    baseUrl: options.baseUrl === undefined ? null : parseBaseUrl(options.baseUrl),
    sourceDate: sourceDateOf(options.sourceDateEpoch ?? parseSourceDateEpoch(process.env['SOURCE_DATE_EPOCH']))
  }
}

/**
 * Check a base URL and make it the address of a folder: absolute http(s),
 * no user name, query or fragment, ending in `/` so that `feed.xml` resolves
 * inside it (`https://user.github.io/repo` → `https://user.github.io/repo/`).
 */
export function parseBaseUrl(text: string): string {
  let url: URL
  try {
    url = new URL(text)
  } catch {
    throw new OptionsError(`Invalid base URL \`${text}\`: expected an absolute http(s) address such as \`https://user.github.io/repo/\``)
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new OptionsError(`Invalid base URL \`${text}\`: expected http or https, not \`${url.protocol.slice(0, -1)}\``)
  if (url.username || url.password || url.search || url.hash) throw new OptionsError(`Invalid base URL \`${text}\`: expected no user name, query or fragment`)
  if (!url.pathname.endsWith('/')) url.pathname = `${url.pathname}/`
  return url.href
}

/** Read `SOURCE_DATE_EPOCH` (whole seconds since 1970); unset or empty is `undefined`. */
export function parseSourceDateEpoch(value: string | undefined): number | undefined {
  if (value === undefined || value === '') return undefined
  // The spec asks a build to fail on a malformed value rather than guess.
  if (!/^\d+$/.test(value)) throw new OptionsError(`Invalid SOURCE_DATE_EPOCH \`${value}\`: expected whole seconds since 1970`)
  return Number(value)
}

function sourceDateOf(seconds: number | undefined): number | null {
  if (seconds === undefined) return null
  const milliseconds = seconds * 1000
  if (!Number.isSafeInteger(seconds) || seconds < 0 || Number.isNaN(new Date(milliseconds).getTime())) {
    throw new OptionsError(`Invalid source date epoch \`${seconds}\`: expected whole seconds since 1970`)
  }
  return milliseconds
}
