/**
 * Script in imported HTML (security-anchors §4.2.6, §5 row 22): whatever a Xerte file carries
 * in rich text, titles or media attributes, neither the module (editor HTML and preserved
 * original) nor the exported XML holds anything a browser or Xerte's player would run. The one
 * handler written is the exact x_navigateToPage page link.
 */
import { Parser } from 'htmlparser2';
import { BODY_FIELD, type NodeJson } from '@samenwijs/module-model';
import { exportXerte, importXerte, parseXml, type XmlElement } from '../src';

const VECTORS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<svg onload=alert(1)><script>alert(1)</script></svg>',
  '<a href="javascript:alert(1)">x</a>',
  '<a href="jav&#x09;ascript:alert(1)">x</a>',
  '<a href=" JaVaScRiPt:alert(1)">x</a>',
  '<a href="vbscript:msgbox(1)">x</a>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<iframe src="https://evil.example/"></iframe>',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '<object data="evil.swf"></object><embed src="evil.swf">',
  '<base href="https://evil.example/">',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<form action="javascript:alert(1)"><button formaction="javascript:alert(1)">x</button></form>',
  '<div style="background:url(javascript:alert(1))">x</div>',
  '<p style="width:expression(alert(1))">x</p>',
  '<p style="behavior:url(x.htc);-moz-binding:url(x.xml#y)">x</p>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
  `<a href="#" onclick="x_navigateToPage(false,{type:'linkID',ID:'PG1'}); alert(1)">look-alike</a>`,
  `<a href="#" data-page-link="x');alert(1);//">forged page link</a>`,
  `<img src="FileLocation + 'media/x.png' onerror=alert(1)">`,
  '<img src="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">',
  '<a href="data:text/html,<script>alert(1)</script>">x</a>',
  '<details open ontoggle=alert(1)>',
  '<video><source onerror=alert(1)></video>',
  '<body onload=alert(1)>',
  '<!--<img src=x onerror=alert(1)>-->',
];

const NAVIGATE = /^x_navigateToPage\(false,\{type:'linkID',ID:'[A-Za-z0-9_\-.:[\]]+'\}\); return false;$/;
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'data', 'poster', 'background', 'xlink:href', 'srcset', 'lowsrc', 'dynsrc']);
const FORBIDDEN_ELEMENTS = new Set(['script', 'object', 'embed', 'applet', 'base', 'meta', 'link', 'form', 'svg', 'math', 'frame', 'frameset', 'noscript', 'template', 'style']);
const VIDEO_HOST = /^https:\/\/(www\.)?(youtube\.com|youtube-nocookie\.com|player\.vimeo\.com|vimeo\.com)\//;

/** Everything executable a browser would find in `html` (empty = inert). */
function executable(html: string): string[] {
  const found: string[] = [];
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (FORBIDDEN_ELEMENTS.has(name)) found.push(`<${name}>`);
        if (name === 'iframe' && !VIDEO_HOST.test(attributes.src ?? '')) found.push(`<iframe src=${attributes.src}>`);
        for (const [key, value] of Object.entries(attributes)) {
          if (key.startsWith('on') && !(key === 'onclick' && NAVIGATE.test(value))) found.push(`${key}=${value}`);
          if (key === 'srcdoc') found.push('srcdoc');
          // eslint-disable-next-line no-control-regex
          const compact = value.replace(/[\u0000-\u0020\u007f-\u009f]+/g, '').toLowerCase();
          if (URL_ATTRIBUTES.has(key) && /^(javascript|vbscript|data:text|data:image\/svg)/.test(compact)) found.push(`${key}=${value}`);
          if (key === 'style' && /expression\(|javascript:|behavior|-moz-binding/i.test(value)) found.push(`style=${value}`);
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  return found;
}

function xmlHtmlValues(element: XmlElement, out: string[] = []): string[] {
  for (const [, value] of element.attributes) out.push(value);
  for (const child of element.children) {
    if (child.kind === 'text') out.push(child.text);
    else xmlHtmlValues(child, out);
  }
  return out;
}

function moduleHtmlValues(nodes: NodeJson[], out: string[] = []): string[] {
  for (const node of nodes) {
    for (const [, value] of node.attributes) out.push(value);
    for (const rich of Object.values(node.richText ?? {})) out.push(rich.html, rich.original?.html ?? '');
    moduleHtmlValues(node.children, out);
  }
  return out;
}

const attr = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

describe.each(VECTORS)('hostile HTML %s', (vector) => {
  const xml =
    `<?xml version="1.0"?><learningObject editorVersion="3" targetFolder="Nottingham" name="${attr(vector)}">` +
    `<text linkID="PG1" name="${attr(vector)}"><![CDATA[<p>before</p>${vector.replace(/]]>/g, '')}<p>after</p>]]></text>` +
    `<mcq linkID="PG2" name="q" prompt="${attr(vector)}"><option linkID="PG3" text="${attr(vector)}" feedback="${attr(vector)}"/></mcq>` +
    `<textGraphics linkID="PG4" name="g" url="${attr(vector)}"><![CDATA[${vector}]]></textGraphics>` +
    `</learningObject>`;

  it('is removed from the module and from the exported XML, and reported', () => {
    const { module, report } = importXerte(xml);
    for (const value of moduleHtmlValues(module.pages).concat(module.attributes.map(([, v]) => v))) expect(executable(value)).toEqual([]);
    const { xml: out } = exportXerte(module);
    for (const value of xmlHtmlValues(parseXml(out).root)) expect(executable(value)).toEqual([]);
    expect(report.security.length + report.droppedAttributes.length).toBeGreaterThan(0);
    // The text around the attack survives (unless the attack opened a removed container, as the <math><style> one does).
    expect(module.pages[0].richText![BODY_FIELD].original!.html).toContain('before');
    if (!vector.startsWith('<math>')) expect(module.pages[0].richText![BODY_FIELD].original!.html).toContain('after');
  });
});
