/**
 * The families of page furniture that cleaning removes. Each family has
 * vocabulary in two strengths: `line` patterns describe a whole short line
 * ("Advertisement", "Share this article") and decide almost alone; `phrase`
 * patterns are evidence that still has to add up with shape and position.
 * The words are those of the family across sites, never of one article.
 */
export type JunkFamily =
  | 'ad' | 'paywall' | 'signup' | 'share' | 'related' | 'media' | 'legal'
  | 'nav' | 'contact' | 'comments' | 'stamp' | 'tool' | 'urls'

export interface FamilyVocabulary {
  readonly family: JunkFamily
  /** Rule name used in `digest.json` and `--explain`. */
  readonly rule: string
  readonly reason: string
  /** Whole-line shapes, tested against a short line (≤ 14 words). */
  readonly line: readonly RegExp[]
  /** Phrases, tested against the text with quoted speech blanked out. */
  readonly phrase: readonly RegExp[]
  /** Phrases that only furniture says, whatever the length of the block ("This issue is sponsored by …"). */
  readonly strong?: readonly RegExp[]
}

const platforms = '(?:facebook|twitter|x|whatsapp|linkedin|reddit|pinterest|telegram|email|e-mail|messenger|instagram|threads|bluesky|mastodon|tiktok|youtube|flipboard|copy link|print)'

