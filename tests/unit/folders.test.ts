import fs from 'node:fs/promises'
import path from 'node:path'
import { expect, it } from 'vitest'
import { isInside, linkTarget } from '../../src/folders.js'
import { temporaryFolder } from '../helpers/build-folder.js'

it('tells a path inside a folder, the folder itself included, from one beside it', () => {
  expect(['/a/b', '/a/b/c.md', '/a/b/..c/d.md', '/a/bc', '/a', '/a/b/../x'].map((absolute) => isInside(absolute, '/a/b'))).toEqual([true, true, true, false, false, false])
})

it('follows a chain of links to where it ends, whether or not anything is there', async () => {
  const folder = await temporaryFolder()
  await fs.symlink('b', path.join(folder, 'a'))
  await fs.symlink('sub/c', path.join(folder, 'b'))
  await fs.symlink('loop', path.join(folder, 'loop'))
  expect(await linkTarget(path.join(folder, 'a'))).toBe(path.join(folder, 'sub', 'c'))
  expect(await linkTarget(path.join(folder, 'plain'))).toBe(path.join(folder, 'plain'))
  expect(await linkTarget(path.join(folder, 'loop'))).toBe(path.join(folder, 'loop'))
})
