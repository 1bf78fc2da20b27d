// Word banks and story plans for the bench corpus generator (bench/generate.mjs).
// All names, outlets and events are invented.

/** Outlets: the `source` of an article. */
export const outlets = [
  'Harbour Herald', 'Northgate Gazette', 'Valley Courier', 'Coastline Post', 'Riverside Times', 'Metro Daily',
  'The Lantern', 'Eastvale Observer', 'Westbrook Ledger', 'Summit Tribune', 'Brightwater News', 'Capital Wire',
  'Pinecrest Journal', 'The Morning Signal', 'Redfield Record', 'Ashford Examiner', 'Kestrel Press', 'Midland Voice',
  'Seaside Sentinel', 'Granite Chronicle', 'Oakridge Bulletin', 'Silverlake Standard', 'Fernhill Dispatch', 'Union Star'
]

export const firstNames = [
  'Ana', 'Ben', 'Chloe', 'Daniel', 'Elena', 'Farid', 'Grace', 'Hugo', 'Ines', 'Jonas', 'Keiko', 'Liam', 'Maya', 'Nikhil',
  'Olga', 'Pedro', 'Quinn', 'Rosa', 'Samir', 'Tessa', 'Umar', 'Vera', 'Wen', 'Ximena', 'Yusuf', 'Zara'
]

export const lastNames = [
  'Adler', 'Brennan', 'Castillo', 'Dlamini', 'Eriksen', 'Fontaine', 'Gallagher', 'Haddad', 'Ivanova', 'Jensen', 'Kowalski',
  'Lindqvist', 'Moreau', 'Nakamura', 'Okafor', 'Petrov', 'Quiroga', 'Rahman', 'Silva', 'Takahashi', 'Umeh', 'Varga',
  'Whitfield', 'Xu', 'Yilmaz', 'Zimmerman'
]

export const roles = [
  'a spokesperson', 'the chief executive', 'a senior engineer', 'the deputy mayor', 'a city councillor', 'an economist',
  'a union representative', 'the transport minister', 'a local resident', 'a professor of public policy', 'the finance director',
  'a shop owner', 'the head of the regional authority', 'an independent analyst', 'a former official'
]

export const organisations = [
  'the regional authority', 'the city council', 'the transport ministry', 'the harbour board', 'the workers’ union',
  'the national audit office', 'the chamber of commerce', 'the residents’ association', 'the university', 'the federal regulator',
  'the port operator', 'the environmental agency', 'the opposition party', 'the state prosecutor'
]

export const places = [
  'Harbourside', 'the Old Town', 'Northgate', 'the river crossing', 'Eastvale', 'the industrial estate', 'Westbrook',
  'the central station', 'Pinecrest', 'the ring road', 'the waterfront', 'Redfield', 'the northern suburbs', 'Ashford'
]

export const things = [
  'plan', 'budget', 'contract', 'inquiry', 'project', 'proposal', 'review', 'agreement', 'timetable', 'report', 'tender',
  'programme', 'survey', 'repair work', 'settlement'
]

export const pastVerbs = [
  'cost', 'saved', 'added', 'delayed', 'covered', 'required', 'raised', 'cut', 'freed up', 'absorbed', 'lost', 'earned'
]

export const units = ['million', 'thousand', 'billion']

export const adverbs = [
  'so far', 'over the past year', 'since the spring', 'in the first quarter', 'across the region', 'by the end of the month',
  'compared with last year', 'according to early estimates', 'in total', 'over five years'
]

export const adjectives = [
  'significant', 'modest', 'unexpected', 'long-awaited', 'controversial', 'temporary', 'lasting', 'sharp', 'gradual', 'costly',
  'widespread', 'limited', 'careful', 'urgent', 'detailed'
]

export const nouns = [
  'commuters', 'families', 'businesses', 'engineers', 'inspectors', 'drivers', 'teachers', 'nurses', 'shopkeepers', 'students',
  'tenants', 'farmers', 'fishermen', 'volunteers', 'officials'
]

export const concerns = [
  'safety', 'costs', 'delays', 'transparency', 'the timetable', 'noise', 'traffic', 'jobs', 'the environment', 'rents',
  'public money', 'accountability', 'access for disabled people', 'the quality of the work'
]

