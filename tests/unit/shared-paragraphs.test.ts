import { describe, expect, it } from 'vitest'
import type { Block } from '../../src/digest.js'
import { findSharedParagraphs } from '../../src/analyze/shared-paragraphs.js'

const wire = 'The regional transport authority said on Tuesday that the Harbour Bridge would stay closed to all traffic until engineers finished their survey of the fourth pier.'
const edited = 'The regional transport authority said on Tuesday that the Harbour Bridge would stay closed to traffic until engineers had finished their survey of the fourth pier.'

function article(id: string, texts: readonly string[]): { id: string, blocks: Block[] } {
  return { id, blocks: texts.map((text, index) => ({ id: `${id}-${index + 1}`, type: 'paragraph', text, line: index + 1 })) }
}

describe('findSharedParagraphs', () => {
  it('links every copy of a paragraph to every other source, exact or lightly edited, in input order', () => {
    const shared = findSharedParagraphs([
      article('c', [wire, 'Traders in the old town said footfall had fallen by 40 per cent since the closure began.']),
      article('a', [wire]),
      article('b', ['A ferry shuttle will run every 20 minutes from the north quay while the bridge is shut.', edited]),
      article('d', ['Nothing in common with the others here, only a short note about the weather this weekend.'])
    ])
    expect(shared.get('c-1')).toEqual(['a', 'b'])
    expect(shared.get('a-1')).toEqual(['c', 'b'])
    expect(shared.get('b-2')).toEqual(['c', 'a'])
    expect(shared.has('c-2')).toBe(false)
    expect(shared.has('d-1')).toBe(false)
  })

  it('groups a paragraph printed by many sources once, whatever their number', () => {
    const many = Array.from({ length: 300 }, (_, index) => article(`s${String(index).padStart(3, '0')}`, [wire]))
    const shared = findSharedParagraphs(many)
    expect(shared.size).toBe(300)
    expect(shared.get('s000-1')).toHaveLength(299)
  })
})
