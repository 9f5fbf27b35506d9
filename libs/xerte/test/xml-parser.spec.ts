import { parseXml, XerteImportError, type XmlElement } from '../src';
import { cdata, escapeAttribute, htmlCdata } from '../src/xml/serialize';

const errorCode = (fn: () => unknown): string => {
  try {
    fn();
  } catch (error) {
    if (error instanceof XerteImportError) return error.code;
    throw error;
  }
  throw new Error('expected an error');
};

const attr = (element: XmlElement, name: string): string | undefined => element.attributes.find(([n]) => n === name)?.[1];

describe('parseXml', () => {
  it('keeps attributes decoded and in order, children in order, CDATA and text apart', () => {
    const { root, repairs } = parseXml(
      '<?xml version="1.0"?>\n<learningObject b="2" a="&lt;p&gt;x&amp;amp;y&lt;/p&gt;&#10;" c=\'q"\'><text linkID="PG1"><![CDATA[<p>a]]></text><mcq/>tail</learningObject>',
    );
    expect(root.name).toBe('learningObject');
    expect(root.attributes).toEqual([
      ['b', '2'],
      ['a', '<p>x&amp;y</p>\n'],
      ['c', 'q"'],
    ]);
    expect(root.children.map((c) => (c.kind === 'element' ? c.name : c.text))).toEqual(['text', 'mcq', 'tail']);
    const text = root.children[0] as XmlElement;
    expect(text.children).toEqual([{ kind: 'text', text: '<p>a', cdata: true }]);
    expect(repairs).toEqual({});
  });

  it('reads a raw newline in an attribute as a newline (as the player does) and a raw tab as a space', () => {
    const { root } = parseXml('<a x="one\ntwo\r\nthree\tfour" y="&#9;&#10;&#13;"/>');
    expect(attr(root, 'x')).toBe('one\ntwo\nthree four');
    expect(attr(root, 'y')).toBe('\t\n\r');
  });

  it('repairs what real Xerte files contain: bare &, \\x0B, \\x02, HTML entities', () => {
    const { root, repairs } = parseXml('<learningObject name="Q&A &nbsp;&eacute;&copy; &unknownthing; a & b" t="x\u000By\u0002z\u0001"><p>&hellip;</p></learningObject>');
    expect(attr(root, 'name')).toBe('Q&A \u00a0é© &unknownthing; a & b');
    expect(attr(root, 't')).toBe('x y-z');
    expect(((root.children[0] as XmlElement).children[0] as { text: string }).text).toBe('…');
    expect(repairs).toEqual({ bare_ampersand: 2, unknown_entity: 1, html_entity: 4, control_character: 3 });
  });

  it('leaves CDATA untouched by the entity repairs', () => {
    const { root } = parseXml('<a><![CDATA[<p>&nbsp;&amp; & x</p>]]></a>');
    expect(root.children[0]).toEqual({ kind: 'text', text: '<p>&nbsp;&amp; & x</p>', cdata: true });
  });

  it('drops invalid character references like Xerte drops invalid characters', () => {
    const { root, repairs } = parseXml('<a x="a&#0;b&#11;c&#2;d&#x1F600;"/>');
    expect(attr(root, 'x')).toBe('ab c-d😀');
    expect(repairs.invalid_character_reference).toBe(3);
  });

  it('accepts a BOM, leading whitespace, comments and processing instructions outside the root', () => {
    const { root } = parseXml('\ufeff\t<!-- hi --><?pi x?>\n<learningObject/>\n<!-- bye -->\n');
    expect(root.name).toBe('learningObject');
  });

  it('decodes bytes as UTF-8, or in the declared encoding', () => {
    expect(attr(parseXml(Buffer.from('<a x="é€"/>', 'utf8')).root, 'x')).toBe('é€');
    const latin1 = Buffer.concat([Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><a x="'), Buffer.from([0xe9]), Buffer.from('"/>')]);
    expect(attr(parseXml(latin1).root, 'x')).toBe('é');
  });

  it.each([
    ['not xml at all', 'hello', 'not_xml'],
    ['unclosed element', '<a><b></a>', 'not_xml'],
    ['mismatched end tag', '<a></b>', 'not_xml'],
    ['unterminated attribute', '<a x="1/>', 'not_xml'],
    ['unquoted attribute', '<a x=1/>', 'not_xml'],
    ['duplicate attribute', '<a x="1" x="2"/>', 'not_xml'],
    ['< in attribute', '<a x="<"/>', 'not_xml'],
    ['text after root', '<a/>text', 'not_xml'],
    ['two roots', '<a/><b/>', 'multiple_roots'],
    ['doctype', '<!DOCTYPE a><a/>', 'dtd_forbidden'],
    ['doctype lower case', '<!doctype a><a/>', 'dtd_forbidden'],
    ['entity declaration inside', '<a><!ENTITY x "y"></a>', 'dtd_forbidden'],
    ['empty', '', 'not_xml'],
  ])('rejects %s', (_name, xml, code) => {
    expect(errorCode(() => parseXml(xml))).toBe(code);
  });

  it('gives the line and column of a syntax error', () => {
    expect(() => parseXml('<a>\n  <b x="1" x="2"/>\n</a>')).toThrow(/line 2, column/);
  });

  it('enforces its limits', () => {
    expect(errorCode(() => parseXml('<a/>', { maxInputBytes: 3 }))).toBe('too_large');
    expect(errorCode(() => parseXml('<a><b><c/></b></a>', { maxDepth: 2 }))).toBe('too_deep');
    expect(errorCode(() => parseXml('<a><b/><b/><b/></a>', { maxNodes: 3 }))).toBe('too_many_nodes');
    expect(errorCode(() => parseXml('<a x="1" y="2" z="3"/>', { maxAttributes: 2 }))).toBe('too_many_attributes');
    expect(errorCode(() => parseXml('<a x="12345"/>', { maxAttributeLength: 4 }))).toBe('attribute_too_large');
  });
});

describe('XML writing helpers', () => {
  it('escapes attributes the way Xerte writes them', () => {
    expect(escapeAttribute('a&b<c>d"e\'f\ng\th\ri')).toBe('a&amp;b&lt;c&gt;d&quot;e\'f&#10;g&#9;h&#13;i');
    expect(escapeAttribute('x\u0001\u0008y\uFFFEz\uD800')).toBe('xyz');
    expect(escapeAttribute('😀')).toBe('😀');
  });

  it('never writes ]]> inside CDATA, and keeps the text exact', () => {
    for (const text of ['a]]>b', ']]>', ']]]]>>', 'x<![CDATA[y]]>z', '']) {
      const xml = `<a>${cdata(text)}</a>`;
      const { root } = parseXml(xml);
      expect(root.children.map((c) => (c.kind === 'text' ? c.text : '')).join('')).toBe(text);
      // every "]]>" ends a section and every "<![CDATA[" starts one: nothing else in the text
      expect(xml.split(']]>').length).toBe(xml.split('<![CDATA[').length);
    }
  });

  it('keeps an HTML body in ONE CDATA node (the player reads childNodes[0])', () => {
    const { root } = parseXml(`<a>${htmlCdata('<p>a]]>b</p>')}</a>`);
    expect(root.children).toEqual([{ kind: 'text', text: '<p>a]]&gt;b</p>', cdata: true }]);
  });
});
