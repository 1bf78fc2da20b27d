import { describe, expect, it } from 'vitest'
import { fingerprint, hashString, isNearDuplicate, nearDuplicatePairs, type Likeness } from '../../src/text/near-duplicates.js'

function pairs(texts: readonly string[], likeness: Likeness = 'repeat'): Array<readonly [number, number]> {
  return nearDuplicatePairs(texts.map(fingerprint), likeness)
}

const budget = 'The regional council approved the new transport budget after a long debate that lasted well into the evening hours yesterday.'
const unrelated = 'Rescue teams searched the flooded valley for a third day while volunteers handed out blankets and hot food to families.'

describe('nearDuplicatePairs', () => {
  it('finds an exact repeat as a pair [earlier, later]', () => {
    expect(pairs([budget, unrelated, budget])).toEqual([[0, 2]])
  })

  it('finds a repeat that differs only in typography: quotes, spaces, dashes', () => {
    const curly = 'The council’s “final” budget — approved on Tuesday after a long debate — includes more money for roads, schools and buses.'
    const straight = 'The council\'s "final"  budget - approved on Tuesday after a long debate -  includes more money for roads, schools and buses.'
    expect(pairs([curly, unrelated, straight])).toEqual([[0, 2]])
  })

  it('finds a repeat with one word changed in a 20-word paragraph', () => {
    expect(budget.split(' ')).toHaveLength(20)
    const changed = budget.replace('a long debate', 'a heated debate')
    expect(pairs([budget, unrelated, changed])).toEqual([[0, 2]])
  })

  it('does not take paragraphs that give different numbers for a repeat', () => {
    const seven = 'The committee approved the plan by 7 votes to 2 after a debate that lasted more than three hours on the final day of the session.'
    const five = seven.replace('by 7 votes to 2', 'by 5 votes to 4')
    expect(pairs([seven, five])).toEqual([])
  })

  it('does not take paragraphs that name different weekdays for a repeat', () => {
    const tuesday = 'Firefighters battled the blaze through the night on Tuesday as strong winds pushed the flames toward homes on the edge of the town.'
    const wednesday = tuesday.replace('Tuesday', 'Wednesday')
    expect(pairs([tuesday, wednesday])).toEqual([])
  })

  it('does not take paragraphs that name different people for a repeat', () => {
    const smith = 'The proposal was put forward by councillor Smith during a meeting that ran late into the night at the town hall.'
    const jones = smith.replace('Smith', 'Jones')
    expect(pairs([smith, jones])).toEqual([])
  })

  it('does not pair short sentences that differ in one word', () => {
    expect(pairs(['The mayor resigned on the spot.', 'The mayor returned on the spot.'])).toEqual([])
  })

  it('pairs short sentences only when they are the same', () => {
    expect(pairs(['Read more.', 'Share this.', 'Read more!'])).toEqual([[0, 2]])
  })

  it('does not pair a paragraph with a much longer one for a repeat', () => {
    const longer = `${budget} Opposition members said they would try to overturn the decision at the next full meeting.`
    expect(pairs([budget, longer], 'repeat')).toEqual([])
  })

  it('finds, with likeness overlap, two paragraphs that share most of their wording', () => {
    const longer = `${budget} Opposition members walked out in protest.`
    expect(pairs([budget, unrelated, longer], 'overlap')).toEqual([[0, 2]])
  })

  it('ignores empty paragraphs', () => {
    expect(pairs(['', '…', ''])).toEqual([])
  })

  it('lists pairs sorted by the later paragraph, then the earlier', () => {
    const other = 'Police closed the main bridge into the city centre on Friday after engineers found cracks in two of its supporting pillars.'
    expect(pairs([other, budget, other, budget, other])).toEqual([[0, 2], [1, 3], [0, 4], [2, 4]])
  })

  it('finds no pairs in a corpus of 2,000 distinct generated paragraphs', () => {
    const vocabulary = ('council budget river flood storm mayor police court judge ruling vote strike union port workers wages fares '
      + 'transit railway station bridge road school teachers hospital doctors patients study research lander moon launch rocket '
      + 'company merger shares investors market price fire crews wind homes village town city region minister government '
      + 'parliament election recount ballots lawyers appeal evidence witness report officials residents families volunteers '
      + 'rescue shelter water power outage repairs engineers contract deal talks offer proposal plan policy tax spending '
      + 'growth jobs factory farm harvest weather forecast coast island valley mountain forest wildlife park museum library '
      + 'festival concert match club season player coach striker transfer fee league title fans stadium app alarm recall '
      + 'device software update security data privacy camera image copyright artist photo licence lawsuit damages settlement').split(' ')
    let seed = 20251126
    const random = (): number => {
      seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0
      return seed / 0x100000000
    }
    const texts = new Set<string>()
    while (texts.size < 2000) {
      const length = 12 + Math.floor(random() * 24)
      const words = Array.from({ length }, () => vocabulary[Math.floor(random() * vocabulary.length)]!)
      texts.add(`${words.join(' ')}.`)
    }
    const prints = [...texts].map(fingerprint)
    expect(nearDuplicatePairs(prints, 'repeat')).toEqual([])
    expect(nearDuplicatePairs(prints, 'overlap')).toEqual([])
  })
})

