/**
 * Injection vectors for the "nothing executes" suite. Each is written so
 * that, if it ever ran, it would call `__pwned(§)` (or open a dialog, or
 * change `document.title`, or navigate), where `§` is replaced by the
 * vector's number. Sources: the OWASP XSS filter evasion cheat sheet, the
 * HTML5 Security Cheatsheet, PortSwigger's XSS cheat sheet and published
 * sanitiser bypasses (mutation XSS through SVG, MathML and `noscript`).
 */
export interface InjectionVector {
  /** What the vector tries, for test names and failure messages. */
  readonly name: string
  /** The payload, with `§` where its number goes. */
  readonly payload: string
  /** `url`: also placed as the target of links (markdown, autolink, reference, raw `<a>`). */
  readonly kind: 'markup' | 'url' | 'template'
}

const markup = (name: string, payload: string): InjectionVector => ({ name, payload, kind: 'markup' })
const url = (name: string, payload: string): InjectionVector => ({ name, payload, kind: 'url' })
const template = (name: string, payload: string): InjectionVector => ({ name, payload, kind: 'template' })

/** Every vector, numbered from 1 in this order. */
export const injectionVectors: readonly InjectionVector[] = [
  // Script elements, plain and disguised.
  markup('script tag', '<script>__pwned(§)</script>'),
  markup('upper-case script tag', '<SCRIPT>__pwned(§)</SCRIPT>'),
  markup('script with a data: src', '<script src="data:text/javascript,__pwned(§)"></script>'),
  markup('module script', '<script type="module">__pwned(§)</script>'),
  markup('nested script tags', '<scr<script>ipt>__pwned(§)</scr</script>ipt>'),
  markup('doubled angle brackets', '<<script>script>__pwned(§)<</script>/script>'),
  markup('script in a comment breakout', '--><script>__pwned(§)</script><!--'),
  markup('script after CDATA end', ']]><script>__pwned(§)</script>'),
  markup('script calling alert', '<script>alert(§)</script>'),
  markup('script setting the title', '<script>document.title="pwned §"</script>'),
  markup('script with line separators', '\u2028\u2029<script>__pwned(§)</script>'),
  markup('script via eval of a split name', '<script>eval("__pw"+"ned(§)")</script>'),
  markup('svg script', '<svg><script>__pwned(§)</script></svg>'),
  markup('svg script with href', '<svg><script href="data:text/javascript,__pwned(§)"/></svg>'),
  markup('template element', '<template><script>__pwned(§)</script></template><script>__pwned(§)</script>'),
  markup('plaintext element', '<plaintext><script>__pwned(§)</script>'),
  markup('xmp element', '<xmp><script>__pwned(§)</script></xmp>'),
  // Closing the element the text lands in.
  markup('title breakout', '</title><script>__pwned(§)</script>'),
  markup('style breakout', '</style><script>__pwned(§)</script>'),
  markup('script breakout', '</script><script>__pwned(§)</script>'),
  markup('textarea breakout', '</textarea><script>__pwned(§)</script>'),
  markup('code breakout', '</code></pre><script>__pwned(§)</script>'),
  markup('q breakout', '</q><script>__pwned(§)</script>'),
  markup('noscript mutation', '<noscript><p title="</noscript><img src=x onerror=__pwned(§)>">'),
  markup('noembed mutation', '<noembed><img title="</noembed><img src=x onerror=__pwned(§)>">'),
  markup('comment mutation', '<!--<img src="--><img src=x onerror=__pwned(§)//">'),
  // Event handlers.
  markup('img onerror', '<img src=x onerror=__pwned(§)>'),
  markup('img onerror quoted', '<img src="x" onerror="__pwned(§)">'),
  markup('img onerror upper case', '<IMG SRC=x ONERROR=__pwned(§)>'),
  markup('img with slashes for spaces', '<img/src=x/onerror=__pwned(§)>'),
  markup('img with backtick value', '<img src=`x`onerror=__pwned(§)>'),
  markup('img with entity-encoded handler', '<img src=x onerror=&#95;&#95;pwned(§)>'),
  markup('img onload from a web address', '<img src="https://example.com/x.png" onload="__pwned(§)">'),
  markup('svg onload', '<svg onload=__pwned(§)>'),
  markup('svg/onload', '<svg/onload=__pwned(§)>'),
  markup('body onload', '<body onload=__pwned(§)>'),
  markup('body onpageshow', '<body onpageshow=__pwned(§)>'),
  markup('input autofocus onfocus', '<input autofocus onfocus=__pwned(§)>'),
  markup('select autofocus onfocus', '<select autofocus onfocus=__pwned(§)></select>'),
  markup('textarea autofocus onfocus', '<textarea autofocus onfocus=__pwned(§)></textarea>'),
  markup('custom element tabindex onfocus', '<xss id=x tabindex=1 autofocus onfocus=__pwned(§)></xss>'),
  markup('details ontoggle', '<details open ontoggle=__pwned(§)>'),
  markup('video source onerror', '<video><source onerror=__pwned(§)></video>'),
  markup('audio onerror', '<audio src=x onerror=__pwned(§)>'),
  markup('marquee onstart', '<marquee onstart=__pwned(§)>news</marquee>'),
  markup('div onmouseover', '<div onmouseover=__pwned(§)>hover here</div>'),
  markup('a onclick', '<a href="#" onclick="__pwned(§)">read more</a>'),
  markup('button onclick', '<button onclick=__pwned(§)>Subscribe</button>'),
  markup('animation start', '<style>@keyframes k{}</style><div style="animation-name:k" onanimationstart=__pwned(§)></div>'),
  markup('iframe onload', '<iframe onload=__pwned(§)></iframe>'),
  markup('svg animate onbegin', '<svg><animate onbegin=__pwned(§) attributeName=x dur=1s>'),
  markup('svg set onmouseover', '<svg><set attributeName="onmouseover" to="__pwned(§)"/></svg>'),
  markup('svg image onerror', '<svg><image href=x onerror=__pwned(§) /></svg>'),
  markup('isindex onerror', '<isindex type=image src=1 onerror=__pwned(§)>'),
  markup('handler with a new line', '<img src=x\nonerror=__pwned(§)>'),
  // Breaking out of an attribute value.
  markup('double-quote breakout', '" onmouseover="__pwned(§)'),
  markup('single-quote breakout', "' onmouseover='__pwned(§)"),
  markup('backtick breakout', '` onmouseover=__pwned(§) `'),
  markup('autofocus breakout', '" autofocus onfocus="__pwned(§)'),
  markup('breakout into a tag', '"><img src=x onerror=__pwned(§)>'),
  markup('single-quote breakout into a tag', "'><img src=x onerror=__pwned(§)>"),
  markup('breakout with style animation', '" style="animation-name:k" onanimationstart="__pwned(§)'),
  markup('entity-encoded breakout', '&quot; onmouseover=&quot;__pwned(§)'),
  markup('breakout with src', 'x" onerror="__pwned(§)" src="y'),
  // URLs that run script.
  url('javascript: url', 'javascript:__pwned(§)'),
  url('mixed-case javascript: url', 'JaVaScRiPt:__pwned(§)'),
  url('javascript: with an encoded tab', 'jav&#x09;ascript:__pwned(§)'),
  url('javascript: with an encoded new line', 'jav&#x0A;ascript:__pwned(§)'),
  url('javascript: with an encoded carriage return', 'jav&#x0D;ascript:__pwned(§)'),
  url('javascript: with a named tab entity', 'java&Tab;script:__pwned(§)'),
  url('javascript: with a named new line entity', 'java&NewLine;script:__pwned(§)'),
  url('javascript: with a real tab', 'jav\tascript:__pwned(§)'),
  url('decimal-entity javascript:', '&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;__pwned(§)'),
  url('hex-entity javascript:', '&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;__pwned(§)'),
  url('zero-padded entities', '&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058__pwned(§)'),
  url('leading space and control character', ' \u0001javascript:__pwned(§)'),
  url('leading encoded control character', '&#14;javascript:__pwned(§)'),
  url('colon entity', 'javascript&colon;__pwned(§)'),
  url('javascript: comment and new line', 'javascript://%0a__pwned(§)'),
  url('data: html', 'data:text/html,<script>__pwned(§)</script>'),
  url('data: html base64', 'data:text/html;base64,PHNjcmlwdD5fX3B3bmVkKDEpPC9zY3JpcHQ+'),
  url('data: svg', 'data:image/svg+xml,<svg onload=__pwned(§)>'),
  url('vbscript: url', 'vbscript:__pwned(§)'),
  url('upper-case vbscript: url', 'VBScript:__pwned(§)'),
  url('livescript: url', 'livescript:__pwned(§)'),
  url('file: url', 'file:///etc/passwd'),
  url('protocol-relative url', '//example.com/%0a__pwned(§)'),
  url('web address with a quote breakout', 'https://example.com/" onmouseover="__pwned(§)'),
  url('web address with a tag', 'https://example.com/?q=<script>__pwned(§)</script>'),
  url('polyglot', 'javascript:/*--></title></style></textarea></script></xmp><svg/onload=\'+/"/+/onmouseover=1/+/[*/[]/+__pwned(§)//\'>'),
  url('polyglot with comments', 'jaVasCript:/*-/*`/*\\`/*\'/*"/**/(/* */oNcliCk=__pwned(§) )//%0D%0A%0d%0a//</stYle/</titLe/</teXtarEa/</scRipt/--!>\\x3csVg/<sVg/oNloAd=__pwned(§)//>\\x3e'),
  // SVG and MathML.
  markup('svg xlink:href javascript:', '<svg><a xlink:href="javascript:__pwned(§)"><text x="20" y="20">Click</text></a></svg>'),
  markup('svg href javascript:', '<svg><a href="javascript:__pwned(§)"><circle r="40"/></a></svg>'),
  markup('svg use data:', '<svg><use href="data:image/svg+xml,<svg id=\'x\' xmlns=\'http://www.w3.org/2000/svg\'><image href=\'1\' onerror=\'__pwned(§)\'/></svg>#x"/></svg>'),
  markup('svg foreignObject iframe', '<svg><foreignObject><iframe srcdoc="<script>parent.__pwned(§)</script>"></iframe></foreignObject></svg>'),
  markup('svg style mutation', '<svg><style><img src=x onerror=__pwned(§)></style></svg>'),
  markup('svg animate href', '<svg><animate attributeName="href" values="javascript:__pwned(§)"/><a><text>x</text></a></svg>'),
  markup('mathml mglyph mutation', '<math><mtext><table><mglyph><style><img src=x onerror=__pwned(§)>'),
  markup('mathml href', '<math href="javascript:__pwned(§)">CLICK</math>'),
  markup('mathml maction', '<math><maction actiontype="statusline" xlink:href="javascript:__pwned(§)">X</maction></math>'),
  markup('mathml mi data:', '<math><mi xlink:href="data:x,<script>__pwned(§)</script>">x</mi></math>'),
  // Template syntax: the page template must never read article text as template.
  template('mustache double', '{{__pwned(§)}}'),
  template('mustache triple', '{{{css}}}<script>__pwned(§)</script>{{{blocksHtml}}}'),
  template('mustache section', '{{#articles}}<script>__pwned(§)</script>{{/articles}}'),
  template('mustache delimiter change', '{{=| |=}}|{title}|<script>__pwned(§)</script>'),
  template('mustache partial', '{{> page}}<script>__pwned(§)</script>'),
  template('constructor escape', "{{constructor.constructor('__pwned(§)')()}}"),
  template('template literal', '${__pwned(§)}'),
  template('ERB and EJS', '<%= __pwned(§) %><%- "<script>__pwned(§)</script>" %>'),
  template('Liquid and Nunjucks', '{% raw %}<script>__pwned(§)</script>{% endraw %}{{ "<script>__pwned(§)</script>" | safe }}'),
  template('Pug and Ruby interpolation', '#{__pwned(§)} !{"<script>__pwned(§)</script>"}'),
  template('Thymeleaf and Angular', '[[${__pwned(§)}]] {{$on.constructor(\'__pwned(§)\')()}}'),
  template('shell substitution', '$(__pwned(§)) `__pwned(§)`'),
  // Markup that changes the page without script.
  markup('base href', '<base href="javascript:__pwned(§)//">'),
  markup('meta refresh to javascript:', '<meta http-equiv="refresh" content="0;url=javascript:__pwned(§)">'),
  markup('meta refresh to data:', '<meta http-equiv="refresh" content="0;url=data:text/html,<script>__pwned(§)</script>">'),
  markup('meta refresh elsewhere', '<meta http-equiv="refresh" content="0;url=https://example.com/">'),
  markup('iframe srcdoc', '<iframe srcdoc="<script>parent.__pwned(§)</script>"></iframe>'),
  markup('iframe javascript: src', '<iframe src="javascript:parent.__pwned(§)"></iframe>'),
  markup('object data:', '<object data="data:text/html,<script>parent.__pwned(§)</script>"></object>'),
  markup('embed data:', '<embed src="data:text/html,<script>parent.__pwned(§)</script>">'),
  markup('form action', '<form action="javascript:__pwned(§)"><input type=submit value=Go></form>'),
  markup('button formaction', '<form><button formaction=javascript:__pwned(§)>Go</button></form>'),
  markup('link stylesheet', '<link rel="stylesheet" href="javascript:__pwned(§)">'),
  markup('link import', '<link rel="import" href="data:text/html,<script>__pwned(§)</script>">'),
  markup('table background', '<table background="javascript:__pwned(§)"><tr><td>x</td></tr></table>'),
  markup('raw link javascript:', '<a href="javascript:__pwned(§)">Read the full story</a>'),
  markup('raw link with target', '<a href="https://example.com" target="_blank" onclick="__pwned(§)">x</a>'),
  // CSS injection.
  markup('style element url', '<style>body{background:url("javascript:__pwned(§)")}</style>'),
  markup('style element expression', '<style>*{width:expression(__pwned(§))}</style>'),
  markup('style element import', '<style>@import "data:text/css,body{display:none}";</style>'),
  markup('style element hides the page', '<style>body{display:none!important}</style>'),
  markup('style attribute url', '<div style="background-image:url(javascript:__pwned(§))">x</div>'),
  markup('style attribute expression', '<div style="width:expression(__pwned(§))">x</div>'),
  markup('style attribute covers the page', '<a href="https://example.com" style="position:fixed;inset:0;z-index:99999">x</a>'),
  // Markdown-specific.
  markup('markdown link title breakout', '[read](https://example.com "t\\" onmouseover=\\"__pwned(§)")'),
  markup('markdown autolink breakout', '<https://example.com/" onmouseover="__pwned(§)>'),
  markup('markdown image onerror', '![x" onerror="__pwned(§)](x)'),
  markup('markdown reference javascript:', '[read][evil§]\n\n[evil§]: javascript:__pwned(§)'),
  markup('markdown html block', '<div>\n<script>__pwned(§)</script>\n</div>'),
  // Encodings that are only text.
  markup('url-encoded script', '%3Cscript%3E__pwned(§)%3C/script%3E'),
  markup('escaped JavaScript string', '\\u003cscript\\u003e__pwned(§)\\u003c/script\\u003e'),
  markup('full-width brackets', '＜script＞__pwned(§)＜/script＞'),
  markup('entity-encoded script', '&lt;script&gt;__pwned(§)&lt;/script&gt;')
]

/** The payload of vector `index` (0-based), numbered from 1. */
export function payloadOf(vector: InjectionVector, index: number): string {
  return vector.payload.replaceAll('§', String(index + 1))
}
