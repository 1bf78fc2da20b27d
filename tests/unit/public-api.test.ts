import { expect, it } from 'vitest'
import * as api from '../../src/index.js'

it('exports exactly the public API', () => {
  expect(Object.keys(api).sort()).toEqual(['BuildError', 'DIGEST_VERSION', 'build', 'idFromPath', 'watch'])
})

it('makes article ids from file names: lower case, accents of Latin letters dropped, other scripts kept', () => {
  expect(['Storm Report.md', 'a/b/000_x.txt', 'Zürich talks.md', 'café.md', 'ﬁnal.md', 'Новости.txt', '新闻.md', '资讯.md', 'हिन्दी.txt', '!!!.md'].map(api.idFromPath))
    .toEqual(['storm-report', 'a-b-000_x', 'zurich-talks', 'cafe', 'final', 'новости', '新闻', '资讯', 'हिन्दी', 'article'])
})
