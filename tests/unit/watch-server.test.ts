import fs from 'node:fs/promises'
import http from 'node:http'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { type PreviewServer, allowPreviewInPolicy, injectPreview, startPreviewServer } from '../../src/watch/server.js'
import { temporaryFolder } from '../helpers/build-folder.js'

const page = '<!doctype html>\n<html><head><title>Digest</title></head>\n<body class="page">\n<main>News</main>\n</body>\n</html>\n'

describe('injectPreview', () => {
  it('adds the reload script before the end of the body', () => {
    expect(injectPreview(page, { run: 'r', version: 3, problems: null }))
      .toBe(page.replace('</body>', '<script src="/__news-digest/reload.js" data-version="r.3"></script></body>'))
  })

  it('shows problems, escaped, at the top of the body with an external style sheet', () => {
    const html = injectPreview(page, { run: 'r', version: 4, problems: 'a.md\n1:1 warning Cannot read <front matter>' })
    expect(html).toContain('<body class="page"><div id="news-digest-problems" role="alert">')
    expect(html).toContain('Cannot read &lt;front matter&gt;')
    expect(html).toContain('<link rel="stylesheet" href="/__news-digest/problems.css"></head>')
    expect(html).not.toContain('style=')
  })
})

describe('allowPreviewInPolicy', () => {
  it("adds 'self' for the preview's script, events and style to the page's policy, keeping the rest", () => {
    const meta = (policy: string): string => `<head><meta http-equiv="Content-Security-Policy" content="${policy}"></head>`
    expect(allowPreviewInPolicy(meta("default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'")))
      .toBe(meta("default-src 'none'; style-src 'unsafe-inline' 'self'; img-src data:; base-uri 'none'; script-src 'self'; connect-src 'self'"))
    expect(allowPreviewInPolicy(meta("default-src https:; script-src 'self'")))
      .toBe(meta("default-src https:; script-src 'self'; connect-src https: 'self'; style-src https: 'self'"))
    expect(allowPreviewInPolicy('<head><title>No policy</title></head>')).toBe('<head><title>No policy</title></head>')
  })
})

/** GET with a chosen Host header, which fetch does not allow. */
function get(url: string, host?: string): Promise<{ readonly status: number, readonly body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, host === undefined ? {} : { headers: { host } }, (response) => {
      let body = ''
      response.on('data', (chunk: Buffer) => { body += chunk.toString('utf8') })
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }))
    })
    request.on('error', reject)
  })
}

describe('the preview server', () => {
  let server: PreviewServer | undefined
  afterEach(async () => {
    await server?.close()
    server = undefined
  })

  it('serves the output folder, only inside it, to loopback host names', async () => {
    const root = await temporaryFolder()
    await fs.writeFile(path.join(root, 'index.html'), page)
    await fs.writeFile(path.join(root, 'digest.json'), '{"version":1}\n')
    server = await startPreviewServer(root, { port: 0 })
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/)
    const index = await get(server.url)
    expect(index.status).toBe(200)
    expect(index.body).toContain('/__news-digest/reload.js')
    expect(await fs.readFile(path.join(root, 'index.html'), 'utf8')).toBe(page)
    expect(await get(new URL('/digest.json', server.url).href)).toEqual({ status: 200, body: '{"version":1}\n' })
    expect((await get(new URL('/missing.html', server.url).href)).status).toBe(404)
    expect((await get(new URL('/..%2f..%2fetc%2fpasswd', server.url).href)).status).toBe(404)
    expect((await get(server.url, 'localhost:1234')).status).toBe(200)
    expect((await get(server.url, 'attacker.example:80')).status).toBe(403)
  })

  it('announces a new version to listeners on every update', async () => {
    const root = await temporaryFolder()
    await fs.writeFile(path.join(root, 'index.html'), page)
    server = await startPreviewServer(root, { port: 0 })
    const versions: string[] = []
    const request = http.get(new URL('/__news-digest/events', server.url), (response) => {
      expect(response.headers['content-type']).toMatch(/^text\/event-stream/)
      response.on('data', (chunk: Buffer) => versions.push(...[...chunk.toString('utf8').matchAll(/^data: (.+)$/gm)].map((match) => match[1]!)))
    })
    request.on('error', () => {})
    while (versions.length < 1) await new Promise((resolve) => setTimeout(resolve, 5))
    server.update('a.md: broken')
    while (versions.length < 2) await new Promise((resolve) => setTimeout(resolve, 5))
    expect(versions[1]).not.toBe(versions[0])
    expect((await get(server.url)).body).toContain('a.md: broken')
    server.update(null)
    expect((await get(server.url)).body).not.toContain('news-digest-problems')
    request.destroy()
  })
})
