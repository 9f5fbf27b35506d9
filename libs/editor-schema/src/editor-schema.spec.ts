import {
  docToHtml,
  docToText,
  editorSchema,
  htmlToDoc,
  isEmptyDoc,
  safeOriginalHtml,
  sanitizeHtml,
  type DocJson,
  type SanitizeReport,
} from './index';

function removed(report: SanitizeReport): Record<string, number> {
  return Object.fromEntries(report.removed.map((entry) => [entry.what, entry.count]));
}

describe('editorSchema', () => {
  it('holds the nodes and marks of Xerte/CKEditor rich text, and nothing is built from a DOM', () => {
    expect(Object.keys(editorSchema.nodes).sort()).toEqual(
      [
        'blockquote', 'bulletList', 'codeBlock', 'doc', 'hardBreak', 'heading', 'horizontalRule', 'image', 'listItem',
        'orderedList', 'paragraph', 'table', 'tableCell', 'tableHeader', 'tableRow', 'text', 'videoEmbed',
      ].sort(),
    );
    expect(Object.keys(editorSchema.marks).sort()).toEqual(
      ['bold', 'code', 'italic', 'link', 'strike', 'subscript', 'superscript', 'underline'].sort(),
    );
    expect(Object.keys(editorSchema.marks.link.spec.attrs ?? {})).toEqual(['href', 'target', 'pageLink']);
    expect(typeof (globalThis as { document?: unknown }).document).toBe('undefined');
  });
});

