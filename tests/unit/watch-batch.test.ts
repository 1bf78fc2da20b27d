import { afterEach, expect, it, vi } from 'vitest'
import { type ChangeBatcher, createChangeBatcher } from '../../src/watch/batch.js'

let batcher: ChangeBatcher | undefined
afterEach(() => {
  batcher?.close()
  vi.useRealTimers()
})

it('hands on changes that come close together as one batch, once they stop', async () => {
  vi.useFakeTimers()
  const batches: string[][] = []
  batcher = createChangeBatcher({ delay: 20, settle: 60, stamp: async () => 'same', onBatch: (paths) => batches.push([...paths]) })
  batcher.add('/in/.a.md.swp')
  await vi.advanceTimersByTimeAsync(10)
  batcher.add('/in/a.md')
  await vi.advanceTimersByTimeAsync(10)
  batcher.add('/in/a.md')
  expect(batches).toEqual([])
  await vi.advanceTimersByTimeAsync(20)
  expect(batches).toEqual([['/in/.a.md.swp', '/in/a.md']])
  await vi.advanceTimersByTimeAsync(200)
  expect(batches).toHaveLength(1)
})

it('hands a path on again when it changed on disk after its batch went out', async () => {
  vi.useFakeTimers()
  const batches: string[][] = []
  const stamps = new Map([['/in/a.md', 'first write']])
  batcher = createChangeBatcher({ delay: 20, settle: 60, stamp: async (path) => stamps.get(path) ?? 'missing', onBatch: (paths) => batches.push([...paths]) })
  batcher.add('/in/a.md')
  await vi.advanceTimersByTimeAsync(20)
  expect(batches).toEqual([['/in/a.md']])
  // A second write whose event the watcher dropped.
  stamps.set('/in/a.md', 'second write')
  await vi.advanceTimersByTimeAsync(60 + 20)
  expect(batches).toEqual([['/in/a.md'], ['/in/a.md']])
})

it('hands on nothing after it is closed', async () => {
  vi.useFakeTimers()
  const batches: string[][] = []
  batcher = createChangeBatcher({ delay: 20, settle: 60, stamp: async () => 'same', onBatch: (paths) => batches.push([...paths]) })
  batcher.add('/in/a.md')
  batcher.close()
  await vi.advanceTimersByTimeAsync(100)
  expect(batches).toEqual([])
})
