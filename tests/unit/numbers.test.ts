import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatCount } from '../../src/render/numbers.js'

describe('formatCount', () => {
  it('writes counts with thousands separators', () => {
    expect([0, 7, 999, 1000, 1250, 1_000_000].map(formatCount)).toEqual(['0', '7', '999', '1,000', '1,250', '1,000,000'])
  })

  it('agrees with toLocaleString("en") on any whole number', () => {
    fc.assert(fc.property(fc.oneof(fc.nat(), fc.maxSafeNat(), fc.integer(), fc.double()), (count) => {
      expect(formatCount(count)).toBe(count.toLocaleString('en'))
    }), { numRuns: 2000, seed: 5 })
  })
})
