import { BODY_FIELD, type ModuleJson, type NodeJson } from '@samenwijs/module-model';
import { compareXml, explainDifferences, exportXerte, importXerte, parseXml, type XmlElement } from '../src';

const ids = (): (() => string) => {
  let n = 1000;
  return () => `PGtest${n++}`;
};

const LO = (inner: string, attrs = ''): string =>
  `<?xml version="1.0"?>\n<learningObject editorVersion="3" targetFolder="Nottingham" name="T" language="nl-NL"${attrs}>${inner}</learningObject>`;

const roundTrip = (xml: string) => {
  const imported = importXerte(xml, { newLinkId: ids() });
  const exported = exportXerte(imported.module, { newLinkId: ids() });
  return { ...imported, xml: exported.xml, exportReport: exported.report, differences: explainDifferences(compareXml(xml, exported.xml), imported.report) };
};

const attr = (node: { attributes: [string, string][] }, name: string): string | undefined => node.attributes.find(([n]) => n === name)?.[1];

describe('import: XML → module', () => {
  it('lifts rich text (CDATA bodies and attribute HTML) and keeps everything else raw and in order', () => {
    const xml = LO(
      `<text linkID="PG1" name="Intro" textWidth="narrow" extra="kept"><![CDATA[<p>Hello <b>world</b></p>]]></text>` +
        `<mcq linkID="PG2" name="Q" instruction="&lt;p&gt;Pick&lt;/p&gt;" prompt="&lt;p&gt;Which?&lt;/p&gt;" type="Single Answer">` +
        `<option linkID="PG3" name="A" text="&lt;p&gt;a&lt;/p&gt;" feedback="&lt;p&gt;yes&lt;/p&gt;" correct="true"/></mcq>`,
    );
    const { module, report, differences } = roundTrip(xml);
    expect(differences).toEqual([]);
    expect(report.pageCount).toBe(2);
    expect(report.pageTypes).toEqual({ text: 1, mcq: 1 });
    const [text, mcq] = module.pages;
    expect(text.attributes).toEqual([
      ['linkID', 'PG1'],
      ['name', 'Intro'],
      ['textWidth', 'narrow'],
      ['extra', 'kept'],
    ]);
    expect(text.richText![BODY_FIELD].html).toBe('<p>Hello <strong>world</strong></p>');
    expect(text.richText![BODY_FIELD].original).toEqual({ html: '<p>Hello <b>world</b></p>', editorHtml: '<p>Hello <strong>world</strong></p>' });
    expect(Object.keys(mcq.richText!)).toEqual(['instruction', 'prompt']);
    expect(attr(mcq, 'instruction')).toBeUndefined();
    expect(mcq.children[0].richText!.feedback.html).toBe('<p>yes</p>');
    expect(attr(mcq.children[0], 'correct')).toBe('true');
  });

  it('keeps a youtube embed body raw, never sanitised', () => {
    const body = '<iframe width="560" src="https://www.youtube.com/embed/x" onload="x()"></iframe>';
    const { module, differences } = roundTrip(LO(`<youtube linkID="PG1" name="V"><![CDATA[${body}]]></youtube>`));
    expect(module.pages[0].body).toBe(body);
    expect(module.pages[0].richText?.[BODY_FIELD]).toBeUndefined();
    expect(differences).toEqual([]);
  });

  it('keeps unknown page types and unknown sub-elements verbatim, and reports them', () => {
    const xml = LO(
      `<wiki linkID="PG1" name="&lt;b onclick=&quot;x()&quot;&gt;W&lt;/b&gt;" text="&lt;script&gt;raw&lt;/script&gt;" url="'+alert(1)+'"><thing a="1"><![CDATA[<script>kept</script>]]></thing></wiki>` +
        `<mcq linkID="PG2" name="Q"><mystery linkID="PG3" text="&lt;p onclick=&quot;y()&quot;&gt;&lt;/p&gt;"/></mcq>`,
    );
    const { module, report, differences } = roundTrip(xml);
    expect(differences).toEqual([]);
    expect(report.unknownPageTypes).toEqual(['wiki']);
    expect(report.unknownElements).toEqual({ mystery: 1 });
    const wiki = module.pages[0];
    expect(wiki.richText).toBeUndefined();
    expect(attr(wiki, 'text')).toBe('<script>raw</script>');
    expect(attr(wiki, 'url')).toBe("'+alert(1)+'");
    expect(wiki.children[0]).toEqual({ type: 'thing', attributes: [['a', '1']], body: '<script>kept</script>', children: [] });
  });

  it('resolves a sub-item as its parent declares it: morphImages > hotspot is a zoom region, dragDropLabel > hotspot a label', () => {
    const hotspot = (id: string): string => `<hotspot linkID="${id}" name="&lt;b onclick=&quot;x()&quot;&gt;Z&lt;/b&gt;" text="&lt;p&gt;t&lt;/p&gt;" x="1" y="2" w="3" h="4"/>`;
    const xml = LO(
      `<morphImages linkID="PG1" name="M" text="&lt;p&gt;m&lt;/p&gt;" url="FileLocation + 'media/a.jpg'" url2="javascript:alert(1)">${hotspot('PG2')}</morphImages>` +
        `<dragDropLabel linkID="PG3" name="D" text="&lt;p&gt;d&lt;/p&gt;">${hotspot('PG4')}</dragDropLabel>` +
        `<chapter linkID="PG5" name="C"><morphImages linkID="PG6" name="M2">${hotspot('PG7')}</morphImages></chapter>`,
    );
    const { module, report, differences } = roundTrip(xml);
    expect(report.unknownPageTypes).toEqual([]);
    expect(report.unknownElements).toEqual({});
    const [morph, labels, chapter] = module.pages;
    expect(Object.keys(morph.richText!)).toEqual(['text']);
    expect(attr(morph, 'url2')).toBeUndefined(); // a media attribute of the page: checked, dropped
    // The zoom region declares no `text`: it stays a raw attribute; its name is an HTML one-liner made safe.
    for (const zoom of [morph.children[0], chapter.children[0].children[0]]) {
      expect(zoom.richText).toBeUndefined();
      expect(attr(zoom, 'text')).toBe('<p>t</p>');
      expect(attr(zoom, 'name')).toBe('<b>Z</b>');
    }
    // The labelled hotspot lifts its text.
    expect(labels.children[0].richText!.text.html).toBe('<p>t</p>');
    expect(attr(labels.children[0], 'text')).toBeUndefined();
    expect(differences.map((d) => d.path).sort()).toEqual([
      '/learningObject/chapter[1]/morphImages[1]/hotspot[1]@name',
      '/learningObject/dragDropLabel[1]/hotspot[1]@name',
      '/learningObject/morphImages[1]/hotspot[1]@name',
      '/learningObject/morphImages[1]@url2',
    ]);
    expect(differences.every((d) => d.reason?.startsWith('security'))).toBe(true);
  });

  it('keeps a known sub-item its parent does not declare verbatim, as an unknown element', () => {
    const xml = LO(`<nav linkID="PG1" name="N"><option linkID="PG2" text="&lt;p onclick=&quot;y()&quot;&gt;o&lt;/p&gt;"/></nav>`);
    const { module, report, differences } = roundTrip(xml);
    expect(differences).toEqual([]);
    expect(report.unknownElements).toEqual({ option: 1 });
    expect(module.pages[0].children[0]).toEqual({ type: 'option', attributes: [['linkID', 'PG2'], ['text', '<p onclick="y()">o</p>']], children: [] });
  });

  it('converts Xerte links and media in rich text for the editor, and back on export', () => {
    const xml = LO(
      `<text linkID="PG1" name="A"><![CDATA[<p><a href="#" onclick="x_navigateToPage(false,{type:'linkID',ID:'PG2'}); return false;">next</a> <img alt="" src="FileLocation + 'media/a b.png'" /></p>]]></text>` +
        `<text linkID="PG2" name="B"><![CDATA[<p>b</p>]]></text>`,
    );
    const { module, differences, xml: out } = roundTrip(xml);
    expect(differences).toEqual([]);
    const rich = module.pages[0].richText![BODY_FIELD];
    expect(rich.html).toContain('<a href="#PG2" data-page-link="PG2">next</a>');
    expect(rich.html).toContain('src="media/a b.png"');
    expect(rich.original!.html).toContain('data-page-link="PG2"');
    expect(out).toContain(`onclick="x_navigateToPage(false,{type:'linkID',ID:'PG2'}); return false;"`);
    expect(out).toContain(`src="FileLocation + 'media/a b.png'"`);
  });

  it('exports edited rich text from the editor HTML, in Xerte form', () => {
    const { module } = roundTrip(LO(`<text linkID="PG1" name="A"><![CDATA[<p>old</p>]]></text>`));
    module.pages[0].richText![BODY_FIELD].html = '<p>new <a href="#PG1" data-page-link="PG1">self</a> <img src="media/x.png" alt="x"></p>';
    const { xml } = exportXerte(module);
    const text = parseXml(xml).root.children[0] as XmlElement;
    expect(text.children[0]).toEqual({
      kind: 'text',
      cdata: true,
      text: `<p>new <a href="#" onclick="x_navigateToPage(false,{type:'linkID',ID:'PG1'}); return false;">self</a> <img src="FileLocation + 'media/x.png'" alt="x"></p>`,
    });
  });

  it('removes script from rich text and titles, reports it, and says so in the differences', () => {
    const xml = LO(
      `<text linkID="PG1" name="&lt;b onmouseover=&quot;steal()&quot;&gt;Title&lt;/b&gt;"><![CDATA[<p onclick="evil()">Hi<script>alert(1)</script><img src="x" onerror="alert(2)"><a href="javascript:alert(3)">j</a></p>]]></text>`,
    );
    const { module, report, differences, xml: out } = roundTrip(xml);
    for (const bad of ['<script', 'onerror', 'onclick', 'onmouseover', 'javascript:', 'alert', 'steal', 'evil']) expect(out).not.toContain(bad);
    expect(attr(module.pages[0], 'name')).toBe('<b>Title</b>');
    const original = module.pages[0].richText![BODY_FIELD].original!.html;
    expect(original).toBe('<p>Hi<img src="x"><a>j</a></p>');
    expect(report.security.map((s) => [s.path, s.field])).toEqual([
      ['/learningObject/text[1]', '@name'],
      ['/learningObject/text[1]', 'text()'],
    ]);
    expect(differences.map((d) => [d.path, d.kind])).toEqual([
      ['/learningObject/text[1]@name', 'attribute-changed'],
      ['/learningObject/text[1]/text()', 'text-changed'],
    ]);
    expect(differences.every((d) => d.reason?.startsWith('security: removed'))).toBe(true);
    expect(differences[1].reason).toMatch(/element <script>.*attribute onerror/);
  });

  it('keeps an x_navigateToPage link in a title exactly as it was', () => {
    const name = `<a href="#" onclick="x_navigateToPage(false,{type:'linkID',ID:'PG1'}); return false;"><span style="color:#fff">◄ Menu</span></a>`;
    const { module, differences } = roundTrip(LO(`<text linkID="PG1" name="x"><![CDATA[]]></text>`, ` homePage="PG1"`).replace('name="T"', `name="${name.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')}"`));
    expect(attr(module, 'name')).toBe(name);
    expect(differences).toEqual([]);
  });

  it.each([
    ["'+alert(1)+'", 'script expression'],
    ["FileLocation + 'media/x.png' + alert(1)", 'script expression'],
    ["FileLocation + 'media/../../../etc/passwd'", 'escapes media/'],
    ['javascript:alert(1)', 'javascript: URL'],
    ['  JaVaScRiPt:alert(1)', 'javascript: URL'],
    ['data:text/html,<script>alert(1)</script>', 'URL'],
    ['"><img src=x onerror=alert(1)>', 'characters'],
  ])('drops a media attribute Xerte would evaluate: %s', (value, reason) => {
    const escaped = value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
    const xml = LO(`<textGraphics linkID="PG1" name="G" url="${escaped}" tip="t"><![CDATA[<p>x</p>]]></textGraphics>`);
    const { module, report, xml: out, differences } = roundTrip(xml);
    expect(attr(module.pages[0], 'url')).toBeUndefined();
    expect(report.droppedAttributes).toEqual([{ path: '/learningObject/textGraphics[1]', attribute: 'url', value: expect.any(String), reason: expect.stringContaining(reason) }]);
    expect(out).not.toContain('alert');
    expect(differences).toEqual([{ path: '/learningObject/textGraphics[1]@url', kind: 'attribute-removed', detail: expect.any(String), reason: expect.stringMatching(/^security: attribute dropped/) }]);
  });

  it.each([
    "FileLocation + 'media/photo.jpg'",
    "FileLocation + '/media/xerte3_demo.mp4'",
    "FileLocation + 'media/Drug_Awareness__Depressants,_Hallucinogens_And_Stimulants.mp4'",
    "FileLocation + 'media/alg%201%20ex1.png'",
    'https://example.org/video.mp4',
    'Select an Image',
    'media/relative.png',
    '',
  ])('keeps an acceptable media attribute exactly: %s', (value) => {
    const xml = LO(`<textGraphics linkID="PG1" name="G" url="${value}" tip="t"><![CDATA[<p>x</p>]]></textGraphics>`);
    const { module, differences } = roundTrip(xml);
    expect(attr(module.pages[0], 'url')).toBe(value);
    expect(differences).toEqual([]);
  });

  it('validates the root media attributes too', () => {
    const { module, report } = roundTrip(LO('', ` ic="'+alert(1)+'" stylesheet="FileLocation + 'media/s.css'"`));
    expect(attr(module, 'ic')).toBeUndefined();
    expect(attr(module, 'stylesheet')).toBe("FileLocation + 'media/s.css'");
    expect(report.droppedAttributes[0].path).toBe('/learningObject');
  });

  it('gives every node a unique linkID', () => {
    const xml = LO(`<text name="a"><![CDATA[]]></text><text linkID="PG1" name="b"><![CDATA[]]></text><text linkID="PG1" name="c"><![CDATA[]]></text>`);
    const { module, report, differences } = roundTrip(xml);
    expect(module.pages.map((p) => attr(p, 'linkID'))).toEqual(['PGtest1000', 'PG1', 'PGtest1001']);
    expect(report.repairs).toMatchObject({ missing_link_id: 1, duplicate_link_id: 1 });
    expect(differences.map((d) => [d.path, d.kind, d.reason])).toEqual([
      ['/learningObject/text[1]@linkID', 'attribute-added', expect.stringContaining('linkID')],
      ['/learningObject/text[3]@linkID', 'attribute-changed', expect.stringContaining('duplicate')],
    ]);
  });

  it('counts pages inside chapters', () => {
    const xml = LO(`<chapter linkID="C1" name="Ch"><text linkID="PG1" name="a"><![CDATA[<p>x</p>]]></text><mcq linkID="PG2" name="q"/></chapter><text linkID="PG3" name="b"><![CDATA[]]></text>`);
    const { module, report, differences } = roundTrip(xml);
    expect(report.pageCount).toBe(3);
    expect(report.chapterCount).toBe(1);
    expect(module.pages[0].children[0].richText![BODY_FIELD].html).toBe('<p>x</p>');
    expect(differences).toEqual([]);
  });

  it('turns pre-Xerte-3 line breaks into <br /> and writes editorVersion="3"', () => {
    const xml = `<learningObject name="Old" targetFolder="Nottingham"><text linkID="PG1" name="a"><![CDATA[line one\nline two]]></text></learningObject>`;
    const { module, report, xml: out, differences } = roundTrip(xml);
    expect(module.pages[0].richText![BODY_FIELD].original!.html).toBe('line one<br>line two');
    expect(report.repairs.legacy_line_breaks).toBe(1);
    expect(out.startsWith('<?xml version="1.0"?>\n<learningObject editorVersion="3" name="Old" targetFolder="Nottingham">')).toBe(true);
    expect(differences.map((d) => d.path)).toEqual(['/learningObject@editorVersion', '/learningObject/text[1]/text()']);
    expect(differences.every((d) => d.reason)).toBe(true);
  });
});

