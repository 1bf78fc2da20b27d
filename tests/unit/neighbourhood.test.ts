import { describe, expect, it } from 'vitest'
import { buildFolder, writeInput } from '../helpers/build-folder.js'

const body = [
  'The council voted on Tuesday to close the harbour bridge for repairs, after engineers found cracks in the fourth pier that had widened since the spring.',
  'Traders on the south quay said the closure would cost them customers, and asked for a free ferry to run while the work goes on until the summer.'
]

async function removedRules(lines: readonly string[]): Promise<Array<[string, string]>> {
  const input = await writeInput({ 'a.txt': `---\ndate: 2026-03-12\n---\n${lines.join('\n')}\n` })
  const { digest } = await buildFolder(input)
  return digest.articles[0]!.removed.map((removal) => [removal.text, removal.rule])
}

describe('furniture decided by its neighbours', () => {
  it('takes short verbless slogans at the end of a run of furniture for furniture too', async () => {
    const removed = await removedRules([...body, 'Sign up to read more', 'Download the app', 'One feed. One login.', '100+ newsrooms.'])
    expect(removed.map(([text]) => text)).toEqual(['Sign up to read more', 'Download the app', 'One feed. One login.', '100+ newsrooms.'])
  })

  it('keeps a short sentence with its verb there: it is news', async () => {
    const removed = await removedRules([...body, 'The vote was unanimous.', 'Sign up to read more', 'Download the app'])
    expect(removed.map(([text]) => text)).not.toContain('The vote was unanimous.')
  })
})
