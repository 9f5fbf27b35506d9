/**
 * Hostile XML (security-anchors §5 row 21): every case is rejected with a typed error or
 * neutralised, within a few seconds, without large allocations and without touching any
 * prototype.
 */
import { compareXml, exportXerte, importXerte, parseXml, XerteImportError } from '../src';

const SECONDS = 5;

function timed<T>(fn: () => T): { value?: T; error?: unknown; ms: number; rssDelta: number } {
  const rss = process.memoryUsage().rss;
  const start = performance.now();
  try {
    const value = fn();
    return { value, ms: performance.now() - start, rssDelta: process.memoryUsage().rss - rss };
  } catch (error) {
    return { error, ms: performance.now() - start, rssDelta: process.memoryUsage().rss - rss };
  }
}

function expectRejected(fn: () => unknown, code: string): void {
  const result = timed(fn);
  expect(result.error).toBeInstanceOf(XerteImportError);
  expect((result.error as XerteImportError).code).toBe(code);
  expect(result.ms).toBeLessThan(SECONDS * 1000);
  expect(result.rssDelta).toBeLessThan(256 * 1024 * 1024);
}

const LO = (inner: string, attrs = ''): string => `<?xml version="1.0"?><learningObject editorVersion="3" targetFolder="Nottingham"${attrs}>${inner}</learningObject>`;

describe('hostile XML', () => {
  it('refuses XXE (external entity) without reading anything', () => {
    const xml = '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><learningObject name="&e;"/>';
    expectRejected(() => parseXml(xml), 'dtd_forbidden');
    expectRejected(() => importXerte(xml), 'dtd_forbidden');
    const http = '<?xml version="1.0"?><!DOCTYPE x SYSTEM "http://127.0.0.1:9/evil.dtd"><learningObject/>';
    expectRejected(() => parseXml(http), 'dtd_forbidden');
  });

  it('refuses billion laughs', () => {
    let dtd = '<!ENTITY lol0 "lol">';
    for (let i = 1; i < 10; i++) dtd += `<!ENTITY lol${i} "${`&lol${i - 1};`.repeat(10)}">`;
    expectRejected(() => parseXml(`<?xml version="1.0"?><!DOCTYPE lolz [${dtd}]><learningObject name="&lol9;"/>`), 'dtd_forbidden');
  });

  it('refuses the quadratic blow-up, and never expands an undeclared entity', () => {
    const big = 'a'.repeat(100_000);
    expectRejected(() => parseXml(`<!DOCTYPE x [<!ENTITY a "${big}">]><learningObject>${'&a;'.repeat(20_000)}</learningObject>`), 'dtd_forbidden');
    const refs = '&a;'.repeat(200_000);
    const result = timed(() => parseXml(`<learningObject name="${refs}"/>`));
    expect(result.error).toBeUndefined();
    expect(result.value!.root.attributes[0][1]).toBe(refs); // kept literally: no expansion
    expect(result.ms).toBeLessThan(SECONDS * 1000);
  });

  it('decodes 1M numeric character references in linear time', () => {
    const xml = LO('', ` name="${'&#65;'.repeat(1_000_000)}" x="${'&#x1F600;'.repeat(100_000)}"`);
    const result = timed(() => parseXml(xml));
    expect(result.error).toBeUndefined();
    expect(result.value!.root.attributes.find(([n]) => n === 'name')![1]).toHaveLength(1_000_000);
    expect(result.ms).toBeLessThan(SECONDS * 1000);
  });

  it('refuses two DOCTYPEs', () => {
    expectRejected(() => parseXml('<!DOCTYPE a><!DOCTYPE b><learningObject/>'), 'dtd_forbidden');
  });

  it('refuses depth 10,000 without a stack overflow', () => {
    expectRejected(() => parseXml(`<learningObject>${'<a>'.repeat(10_000)}${'</a>'.repeat(10_000)}</learningObject>`), 'too_deep');
    expectRejected(() => parseXml(`${'<a>'.repeat(10_000)}`), 'too_deep');
  });

  it('fails fast on a 50 MB attribute, before decoding it', () => {
    const bytes = Buffer.alloc(50 * 1024 * 1024 + 64, 0x61);
    bytes.write('<learningObject name="', 0, 'latin1');
    bytes.write('"/>', bytes.length - 3, 'latin1');
    expectRejected(() => parseXml(bytes), 'too_large');
    expectRejected(() => importXerte(bytes), 'too_large');
    // With the input limit raised, the attribute limit answers, still without building the value.
    const result = timed(() => parseXml(bytes, { maxInputBytes: 100 * 1024 * 1024 }));
    expect((result.error as XerteImportError).code).toBe('attribute_too_large');
    expect((result.error as Error).message).toMatch(/Attribute name of <learningObject> is 50\.0 MB; the limit is 8\.0 MB/);
    expect(result.ms).toBeLessThan(SECONDS * 1000);
  });

  it('keeps __proto__ and constructor as plain data: no prototype pollution', () => {
    const xml = LO(
      '<__proto__ polluted="yes" linkID="PG1"><constructor prototype="x" polluted="yes" linkID="PG3"/></__proto__><text linkID="PG2" __proto__="yes" constructor="yes"><![CDATA[<p __proto__="x">hi</p>]]></text>',
      ' __proto__="polluted" constructor="x"',
    );
    const { module, report } = importXerte(xml);
    const { xml: out } = exportXerte(module);
    compareXml(xml, out);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
    expect(module.attributes).toContainEqual(['__proto__', 'polluted']);
    expect(module.pages[0].type).toBe('__proto__');
    expect(module.pages[0].attributes).toContainEqual(['polluted', 'yes']);
    expect(report.unknownPageTypes).toEqual(['__proto__']);
    expect(Object.keys(report.pageTypes)).toEqual(['__proto__', 'text']);
    expect(JSON.parse(JSON.stringify(report.pageTypes))).toEqual(JSON.parse('{"__proto__":1,"text":1}'));
    expect(compareXml(xml, out)).toEqual([]);
  });

  it('refuses multiple roots', () => {
    expectRejected(() => parseXml('<learningObject/><learningObject/>'), 'multiple_roots');
  });

  it('refuses a document that is not a Xerte learning object', () => {
    expectRejected(() => importXerte('<html><body/></html>'), 'wrong_root');
    expectRejected(() => importXerte('<learningObject targetFolder="site"/>'), 'wrong_template');
  });
});