describe('sanitizeHtml: HTML to canonical editor HTML', () => {
  // [input, canonical output]
  const cases: [string, string][] = [
    ['', ''],
    ['   \n ', ''],
    ['plain text', '<p>plain text</p>'],
    ['<p>Hello <b>bold</b> <strong>strong</strong></p>', '<p>Hello <strong>bold</strong> <strong>strong</strong></p>'],
    ['<p><i>i</i><em>em</em><u>u</u><s>s</s><strike>st</strike><del>d</del></p>', '<p><em>iem</em><u>u</u><s>sstd</s></p>'],
    ['<p>H<sub>2</sub>O x<sup>2</sup> <code>a()</code></p>', '<p>H<sub>2</sub>O x<sup>2</sup> <code>a()</code></p>'],
    ['<p><b>a<i>b</i></b><i>c</i></p>', '<p><strong>a<em>b</em></strong><em>c</em></p>'],
    ['<h1>One</h1><h3 align="center">Three</h3><h6>Six</h6>', '<h1>One</h1><h3 style="text-align: center">Three</h3><h6>Six</h6>'],
    ['<p style="text-align: justify; color: red">x</p>', '<p style="text-align: justify">x</p>'],
    ['<p style="text-align:middle">x</p>', '<p>x</p>'],
    ['<center>c</center><div align="right"><p>r</p></div>', '<p style="text-align: center">c</p><p style="text-align: right">r</p>'],
    ['<p>a  b\n\tc </p>', '<p>a b c</p>'],
    ['<p> lead<br>  after </p>', '<p>lead<br>after</p>'],
    ['<p>&nbsp;</p>', '<p>&nbsp;</p>'],
    ['<p></p><p>x</p>', '<p></p><p>x</p>'],
    ['<p>1 &lt; 2 &amp; 3 &gt; 2 "q"</p>', '<p>1 &lt; 2 &amp; 3 &gt; 2 "q"</p>'],
    ['a<div>b</div>c', '<p>a</p><p>b</p><p>c</p>'],
    ['<span style="font-weight: bold">b</span><span style="font-style:italic">i</span><span style="text-decoration: underline">u</span>', '<p><strong>b</strong><em>i</em><u>u</u></p>'],
    ['<b style="font-weight:normal" id="docs-internal-guid-1">not bold</b>', '<p>not bold</p>'],
    ['<font color="red" face="Arial">red</font>', '<p>red</p>'],
    ['<ul><li>a</li><li><p>b</p><ul><li>c</li></ul></li></ul>', '<ul><li><p>a</p></li><li><p>b</p><ul><li><p>c</p></li></ul></li></ul>'],
    ['<ol start="3" type="a"><li>x</li></ol><ol type="1"><li>y</li></ol>', '<ol start="3" type="a"><li><p>x</p></li></ol><ol><li><p>y</p></li></ol>'],
    ['<ul><li>a</li><ul><li>nested</li></ul></ul>', '<ul><li><p>a</p><ul><li><p>nested</p></li></ul></li></ul>'],
    ['<li>stray</li>', '<ul><li><p>stray</p></li></ul>'],
    ['<ul><li><ul><li>x</li></ul></li></ul>', '<ul><li><p></p><ul><li><p>x</p></li></ul></li></ul>'],
    ['<blockquote>quoted</blockquote>', '<blockquote><p>quoted</p></blockquote>'],
    ['<hr/><pre>\n  a &lt;b&gt;\n<b>c</b><br>d</pre>', '<hr><pre><code>  a &lt;b&gt;\nc\nd</code></pre>'],
    ['<pre><code class="language-js">x()</code></pre>', '<pre><code class="language-js">x()</code></pre>'],
    ['<p>a<br/>b</p>', '<p>a<br>b</p>'],
    [
      '<table border="1" cellpadding="2"><caption>Cap</caption><thead><tr><th scope="col">H</th></tr></thead><tbody><tr><td colspan="2" rowspan="3" style="text-align:center">C</td></tr></tbody></table>',
      '<p>Cap</p><table><tbody><tr><th><p>H</p></th></tr><tr><td colspan="2" rowspan="3" style="text-align: center"><p>C</p></td></tr></tbody></table>',
    ],
    ['<table><tr><td></td></tr><tr></tr></table>', '<table><tbody><tr><td><p></p></td></tr></tbody></table>'],
    ['<table></table>', ''],
    ['<td>loose cell</td>', '<p>loose cell</p>'], // as in browsers: a cell outside a table is text
    ['<p><img src="media/photo.jpg" alt="A photo" title="T" width="300" height="200px"></p>', '<p><img src="media/photo.jpg" alt="A photo" title="T" width="300" height="200"></p>'],
    ['<img src="media/a%201.png" alt="" style="width: 50%; float: left">', '<p><img src="media/a%201.png" alt="" width="50%"></p>'],
    ['<img src="data:image/png;base64,iVBORw0KGgo=">', '<p><img src="data:image/png;base64,iVBORw0KGgo="></p>'],
    ['<img src="https://example.org/a.gif">', '<p><img src="https://example.org/a.gif"></p>'],
    ['<img src="data:image/svg+xml;base64,PHN2Zz4=">', ''],
    ['<img alt="no source">', ''],
    ['<a href="https://example.org/a?b=1&amp;c=2">x</a>', '<p><a href="https://example.org/a?b=1&amp;c=2">x</a></p>'],
    ['<a href="media/doc.pdf" target="_blank" rel="nofollow">pdf</a>', '<p><a href="media/doc.pdf" target="_blank" rel="noopener noreferrer">pdf</a></p>'],
    ['<a href="mailto:a@b.nl">m</a> <a href="tel:+31201234567">t</a> <a href="#top">f</a>', '<p><a href="mailto:a@b.nl">m</a> <a href="tel:+31201234567">t</a> <a href="#top">f</a></p>'],
    ['<a href="x.html" target="_self">s</a>', '<p><a href="x.html">s</a></p>'],
    ['<a href="#PG123" data-page-link="PG123">page</a>', '<p><a href="#PG123" data-page-link="PG123">page</a></p>'],
    ['<a data-page-link="PG9" href="#" target="_blank">page</a>', '<p><a href="#PG9" data-page-link="PG9">page</a></p>'],
    ['<a name="anchor">a</a>', '<p>a</p>'],
    ['<a href="https://x.nl"><b>bold link</b> <img src="media/i.png"></a>', '<p><a href="https://x.nl"><strong>bold link</strong> <img src="media/i.png"></a></p>'],
    ['<code><b>c</b></code>', '<p><code>c</code></p>'],
    ['<iframe src="https://www.youtube.com/embed/abc" width="560" height="315" frameborder="0" allowfullscreen></iframe>', '<iframe src="https://www.youtube.com/embed/abc" width="560" height="315" frameborder="0" allowfullscreen></iframe>'],
    ['<iframe src="//player.vimeo.com/video/1"></iframe>', '<iframe src="https://player.vimeo.com/video/1" frameborder="0" allowfullscreen></iframe>'],
    ['<iframe src="http://www.youtube-nocookie.com/embed/x"></iframe>', '<iframe src="https://www.youtube-nocookie.com/embed/x" frameborder="0" allowfullscreen></iframe>'],
    ['<p>before<iframe src="https://vimeo.com/1"></iframe>after</p>', '<p>before</p><iframe src="https://vimeo.com/1" frameborder="0" allowfullscreen></iframe><p>after</p>'],
    ['<iframe src="https://evil.example/embed"></iframe>', ''],
    ['<p>keep <button onclick="go()">button text</button></p>', '<p>keep button text</p>'],
    ['<p>a<o:p></o:p>b<abbr title="x">c</abbr></p>', '<p>abc</p>'],
    ['<html><body><p>doc</p></body></html>', '<p>doc</p>'],
    ['<p>Atribuição: <nome_da_variável> = <expressão></p>', '<p>Atribuição: =</p>'],
    ['<p><nome_da_variável>x</nome_da_variável> <a_b>y</a_b></p>', '<p>x y</p>'],
    ['<form action="/x"><p>a</p></form><p>b</p>', '<p>a</p><p>b</p>'],
    // A page link on any element (the Xerte importer writes it for `<button onclick="x_navigateToPage(…)">`).
    ['<p><button class="ui-button" data-page-link="PG1">Go <b>on</b></button></p>', '<p><a href="#PG1" data-page-link="PG1">Go <strong>on</strong></a></p>'],
    ['<span data-page-link=" PG2 ">a</span>b', '<p><a href="#PG2" data-page-link="PG2">a</a>b</p>'],
    ['<h2 data-page-link="PG3">Title</h2><div data-page-link="PG4"><p>x</p><ul><li>y</li></ul></div>', '<h2><a href="#PG3" data-page-link="PG3">Title</a></h2><p><a href="#PG4" data-page-link="PG4">x</a></p><ul><li><p><a href="#PG4" data-page-link="PG4">y</a></p></li></ul>'],
    ['<img src="media/a.png" data-page-link="PG5">', '<p><a href="#PG5" data-page-link="PG5"><img src="media/a.png"></a></p>'],
    ['<a href="https://x.nl">out <span data-page-link="PG6">in</span></a>', '<p><a href="https://x.nl">out </a><a href="#PG6" data-page-link="PG6">in</a></p>'],
    ['<span data-page-link="no spaces allowed">x</span><pre data-page-link="PG7">code</pre><hr data-page-link="PG8">', '<p>x</p><pre><code>code</code></pre><hr>'],
    [
      '<ul><li data-page-link="PG9">item</li></ul><table><tbody data-page-link="PG10"><tr><td>a</td><td data-page-link="PG11">b</td></tr><tr data-page-link="PG12"><th>c</th></tr></tbody></table>',
      '<ul><li><p><a href="#PG9" data-page-link="PG9">item</a></p></li></ul><table><tbody><tr><td><p><a href="#PG10" data-page-link="PG10">a</a></p></td><td><p><a href="#PG11" data-page-link="PG11">b</a></p></td></tr><tr><th><p><a href="#PG12" data-page-link="PG12">c</a></p></th></tr></tbody></table>',
    ],
  ];

  it.each(cases)('%j → %j', (input, expected) => {
    const { html } = sanitizeHtml(input);
    expect(html).toBe(expected);
    expect(sanitizeHtml(html).html).toBe(html);
    expect(sanitizeHtml(html).report.removed).toEqual([]);
  });
});

