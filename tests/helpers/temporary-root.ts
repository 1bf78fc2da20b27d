import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/**
 * Vitest's global setup: one temporary folder for the whole run, made the
 * `TMPDIR` of every test and of every command they start, and removed when
 * the run ends. Without it a run left about 120 folders in the machine's
 * temporary folder: inputs and outputs of tests that do not remove their own.
 */
export default function setup(): () => void {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'news-digest-tests-'))
  // Readable by others: tests run some commands as `nobody`, which must reach their input.
  fs.chmodSync(root, 0o755)
  const previous = process.env['TMPDIR']
  process.env['TMPDIR'] = root
  return () => {
    if (previous === undefined) delete process.env['TMPDIR']
    else process.env['TMPDIR'] = previous
    fs.rmSync(root, { recursive: true, force: true })
  }
}
