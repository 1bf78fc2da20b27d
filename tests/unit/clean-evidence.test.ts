import { describe, expect, it } from 'vitest'
import { type LinkFacts, blockEvidence, junkThreshold, totalWeight } from '../../src/clean/evidence.js'
import { measure } from '../../src/text/features.js'

function weigh(text: string, links: LinkFacts = { share: 0 }): { weight: number, rules: string[] } {
  const evidence = blockEvidence(measure(text), links)
  return { weight: totalWeight(evidence), rules: evidence.map((item) => item.rule) }
}

/** Each text reads as page furniture: its evidence reaches the threshold. */
function expectFurniture(texts: readonly string[]): void {
  for (const text of texts) expect(weigh(text).weight, text).toBeGreaterThanOrEqual(junkThreshold)
}

/** Each text reads as news: its evidence stays under the threshold. */
function expectContent(texts: readonly string[]): void {
  for (const text of texts) expect(weigh(text).weight, text).toBeLessThan(junkThreshold)
}

describe('blockEvidence', () => {
  it('reads a row of labels as furniture, whatever separates them', () => {
    expectFurniture(['Tweet · Share · Email · Copy link', 'Share: Email | Facebook | LinkedIn', 'Print — Save — Gift article'])
  })

  it('reads platforms after a label in the site\'s own words as a share bar', () => {
    for (const text of ['Spread the word: Facebook · X · WhatsApp · Email', 'Pass it on — Reddit | LinkedIn | Email', 'Artikel teilen: Facebook · X · WhatsApp · E-Mail']) {
      expect(weigh(text).rules, text).toContain('share-prompt')
      expect(weigh(text).weight, text).toBeGreaterThanOrEqual(junkThreshold)
    }
    // Two platforms, or a long lead, are not enough to call a line a share bar.
    expect(weigh('Where the campaign ran: Facebook · Instagram').rules).not.toContain('share-prompt')
    expect(weigh('The company said its advertising budget moved mostly to: Facebook · YouTube · TikTok').rules).not.toContain('share-prompt')
  })

  it('reads the taxonomy a page files itself under, and what it shows while its scripts load, as furniture', () => {
    expectFurniture(['Filed under: Weather, Floods, Harlow', 'Posted in: Local News, Weather', 'Topics: Floods · Harlow Council', 'Categories: Transport / Council'])
    expectFurniture(['Loading…', 'Loading comments...', 'Please wait while the video loads', 'JavaScript is disabled in your browser.', 'Please enable JavaScript to view the comments.'])
    expectContent(['Filed under the Freedom of Information Act, the request revealed the costs of the scheme.', 'Loading of the ferry resumed on Tuesday after the storm passed.', 'Please wait for the all-clear before returning home, police said.'])
  })

  it('reads a newsroom asking for money, and its note on how the text was made, as furniture', () => {
    expectFurniture(['Our journalism depends on readers like you. Please consider a donation today.', 'Support our work', 'This story was written with the assistance of generative AI and checked by a journalist.', 'AI-generated summary'])
    // About someone else's text, or someone else's donors: news.
    expectContent([
      'The council said the consultation report was written using AI tools, prompting criticism from opposition members.',
      'This report was produced by the planning team over six months and runs to 400 pages.',
      '"The shelter relies on donors like you," its director told volunteers on Saturday.'
    ])
  })

  it('reads a line of symbols alone as decoration, and a line with one word or figure as something to judge', () => {
    for (const text of ['###', '* * *', '• • •', '—']) expect(weigh(text).rules, text).toEqual(['decoration'])
    for (const text of ['### 3', '— Ends —', '1.']) expect(weigh(text).rules, text).not.toContain('decoration')
  })

  it('reads a page saying it will change, a promotion and a feedback box as furniture', () => {
    expectFurniture(['This is a developing story and will be updated.', 'For the latest updates, refresh this page.', 'Tickets for the festival are on sale now – book before 30 June to save 20%.', 'Was this article helpful?', 'Watch live: KHRL News at 6', 'Show key events only'])
    expectContent(['The council said the register will be updated before the election in May.', 'The painting was first published in 1923 in a Paris magazine, the museum said.'])
  })

  it('reads the furniture of events, stations, podcasts, forums, press releases and corrections boxes', () => {
    expectFurniture([
      'Early-bird tickets end 30 April. Book your place now.',
      'Wake up with Jess and Omar, weekdays from 6am on 97.3FM and DAB.',
      'Go Premium for unlimited reading and no ads — first month free.',
      'You need to be a member to reply to this topic. Register for free or log in.',
      'Follow the show on Apple Podcasts or wherever you listen, so you never miss an episode.',
      '▶ Play episode   00:00 / 41:12   1x   Download',
      'Your browser does not support this video. Please try reloading the page.',
      'Spotted a mistake? Report an error.',
      'Disclaimer: This announcement was submitted by the issuing organisation.',
      'Posts reflect the views of individual members and not of the forum. Copyright in pasted material remains with the original publisher.',
      'The Echo is regulated by the Regional Press Standards Board. If you have a complaint about our coverage, see our complaints procedure.',
      'Having trouble reading this email? Open it in your browser.',
      'Next: more local news ›',
      '‹ Previous release · Next release ›',
      '[Producer note: chapter markers still to come]',
      '[Insert the company\'s reply here if it comes in before we send]',
      'About Riverwatch: We\'re a small team of volunteers on a mission to keep the river clean.',
      'Opinions my own.',
      'millpond_dave » Tue 10 Mar 2026, 19:31 — Forty minutes to the station this morning.',
      'Quote · Reply · Report post · 👍 14',
      'Declan Forsyth is deputy editor of Coastal Freight Review. Before joining CFR in 2018 he spent twelve years in ferry operations.'
    ])
    // The same words in news: said by someone, told in the past, or about someone else.
    expectContent([
      'The festival sold out its early-bird tickets within an hour, organisers said.',
      'The station, which broadcasts on 97.3FM, lost its licence in March.',
      'The newspaper is regulated by the Independent Press Standards Organisation, which upheld the complaint on Tuesday.',
      'The council said it was not responsible for the accuracy of the figures.',
      'Smith wrote: "The plan will fail before the summer is out."',
      'About the scheme: the council will spend four million pounds on new flood defences by 2028.',
      '[Editor\'s note: This story has been updated to correct the date of the hearing.]',
      'Graham Petrie is managing director of Carrick Sound Ferries. Before joining the company in 2018 he ran a haulage firm.'
    ])
  })

  it('reads the furniture of social posts, blogs, markets, student papers and TV sites', () => {
    expectFurniture([
      'Want every score from the final on your lock screen? Turn on Courtside alerts. Allow · Not now',
      '14h · 🌐',
      '… See more',
      'See translation',
      '📸 Ivo Trant Photography',
      '[Image: Some of the recovered coins on an evidence table. Download full-size image (JPG, 2.4MB)]',
      'UP NEXT · 1:48 · From our archive: how a farmer\'s field gave up 212 silver coins (2013)',
      'More long reads: The forger who fooled three auction houses · Inside the last lighthouse keeper\'s logbooks',
      'Conversation (112). Comments on this piece are now closed.',
      'Responses (38). What are your thoughts? Respond.',
      'More from Tomasz Reddle and Cold Water Stories · Recommended from Medium · See all from Tomasz Reddle',
      'KSTL 31.20 +4.8% ▲ · HOMW 58.07 −0.6% ▼ · S&P 500 +0.3% · EUR/USD 1.0851 · 10Y 4.12% · Brent $78.12 ▲',
      'Quotes delayed by at least 15 minutes. Market data supplied by Fenmark Data. Nothing on this page is investment advice.',
      'Fancy writing for Courier Sport? Come to our meeting, Wednesdays 6pm, Union room G.14. No experience needed.',
      'If this was useful, give it a clap or fifty and send it to someone who swims in cold water.',
      'Enjoyed this? Forward it to one friend who owns a wetsuit.',
      'Priya Hallorann covers oceans and climate for Bayline Science. She previously reported on fisheries from the north-east coast.'
    ])
    expectContent([
      'Sazonia: 9.5 million monthly users, 610,000 paying subscribers, 140 staff',
      'Brent crude rose 2% to $78.12 a barrel on Monday, traders said.',
      'No experience is needed to volunteer, the organisers said on Friday.',
      'September 2023: 2190',
      'March 2020 – first PubPeer comment on a 2017 paper, pointing to two identical blot bands.'
    ])
  })

  it('reads the embeds, agency credits, sponsor labels and small print of news sites as furniture', () => {
    expectFurniture([
      'View this post on Instagram', 'A post shared by Harlow Council (@harlowcouncil)', 'Open in the BBC News app', 'Getty Images', 'AP Photo/John Smith',
      'Sponsored links', 'Paid Program', 'Advertiser content', 'Prices correct at time of publication', 'Share full article', 'Save article',
      'Follow BBC News on X and Facebook', 'Follow Harlow Post on Google News', 'You must be logged in to post a comment.',
      'Do Not Sell or Share My Personal Information', 'All times BST', 'Disclosure: The author holds no position in the stocks mentioned.'
    ])
    expectContent([
      'Police followed the suspect on foot and on Google Maps, a witness said on Tuesday.',
      'Prices at the market were correct for the season, traders said, despite the flood.',
      'Reuters reported on Monday that the barrier had failed twice before.'
    ])
  })

  it('reads the furniture of press releases, forums, shop boxes, classifieds and newsletters', () => {
    expectFurniture([
      '[DRAFT v3 – CHECK BAG FIGURES WITH GROUND OPS BEFORE SENDING]',
      'Corvane Air – Press Release – 15 July 2025    Page 1 of 2',
      '– ENDS –',
      '1 day ago · edited 19 hr. ago',
      'tarmac_tabby · 1d',
      'Callum Ferris · May 9 — Watched the second hatch live with my daughter before school.',
      'Reminder: no booking references in this thread. Compensation questions belong in the weekly megathread.',
      '▶ Drone footage shows the storks\' nest on the north tower (1:34)',
      '♡ 64   💬 9   ⟲ Restack   ⤴ Share',
      'Discussion about this post',
      'LATEST OBITUARIES',
      'FOR SALE: Oak dining table and six chairs, £120 ono. Tel 07700 900412.',
      'Continue reading the main story',
      '+ Follow',
      'More articles by Rowan Achterberg',
      'Sign in to view more content. Create your free account or sign in to continue your search.',
      'Explore topics: Sales · Marketing · IT Services · Engineering',
      '[[deal-widget product="driftwake-deluxe" region="uk"]]',
      '£34.99 at GameBarn',
      'Embervale £8.99 ▸',
      'Prices checked daily. We check over 250 million products every day for the best prices.',
      'Hi %%first_name%%, one big story today and three links.',
      'Links in this issue',
      'Did someone forward this to you? Get Player Two free'
    ])
    expectContent([
      '*Editor\'s note: This post draws on the rescue team\'s public statement and a phone conversation with its leader on 19 September.*',
      'The ferry company said the new timetable would end on Sunday, a spokesman said.',
      'Tickets cost £8.99 for adults and £4.50 for children, the organisers said.'
    ])
  })

  it('reads the furniture of aggregators, WordPress blogs, TV sites and channel posts', () => {
    expectFurniture([
      'Read full story',
      'WKRD Channel 9 · Lean Left · Milbrook grandmother claims $18.6 million jackpot',
      '+20 more sources',
      'Explore more on these topics',
      'Categories: Winners, Ohio | Tags: Tri-State Cashpot, jackpot, lump sum',
      'Dale has written about lotteries since 2011. View all posts by Dale',
      'Name *', 'Post Comment', 'Save my name, email, and website in this browser for the next time I comment.',
      '41° Milbrook, OH | Cloudy | Hi 46° Lo 30° | Winter Weather Advisory until 7 PM | 7-Day Forecast ›',
      'Photo courtesy: Tri-State Lottery Commission',
      'If you or someone you know has a gambling problem, call 1-800-555-0147. Must be 18 or older to play.',
      '📌 Pinned message #3: Lyle Road closures this week',
      '👁 14.2K  edited  21:58',
      '👍 203  🙏 96  😡 71  ↪ Forward',
      'This site uses cookies. We and our partners process personal data such as IP addresses for personalised ads and measurement.',
      'Trending in Brackenford: Lyle Road resurfacing starts Monday · Primary school offers day: what to expect'
    ])
    expectContent([
      'The winner, a retired bus driver, said she would share the money with her grandchildren.',
      'Cookies and cakes were sold at the fundraiser, which raised £2,400 for the ward, organisers said.'
    ])
  })

  it('reads a line led by a furniture label as furniture', () => {
    expect(weigh('Sponsored · A new phone plan with twice the data, this week only').rules).toContain('ad-marker')
    expect(weigh('48 comments · Add yours').weight).toBeGreaterThanOrEqual(junkThreshold)
  })

  it('takes a block that ends on a button link for a call to action', () => {
    const text = 'The morning briefing, in your inbox before 7am. Sign up here'
    expect(weigh(text, { share: 0.2, trailing: 'Sign up here' }).rules).toContain('trailing-call-to-action')
    expect(weigh(text, { share: 0.2, trailing: 'Sign up here' }).weight).toBeGreaterThanOrEqual(junkThreshold)
  })

  it('takes a caption closed by a photo credit, not a sentence closed by a bracket', () => {
    expect(weigh('Volunteers fill sandbags outside the town hall. (Mara Quist / Northern Echo)').weight).toBeGreaterThanOrEqual(junkThreshold)
    expect(weigh('The first picture from the crater floor, taken at dawn. (Orbital Survey Team)').weight).toBeGreaterThanOrEqual(junkThreshold)
    expect(weigh('Undecided: 2 (North ward)').weight).toBeLessThan(junkThreshold)
  })

  it('reads a date and time on their own as a stamp, and a bare date as weak evidence', () => {
    expect(weigh('14-Mar-2026 09:12 GMT').weight).toBeGreaterThanOrEqual(junkThreshold)
    expect(weigh('Tue 3 June 2025, 14:05').weight).toBeGreaterThanOrEqual(junkThreshold)
    expect(weigh('14 March').weight).toBeLessThan(junkThreshold)
  })

  it('takes a writer profile with an e-mail address for a bio', () => {
    const bio = 'Hana Ortiz is the Daily Ledger’s courts reporter. Contact her at h.ortiz@ledger.example'
    expect(weigh(bio).rules).toContain('author-profile')
    expect(weigh(bio).weight).toBeGreaterThanOrEqual(junkThreshold)
  })

  it('keeps news that uses furniture words: quotes, past-tense reports, profiles of people in the story', () => {
    expectContent([
      '“Everyone should download the app and turn on alerts tonight,” the fire chief said.',
      'Digital subscriptions rose to 1.2 million last year, and the group raised its price to £4.99 a month in March.',
      'Maria Lopez is the mayor of Dunmore and has led the council since 2019.',
      'The newsletter, which launched in 2021, reached 40,000 readers before it closed.'
    ])
  })
})

