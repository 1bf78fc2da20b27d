import { randomBytes } from 'node:crypto'
import fs from 'node:fs/promises'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { escapeHtml } from '../render/escape.js'
import { clientScript, problemsStyle } from './client.js'

/** Where the preview server listens. */
export interface ServeOptions {
  /** Port to listen on; `0` picks a free one. Default: 8080, or the next free port up to 8089. */
  readonly port?: number
  /** Interface to listen on. Default: `127.0.0.1`, reachable from this machine only. */
  readonly host?: string
}

/** A running preview server. */
export interface PreviewServer {
  /** Address to open, such as `http://127.0.0.1:8080/`. */
  readonly url: string
  /**
   * A rebuild finished: open pages reload. `problems` is shown on the page
   * while the last good output is kept; `null` once a build was written.
   */
  readonly update: (problems: string | null) => void
  readonly close: () => Promise<void>
}

/** Error for a server that cannot start (port taken); its message is shown as is. */
export class ServeError extends Error {}

/** Paths of the preview's own files; not a name a digest writes. */
export const previewPrefix = '/__news-digest/'
const defaultPort = 8080
const portsToTry = 10

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8'
}

/** State shared by the request handlers of one server. */
interface PreviewState {
  readonly root: string
  readonly isLoopback: boolean
  /** This server's run; a page served by an earlier run reloads too. */
  readonly run: string
  /** Counts finished rebuilds; a page built before the current one reloads. */
  version: number
  problems: string | null
  readonly listeners: Set<http.ServerResponse>
}

/**
 * Serve the output folder over HTTP (node:http: a handful of routes needs no
 * framework) with live reload. Served HTML gets a script tag for
 * `/__news-digest/reload.js`, an external file so that a Content-Security-Policy
 * of `script-src 'self'` allows it; the script listens to Server-Sent Events.
 * Files on disk are never changed.
 */
export async function startPreviewServer(root: string, options: ServeOptions = {}): Promise<PreviewServer> {
  const host = options.host ?? '127.0.0.1'
  const state: PreviewState = { root, isLoopback: isLoopbackHost(host), run: randomBytes(4).toString('hex'), version: 1, problems: null, listeners: new Set() }
  const server = http.createServer((request, response) => {
    handle(state, request, response).catch(() => {
      if (!response.headersSent) response.writeHead(500)
      response.end()
    })
  })
  const port = await listen(server, host, options.port)
  const shownHost = host.includes(':') ? `[${host}]` : host
  return {
    url: `http://${shownHost}:${port}/`,
    update: (problems) => {
      state.version++
      state.problems = problems
      for (const listener of state.listeners) sendVersion(listener, state)
    },
    close: async () => {
      for (const listener of state.listeners) listener.end()
      state.listeners.clear()
      // `close` waits for every connection to end: a browser's idle keep-alive socket
      // (or an event stream reconnecting) would hold it open, so end them all now.
      const closed = new Promise<void>((resolve) => server.close(() => resolve()))
      server.closeAllConnections()
      await closed
    }
  }
}

async function listen(server: http.Server, host: string, port: number | undefined): Promise<number> {
  const candidates = port === undefined ? Array.from({ length: portsToTry }, (_, index) => defaultPort + index) : [port]
  for (const candidate of candidates) {
    try {
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject)
        server.listen(candidate, host, () => {
          server.off('error', reject)
          resolve()
        })
      })
      return (server.address() as AddressInfo).port
    } catch (error) {
      if (!isCode(error, 'EADDRINUSE')) throw new ServeError(`Cannot serve on ${host}:${candidate}: ${error instanceof Error ? error.message : String(error)}`)
    }
  }
  throw new ServeError(port === undefined
    ? `Cannot serve: ports ${defaultPort}–${defaultPort + portsToTry - 1} are in use; pick one with --serve <port>`
    : `Cannot serve on port ${port}: it is in use; pick another with --serve <port>`)
}

async function handle(state: PreviewState, request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
  // A page on another site could reach a loopback server through a DNS name
  // that points at 127.0.0.1 (DNS rebinding); such requests carry its Host.
  if (state.isLoopback && !isLoopbackHost(hostName(request.headers.host ?? ''))) return sendText(response, 403, 'Forbidden host')
  if (request.method !== 'GET' && request.method !== 'HEAD') return sendText(response, 405, 'Method not allowed')
  const pathname = new URL(request.url ?? '/', 'http://localhost').pathname
  if (pathname === `${previewPrefix}events`) return openEvents(state, request, response)
  if (pathname === `${previewPrefix}reload.js`) return send(response, 200, types['.js']!, clientScript)
  if (pathname === `${previewPrefix}problems.css`) return send(response, 200, types['.css']!, problemsStyle)
  const file = await findFile(state.root, pathname)
  if (!file) return sendText(response, 404, 'Not found')
  const type = types[path.extname(file.path).toLowerCase()] ?? 'application/octet-stream'
  const body = type.startsWith('text/html') ? injectPreview(file.contents.toString('utf8'), state) : file.contents
  send(response, 200, type, body, request.method === 'HEAD')
}