describe('isNearDuplicate', () => {
  it('accepts a one-word change in a 20-word paragraph as a repeat', () => {
    expect(isNearDuplicate(fingerprint(budget), fingerprint(budget.replace('long', 'heated')), 'repeat')).toBe(true)
  })

  it('rejects three words changed in a 20-word paragraph as a repeat', () => {
    const changed = budget.replace('regional', 'county').replace('long', 'heated').replace('evening', 'night')
    expect(isNearDuplicate(fingerprint(budget), fingerprint(changed), 'repeat')).toBe(false)
  })

  it('rejects two words changed in a 10-word paragraph as a repeat (the limit is 12 % of the words, at least one)', () => {
    const short = 'Crews cleared the fallen trees along the river road quickly.'
    expect(isNearDuplicate(fingerprint(short), fingerprint(short.replace('cleared', 'moved')), 'repeat')).toBe(true)
    expect(isNearDuplicate(fingerprint(short), fingerprint(short.replace('cleared', 'moved').replace('quickly', 'slowly')), 'repeat')).toBe(false)
  })

  it('takes paragraphs that share half their word triples as overlapping, and not those that share 40 %', () => {
    const words = (from: number, count: number): string[] => Array.from({ length: count }, (_, index) => `word${from + index}`)
    const paragraph = words(0, 30)
    // 30 words give 28 triples; keeping the first 18 words keeps 16 of them: 16 / (28 + 28 − 16) = 0.4.
    const sharingTwoFifths = [...paragraph.slice(0, 18), ...words(100, 12)]
    // Keeping the first 23 keeps 21: 21 / 35 = 0.6.
    const sharingThreeFifths = [...paragraph.slice(0, 23), ...words(200, 7)]
    expect(isNearDuplicate(fingerprint(paragraph.join(' ')), fingerprint(sharingThreeFifths.join(' ')), 'overlap')).toBe(true)
    expect(isNearDuplicate(fingerprint(paragraph.join(' ')), fingerprint(sharingTwoFifths.join(' ')), 'overlap')).toBe(false)
  })

  it('rejects unrelated paragraphs for both likenesses', () => {
    expect(isNearDuplicate(fingerprint(budget), fingerprint(unrelated), 'repeat')).toBe(false)
    expect(isNearDuplicate(fingerprint(budget), fingerprint(unrelated), 'overlap')).toBe(false)
  })
})

describe('fingerprint', () => {
  it('keeps numbers, weekdays and months, and capitalised words after the first, as sorted facts', () => {
    expect(fingerprint('On Tuesday 14 October the Mayor met Smith, said officials.').facts).toBe('14 mayor october october smith tuesday tuesday')
  })

  it('tokenises the comparison key', () => {
    expect(fingerprint('“Hello,” she said — twice!').tokens).toEqual(['hello', 'she', 'said', '-', 'twice'])
  })
})

describe('hashString', () => {
  it('computes 32-bit FNV-1a', () => {
    expect(hashString('')).toBe(0x811c9dc5)
    expect(hashString('a')).toBe(0xe40c292c)
  })
})

describe('nearDuplicatePairs sensitivity', () => {
  it('finds every pair that isNearDuplicate accepts in a sample of one-word edits', () => {
    const base = 'The regional council approved the new transport budget after a long debate that lasted well into the evening hours yesterday.'
    const words = base.split(' ')
    let found = 0
    for (let index = 1; index < words.length - 1; index++) {
      const edited = [...words.slice(0, index), 'different', ...words.slice(index + 1)].join(' ')
      const prints = [base, edited].map(fingerprint)
      if (!isNearDuplicate(prints[0]!, prints[1]!, 'repeat')) continue
      if (nearDuplicatePairs(prints, 'repeat').length === 1) found++
      else throw new Error(`missed: ${edited}`)
    }
    expect(found).toBeGreaterThan(10)
  })

  it('finds an overlapping paragraph that has a sentence added', () => {
    const a = 'Firefighters battled the blaze through the night as strong winds pushed the flames toward homes on the edge of the small mountain town.'
    const b = `${a} Officials ordered the evacuation of three more villages before dawn.`
    expect(nearDuplicatePairs([a, b].map(fingerprint), 'overlap')).toEqual([[0, 1]])
  })
})