describe('blockEvidence on boxes with a label', () => {
  it('takes a long box headed by a furniture label and a colon for that furniture', () => {
    const bio = 'About the writer: Mia has covered the harbour for the paper since 2009 and writes a weekly column on boats, tides and the people who work the quays. She lives in Port Ellery.'
    expect(weigh(bio).weight).toBeGreaterThanOrEqual(junkThreshold)
  })

  it('reads icons before a label as decoration', () => {
    expect(weigh('💬 12 comments | Sort by: Oldest').weight).toBeGreaterThanOrEqual(junkThreshold)
    expect(weigh('▶ 2:05').weight).toBeGreaterThanOrEqual(junkThreshold)
  })

  it('keeps a paragraph that tells the news and then turns to the reader', () => {
    const text = 'From Monday, about 200,000 households in the valley will be under a boil-water notice. If you are not sure what that means for your kettle, here is our guide.'
    expect(weigh(text).weight).toBeLessThan(junkThreshold)
  })
})

describe('blockEvidence across sites and languages', () => {
  it('reads the interface words of other languages as the same furniture', () => {
    expectFurniture(['Anzeige', 'Teilen: Facebook · X · E-Mail', 'Kommentare (4) — Jetzt kommentieren', 'Lire aussi'])
  })

  it('reads a label a writing tool leaves before its output, however long the output', () => {
    const text = 'Meta description: The new bridge opens on Monday after three years of work, and here is everything drivers need to know about tolls, lanes and the detour that ends.'
    expect(weigh(text).rules).toContain('writing-tool-leftover')
    expect(weigh(text).weight).toBeGreaterThanOrEqual(junkThreshold)
  })

  it('reads an offer with a price, a deadline or a phone number as an advert', () => {
    expect(weigh('Seaview Cottages — book your spring break from £49 a night').weight).toBeGreaterThanOrEqual(junkThreshold)
    expect(weigh('— Sponsored —').weight).toBeGreaterThanOrEqual(junkThreshold)
  })

  it('keeps a newsletter writer talking to readers in prose', () => {
    expect(weigh('Good morning, and apologies for landing in your inbox twice today. This one could not wait.').weight).toBeLessThan(junkThreshold)
  })
})

