import { canonicalHtml, exportIdioms, importIdioms } from '../src';

describe('Xerte HTML idioms', () => {
  it.each([
    [`<a href="#" onclick="x_navigateToPage(false,{type:'linkID',ID:'PG1'}); return false;">x</a>`],
    [`<a href="#" onclick="x_navigateToPage(false,{type:'linkID',ID:'PG1'})">x</a>`],
    [`<a href="#" onclick="x_navigateToPage(false, {type:'pageID', ID:'PG1'});">x</a>`],
    [`<a href="#" onclick='x_navigateToPage(false,{type:"linkID",ID:"PG1"}); return false;'>x</a>`],
    [`<a href="#" onclick="x_navigateToPage(false,{type:&quot;linkID&quot;,ID:&quot;PG1&quot;}); return false">x</a>`],
    [`<a onclick="x_navigateToPage(true,{type:'linkID',ID:'PG1'}); return false;">x</a>`],
    [`<a href="asfunction:_level0.engine.rootIcon.pageLink,PG1">x</a>`],
  ])('turns every variant of an internal page link into a page link: %s', (html) => {
    expect(importIdioms(html)).toBe('<a href="#PG1" data-page-link="PG1">x</a>');
  });

  it('keeps the link on other elements (a Xerte button) and restores the handler on export', () => {
    const xerte = `<button class="ui-button" href="#" onclick="x_navigateToPage(false,{type:'linkID',ID:'PG9'}); return false;">go</button>`;
    const imported = importIdioms(xerte);
    expect(imported).toBe('<button class="ui-button" href="#" data-page-link="PG9">go</button>');
    expect(exportIdioms(imported)).toBe(xerte);
  });

  it('leaves other handlers and look-alikes for the sanitiser', () => {
    for (const html of [
      `<a href="#" onclick="alert(1)">x</a>`,
      `<a href="#" onclick="x_navigateToPage(false,{type:'linkID',ID:'PG1'}); alert(1)">x</a>`,
      `<a href="#" onclick="x_navigateToPage(false,{type:'linkID',ID:'PG1\\'+alert(1)+\\''})">x</a>`,
      `<a href="asfunction:_level0.engine.rootIcon.pageLink,12">page number</a>`,
    ]) {
      expect(importIdioms(html)).toBe(html);
    }
  });

  it.each([
    [`<img src="FileLocation + 'media/a.png'" alt="">`, '<img src="media/a.png" alt="">'],
    [`<img src="FileLocation + '/media/a.png'">`, '<img src="media/a.png">'],
    [`<img src="FileLocation+'media/alg%201%20ex1.png'">`, '<img src="media/alg%201%20ex1.png">'],
    [`<img src="FileLocation + 'media/caf&eacute; &amp; co.png'">`, '<img src="media/café &amp; co.png">'],
    [`<a href="FileLocation + 'media/doc.pdf'" target="_blank">pdf</a>`, '<a href="media/doc.pdf" target="_blank">pdf</a>'],
  ])('turns media references into media paths: %s', (xerte, editor) => {
    expect(importIdioms(xerte)).toBe(editor);
  });

  it('drops media references that escape media/ and counts them', () => {
    const counts = { pageLinks: 0, mediaReferences: 0, leadingSlashes: 0, unsafeMediaPaths: 0, flashPageLinks: 0 };
    expect(importIdioms(`<img src="FileLocation + 'media/../../etc/passwd'"><img src="FileLocation + 'media/%2e%2e/x'">`, counts)).toBe('<img><img>');
    expect(counts.unsafeMediaPaths).toBe(2);
  });

  it('writes media and page links back in Xerte form', () => {
    expect(exportIdioms('<p><a href="#PG1" data-page-link="PG1">x</a><img src="media/a b.png"><a href="media/doc.pdf">d</a><a href="https://x.nl/media/y">y</a></p>')).toBe(
      `<p><a href="#" onclick="x_navigateToPage(false,{type:'linkID',ID:'PG1'}); return false;">x</a><img src="FileLocation + 'media/a b.png'"><a href="FileLocation + 'media/doc.pdf'">d</a><a href="https://x.nl/media/y">y</a></p>`,
    );
  });

  it('never writes a page ID or media path that could break out of the JavaScript string', () => {
    const out = exportIdioms(`<a href="#x" data-page-link="x');alert(1);('">x</a><img src="media/it's.png">`);
    expect(out).not.toContain('alert');
    expect(out).not.toContain('FileLocation');
  });
});

describe('canonicalHtml', () => {
  it.each([
    ['<p  class="b a" style="color:red;FONT-SIZE: 12px">x</p>', `<p style='color: red; font-size:12px;' class="a b">x</p>`],
    ['<img src="a" alt="">', '<img alt="" src="a" />'],
    ['<p>a&nbsp;&amp;&#39;&eacute;</p>', '<p>a\u00a0&amp;\'é</p>'],
    ['<p>a\n\n  b</p>\n\n<p>c</p>\n', '<p>a b</p><p>c</p>'],
    ['<ul>\n\t<li>x</li>\n</ul>', '<ul><li>x</li></ul>'],
    [`<a href="#" onclick="x_navigateToPage(false,{type:'pageID',ID:'PG1'})">x</a>`, `<a href="#" onclick="x_navigateToPage(false,{type:'linkID',ID:'PG1'}); return false;">x</a>`],
    [`<img src="FileLocation + '/media/a.png'">`, `<img src="FileLocation + 'media/a.png'">`],
    [`<a href="asfunction:_level0.engine.rootIcon.pageLink,PG1">x</a>`, `<a href="#" onclick="x_navigateToPage(false,{type:'linkID',ID:'PG1'}); return false;">x</a>`],
  ])('treats equivalent spellings as equal: %s', (a, b) => {
    expect(canonicalHtml(a)).toBe(canonicalHtml(b));
  });

  it.each([
    ['<p>a b</p>', '<p>ab</p>'],
    ['<b>a</b> <i>b</i>', '<b>a</b><i>b</i>'],
    ['<p>x</p>', '<p>x</p><!-- c -->'],
    ['<p style="color:red">x</p>', '<p>x</p>'],
    ['<pre>a  b</pre>', '<pre>a b</pre>'],
    [`<a onclick="x_navigateToPage(false,{type:'linkID',ID:'PG1'})">x</a>`, `<a onclick="x_navigateToPage(false,{type:'linkID',ID:'PG2'})">x</a>`],
  ])('keeps real differences: %s', (a, b) => {
    expect(canonicalHtml(a)).not.toBe(canonicalHtml(b));
  });
});
