import { describe, expect, it } from 'vitest'
import { type CleanedArticle, cleanArticle } from '../../src/clean/index.js'
import { lazyMarkdownReader, loadFile } from '../../src/load/index.js'

/** Clean a plain-text article alone, as a build of one file would. */
async function cleaned(text: string): Promise<CleanedArticle> {
  const loaded = await loadFile('/articles', 'a.txt', lazyMarkdownReader(), new TextEncoder().encode(text))
  return cleanArticle('a', loaded.article!, { lineCounts: new Map(), articleCount: 1 })
}

const opening = 'The harbour authority closed the northern quay on Monday after divers found a crack in the sea wall below the crane rails.'

describe('cleanArticle', () => {
  it('marks a short title-like line as a subheading only when a paragraph of twelve words or more follows it', async () => {
    const before = await cleaned(`${opening}\n\nThe Night Shift\n\nEngineers worked through the night to shore up the wall with steel plates and concrete.\n`)
    expect(before.blocks.map((block) => [block.type, block.text.slice(0, 15)])).toEqual([['paragraph', 'The harbour aut'], ['heading', 'The Night Shift'], ['paragraph', 'Engineers worke']])
    const shortNext = await cleaned(`${opening}\n\nThe Night Shift\n\nEngineers worked through the night.\n`)
    expect(shortNext.blocks.map((block) => block.type)).toEqual(['paragraph', 'paragraph', 'paragraph'])
  })

  it('takes a bare counter above or below the article for a social page\'s, and keeps a figure standing in the body', async () => {
    const second = 'Divers from the port police searched the wall again on Tuesday and said the crack had not grown overnight.'
    const edges = await cleaned(`Jun 04, 2026\n\n12\n\n3\n\n${opening}\n\n${second}\n\n2.1K\n`)
    expect(edges.removed.filter((removal) => removal.rule === 'share-prompt').map((removal) => removal.text)).toEqual(['12', '3', '2.1K'])
    const body = await cleaned(`${opening}\n\n1,200\n\n${second}\n`)
    expect(body.blocks.map((block) => block.text)).toContain('1,200')
  })

  it('shows the credits of a programme as a note, and keeps a sentence with one "presented by"', async () => {
    const credits = await cleaned(`${opening}\n\nPresented by Anna Duthie. Produced by Ewan Strachan. Sound design by Inês Carvalho.\n`)
    expect(credits.notes.map((note) => note.rule)).toEqual(['credit-line'])
    const sentence = 'The plan, presented by the harbour master to councillors on Tuesday, would close the quay for a year.'
    expect((await cleaned(`${opening}\n\n${sentence}\n`)).blocks.map((block) => block.text)).toContain(sentence)
  })

  it('takes a short paragraph whose words are all in a longer one for a pull quote, and keeps a short paragraph of its own', async () => {
    const source = '"For a museum our size it was the crown jewels," says Margit Ossley, the curator, who has run the museum since 2011.'
    const pulled = await cleaned(`${opening}\n\n${source}\n\n“For a museum our size it was the crown jewels”\n\nThe coins were never insured for their full value, the trustees said.\n`)
    expect(pulled.removed.map((removal) => [removal.rule, removal.text])).toEqual([['media-pull-quote', '“For a museum our size it was the crown jewels”']])
    const own = await cleaned(`${opening}\n\n${source}\n\nThe coins had been on show for twelve years.\n`)
    expect(own.removed).toEqual([])
  })

  it('shows a Local Democracy Reporting style line as a note', async () => {
    const produced = await cleaned(`${opening}\n\nThis story was produced by the Local Democracy Reporting Service, which is funded by the BBC.\n`)
    expect(produced.notes.map((note) => note.rule)).toEqual(['credit-line'])
  })

  it('shows a citation of a study as a note', async () => {
    const cited = await cleaned(`${opening}\n\nJournal reference: Ferreby, I. et al. (2025). Seed-bag sowing restores eelgrass. Coastal Ecology Letters, 18(6), 417–431. DOI: 10.5555/cel.2025.0417\n`)
    expect(cited.notes.map((note) => note.rule)).toEqual(['credit-line'])
  })

  it('shows a credit line as a note, but keeps reported speech that names its reporter', async () => {
    const credit = await cleaned(`${opening}\n\nReporting by Ana Ruiz; editing by Tom Bell.\n`)
    expect(credit.notes.map((note) => [note.rule, note.text])).toEqual([['credit-line', 'Reporting by Ana Ruiz; editing by Tom Bell.']])
    const speech = await cleaned(`${opening}\n\nThe figures were wrong, the minister said in an interview with reporting by Ana Ruiz.\n`)
    expect(speech.notes).toEqual([])
    expect(speech.blocks.map((block) => block.text)).toContain('The figures were wrong, the minister said in an interview with reporting by Ana Ruiz.')
  })
})