describe('the sanitize report', () => {
  it('counts what was removed, with one example each, in order of first occurrence', () => {
    const { report } = sanitizeHtml(
      '<p class="a" style="color:red" onclick="x()">1</p><p style="color:blue" id="i">2</p>' +
        '<script>alert(1)</script><a href="javascript:alert(1)">j</a><span dir="ltr">s</span><!-- note -->',
    );
    expect(report.removed).toEqual([
      { what: 'attribute class', count: 1, example: 'class="a"' },
      { what: 'style', count: 2, example: 'color:red' },
      { what: 'attribute onclick', count: 1, example: 'onclick="x()"' },
      { what: 'attribute id', count: 1, example: 'id="i"' },
      { what: 'element <script>', count: 1 },
      { what: 'unsafe url in href', count: 1, example: 'javascript:alert(1)' },
      { what: 'tag <span>', count: 1 },
      { what: 'attribute dir', count: 1, example: 'dir="ltr"' },
      { what: 'comment', count: 1, example: 'note' },
    ]);
  });

  it('does not report what the document keeps in another form', () => {
    const { report } = sanitizeHtml(
      '<p style="text-align:center" align="center">a</p><span style="font-weight:bold">b</span>' +
        '<img src="a.png" style="width:10px;height:20px"><a href="x" rel="nofollow" target="_blank">l</a>' +
        '<table><tbody><tr><td colspan="2" align="left">c</td></tr></tbody></table>' +
        '<iframe src="https://www.youtube.com/embed/x" frameborder="0" allowfullscreen allow="autoplay"></iframe>',
    );
    expect(report.removed).toEqual([{ what: 'tag <span>', count: 1 }]);
  });

  it('reports a page link it could not keep, but not one it kept', () => {
    expect(removed(sanitizeHtml('<button class="b" data-page-link="PG1">go</button>').report)).toEqual({ 'tag <button>': 1, 'attribute class': 1 });
    expect(removed(sanitizeHtml('<span data-page-link="bad id">x</span><pre data-page-link="PG1">c</pre>').report)).toEqual({
      'tag <span>': 1,
      'attribute data-page-link': 2,
    });
  });

  it('reports a form and its attributes, and tags nested too deeply', () => {
    expect(sanitizeHtml('<form action="/x" method="post"><p>a</p></form>').report.removed).toEqual([
      { what: 'tag <form>', count: 1 },
      { what: 'attribute action', count: 1, example: 'action="/x"' },
      { what: 'attribute method', count: 1, example: 'method="post"' },
    ]);
    const deep = '<div><b>'.repeat(200);
    // 128 kept `<div>`s are unwrapped as usual; 72 of each are past the depth limit.
    expect(removed(sanitizeHtml(`${deep}x`).report)).toEqual({ 'tag <div>': 200, 'tag <b>': 72 });
    expect(sanitizeHtml(`${deep}x`).report.removed[0]).toEqual({ what: 'tag <div>', count: 200, example: 'nested too deeply' });
    expect(removed(safeOriginalHtml(`${deep}x`).report)).toEqual({ 'tag <div>': 72, 'tag <b>': 72 });
  });

  it('truncates long examples', () => {
    const { report } = sanitizeHtml(`<p style="${'color:red;'.repeat(50)}">x</p>`);
    expect(report.removed[0].example).toHaveLength(80);
  });
});

