import fs from 'node:fs/promises'
import path from 'node:path'
import { validateWorkflow } from '@action-validator/core'
import { beforeAll, describe, expect, it } from 'vitest'
import { resolveOptions } from '../../src/options.js'

const workflowPath = '.github/workflows/pages.yml'
let workflow: string
let readme: string

beforeAll(async () => {
  workflow = await fs.readFile(workflowPath, 'utf8')
  readme = await fs.readFile('README.md', 'utf8')
})

/** The commands of the README's quick start: the first line of its first code block, split at `&&`. */
function quickStartCommands(markdown: string): string[] {
  const section = markdown.split(/^## Quick start$/m)[1]!.split(/^## /m)[0]!
  const firstLine = /```sh\n([^\n]*)/.exec(section)![1]!
  return firstLine.replace(/#.*$/, '').split('&&').map((command) => command.trim())
}

/** The `run:` commands of the workflow, in order (one-line runs; the workflow has no others). */
function runCommands(yaml: string): string[] {
  return [...yaml.matchAll(/^\s*(?:- )?run: (.+)$/gm)].map((match) => match[1]!.trim())
}

/** The `uses:` actions, in order. */
function actions(yaml: string): string[] {
  return [...yaml.matchAll(/^\s*(?:- )?uses: (\S+)$/gm)].map((match) => match[1]!)
}

describe('the GitHub Pages workflow', () => {
  it('is a valid workflow by the schema action-validator checks against', () => {
    expect(validateWorkflow(workflow).errors).toEqual([])
  })

  it('would be caught by the validator if it were broken', () => {
    expect(validateWorkflow(workflow.replace('runs-on:', 'run-on:')).errors.length).toBeGreaterThan(0)
    expect(validateWorkflow(workflow.replace('workflow_dispatch:', 'workflow_dispatched:')).errors.length).toBeGreaterThan(0)
  })

  it('runs on a push to main and by hand', () => {
    expect(workflow).toMatch(/^on:\n {2}push:\n {4}branches: \[main\]\n {2}workflow_dispatch:$/m)
  })

  it('has only the permissions a Pages deployment needs, and one deployment at a time', () => {
    expect(workflow).toMatch(/^permissions:\n {2}contents: read\n {2}pages: write\n {2}id-token: write\n/m)
    expect(workflow).toMatch(/^concurrency:\n {2}group: pages\n/m)
  })

  it('sets up the Node version the package requires, with the npm cache', async () => {
    const { engines } = JSON.parse(await fs.readFile('package.json', 'utf8')) as { engines: { node: string } }
    const major = /^>=(\d+)/.exec(engines.node)![1]
    expect(workflow).toMatch(new RegExp(`uses: actions/setup-node@v\\d+\\n\\s+with:\\n\\s+node-version: ${major}\\n\\s+cache: npm\\n`))
  })

  it('installs and builds with the README quick start commands, in that order', () => {
    const commands = quickStartCommands(readme)
    expect(commands).toEqual(['npm ci', 'npm run build'])
    const runs = runCommands(workflow)
    const positions = commands.map((command) => runs.findIndex((run) => run === command || run.startsWith(`${command} -- `)))
    expect(positions.every((position) => position >= 0)).toBe(true)
    expect(positions).toEqual([...positions].sort((a, b) => a - b))
    expect(runs[positions[1]!]).toBe('npm run build -- --base-url "${{ steps.pages.outputs.base_url }}"')
  })

  it('configures Pages, uploads the output folder the build writes, and deploys it', () => {
    expect(actions(workflow).map((action) => action.split('@')[0])).toEqual([
      'actions/checkout', 'actions/setup-node', 'actions/configure-pages', 'actions/upload-pages-artifact', 'actions/deploy-pages'
    ])
    const uploaded = /uses: actions\/upload-pages-artifact@v\d+\n\s+with:\n\s+path: (\S+)\n/.exec(workflow)![1]!
    expect(path.basename(resolveOptions().out)).toBe(uploaded)
    expect(workflow).toMatch(/deploy:\n\s+needs: build\n[\s\S]*environment:\n\s+name: github-pages\n\s+url: \$\{\{ steps\.deployment\.outputs\.page_url \}\}/)
  })

  it('is described in the README, with the same commands', () => {
    const publishing = readme.split(/^## Publishing$/m)[1]?.split(/^## /m)[0] ?? ''
    expect(publishing).toContain(workflowPath)
    expect(publishing).toContain('npm run build -- --base-url')
    for (const host of ['GitHub Pages', 'Netlify', 'Cloudflare Pages', 'nginx']) expect(publishing).toContain(host)
  })
})
