import { expect, it } from 'vitest'
import { isInside } from '../../src/folders.js'

it('tells a path inside a folder, the folder itself included, from one beside it', () => {
  expect(['/a/b', '/a/b/c.md', '/a/b/..c/d.md', '/a/bc', '/a', '/a/b/../x'].map((absolute) => isInside(absolute, '/a/b'))).toEqual([true, true, true, false, false, false])
})