describe('htmlToDoc and docToHtml', () => {
  it('parses to ProseMirror JSON that the schema accepts', () => {
    const { doc } = htmlToDoc('<h2>T</h2><p style="text-align:right">a <a href="#PG1" data-page-link="PG1">p</a></p>');
    expect(doc).toEqual({
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2, textAlign: null }, content: [{ type: 'text', text: 'T' }] },
        {
          type: 'paragraph',
          attrs: { textAlign: 'right' },
          content: [
            { type: 'text', text: 'a ' },
            { type: 'text', text: 'p', marks: [{ type: 'link', attrs: { href: '#PG1', target: null, pageLink: 'PG1' } }] },
          ],
        },
      ],
    });
    expect(() => editorSchema.nodeFromJSON(doc).check()).not.toThrow();
  });

  it('gives an empty document one empty paragraph, which serialises to the empty string', () => {
    const { doc } = htmlToDoc('');
    expect(doc).toEqual({ type: 'doc', content: [{ type: 'paragraph', attrs: { textAlign: null } }] });
    expect(docToHtml(doc)).toBe('');
    expect(docToHtml({ type: 'doc', content: [{ type: 'paragraph', attrs: { textAlign: 'center' } }] })).toBe(
      '<p style="text-align: center"></p>',
    );
  });

  it('rejects JSON that is not a document of the schema', () => {
    expect(() => docToHtml({ type: 'doc', content: [{ type: 'text', text: 'bare text' }] })).toThrow();
    expect(() => docToHtml({ type: 'doc', content: [{ type: 'marquee' }] })).toThrow();
  });

  it('does not trust documents from editors: unsafe URLs are not written', () => {
    const link = (href: string) => ({ type: 'link', attrs: { href, target: '_top', pageLink: null } });
    const doc: DocJson = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          attrs: { textAlign: 'evil"><script>' },
          content: [
            { type: 'text', text: 'a', marks: [link('javascript:alert(1)')] },
            { type: 'text', text: 'b', marks: [link('https://ok.nl')] },
            { type: 'image', attrs: { src: 'javascript:alert(1)', alt: null, title: null, width: null, height: null } },
            { type: 'image', attrs: { src: 'media/ok.png', alt: '"><script>', title: null, width: '1" onload="x', height: 7 } },
          ],
        },
        { type: 'videoEmbed', attrs: { src: 'https://evil.example/', width: null, height: null, title: null } },
        { type: 'orderedList', attrs: { start: 1, type: '" onclick="x' }, content: [{ type: 'listItem', content: [{ type: 'paragraph' }] }] },
      ],
    };
    expect(docToHtml(doc)).toBe(
      '<p>a<a href="https://ok.nl">b</a><img src="media/ok.png" alt="&quot;&gt;&lt;script&gt;" height="7"></p><ol><li><p></p></li></ol>',
    );
  });
});