/**
 * Sentence templates. Slots: {person} a full name, {role}, {org}, {place},
 * {thing}, {verb}, {amount}, {unit}, {adverb}, {adjective}, {noun}, {concern},
 * {number} a small count, {percent}.
 */
export const sentenceTemplates = [
  '{person}, {role} at {org}, said the {thing} had {verb} {amount} {unit} {adverb}.',
  'The {thing} has {verb} about {amount} {unit}, {org} said in a statement.',
  'Critics say the {adjective} {thing} ignores the concerns of {noun} in {place}.',
  'In {place}, {noun} described the changes as {adjective} but necessary.',
  '“We have been clear about {concern} from the start,” {person} said.',
  '“This is not the end of the matter,” said {person}, {role}.',
  'Figures published by {org} show a {percent} per cent rise in complaints about {concern}.',
  'More than {number} {noun} attended a public meeting in {place} to raise questions about {concern}.',
  '{org} declined to comment on the {thing}, citing the ongoing review.',
  'The {adjective} {thing} was first proposed by {org} three years ago.',
  'Residents of {place} said they had not been consulted about the {thing}.',
  'Officials expect the {thing} to be completed within {number} months if funding is approved.',
  'According to {person}, {role}, the decision reflects {concern} rather than politics.',
  'Some {noun} have already changed their plans because of the {thing}.',
  '{person} told reporters that the {thing} would be reviewed by {org}.',
  'The dispute over {concern} has divided {noun} in {place} for months.',
  'A survey of {number} {noun} found that most supported a {adjective} approach.',
  '{org} has said it will publish the full {thing} before the end of the year.',
  'Opposition members called for an independent {thing} into {concern}.',
  'The {thing} would affect roughly {number} {noun} in and around {place}.',
  'Independent experts described the estimates as {adjective} and said more data was needed.',
  '“People in {place} deserve straight answers,” {person} added.',
  'The last comparable {thing}, in {place}, took almost {number} years to complete.',
  'It is not yet clear how the {thing} will be paid for, {person} said.',
  '{org} said that {concern} remained its first priority.'
]

/**
 * Stories: each article tells one of them. `events` are things that
 * happened on a day; `{date}` is replaced by a date phrase relative to the
 * article's publication day (the timeline stage resolves it back).
 */