describe('blockEvidence on apps, newsletters and blogs', () => {
  it('reads an e-mail footer and a notification prompt as sign-up furniture', () => {
    expect(weigh('You are receiving this email because you signed up on our website.').weight).toBeGreaterThanOrEqual(junkThreshold)
    expect(weigh('🔔 Turn on notifications for Politics to get breaking stories first').weight).toBeGreaterThanOrEqual(junkThreshold)
  })

  it('reads a writer profile that says what she writes, without taking it for speech', () => {
    const bio = 'Sam Reyes has covered the valley for a decade and still gets lost on the ring road. She writes Valley Notes every Friday.'
    expect(weigh(bio).rules).not.toContain('quoted-speech')
    expect(weigh(bio).rules).toContain('author-profile')
  })

  it('reads a writing tool\'s opening as a leftover, however long', () => {
    expect(weigh('Sure! Here\'s a blog post about the ferry timetable change, written in an engaging, friendly tone for island residents:').weight).toBeGreaterThanOrEqual(junkThreshold)
  })

  it('takes a line that is mostly link text for a link, and not one that is little more than half', () => {
    const line = 'Council publishes the full list of roads closed for the marathon this weekend'
    expect(weigh(line, { share: 0.85 }).rules).toContain('link-only-line')
    expect(weigh(line, { share: 0.6 }).rules).not.toContain('link-only-line')
  })

  it('keeps a subheading that starts like a navigation link', () => {
    expect(weigh('Back to school').weight).toBeLessThan(junkThreshold)
  })
})

