import { expect, it } from 'vitest'
import { typoDistance } from '../../src/text/typo-distance.js'

it('counts letters changed, added, dropped and neighbours swapped as one slip each', () => {
  expect([
    ['title', 'title'], ['titel', 'title'], ['tile', 'title'], ['titles', 'title'], ['tatle', 'title'],
    ['--quite', '--quiet'], ['--inptu', '--input'], ['autor', 'author'], ['layout', 'title'], ['', 'url']
  ].map(([a, b]) => typoDistance(a!, b!))).toEqual([0, 1, 1, 1, 1, 1, 1, 1, 6, 3])
})