describe('export: module → XML in Xerte’s own form', () => {
  const module = (): ModuleJson => ({
    format: 'samenwijs-module/1',
    attributes: [
      ['name', 'Mijn "module" & meer'],
      ['styles', '.a {\n\tcolor: red;\n}'],
    ],
    pages: [
      {
        type: 'text',
        attributes: [['name', 'Tekst']],
        richText: { body: { html: '<p>a]]>b</p>' } },
        children: [],
      } as NodeJson,
      { type: 'youtube', attributes: [['linkID', 'PG5'], ['name', 'V']], body: 'x]]>y', children: [] },
      { type: 'mcq', attributes: [['linkID', 'PG6'], ['name', 'Q']], richText: { prompt: { html: '<p>1 < 2 & "ok"</p>' } }, children: [{ type: 'option', attributes: [['linkID', 'PG5']], children: [] }] },
    ],
  });

  it('writes the declaration, the ensured root attributes, escapes and a CDATA first child', () => {
    const { xml, report } = exportXerte(module(), { newLinkId: ids() });
    expect(xml).toBe(
      '<?xml version="1.0"?>\n' +
        '<learningObject editorVersion="3" targetFolder="Nottingham" name="Mijn &quot;module&quot; &amp; meer" styles=".a {&#10;&#9;color: red;&#10;}">' +
        '<text linkID="PGtest1000" name="Tekst"><![CDATA[<p>a]]&gt;b</p>]]></text>' +
        '<youtube linkID="PG5" name="V"><![CDATA[x]]]]><![CDATA[>y]]></youtube>' +
        '<mcq linkID="PG6" name="Q" prompt="&lt;p&gt;1 &amp;lt; 2 &amp;amp; &quot;ok&quot;&lt;/p&gt;"><option linkID="PGtest1001"/></mcq>' +
        '</learningObject>\n',
    );
    expect(report.linkIdsAssigned).toBe(2);
  });

  it('writes an empty CDATA for a rich-body page without a body (the player reads childNodes[0])', () => {
    const { xml } = exportXerte({ format: 'samenwijs-module/1', attributes: [], pages: [{ type: 'text', attributes: [['linkID', 'PG1']], children: [] }] });
    expect(xml).toContain('<text linkID="PG1"><![CDATA[]]></text>');
  });

  it('never writes what could run in the player, even from a hand-made module', () => {
    const hostile: ModuleJson = {
      format: 'samenwijs-module/1',
      attributes: [['ic', "'+alert(1)+'"], ['name', '<img src=x onerror=alert(2)>']],
      pages: [
        {
          type: 'text',
          attributes: [['linkID', 'PG1'], ['name', 'x']],
          richText: { body: { html: '<p>x</p>', original: { html: '<p>x</p><script>alert(3)</script>', editorHtml: '<p>x</p>' } } },
          children: [],
        },
        { type: 'textGraphics', attributes: [['linkID', 'PG2'], ['url', 'javascript:alert(4)']], children: [] },
      ],
    };
    const { xml, report } = exportXerte(hostile);
    expect(xml).not.toMatch(/alert|onerror|<script/);
    expect(report.droppedAttributes.map((d) => d.attribute)).toEqual(['ic', 'url']);
    expect(report.security.length).toBe(2);
  });

  it('refuses names that are not XML names', () => {
    expect(() => exportXerte({ format: 'samenwijs-module/1', attributes: [['a b', 'x']], pages: [] })).toThrow(/not a valid XML name/);
    expect(() => exportXerte({ format: 'samenwijs-module/1', attributes: [], pages: [{ type: 'text><x', attributes: [], children: [] }] })).toThrow(/not a valid XML name/);
  });
});

