import fs from 'node:fs/promises'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

/** A folder served over HTTP on 127.0.0.1. */
export interface StaticServer {
  /** Address of the served folder, ending in `/`: `http://127.0.0.1:<port>/repo/`. */
  readonly url: string
  /** Every path requested, in order, for tests that check what a crawl fetched. */
  readonly requested: readonly string[]
  close(): Promise<void>
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/atom+xml',
  '.css': 'text/css'
}

/**
 * Serve `root` under a sub-path (`/repo/`), the way GitHub Pages serves a
 * project site: `/repo/` is `index.html`, anything outside the sub-path or
 * the folder is 404. Small on purpose: a static host does no more.
 */
export async function serveFolder(root: string, subPath: string): Promise<StaticServer> {
  const requested: string[] = []
  const server = http.createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://localhost').pathname
    requested.push(pathname)
    void respond(root, subPath, pathname).then(({ status, type, body }) => {
      response.writeHead(status, { 'content-type': type })
      response.end(body)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}${subPath}`,
    requested,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())))
  }
}

async function respond(root: string, subPath: string, pathname: string): Promise<{ status: number, type: string, body: string | Buffer }> {
  const notFound = { status: 404, type: 'text/plain', body: 'Not found' }
  if (!pathname.startsWith(subPath)) return notFound
  const relative = decodeURIComponent(pathname.slice(subPath.length)) || 'index.html'
  const file = path.resolve(root, relative.endsWith('/') ? `${relative}index.html` : relative)
  if (!file.startsWith(root + path.sep)) return notFound
  try {
    return { status: 200, type: contentTypes[path.extname(file)] ?? 'application/octet-stream', body: await fs.readFile(file) }
  } catch {
    return notFound
  }
}
