/**
 * The real command, as a child process: `node apps/cli/bin/samenwijs.js …`.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import * as yazl from 'yazl';

const ROOT = path.join(__dirname, '../../..');
const BIN = path.join(ROOT, 'apps/cli/bin/samenwijs.js');
const CORPUS = path.join(ROOT, '../shared/fixtures/xerte');
const hasCorpus = existsSync(CORPUS);

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function samenwijs(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 99) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

const work = mkdtempSync(path.join(tmpdir(), 'samenwijs-cli-'));
const XML = `<?xml version="1.0"?>
<learningObject editorVersion="3" targetFolder="Nottingham" name="CLI test" language="nl-NL">
  <text linkID="PG1" name="Een"><![CDATA[<p>Hallo <a href="#" onclick="x_navigateToPage(false,{type:'linkID',ID:'PG2'}); return false;">verder</a></p>]]></text>
  <mcq linkID="PG2" name="Vraag" prompt="&lt;p&gt;Wat?&lt;/p&gt;"><option linkID="PG3" name="A" text="&lt;p&gt;a&lt;/p&gt;" correct="true"/></mcq>
</learningObject>
`;
const xmlFile = path.join(work, 'data.xml');
writeFileSync(xmlFile, XML);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('samenwijs --help', () => {
  it('prints help and exits 0', async () => {
    const run = await samenwijs('--help');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('samenwijs xerte check <file>');
    const xerte = await samenwijs('xerte', '--help');
    expect(xerte.code).toBe(0);
    expect(xerte.stdout).toContain('Exit 0 when lossless, 1 when not, 2 on unreadable input');
  });

  it('explains a usage error and exits 2', async () => {
    for (const args of [[], ['nonsense'], ['xerte'], ['xerte', 'check'], ['xerte', 'check', 'a', 'b'], ['xerte', 'convert', xmlFile, path.join(work, 'out.txt')], ['xerte', 'check', '--bogus', xmlFile]]) {
      const run = await samenwijs(...args);
      expect({ args, code: run.code }).toEqual({ args, code: 2 });
      expect(run.stderr.length).toBeGreaterThan(0);
    }
  });
});

describe('samenwijs xerte check', () => {
  it('prints a JSON report and exits 0 for a lossless project', async () => {
    const run = await samenwijs('xerte', 'check', xmlFile);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report).toMatchObject({ pageCount: 2, pageTypes: { text: 1, mcq: 1 }, unknownPageTypes: [], lossless: true, differences: [] });
    expect(report.sanitised).toBeDefined();
    expect(report.repairs).toBeDefined();
  });

  it('exits 1 and lists the differences with their reasons when the round trip is not lossless', async () => {
    const file = path.join(work, 'script.xml');
    writeFileSync(file, XML.replace('<p>Hallo', '<p onclick="steal()">Hallo<script>alert(1)</script>'));
    const run = await samenwijs('xerte', 'check', file);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.lossless).toBe(false);
    expect(report.differences).toEqual([
      { path: '/learningObject/text[1]/text()', kind: 'text-changed', detail: expect.any(String), reason: expect.stringMatching(/^security: removed .*attribute onclick.*element <script>|^security: removed .*element <script>.*attribute onclick/) },
    ]);
    expect(report.sanitised.security).toMatchObject({ 'attribute onclick': 1, 'element <script>': 1 });
  });

  it('reads a Xerte export zip', async () => {
    const zip = new yazl.ZipFile();
    zip.addBuffer(Buffer.from(XML), 'template.xml');
    zip.addBuffer(Buffer.from('png'), 'media/a.png');
    zip.addBuffer(Buffer.from('<html/>'), 'index.htm');
    zip.end();
    const chunks: Buffer[] = [];
    await new Promise<void>((resolve) => {
      zip.outputStream.on('data', (c: Buffer) => chunks.push(c)).on('end', () => resolve());
    });
    const file = path.join(work, 'export.zip');
    writeFileSync(file, Buffer.concat(chunks));
    const run = await samenwijs('xerte', 'check', file);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ source: 'zip', xmlName: 'template.xml', pageCount: 2, lossless: true, media: { files: 1, bytes: 3 } });
  });

  it.each([
    ['a file that does not exist', path.join(work, 'missing.xml'), /unreadable/],
    ['a directory', work, /unreadable/],
    ['a file that is not XML', path.join(work, 'garbage.xml'), /not_xml/],
    ['XML that is not Xerte', path.join(work, 'html.xml'), /wrong_root/],
    ['an XXE attempt', path.join(work, 'xxe.xml'), /dtd_forbidden/],
    ['a corrupt zip', path.join(work, 'corrupt.zip'), /bad_zip/],
  ])('exits 2 on unreadable input: %s', async (_what, file, message) => {
    writeFileSync(path.join(work, 'garbage.xml'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]));
    writeFileSync(path.join(work, 'html.xml'), '<html><body/></html>');
    writeFileSync(path.join(work, 'xxe.xml'), '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><learningObject name="&e;"/>');
    writeFileSync(path.join(work, 'corrupt.zip'), Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(100, 1)]));
    const run = await samenwijs('xerte', 'check', file);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('checks a real corpus file when the corpus is present: right pageCount, exit code by losslessness', async () => {
    if (!hasCorpus) return expect(process.env.REQUIRE_CORPUS).not.toBe('1');
    const lossless = await samenwijs('xerte', 'check', path.join(CORPUS, '01-onlinesafetyonline.template.xml'));
    expect(lossless.code).toBe(0);
    expect(JSON.parse(lossless.stdout)).toMatchObject({ pageCount: 18, lossless: true, differences: [] });
    const withStyle = await samenwijs('xerte', 'check', path.join(CORPUS, '06-oalgoritmo5-grid.template.xml'));
    expect(withStyle.code).toBe(1);
    const report = JSON.parse(withStyle.stdout);
    expect(report.pageCount).toBe(20);
    expect(report.differences).toHaveLength(1);
    expect(report.differences[0].reason).toMatch(/^security: removed element <style>/);
  });
});

describe('samenwijs xerte convert', () => {
  it('xml → json → xml round-trips', async () => {
    const json = path.join(work, 'module.json');
    const back = path.join(work, 'back.xml');
    const toJson = await samenwijs('xerte', 'convert', xmlFile, json);
    expect(toJson.code).toBe(0);
    expect(JSON.parse(toJson.stdout)).toMatchObject({ pageCount: 2, output: json });
    const module = JSON.parse(readFileSync(json, 'utf8'));
    expect(module.format).toBe('samenwijs-module/1');
    expect(module.pages[0].richText.body.html).toContain('data-page-link="PG2"');
    const toXml = await samenwijs('xerte', 'convert', json, back);
    expect(toXml.code).toBe(0);
    const check = await samenwijs('xerte', 'check', back);
    expect(check.code).toBe(0);
    expect(readFileSync(back, 'utf8')).toContain(`onclick="x_navigateToPage(false,{type:'linkID',ID:'PG2'}); return false;"`);
  });

  it('xml → xml writes Xerte’s own form', async () => {
    const out = path.join(work, 'again.xml');
    const run = await samenwijs('xerte', 'convert', xmlFile, out);
    expect(run.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^<\?xml version="1.0"\?>\n<learningObject editorVersion="3" targetFolder="Nottingham"/);
  });

  it('refuses a JSON file that is not a module, exit 2', async () => {
    const bad = path.join(work, 'bad.json');
    writeFileSync(bad, JSON.stringify({ format: 'samenwijs-module/1', attributes: [['a b', 'x']], pages: [] }));
    const run = await samenwijs('xerte', 'convert', bad, path.join(work, 'bad.xml'));
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/bad_module_json/);
    const notJson = path.join(work, 'not.json');
    writeFileSync(notJson, '{');
    expect((await samenwijs('xerte', 'convert', notJson, path.join(work, 'x.xml'))).code).toBe(2);
  });
});