describe('docToText and isEmptyDoc', () => {
  it('gives one line per block, breaks as newlines, table cells tab-separated', () => {
    const { doc } = htmlToDoc(
      '<h1>Title</h1><p>a&nbsp;b<br>c <img src="x.png" alt="img"></p><ul><li>one</li><li>two</li></ul>' +
        '<table><tr><td>c1</td><td><p>c2</p><p>more</p></td></tr></table><p></p><pre>code\n line</pre>',
    );
    expect(docToText(doc)).toBe('Title\na b\nc\none\ntwo\nc1\tc2 more\ncode\n line');
  });

  it('finds a document empty when it shows nothing', () => {
    expect(isEmptyDoc(htmlToDoc('').doc)).toBe(true);
    expect(isEmptyDoc(htmlToDoc('<p>&nbsp;</p><p> <br> </p><ul><li></li></ul>').doc)).toBe(true);
    expect(isEmptyDoc(htmlToDoc('<p>x</p>').doc)).toBe(false);
    expect(isEmptyDoc(htmlToDoc('<img src="a.png">').doc)).toBe(false);
    expect(isEmptyDoc(htmlToDoc('<hr>').doc)).toBe(false);
    expect(isEmptyDoc(htmlToDoc('<iframe src="https://youtube.com/embed/x"></iframe>').doc)).toBe(false);
  });
});