/** The file a URL path names inside `root` (a folder gives its `index.html`), or `undefined`. */
async function findFile(root: string, pathname: string): Promise<{ readonly path: string, readonly contents: Buffer } | undefined> {
  let decoded: string
  try {
    decoded = decodeURIComponent(pathname)
  } catch {
    return undefined
  }
  if (decoded.includes('\0')) return undefined
  let target = path.join(root, path.normalize(decoded))
  if (target !== root && !target.startsWith(root + path.sep)) return undefined
  if (decoded.endsWith('/')) target = path.join(target, 'index.html')
  // The output folder is swapped in by a rename; for a moment it is missing.
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      return { path: target, contents: await fs.readFile(target) }
    } catch (error) {
      if (isCode(error, 'EISDIR')) target = path.join(target, 'index.html')
      else if (!isCode(error, 'ENOENT')) return undefined
      await new Promise((resolve) => setTimeout(resolve, 10))
    }
  }
  return undefined
}

/**
 * Add the live-reload script (and, after a bad edit, the problems) to a
 * served page. `data-version` says which build the page shows, so a page
 * served just before a rebuild still reloads.
 */
export function injectPreview(html: string, state: { readonly run: string, readonly version: number, readonly problems: string | null }): string {
  let page = allowPreviewInPolicy(html)
  const script = `<script src="${previewPrefix}reload.js" data-version="${versionOf(state)}"></script>`
  if (state.problems !== null) {
    const banner = `<div id="news-digest-problems" role="alert"><p><strong>news-digest:</strong> the page below is the last good build.</p><pre>${escapeHtml(state.problems)}</pre></div>`
    page = insertAfter(page, /<body\b[^>]*>/i, banner)
    page = insertBefore(page, /<\/head\s*>/i, `<link rel="stylesheet" href="${previewPrefix}problems.css">`)
  }
  return insertBefore(page, /<\/body\s*>(?![\s\S]*<\/body\s*>)/i, script)
}

const policyMeta = /(<meta\s+http-equiv=["']?content-security-policy["']?\s+content=")([^"]*)(")/gi
const previewDirectives = ['script-src', 'connect-src', 'style-src'] as const

/**
 * The page's Content-Security-Policy (`default-src 'none'`) would block the
 * preview's own script, its event stream and the problems style sheet: in
 * served pages only, add `'self'` to those three directives, keeping every
 * other source the page allowed. The files on disk keep their policy.
 */
export function allowPreviewInPolicy(html: string): string {
  return html.replace(policyMeta, (_match, start: string, policy: string, end: string) => `${start}${addSelf(policy)}${end}`)
}

function addSelf(policy: string): string {
  const directives = policy.split(';').map((directive) => directive.trim()).filter((directive) => directive !== '')
  const fallback = directives.find((directive) => directive.split(/\s+/)[0]!.toLowerCase() === 'default-src')?.split(/\s+/).slice(1) ?? []
  for (const name of previewDirectives) {
    const index = directives.findIndex((directive) => directive.split(/\s+/)[0]!.toLowerCase() === name)
    const sources = index === -1 ? fallback : directives[index]!.split(/\s+/).slice(1)
    const allowed = [...sources.filter((source) => source !== "'none'"), ...(sources.includes("'self'") ? [] : ["'self'"])]
    const directive = `${name} ${allowed.join(' ')}`
    if (index === -1) directives.push(directive)
    else directives[index] = directive
  }
  return directives.join('; ')
}

function insertAfter(html: string, pattern: RegExp, insert: string): string {
  const match = pattern.exec(html)
  return match ? html.slice(0, match.index + match[0].length) + insert + html.slice(match.index + match[0].length) : insert + html
}

function insertBefore(html: string, pattern: RegExp, insert: string): string {
  const match = pattern.exec(html)
  return match ? html.slice(0, match.index) + insert + html.slice(match.index) : html + insert
}

function openEvents(state: PreviewState, request: http.IncomingMessage, response: http.ServerResponse): void {
  response.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store', Connection: 'keep-alive' })
  response.write('retry: 500\n\n')
  sendVersion(response, state)
  state.listeners.add(response)
  request.on('close', () => state.listeners.delete(response))
}

function sendVersion(response: http.ServerResponse, state: PreviewState): void {
  response.write(`event: version\ndata: ${versionOf(state)}\n\n`)
}

function versionOf(state: { readonly run: string, readonly version: number }): string {
  return `${state.run}.${state.version}`
}

function send(response: http.ServerResponse, status: number, type: string, body: string | Buffer, isHead = false): void {
  response.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', 'Content-Length': Buffer.byteLength(body) })
  response.end(isHead ? undefined : body)
}

function sendText(response: http.ServerResponse, status: number, text: string): void {
  send(response, status, types['.txt']!, `${text}\n`)
}

function hostName(header: string): string {
  return header.startsWith('[') ? header.slice(0, header.indexOf(']') + 1) : header.replace(/:\d+$/, '')
}

function isLoopbackHost(host: string): boolean {
  return host === 'localhost' || host === '[::1]' || host === '::1' || /^127(?:\.\d{1,3}){3}$/.test(host)
}

function isCode(error: unknown, code: string): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === code
}