export const families: readonly FamilyVocabulary[] = [
  {
    family: 'ad', rule: 'ad-marker', reason: 'advertising marker',
    strong: [/\b(?:this|today[’']s) (?:issue|newsletter|episode|edition|briefing|podcast) is (?:supported|sponsored|brought to you|presented|made possible) by\b/i],
    line: [
      /^(?:advertisement|advertising|advert|ad|ads|anzeige|werbung|publicité|publicidad|pubblicità|advertentie|gesponsert|sponsorisé|patrocinado|sponsored(?: content| post| story| by .+)?|promoted(?: content| by .+)?|paid (?:post|content|partner(?:ship)?(?: content)?|promotion)|partner content|presented by .+|in partnership with .+|commercial content|sponsored (?:links|stories|story|listings)|paid (?:program|programme)|advertiser content|advertisement feature|advertorial)$/i,
      /^(?:story|article|content|text) continues (?:below|after)(?: (?:this|the))?(?: (?:ad|advert|advertisement))?$/i,
      /^(?:continue reading(?: the (?:main )?story)?|scroll (?:down )?to continue(?: (?:reading|with content))?)(?: (?:below|after (?:the|this) (?:ad|advertisement)))?$/i,
      // A shop box: "£34.99 at GameBarn", "View Deal ▸", "Best survival game deals today".
      /^(?:[£$€]\d[\d.,]* (?:at|from|@) .{2,30}|view (?:the )?deals?|see (?:the )?(?:deals?|prices?)|check (?:the )?price|(?:best|top|today['’]s) .{0,30}deals(?: today| this week| right now)?)$/i,
      /^(?:ad|advertisement) (?:feedback|choices)$/i
    ],
    phrase: [
      /\b(?:advertisement|sponsored content|paid partnership|affiliate (?:link|commission)s?)\b/i,
      /\bmay earn (?:a |an )?(?:small |tiny )?(?:commission|fee|share of (?:the )?sales?)\b/i,
      /\b(?:compare (?:[\w-]+ ){0,2}(?:rates|prices|quotes|deals)|(?:get a )?free quote|\d+[- ]year guarantee|no\.? ?1 for|in under \d+ (?:minutes|seconds))\b/i,
      /\badvertise (?:with|in|on) (?:us|the|our)\b|\badvertising (?:rates|enquiries|opportunities)\b|\brates from [£$€]\d/i,
      /^\W*(?:promoted|sponsored|advertisement|advert|ad|paid (?:post|content)|partner content)\W*[\])]/i,
      /\b(?:\d+ for \d+|buy one,? get one|this (?:weekend|week) only|book (?:your|now|today)|call (?:[\w&’'-]+ ){0,2}(?:now |today )?(?:on |at )?\+?\d[\d ]{7,}|(?:from|just|only) [£$€]\d+(?:\.\d\d)? (?:a|per) \w+|plans? from [£$€]\d+)\b/i,
      /\bprices? (?:were )?(?:correct|accurate) (?:at|as of) (?:the )?time of (?:publication|publishing|writing)\b|\bprices? checked (?:daily|hourly|every day)\b|\bwe check over [\d,.]+ (?:million |thousand )?(?:products|prices|deals)\b/i,
      // A price with a link's arrow: "Driftwake Standard £19.99 ▸".
      /[£$€]\d[\d.,]*\s*[▸›»→]\s*$/i,
      // A classified ad: "FOR SALE: Oak dining table, £120 ono. Tel 07700 900412."
      /^\W*(?:for sale|wanted|to let|for hire)\s*:|\bono\b|\btel\.?:? ?\+?\d[\d ]{8,}\d\b/i,
      /\bsave (?:up to )?\d+%|\bbook (?:before|by) \d|\b(?:tickets?|seats) (?:are |is )?(?:on sale|available) now\b/i,
      // An event's own promotion: "Early-bird tickets end 30 April. Book your place now."
      /\b(?:early[- ]bird (?:tickets?|rates?|prices?|pricing|offers?|discounts?)|(?:book|reserve|secure|claim) (?:your|a) (?:place|seat|ticket|spot|table)s?|reserve yours|tickets (?:are )?(?:limited|selling fast)|(?:on|via) our events page)\b/i,
      // A station promoting its own programmes: "Wake up with Jess and Omar, weekdays from 6am on 97.3FM and DAB".
      /\b(?:(?:weekdays|weeknights|weekends|every (?:weekday|morning|evening|night|day|sunday|saturday)) from \d{1,2}(?:[:.]\d\d)? ?(?:am|pm)|\d{2,3}(?:\.\d)? ?fm|dab|wake up with)\b/i,
      /\b(?:t&cs|terms) apply\b|\b\d+% off\b|\b(?:use|with) (?:the )?code [A-Z0-9]{4,}\b|\b(?:\d+|one|two|three|six|twelve) (?:days?|weeks?|months?) free\b/i
    ]
  },
  {
    family: 'paywall', rule: 'paywall-prompt', reason: 'paywall or subscription prompt',
    line: [
      /^(?:subscribe|subscribe now|subscribe today|become a (?:member|subscriber|supporter)|support (?:us|our journalism)|upgrade(?: now| to (?:paid|premium|pro|plus|a paid (?:plan|subscription)))?|unlock (?:this|full) (?:article|story|access)|already (?:a|an) (?:subscriber|member|account holder)\??.*|already (?:subscribed|registered)\??.*|(?:sign|log) in(?: here| to (?:continue|read))?|register(?: now| for free)?|start (?:your )?free trial)$/i
    ],
    phrase: [
      // Not a count: "610,000 paying subscribers" is a figure of the story.
      /\b(?=subscri)(?<!\d[\d,.]*(?: (?:million|thousand|bn|m|k))? (?:[a-z-]+ )?)subscri(?:be|bers?|ptions?|bers?-only|ber exclusive)\b/i,
      /\b(?:already (?:a|an) (?:subscriber|member))\b/i,
      /\b(?:free (?:articles?|stories) (?:left|remaining)|(?:articles?|stories) (?:left|remaining) this month|you(?:'|’)ve (?:read|reached) (?:your|all)|reached your (?:limit|free))\b/i,
      /\b(?:unlimited (?:digital )?access|full access|premium (?:content|titles|articles|access|members?|journalism)|members?[- ]only|for (?:members|subscribers) only|exclusive to (?:members|subscribers))\b/i,
      /\b(?:free trial|\w+ days free|cancel (?:at )?any ?time|per (?:week|month)|a (?:week|month) for|\$\d+(?:\.\d\d)? (?:a|per) (?:week|month)|£\d+(?:\.\d\d)? (?:a|per) (?:week|month))\b/i,
      /\b(?:to (?:continue reading|read (?:this|the full) (?:article|story))|continue reading (?:this|the) (?:article|story)|sign (?:in|up) to read)\b/i,
      /\b(?:read|used) \d+ of (?:your )?\d+ (?:free )?(?:articles|stories)\b|\b(?:register|sign up|log in|subscribe)(?: now| today| for free)? to (?:keep|continue) reading\b|\bkeep reading with\b/i,
      /\b(?:(?:members|subscribers) can (?:read|access|see|download)|for registered (?:readers|users)|if you already have an account|already have an account)\b/i,
      /\bthis (?:article|story|content|piece) is (?:for|only for|available to|reserved for) (?:[\w’'-]+ ){0,3}(?:members|subscribers)\b|\b(?:shared|gifted) (?:it|this (?:article|story)) with you\b|\bad-(?:free|light|lite)\b/i,
      /\b(?:free preview|unlock (?:every|all|unlimited|full|this|the rest)|premium (?:story|article|content)|sign in to (?:view|see|read|continue)(?: (?:more|the rest|reading))?)\b/i,
      /\b(?:go (?:premium|pro|plus|ad-free|unlimited)|unlimited (?:reading|articles|stories)|(?:first|1st) (?:month|week|year) free)\b/i,
      // "… is a small charity with no advertisers. If OpenShelf is useful to you, £5 a month keeps it free for everyone."
      /\b(?:keeps? (?:it|us|this (?:newsletter|site|podcast|service|show)) (?:free|going|independent|running)|no advertisers|if (?:[\w&’'-]+ ){1,3}is (?:useful|valuable|helpful) to you)\b/i,
      /\b(?:try [\w+&’'-]+ (?:free|for free)|free for \d+ (?:days|weeks|months))\b/i,
      /\benjoying (?:our|this) (?:journalism|article|content|reporting)\b|\bfrom (?:just|only) (?:[£$€]\d+(?:\.\d\d)?|\d+p)\b|\bfor the first (?:month|year|\d+ (?:weeks|months))\b/i,
      /\b(?:support (?:our|independent|quality|local) journalism|make a (?:one-off |monthly )?(?:donation|contribution)|donate (?:now|today)|become a (?:member|supporter|patron|subscriber)|your support (?:helps|keeps|makes))\b/i,
      // A newsroom asking for money: "Our journalism depends on readers like you. Please consider a donation today."
      /\b(?:(?:depends|relies|rely|depend) on (?:readers|supporters|members|listeners|viewers|donors) like you|please consider (?:a |making a )?(?:donation|donating|contribution|contributing|supporting us|supporting our)|support (?:our|this|independent|nonprofit|non-profit) (?:work|reporting|newsroom))\b/i
    ]
  },
  {
    family: 'signup', rule: 'signup-prompt', reason: 'newsletter or app sign-up',
    line: [
      /^(?:sign up|sign up now|sign me up|sign up (?:here|for free|free)|get (?:the|our) (?:app|newsletter)|download (?:the|our) app|get alerts|enter your email(?: address)?|start reading|read (?:it )?in (?:the|our) app|open in (?:the )?(?:[\w’'-]+ ){0,3}app|install (?:the|our) app)$/i
    ],
    phrase: [
      /\b(?:sign(?:ing)? up (?:for|to)|newsletters?|daily (?:briefing|digest) (?:in|to) your inbox|(?:delivered|straight|direct(?:ly)?|sent) (?:to|in(?:to)?) your inbox|(?:in|to) your inbox (?:every|each)|(?:get|receive|have) [^.]{0,50}(?:in|to) your inbox|enter your email|email address|by signing up|privacy notice)\b/i,
      /\b(?:download (?:the|our) (?:[\w’'-]+ ){0,3}app|get (?:the|our) (?:[\w’'-]+ ){0,3}app|(?:the|our) (?:\w+ )?app (?:store|for)|app store|google play|(?:ios|iphone|ipad)(?:\/| and | or )android|push notifications|(?:breaking )?news alerts)\b/i,
      /\b(?:create (?:an?|your) (?:free )?account|(?:did )?someone forward(?:ed)? (?:this|it) to you|(?:sign up|register|log in) to (?:reply|comment|follow|post)|get (?:alerts|notified|notifications)|tap (?:follow|the bell)|(?:get|receive) (?:it|the \w+|our \w+) by email)\b/i,
      /\b(?:register|sign up|subscribe)(?: for free| free| now| today)? to (?:get|receive)\b|\b(?:(?:need|have) to|must) be (?:a |an )?(?:member|subscriber|registered (?:user|member)|logged in|signed in) to (?:reply|comment|post|leave a comment|view|read|see|join)\b|\bregister (?:for free )?or (?:log|sign) in\b/i,
      /\b(?:choose|pick|select) (?:the |your )?(?:topics|subjects|newsletters|regions|alerts|sections)(?: and \w+)? you (?:follow|want|like|care about)\b/i,
      // A podcast asking to be followed: "… on Apple Podcasts or wherever you listen, so you never miss an episode".
      /\b(?:wherever you (?:listen|get your podcasts)|never miss an? (?:episode|story|update|issue)|(?:turn on|enable) (?:automatic|auto) downloads)\b/i,
      /^\W*enjoyed (?:this|reading this)(?: (?:post|issue|newsletter|edition|piece))?\?/i,
      /\bturn on (?:[\w’'-]+ ){1,2}(?:alerts|notifications)\b|\bon your lock ?screen\b|\b(?:suscr[ií]bete|suscribirse|abonnez-vous|abonnieren|iscriviti|bolet[ií]n|infolettre)\b/i,
      /\b(?:turn on|enable|switch on|allow) (?:push )?(?:notifications|alerts)\b|\bget (?:breaking|the latest|the biggest) (?:stories|news|headlines) first\b/i,
      /\b(?:you(?:'re| are) receiving this (?:email|newsletter|message)|you (?:received|are getting|got) this (?:email|newsletter|message)|opted in|our mailing address is|unsubscribe(?: from this list)?|update your (?:email )?preferences|change how you receive (?:these|our|this) (?:emails?|newsletters?)|manage (?:your )?(?:subscription|email preferences|preferences)|view (?:this email|it) in (?:your|a) browser|forward(?:ed)? this (?:email|newsletter)|just hit reply|hit reply|reply to this email)\b/i,
      /\b(?:forward (?:it|this(?: email| newsletter)?) to (?:a|one|your|any) friends?|share this link|was this (?:email |newsletter |issue )?forwarded to you|open (?:this story|it|this article) in (?:the|our) (?:[\w’'-]+ ){0,2}app)\b/i,
      /\bjoin [\d,.]+k?\+? (?:[\w&’'-]+ ){0,2}[\w&’'-]+s\b|\b(?:mailing list|no spam|unsubscribe at any time)\b|\bsign up (?:in|with|now|today|free|here|for free)\b/i,
      /\b(?:get all (?:your|the) news|news (?:from \S+ (?:sources|titles)|in one place)|curated for you|(?:all )?in one app|in (?:a|one) single feed|all your (?:papers|news|newspapers|magazines)|hundreds of (?:newsrooms|titles|publishers|newspapers|sources)|(?:chosen|picked|selected) for you)\b/i
    ]
  },
  {
    family: 'share', rule: 'share-prompt', reason: 'share bar or social follow prompt',
    // "Give it a clap or fifty": only a blog platform asks that.
    strong: [/\bgive (?:it|this(?: post| story)?) (?:a )?clap/i],
    line: [
      new RegExp(`^(?:teilen|partager|compartir|condividi|delen|link kopieren|copier le lien|copiar enlace|share(?: this| the| full)?(?: article| story| page| on ${platforms})?|save (?:this )?(?:article|story|for later)|follow(?:ing)?|restack|reblog|retweet|boost|share via ${platforms}|copy (?:link|url)|link copied|tweet|pin it|email this|print(?: this)?(?: article| page)?)$`, 'i'),
      new RegExp(`^(?:${platforms}[\\s,|/·•]*){1,}$`, 'i'),
      /^follow (?:us|me|him|her|them|@\S+)(?: on .+)?$/i,
      new RegExp(`^follow .{1,40} on (?:${platforms}|google news)(?:,? (?:and|or) (?:${platforms}|google news))*$`, 'i')
    ],
    phrase: [
      new RegExp(`\\b(?:share (?:this|on|via) (?:article|story|page|${platforms})|follow (?:us|me|him|her|them) on ${platforms}|like us on facebook|join us on ${platforms})\\b`, 'i'),
      /(?:^|\s)@[A-Za-z0-9_]{2,}\b/,
      /\b(?:reposted|shared|liked) this\b/i,
      /\bclaps? (?:if|for this)\b|\bsend (?:it|this(?: post| story| article)?) to (?:someone|a friend|one friend)\b/i
    ]
  },
  {
    family: 'related', rule: 'related-list', reason: 'related, recommended or most-read list',
    line: [
      // Two patterns, not one: the letter classes need the `u` flag, which makes a long alternation slow to compile.
      /^(?:related(?: (?:stories|articles|coverage|content|topics|links|reading|news|guides|videos|posts|pages|features|reads))?|related\s*:.*|more (?:on|from|about|in) (?:this|the|our).*|(?:keep|continue) reading|more (?:stories|news|coverage)(?: from .+)?|most (?:read|popular|viewed|shared|watched)(?: .+)?|recommended(?: for you| stories| reading| (?:from|by) .{1,40})?|see all(?: from .{1,40})?|more (?:[\w’'-]+ ){0,2}(?:reads|stories|articles|posts|features|videos|episodes|podcasts|coverage)(?: (?:by|from|about|on) .{1,40})?|(?:more )?(?:posts|stories|articles|videos|threads) you (?:may|might) (?:also )?like|(?:latest |recent )?(?:obituaries|death notices|family notices|announcements|public notices)|up next|next up|coming up|watch next|read (?:the )?full (?:story|article|coverage)|\+?\d+ more (?:sources|stories|articles|outlets)|explore more(?: (?:on|about) (?:these|this|the) (?:topics?|stories|subjects))?|trending in .{1,30}|elsewhere(?: this week| today| on [\w ]{1,20}| in [\w ]{1,20})?|from (?:our|the) archives?|you (?:may|might) (?:also )?(?:like|be interested in|have missed)|read (?:more|next|also)(?::.*)?|also read(?::.*)?|see also(?::.*)?|further reading|top stories(?: .+)?|(?:our|editors[’']?|editor[’']s) picks?|trending(?: now| stories)?|what to read next|in other news|suggested (?:topics|stories|posts|reads|for you)|perspectives|(?:similar|related) (?:topics|posts|communities|threads)|related communities|weitere artikel|mehr zum thema|das könnte sie (?:auch )?interessieren|(?:à )?lire aussi|sur le même sujet|leer más|te puede interesar|leggi anche|lees ook|latest (?:news|stories)|don[’']t miss|popular now|more like this|explore more|keep reading)$/i,
      /^(?:more (?:on|from|about|in) (?:[\p{Lu}\p{N}][\p{L}\p{N}’'&.-]*\s?){1,5}(?:(?:and|&|of|the) (?:[\p{Lu}\p{N}][\p{L}\p{N}’'&.-]*\s?){1,4})?|also (?:in|on|from) (?:the |this |today[’']s )?[\p{L}’' ]{2,30})$/iu
    ],
    // An aggregator's list of sources, each with its lean: "WKRD Channel 9 · Lean Left · Milbrook grandmother claims …".
    strong: [/\s[·•|]\s(?:lean (?:left|right)|centre|center|far[- ](?:left|right))\s[·•|]\s/i],
    phrase: [/\b(?:top stories on|(?:read|see) (?:more|also):|most read|you may also like|recommended for you|related (?:stories|articles|coverage)|from (?:our|the) archives?:)\b/i, /^[\s*_]*(?:related|read more|see also|also read|more on this)\s*:/i]
  },
  {
    family: 'media', rule: 'media-caption', reason: 'image caption, alt text or photo/video credit',
    line: [
      // An embed's frame ("View this post on Instagram", "A post shared by …") and an agency's credit on its own line.
      /^(?:view (?:this )?(?:post|profile|photo|video|reel) on (?:instagram|facebook|x|twitter|tiktok|youtube|threads)|a post shared by .{1,60}|(?:watch|view) on youtube|(?:getty images|ap(?: photo)?|afp|reuters|epa|pa(?: media| wire)?|shutterstock|alamy|bloomberg|xinhua|anadolu|unsplash)(?:\s*(?:\/|via)\s*.{0,40})?)$/i,
      /^(?:\(?(?:photo|image|picture|video|graphic|illustration|gallery|slideshow)s?\)?|watch(?: now)?|play video|click to (?:play|enlarge)|open image in gallery|image (?:\d+ )?of \d+|enlarge this image|(?:video|media|image) caption.*|video duration.*|\d{1,2}:\d{2}(?:\s*(?:min|mins))?)$/i
    ],
    phrase: [
      /\b(?:photograph|photo|picture|image|illustration|video|footage|graphic|credit|composite|photo illustration)s?\s*(?::|by\b)\s*\S/i,
      /\((?:getty images?|ap|afp|reuters|epa|pa|shutterstock|alamy|file|handout)(?: photo)?\)/i,
      /(?:\/|\s)(?:ap|afp|reuters|epa(?:-efe)?|getty images?|shutterstock|alamy|pa(?: wire)?|bloomberg|xinhua|anadolu)(?: via getty images)?\s*$/i,
      /^(?:(?:watch|listen)(?: (?:live|now|again|back|online))?|video|audio|gallery|in pictures|in pics|pictures|photos|slideshow)\s*:/i,
      /^\W*listen to (?:this|the) (?:article|story|piece)\b/i,
      /\(\d+ (?:photos|pictures|images|pics)\)/i,
      /\b(?:b-roll|media kit|press kit|high-resolution (?:images|photos)|available to (?:credentialed )?media)\b/i,
      // A player's controls: "▶ Play episode 00:00 / 41:12", "… Hallow Farm ▶ 2:15", "Hear Ben Osei talking to …".
      /^\W*play (?:episode|video|audio|clip|podcast|now)\b|\b\d{1,2}:\d{2}\s*\/\s*\d{1,2}:\d{2}(?::\d{2})?\b|[▶►]\s*\d{1,2}:\d{2}\s*$|^\W*(?:hear|listen to|watch) (?:[\w’'-]+ ){1,4}(?:talking|speaking|explaining|discussing)\b/i,
      // "[Image: … Download full-size image (JPG, 2.4MB)]", "[1/2] … File Photo Purchase Licensing Rights", "📸 Name".
      /^\W*\[(?:image|photo|picture|video|graphic|\d+\/\d+)\s*[:\]]|\bdownload (?:the )?(?:full[- ]size|high[- ]res(?:olution)?|original) (?:image|photo|picture|version)\b|\((?:jpe?g|png|gif|mp4|mp3|pdf)(?:,\s*[\d.]+\s*[kmg]b)?\)|\bpurchase licensing rights\b|\bfile photo\b|^\s*(?:📸|📷|🎥)/i,
      /\(\d{1,2}:\d{2}\)\s*$|^\W*(?:still|screenshot|screengrab|image|photo|picture|footage) (?:from|via|courtesy of)\b|\bcourtesy(?: of|:) (?:the )?[a-z]/i,
      /\byour browser (?:does not|doesn[’']t) support (?:this |the )?(?:video|audio|media|player|clip|html5)|\btry reloading the page\b|\bswitch(?:ing)? to a supported browser\b/i,
      /^\W*pictured\s*:|\bswipe for more (?:images|photos|pictures)\b|\b(?:click|tap) to (?:play|watch)|\bplay now\b|\bvideo (?:loading|unavailable)\b|\bthe video will start in\b/i
    ]
  },
  {
    family: 'legal', rule: 'legal-notice', reason: 'copyright, cookie or legal notice',
    // A newsroom's note on how this very text was made: "This story was written with the assistance of generative AI …".
    strong: [
      // A corrections box: "Spotted a mistake? Report an error.", "Read our corrections and clarifications policy".
      /\breport an? (?:error|mistake|inaccuracy|correction)\b|\bcorrections? (?:and clarifications )?(?:policy|page)\b|\bspotted (?:a mistake|an error|something wrong|a typo|an inaccuracy)\b|^\W*(?:disclaimers?|disclosures?)\s*:|^\W*trust indicators?\s*:|^\W*(?:©|\(c\) ?\d{4}|copyright (?:©\s*)?\d{4})/i,
      /\bthis (?:article|story|piece|report|summary|content|post|newsletter|episode|text|translation) (?:was|has been|is) (?:\w+ ){0,2}(?:written|produced|created|generated|drafted|prepared|summari[sz]ed|translated|edited) (?:[\w-]+ ){0,10}?(?:ai|artificial intelligence|automated tools?|machine translation)\b/i],
    line: [
      /^(?:terms(?: of (?:use|service))?|privacy(?: policy)?|cookie(?:s| policy| settings| preferences)|accessibility(?: statement| help)?|contact us|about us|(?:terms|privacy|cookies)(?:\s*[|·•]\s*\S.*)+)$/i,
      /^(?:ai[- ]generated|generated (?:by|with) ai|summari[sz]ed by ai|ai) (?:summary|content|article|text|audio|overview|version)$|^(?:ai[- ]generated|generated (?:by|with) ai)$/i
    ],
    phrase: [
      /©|\(c\)\s*\d{4}|\bcopyright\s*(?:©\s*)?\d{4}|\ball rights reserved\b/i,
      /\b(?:we use cookies|use of cookies|accept (?:all )?cookies|cookie (?:policy|settings|preferences)|manage (?:consent|preferences|cookies))\b/i,
      /\bmay not be (?:published|reproduced|broadcast|rewritten|redistributed|copied)\b/i,
      /\b(?:(?:belongs|belong) to (?:its|their) (?:respective )?owners|respective owners|equal opportunity (?:employer|provider)|does not discriminate|civil rights|funded (?:in part )?by a grant|this (?:publication|project|report|newsletter) (?:was|is) (?:funded|supported))\b/i,
      /\b(?:forward-looking statements?|safe harbou?r statement|actual results may differ)\b/i,
      /\b(?:not responsible for the content of external (?:sites|websites|links|pages)|(?:approach|policy) to external link(?:s|ing))\b/i,
      /\b(?:does not constitute (?:legal|financial|medical|investment|professional|tax) advice|for (?:general )?information (?:purposes )?only|our standards|editorial (?:standards|guidelines|code)|trust principles|reuse is subject to|(?:written|produced|published) under the [^.]{3,50}?(?:licen[cs]e|scheme|service|partnership)|(?:don[’']?t|do not) (?:cut|copy|republish) (?:articles|this)|redistribute)\b/i,
      /\b(?:under licen[cs]e|reproduction (?:is )?(?:prohibited|forbidden|not permitted))\b/i,
      /\b(?:(?:quotes?|prices?|data) (?:are )?delayed by (?:at least )?\d+ min(?:ute)?s|market data (?:is )?(?:supplied|provided|powered) by|(?:is|constitutes?) (?:not )?(?:investment|financial) advice|nothing (?:on this page|here|in this (?:article|story)) (?:is|constitutes)|read the original (?:version|article|story|in [a-z]+))\b/i,
      /\b(?:(?:this (?:site|website)|we) uses? cookies|process personal data|personali[sz]ed (?:ads|advertising|content)|if you or someone you know has a gambling problem|must be (?:18|19|21) or older to play|gamble responsibly)\b/i,
      /\b(?:no part of this (?:article|publication|page|site|work|newsletter) may be|without (?:prior )?written permission|accepts? no (?:liability|responsibility))\b/i,
      // A press regulator's notice: "… is regulated by the Regional Press Standards Board. If you have a complaint …".
      /\b(?:(?:is|are) regulated by (?:the )?(?:[\w-]+ ){0,4}(?:standards|press|complaints|regulator)|complaints? (?:procedure|process|policy)|editors[’'] code|if you have a complaint about)\b/i,
      // A host disowning what others wrote: "Posts reflect the views of individual members", "not responsible for their accuracy".
      /\b(?:(?:posts|comments|views|opinions) (?:reflect|are|represent|express) (?:the (?:views|opinions) of|those of) (?:the )?(?:individual|their) (?:members|authors|users|contributors|posters)|copyright in (?:pasted|quoted|posted|linked) (?:material|content)|(?:remains|belongs|rests) with the (?:original )?(?:publisher|author|owner|copyright holder)s?)\b/i,
      /\b(?:(?:does not|doesn[’']t) (?:edit|verify|endorse|check)(?: or (?:edit|verify|endorse|check))? (?:the content of |the accuracy of )?(?:partner|third[- ]party|syndicated|submitted|external|this|these|such)|not responsible for (?:the |their |its )?(?:accuracy|content|views|opinions)|(?:story|article|content|announcement|release) (?:is|was) (?:provided|supplied|submitted) by|solely responsible for (?:its|the|their) content|trust indicators?|based on facts (?:the|that the) (?:reporter|journalist))\b/i,
      /\b(?:(?:originally|first) (?:published|appeared) (?:on|in|at|by)|republished (?:from|with (?:the )?permission|under)|why you can trust)\b/i,
      /\b(?:licen[sc]ed under|creative commons|cc by(?:-[a-z]{2})*(?: \d\.\d)?|unless (?:otherwise )?stated otherwise|registered (?:office|in england(?: and wales)?|company)|company (?:number|no\.?) \d+|is (?:published|owned) by [^.]{2,60}\b(?:ltd|limited|inc|llc|plc|gmbh|co-operative|cooperative|group)\b)/i,
      /\b(?:terms (?:of (?:use|service)|and conditions)|privacy policy|do not sell(?: or share)? my|holds? no (?:position|positions|shares) in)\b/i
    ]
  },
  {
    family: 'nav', rule: 'navigation', reason: 'navigation or breadcrumb',
    line: [
      /^(?:home|menu|search|sections|skip to (?:main )?content|skip navigation|back to top|go to (?:top|home(?:page)?)|(?:next|previous|older|newer) (?:article|story|page|post|entry|episode|release|item|result|chapter|slide|photo|image)s?|all (?:posts|articles|stories|episodes|newsletters)|back to (?:the |your )?(?:top (?:stories|news)|(?:all )?(?:stories|posts|articles|news|blog|homepage|home|index|list|search results|section|category|menu|feed|timeline|the newsletter))|view in browser|unsubscribe|manage (?:preferences|subscription)|close|open menu|view all|show more|load more|see (?:more|less)|show less|read less|see (?:translation|original)|translate(?: this)?(?: page| post| article)?|show original|view original|rate this translation|all (?:news|topics|sections)|key events|(?:show|hide) (?:all |only )?(?:key )?(?:events|updates|posts)(?: only)?|ends?|-30-|view all(?: [\w ]{1,20})?|classifieds|pinned (?:post|update)|auto-?(?:update|refresh)(?: (?:on|off))?)$/i,
      // Breadcrumbs are words ("Home › News › Politics"); "2019: 14 | 2020: 18" is a row of figures.
      /^(?:\p{L}[^>»›|]{0,40}\s*(?:>|»|›|\|)\s*){2,}\p{L}[^>»›|]{0,40}$/u,
      /^(?:[^\s/][^/]{0,30}\s+\/\s+){2,}[^/]{1,30}$/,
      /^page \d+ of \d+$/i,
      // A link on to more, its arrow kept: "Next: more local news ›".
      /^(?:up )?next\s*:\s*.{1,40}?\s*[›»→]$/i,
      // The taxonomy a page files itself under: "Filed under: Weather, Floods", "Topics: Floods · Harlow Council".
      /^(?:(?:posted|filed|published|listed) (?:in|under)\s*:?|(?:(?:explore|browse|popular|trending|more|related) )?(?:topics?|categories|category|tagged(?: with| as)?|more about|subjects?|themes?)\s*:)\s*[^\s,|·•/;!?]+(?: [^\s,|·•/;!?]+){0,4}(?:\s*[,|·•/;]\s*[^\s,|·•/;!?]+(?: [^\s,|·•/;!?]+){0,4})*$/i,
      // What a page shows while its scripts run, or when they cannot: "Loading…", "JavaScript is disabled in your browser".
      /^(?:loading(?: (?:comments|content|more|results|video|player|article|page))?|please wait(?: while [^.]{1,40})?|javascript is (?:disabled|required|turned off|not enabled)(?: (?:in|on) (?:your|this) browser)?|(?:please )?(?:enable|turn on) javascript\b.{0,80}|your browser (?:does not|doesn[’']t) support .{1,80})\s*(?:\.{2,}|…)?$/i,
      // A table of contents: "Where our wells stand ........ 2".
      /^.{3,80}?\s?\.{5,}\s*\d{1,3}$/,
      // A menu row in capitals: "NEWS  SPORT  WEATHER  PODCASTS" (no small words, as a headline would have).
      /^(?!.*\b(?:THE|A|AN|OF|TO|IN|ON|FOR|AND|WITH|AT|BY|FROM|AS|IS|ARE|WAS|AFTER|OVER)\b)(?:[\p{Lu}&]{2,}\s+){3,}[\p{Lu}&]{2,}$/u
    ],
    phrase: [
      /^(?:home|news)\s*(?:>|»|›|\/)\s*\S/i,
      /\bpage \d+ (?:of|\/) \d+\s*$/i,
      // A weather widget, a channel's pinned message.
      /\bhi \d{1,3}°\s*lo \d{1,3}°|\b\d{1,2}-day forecast\b|\bweather (?:advisory|warning|alert) until\b|^\W*pinned message\b/i,
      /\badd to (?:my |your )?(?:watchlist|portfolio)\b|^\W*(?:mentioned|companies|stocks|tickers) (?:in|from) this (?:article|story)\s*:/i,
      /\b(?:having trouble (?:reading|viewing|seeing) this (?:email|message|newsletter)|(?:view|open|read) (?:this (?:email|message|newsletter)|it) (?:in|on) (?:your|a|the) (?:web )?browser)\b/i
    ]
  },
  {
    family: 'contact', rule: 'contact-box', reason: 'author bio or contact/tip box',
    // The signature of a social profile or forum member.
    strong: [/\b(?:opinions|views|tweets|posts) (?:are )?(?:all )?my own\b/i],
    line: [/^(?:email(?: the author| me| us)?|contact(?: the author| us)?|about the (?:author|writer|reporter|columnist)s?|more from (?:this )?author|got a (?:news )?(?:tip|story)\??|send us (?:a )?tips?|have a (?:news )?(?:tip|story)\??|(?:media|press) (?:contacts?|enquiries|inquiries)|notes? (?:to|for) (?:editors?|news desks?)|written by [\p{Lu}][\p{L}’'. -]{2,40})$/iu],
    phrase: [
      /\b(?:is|was) an? (?:senior |chief |staff |deputy |freelance |political |investigative |award-winning )*(?:reporter|correspondent|writer|editor|journalist|columnist|contributor|producer)\b(?:.*\b(?:covers|covering|based in|for (?:the|our)))/i,
      /^\W*about the (?:author|writer|reporter|columnist|photographer)s?\b/i,
      /\b(?:message me|dm me|write to (?:me|us)|[\d.,]+k? followers)\b/i,
      /\b(?:is|are) written (?:and (?:\w+ )?)?by\b|\b(?:he|she|they|i) writes? (?:this|the|[\p{Lu}])/u,
      /\b(?:contact (?:us|the author|me|him|her|them)|get in touch|got a story\?|have (?:a|any) story (?:about|for)|we(?:'d|’d| would) (?:like|love) to hear|share your (?:story|stories|experiences?|photos?|videos?|views)|(?:were|are) you (?:affected|there|involved|caught up)|did you (?:witness|see|take part)|tell us (?:about|your|what|how)|reach (?:him|her|them|us|me) at|email (?:him|her|them|us|me) at|tips?@|send (?:us )?(?:a |your )?(?:news )?tips?|tips about stories|have (?:a|any) (?:news )?tip|got a (?:news )?tip|something to share)\b/i,
      /\b(?:confidentially|securely|securedrop|(?:on|via|using) signal|signal (?:app|messenger)|end[- ]to[- ]end encrypted|encrypted|tor network)\b/i,
      /\bview all (?:posts|articles|stories) by\b/i,
      /\bfollow (?:him|her|them) on\b|\b(?:him|her|them) on (?:x|twitter|bluesky|instagram)\b/i,
      // A publication recruiting: "Fancy writing for Courier Sport? … No experience needed."
      /\b(?:fancy writing for|want to write for|(?:we(?:'re|’re| are)|we['’]re always) (?:hiring|recruiting|looking for (?:new )?(?:writers|contributors|volunteers|reporters))|no experience (?:needed|necessary|required))\b/i,
      // A site's note about itself: "About AgriPulse: We're a small team of … on a mission to …".
      /^\W*about (?!\d)[\w&’'.-]+(?: [\w&’'.-]+){0,3}\s*:\s|\b(?:we(?:'re|’re| are) (?:a|an) (?:small |independent |nonprofit |non-profit )?(?:team|group|collective|charity|nonprofit|non-profit|newsroom)|on a mission to)\b/i
    ]
  },
  {
    family: 'comments', rule: 'comment-prompt', reason: 'comment prompt',
    // Another member's post copied with a thread: "millpond_dave » Tue 10 Mar 2026, 19:31 — …", "riverrat_62 wrote:".
    strong: [
      /^[\w.@-]{2,30} [»›] |^(?=\S*[\d_])[\w.@-]{2,30}\s*(?:wrote|said|replied|posted)\s*:/i,
      // A comment's header: "tarmac_tabby · 1d", "Callum Ferris · May 9 — …", "Hana Sato · Art Director at Saltmarch · 1d — …".
      /^[^·]{2,60} · (?:[^·]{2,60} · )?(?:\d+\s?(?:s|m|h|d|w|mo|y|min|mins|hr|hrs)\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}\b)/i,
      /\b(?:megathread|this (?:comment|post) was (?:posted|made) by a bot|i am a bot|message the mod(?:erator)?s|automoderator)\b/i,
      // A blog's comment form.
      /\b(?:save my name,? email,? and website|your email address will not be published|required fields are marked)\b/i
    ],
    line: [/^(?:comments?(?:\s*\(\d+\))?|\d+ comments?|(?:show|view|read|hide|load|see) (?:all |more )?(?:\d+ )?(?:comments?|replies)(?:\s*\(\d+\))?|most relevant|newest first|oldest first|top comments|comments? (?:are|is) (?:now )?(?:closed|open|disabled|turned off|moderated)|(?:join|start) the (?:conversation|discussion|debate)|add yours|sort by\b.*|(?:kommentare|commentaires|comentarios|commenti)(?:\s*\(\d+\))?|jetzt kommentieren|leave a (?:comment|reply)|have your say|add (?:a|your) comment|post a comment|reply|report|was this (?:article|page|story|information|answer) (?:helpful|useful)\??|did you find this (?:article|page|story) (?:helpful|useful)\??|yes\s*[/|]?\s*no|rate this (?:article|story|page)|(?:responses|conversation|discussion|replies)\s*\(\d+\)|respond|what are your thoughts\??|discussion about this (?:post|article|story|thread)|(?:name|email|comment)(?: \*)?|website|post comment|submit comment|cancel reply|save my name,? email,? and website.*|your email address will not be published.*|required fields are marked.*|(?:give|send|leave) (?:us )?(?:your )?feedback|feedback)$/i],
    phrase: [/\b(?:(?:join|start) the (?:conversation|discussion|debate)|have your say|leave a comment|comments? (?:below|section)|in the comments|comments?(?: on this (?:article|story|post|page|piece|thread|episode|video))? (?:are|is|will be) (?:now )?(?:closed|open|disabled|moderated|pre-moderated|reviewed)|\d+ comments?|(?:log in|sign in|register)(?: or (?:register|sign up))? to (?:comment|reply|join the)|community guidelines|what do you think\?|what are your thoughts\?|(?:responses|conversation|discussion|replies|comments)\s*\(\d+\))/i]
  },
  {
    family: 'stamp', rule: 'time-stamp', reason: 'reading time or published/updated stamp',
    // A page saying it will change: "This is a developing story and will be updated", "Refresh this page for the latest".
    strong: [/\b(?:this is an? (?:developing|breaking|live) (?:news )?(?:story|situation)|(?:this|the) (?:story|article|page|post|blog) (?:will be|is being|may be) updated|refresh (?:this|the) page|check back (?:later|soon|for (?:updates|more|the latest))|(?:will|we[’']ll) (?:bring|keep) you (?:the latest |more |further )?updat(?:es|ed))\b/i],
    line: [
      /^all times (?:are )?(?:in )?[a-z]{2,5}$/i,
      // A channel post's views and time: "14.2K edited 21:58".
      /^[\d.,]+[km]?\s+(?:edited\s+)?\d{1,2}[:.]\d{2}$/i,
      /^(?:\d+[\s-]*(?:min(?:ute)?s?|m)\s+(?:read|listen|watch)|reading time:?\s*\d+.*|(?:updated|published|posted|last (?:updated|modified|reviewed|checked)|first published|modified|reviewed|fact[- ]checked)(?: on| at)?\s*:?\s*(?:\d|(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s|yesterday|today|just now|an? (?:hour|minute|day|moment)).{0,60}|(?:(?:edited|updated|posted|published) )?\d+ ?(?:seconds?|minutes?|mins?|m|hours?|hrs?\.?|hr\.?|h|days?|d|weeks?|w|months?|years?) ago|\d{1,3}(?:s|m|h|d|w|mo|y)|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]* \d{1,2} \w+ \d{4}.*|\w+ \d{1,2},? \d{4}(?:,? \d{1,2}[:.]\d{2}.*)?|\d{1,2} \w+ \d{4}(?:,? \d{1,2}[:.]\d{2}.*)?|\d{1,2}[:.]\d{2}\s*(?:am|pm)?\s*(?:[A-Z]{2,4})?)$/i
    ],
    phrase: [/\b\d+[\s-]*min(?:ute)?s? read\b/i]
  },
  {
    family: 'tool', rule: 'writing-tool-leftover', reason: 'text left by a writing tool',
    strong: [/^\W*\[(?!editor)(?:[\w’'-]+ ){0,2}notes?\s*:|^\W*\[(?:insert|add|include|tk|todo|check|confirm|fill in|draft|internal|not for publication)\b|\[\[[^\]]{1,200}\]\]|\[[a-z][\w-]*(?: [a-z_-]+="[^"]*")+\]|%%[A-Za-z_]{3,}%%|^\W*\[?note to (?:the )?(?:editor|desk|writer|author|copywriter|subs)\b|^\W*note\s*:\s*i\b|\*\|[A-Z_]+\|\*|\[\[\s*[\w.]+\s*\]\]/i],
    line: [
      /^(?:(?:title|headline|subheadline|subtitle|standfirst|meta description|meta title|seo title|description|keywords?|(?:focus|secondary|primary|target|related) (?:keyphrases?|keywords?)|tags|slug|excerpt|summary|conclusion|introduction)(?: options?| ideas?| suggestions?| variants?| alternatives?)?(?: #?\d+)?|word count|h[1-6])\s*[:(].*$/i,
      /^(?:sure|certainly|absolutely|of course)[!,.].*$/i
    ],
    phrase: [
      /\boptimi[sz]ed for (?:readers|search engines|seo|search)\b/i,
      /\b(?:here(?:'|’)?s|here is|below is) (?:a|an|the|your) (?:[\w-]+,? ){0,3}(?:summary|rewrite|rewritten|revised|version|article|draft|breakdown|overview|blog post|post|piece|write-up|story|feature|copy)\b/i,
      /^\W*(?:sure|certainly|absolutely|of course|great question)[!,.]|\bwritten in an? (?:[\w-]+,? ){1,3}tone\b/i,
      /\[(?:insert|add|include|image|photo|link|source|citation|quote)\b[^\]]{0,60}\]/i,
      /\*\|[A-Z_]+\|\*|\[\[\s*[\w.]+\s*\]\]|\{\{\s*[a-z_][\w.]*\s*\}\}|%%?[A-Z_]{3,}%%?/,
      /\bnote to (?:the )?(?:editor|desk|self|subs|writer|author|copywriter)\b|\bbefore we publish\b|^\W*suggested (?:tags|keywords|titles?|headlines?|categories)\b/i,
      /\byou (?:may|might) want to (?:add|include|mention|consider|expand|shorten|cut|link)\b|\bto make the (?:post|article|piece|story) more (?:engaging|readable)\b/i,
      /\b(?:before publishing|double-check (?:this|these|the)|i (?:couldn[’']t|could not|was unable to|wasn[’']t able to) (?:verify|confirm|find|check))\b/i,
      /\b(?:want me to|would you like me to|shall i|should i (?:also )?(?:add|include|expand|shorten|rewrite))\b|\bi(?:'ve|’ve| have) (?:updated|added|rewritten|revised|kept|made|included|adjusted|expanded|shortened|removed|tightened)\b/i,
      /\b(?:as of my (?:last )?(?:knowledge|training)|i (?:cannot|can't|can’t) (?:browse|access)|as an ai(?: language model)?|i hope this helps|let me know if you(?:'d| would)? (?:like|want|need)|feel free to (?:ask|let me know)|i can (?:also )?(?:help|adjust|expand|shorten))\b/i,
      /\b(?:meta description|focus keyphrase|seo[- ](?:optimi[sz]ed|friendly|title)|keyword density|word count|\d+\+?\s*(?:words|characters)\b(?:[,)]|$| long| max| minimum)|no bold text|plagiarism[- ]free|in (?:a|an) (?:neutral|formal|journalistic|engaging) tone|rewrite (?:this|the following|the article|it)|paraphrase (?:this|the))\b/i
    ]
  },
  {
    family: 'urls', rule: 'bare-urls', reason: 'bare links with no text',
    line: [/^(?:links|sources|references|further reading) (?:in|for|from|used in) this (?:issue|post|newsletter|article|story|episode)$/i, /^(?:(?:source|sources|link|links|via|url|read more)\s*:\s*)?(?:\(?(?:https?:\/\/|www\.)\S+\)?[\s,;|]*)+$/i, /^(?:[a-z0-9-]+\.)+[a-z]{2,}(?:\/\S*)?$/i],
    phrase: []
  }
]