describe('blockEvidence on social pages', () => {
  it('reads rows of buttons and counters as furniture', () => {
    expectFurniture(['Like Comment Repost Send', '14 replies · 2.3k views · 31 users · last reply 2d', '👏 2.1K    🗨 38    ⊕ Save    ▷ Listen    ⇪ Share'])
  })

  it('keeps a dated list item and a live blog entry told at its time', () => {
    expectContent(['1874: opens with 41 pupils and one teacher, paid £45 a year', '8:55 PM — Public comment is still going. The mayor has limited speakers to two minutes each.', 'Springs near the wash dropped during that test (company says drought)'])
  })
})

describe('blockEvidence on rows of figures', () => {
  it('keeps a row of years and numbers, which counts nothing a page counts', () => {
    expect(weigh('2019: 14 | 2020: 18 | 2021: 22').weight).toBeLessThan(junkThreshold)
  })
})

describe('blockEvidence on short news sentences that use furniture words', () => {
  it('keeps them: one family word in a plain statement is not enough, and a past tense is no order', () => {
    expectContent([
      'Subscribers lost access to the service for six hours on Tuesday.',
      'Download speeds fell by half during the outage.',
      'Members can read the report at the library.',
      'Share prices fell 4% on Monday.'
    ])
  })
})

describe('blockEvidence on verbs that are nouns', () => {
  it('takes "Download speeds" and "Share prices" for nouns, and "Download the app" for an order', () => {
    expect(weigh('Download speeds on the library wifi will double under a separate contract.').rules).not.toContain('call-to-action')
    expect(weigh('Download the app for iPhone and Android').rules).toContain('call-to-action')
  })
})

describe('blockEvidence on newsletters and local ads', () => {
  it('reads sponsor lines, mail-merge leftovers and offers with a phone number as furniture', () => {
    expectFurniture([
      'This issue is supported by Northlight Lenses, makers of precision optics for observatories and schools since 1961, with a new range out this spring.',
      'Hi *|FNAME|*,',
      'Harbour Windows: FREE quote — call Brightseal on 01632 960 441 today. 10 year guarantee.',
      'Pictured: the new square at Tanner’s Lane. Swipe for more images (1/6)'
    ])
  })
})