describe('safeOriginalHtml', () => {
  it('keeps presentation byte for byte', () => {
    const html =
      '<p style="color: rgb(0, 128, 0); font-size:14px" class="intro" dir="ltr"><span style="font-family: arial">x</span>' +
      '<font color="red" face="Arial">y</font></p>\n\t<table border="1" cellpadding="2" style="width:300px;"><tbody><tr>' +
      '<td valign="top" style="text-align: left; vertical-align: middle;">&nbsp;<img alt="" height="70" src="media/a.png" width="34"></td>' +
      '</tr></tbody></table><a href="#" target="_blank">a</a><o:p></o:p><center>c</center>';
    expect(safeOriginalHtml(html)).toEqual({ html, report: { removed: [] } });
  });

  it('normalises only the spelling of values: quotes, entities, empty attributes, void tags', () => {
    expect(safeOriginalHtml("<p class=a title='b' hidden>&#65;&eacute;<br/><img src=x.png /></p>").html).toBe(
      '<p class="a" title="b" hidden="">Aé<br><img src="x.png"></p>',
    );
  });

  it('removes what can run script and reports it', () => {
    const { html, report } = safeOriginalHtml(
      '<p onclick="x()" style="color:red; background: url(javascript:alert(1))">a<script>alert(1)</script></p>' +
        '<a href="javascript:alert(1)" class="k">b</a><form action="/x"><input onfocus="x()" autofocus></form>' +
        '<iframe src="https://evil.example"></iframe><iframe src="https://www.youtube.com/embed/x" onload="y()"></iframe>',
    );
    expect(html).toBe(
      '<p style="color:red">a</p><a class="k">b</a><input autofocus=""><iframe src="https://www.youtube.com/embed/x"></iframe>',
    );
    expect(removed(report)).toEqual({
      'attribute onclick': 1,
      'css url()': 1,
      'element <script>': 1,
      'unsafe url in href': 1,
      'tag <form>': 1,
      'attribute onfocus': 1,
      'element <iframe>': 1,
      'attribute onload': 1,
    });
  });

  it('keeps allowed video players, upgraded to https', () => {
    const https = '<iframe src="https://www.youtube.com/embed/x?rel=0" width="560" allowfullscreen=""></iframe>';
    expect(safeOriginalHtml(https)).toEqual({ html: https, report: { removed: [] } });
    expect(safeOriginalHtml('<iframe src="//player.vimeo.com/video/1"></iframe>')).toEqual({
      html: '<iframe src="https://player.vimeo.com/video/1"></iframe>',
      report: { removed: [] },
    });
  });

  it('keeps elements of any name the HTML tokenizer reads, such as pseudo-code typed as tags', () => {
    const html =
      '<p>Atribuição: <nome_da_variável> = <expressão>;</p><p><tipo class="t">inteiro</tipo> <a_b>x</a_b><x.y>y</x.y><o:p></o:p></p>';
    const { html: out, report } = safeOriginalHtml(html);
    expect(out).toBe(
      '<p>Atribuição: <nome_da_variável> = <expressão>;</expressão></nome_da_variável></p><p><tipo class="t">inteiro</tipo> <a_b>x</a_b><x.y>y</x.y><o:p></o:p></p>',
    );
    expect(report.removed).toEqual([]);
    expect(safeOriginalHtml(out).html).toBe(out);
    expect(safeOriginalHtml('<x<y>a</x<y><tÉ>b</tÉ><É>').html).toBe('<x<y>a</x<y><té>b</té>&lt;É&gt;');
    // The editor view unwraps them, as any unknown tag.
    expect(sanitizeHtml(html).html).toBe('<p>Atribuição: = ;</p><p>inteiro xy</p>');
    expect(removed(sanitizeHtml(html).report)).toEqual({
      'tag <nome_da_variável>': 1,
      'tag <expressão>': 1,
      'tag <tipo>': 1,
      'attribute class': 1,
      'tag <a_b>': 1,
      'tag <x.y>': 1,
      'tag <o:p>': 1,
    });
  });

  it('keeps data-page-link on any element', () => {
    const html = '<button class="ui-button" data-page-link="PG1">Go</button><span data-page-link="not an id">x</span>';
    expect(safeOriginalHtml(html)).toEqual({ html, report: { removed: [] } });
  });

  it('drops the <form> tag, keeping its content', () => {
    expect(safeOriginalHtml('<p>a</p><form action="https://x.nl/"><p>b</p><form><p>c</p></form></form>')).toEqual({
      html: '<p>a</p><p>b</p><p>c</p>',
      report: { removed: [{ what: 'tag <form>', count: 2 }] },
    });
  });

  it('keeps data: images but not other data: URLs', () => {
    const png = '<img src="data:image/png;base64,iVBORw0KGgo=">';
    expect(safeOriginalHtml(png).html).toBe(png);
    expect(safeOriginalHtml('<img src="data:image/svg+xml;base64,PHN2Zz4=" alt="s">').html).toBe('<img alt="s">');
    expect(safeOriginalHtml('<a href="data:text/html,hi">x</a>').html).toBe('<a>x</a>');
  });
});