export const stories = [
  {
    slug: 'harbour-bridge',
    titles: ['Harbour bridge to stay shut after cracks found in main span', 'Cracked harbour bridge closure extended', 'Inside the long shutdown of the harbour bridge', 'Harbour bridge repairs: what we know'],
    firstPublished: '2025-10-06',
    days: 40,
    events: [
      { date: '2025-10-03', wordings: ['Inspectors found cracks in the main span of the harbour bridge {date}.', '{Date}, inspectors discovered hairline cracks in the bridge’s main span.', 'The cracks were first spotted during a routine inspection {date}.'] },
      { date: '2025-10-04', wordings: ['The bridge was closed to all traffic {date}.', '{Date}, police closed the bridge to cars and pedestrians.', 'Traffic was halted on the bridge {date} after the inspection report.'] },
      { date: '2025-10-15', wordings: ['The harbour board approved emergency repair funding {date}.', '{Date}, the harbour board voted to release emergency funds for repairs.'] },
      { date: '2025-10-27', wordings: ['A temporary ferry service began running between the two banks {date}.', '{Date}, the first temporary ferry crossed the harbour.'] },
      { date: '2025-11-10', wordings: ['Engineers said {date} that the repairs would take at least six months.', '{Date}, engineers warned that repairs could take six months or more.'] }
    ]
  },
  {
    slug: 'transit-strike',
    titles: ['Transit workers walk out over pay', 'City transit strike enters second week', 'Transit strike: talks resume as commuters struggle', 'How the transit strike ended'],
    firstPublished: '2025-09-15',
    days: 35,
    events: [
      { date: '2025-09-12', wordings: ['Union members voted to strike {date}.', '{Date}, transit workers voted overwhelmingly in favour of a strike.'] },
      { date: '2025-09-15', wordings: ['The strike began {date}, halting buses and trams across the city.', '{Date}, buses and trams stopped running as the walkout began.'] },
      { date: '2025-09-24', wordings: ['Talks between the union and the transport ministry resumed {date}.', '{Date}, negotiators returned to the table for the first time since the walkout.'] },
      { date: '2025-10-02', wordings: ['The two sides reached a provisional agreement {date}.', '{Date}, the union and the ministry announced a provisional pay deal.'] },
      { date: '2025-10-06', wordings: ['Services returned to normal {date}.', '{Date}, trams were running on every line again.'] }
    ]
  },
  {
    slug: 'river-flood',
    titles: ['River bursts its banks after record rainfall', 'Flood clean-up begins in low-lying districts', 'Flood victims wait for compensation', 'After the flood: a town counts the cost'],
    firstPublished: '2025-11-03',
    days: 30,
    events: [
      { date: '2025-10-31', wordings: ['Record rainfall was measured at the river gauge {date}.', '{Date}, the river gauge recorded its highest rainfall total in a century.'] },
      { date: '2025-11-01', wordings: ['The river burst its banks {date}, flooding hundreds of homes.', '{Date}, water poured over the flood walls into the lower town.'] },
      { date: '2025-11-05', wordings: ['The government declared a state of emergency {date}.', '{Date}, ministers declared a regional state of emergency.'] },
      { date: '2025-11-12', wordings: ['The first compensation payments were made {date}.', '{Date}, the first families received emergency payments.'] }
    ]
  },
  {
    slug: 'council-budget',
    titles: ['Council unveils budget with deep cuts to services', 'Budget vote delayed amid protests', 'Council budget passes after late-night session', 'What the new council budget means for residents'],
    firstPublished: '2025-11-18',
    days: 25,
    events: [
      { date: '2025-11-17', wordings: ['The council published its draft budget {date}.', '{Date}, the council released a draft budget proposing cuts to libraries and buses.'] },
      { date: '2025-11-22', wordings: ['Hundreds of residents protested outside the town hall {date}.', '{Date}, protesters gathered outside the town hall.'] },
      { date: '2025-11-26', wordings: ['The budget vote was postponed {date}.', '{Date}, councillors agreed to delay the vote by a week.'] },
      { date: '2025-12-03', wordings: ['The council approved the budget {date} after a late-night session.', '{Date}, the budget passed by 31 votes to 24.'] }
    ]
  }
]

/** Page furniture, by family, as the bench writes it into articles. */
export const junk = {
  nav: ['Menu', 'Skip to main content', 'Home › News › Local', 'News | Politics | Business | Sport | Culture'],
  stamp: ['Updated 3 hours ago', '5 min read', 'Published 2 days ago', 'Last updated: 14:32'],
  share: ['Share this article', 'Facebook | X | Email | Copy link', 'Share on WhatsApp', 'Follow us on Facebook'],
  ad: ['Advertisement', 'ADVERTISEMENT', 'Story continues below advertisement', 'Sponsored content', 'Continue reading below'],
  signup: ['Sign up for our daily briefing newsletter, delivered to your inbox every morning.', 'Get breaking news alerts: download our app for iPhone and Android.', 'Sign up', 'Enter your email address'],
  paywall: ['Subscribe now for unlimited digital access.', 'Already a subscriber? Log in', 'You have reached your limit of free articles this month.'],
  related: ['Related stories', 'Read more', 'Most read', 'You may also like'],
  legal: ['© 2025 All rights reserved. | Privacy Policy | Terms of Service', 'We use cookies to improve your experience on our site.'],
  comments: ['Comments (12)', 'Join the conversation', 'Show comments'],
  tool: ['Sure! Here is the rewritten article:', 'Word count: 642', 'Meta description: A short summary of the story for search engines.', 'Keywords: bridge, repairs, city, transport']
}

/** Captions and credits under photos. */
export const captionTemplates = [
  '{noun} in {place} on Monday. (Photo: {person} / {outlet})',
  'Photograph: {person}/{outlet}',
  'A view of {place}. Image: {outlet}',
  'Watch: {noun} describe the changes (2:14)'
]