describe('compareXml', () => {
  it('ignores attribute order, whitespace between elements, escaping and CDATA vs text', () => {
    const a = `<learningObject b="1" a="x&#10;y"><text linkID="P" name="&#233;"><![CDATA[<p>a &amp; b</p>]]></text></learningObject>`;
    const b = `<?xml version="1.0"?>\n<learningObject a="x&#xA;y" b='1'>\n  <text name="é" linkID="P">&lt;p&gt;a &amp;amp; b&lt;/p&gt;</text>\n</learningObject>\n`;
    expect(compareXml(a, b)).toEqual([]);
  });

  it('compares rich text as canonical HTML', () => {
    const a = LO(`<mcq linkID="P" prompt="&lt;p style=&quot;color:red&quot;&gt;x&amp;nbsp;&lt;br /&gt;&lt;/p&gt;"/>`);
    const b = LO(`<mcq linkID="P" prompt="&lt;p style=&quot;color: red;&quot;&gt;x&amp;#160;&lt;br&gt;&lt;/p&gt;"/>`);
    expect(compareXml(a, b)).toEqual([]);
    const c = LO(`<mcq linkID="P" prompt="&lt;p&gt;y&lt;/p&gt;"/>`);
    expect(compareXml(a, c)).toEqual([{ path: '/learningObject/mcq[1]@prompt', kind: 'attribute-changed', detail: expect.stringMatching(/^HTML differs/) }]);
  });

  it('names each difference by path', () => {
    const a = LO(`<mcq linkID="A"/><mcq linkID="B"><option linkID="O1" feedback="&lt;p&gt;x&lt;/p&gt;"/><option linkID="O2"/></mcq><text linkID="T"><![CDATA[a]]></text>`);
    const b = LO(`<mcq linkID="A"/><mcq linkID="B" added="1"><option linkID="O1" feedback="&lt;p&gt;y&lt;/p&gt;"/></mcq><text linkID="T"><![CDATA[b]]></text><text linkID="U"/>`);
    expect(compareXml(a, b).map((d) => `${d.kind} ${d.path}`)).toEqual([
      'attribute-added /learningObject/mcq[2]@added',
      'attribute-changed /learningObject/mcq[2]/option[1]@feedback',
      'element-removed /learningObject/mcq[2]/option[2]',
      'text-changed /learningObject/text[1]/text()',
      'element-added /learningObject/text[2]',
    ]);
  });

  it('aligns children by linkID, so an inserted page is one difference', () => {
    const pages = (ids: string[]) => LO(ids.map((id) => `<text linkID="${id}"><![CDATA[${id}]]></text>`).join(''));
    expect(compareXml(pages(['A', 'B', 'C']), pages(['A', 'X', 'B', 'C'])).map((d) => `${d.kind} ${d.path}`)).toEqual(['element-added /learningObject/text[2]']);
  });
});
