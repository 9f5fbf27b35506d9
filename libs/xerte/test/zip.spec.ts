/**
 * Xerte export zips (security-anchors §5 row 20): slip names, symlinks, bombs, huge entry
 * counts and lying headers are refused with typed errors, quickly, before anything is
 * inflated; nothing is ever written to disk.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import * as yazl from 'yazl';
import { readXerteProject, unsafeEntryName, XerteImportError } from '../src';

interface Entry {
  name: string;
  data?: string | Buffer;
  mode?: number;
  compress?: boolean;
}

function makeZip(entries: Entry[]): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const entry of entries) {
    zip.addBuffer(Buffer.isBuffer(entry.data) ? entry.data : Buffer.from(entry.data ?? 'x'), entry.name, {
      ...(entry.mode !== undefined ? { mode: entry.mode } : {}),
      compress: entry.compress ?? true,
    });
  }
  zip.end();
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    zip.outputStream.on('data', (c: Buffer) => chunks.push(c));
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
    zip.outputStream.on('error', reject);
  });
}

/** yazl refuses unsafe names, so write a safe placeholder of the same length and patch the bytes. */
function patchName(zip: Buffer, placeholder: string, name: string): Buffer {
  expect(Buffer.byteLength(placeholder)).toBe(Buffer.byteLength(name));
  const from = Buffer.from(placeholder);
  const to = Buffer.from(name);
  const out = Buffer.from(zip);
  let at = out.indexOf(from);
  expect(at).toBeGreaterThanOrEqual(0);
  while (at >= 0) {
    to.copy(out, at);
    at = out.indexOf(from, at + 1);
  }
  return out;
}

async function rejection(promise: Promise<unknown>): Promise<{ code: string; ms: number; message: string }> {
  const start = performance.now();
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(XerteImportError);
    return { code: (error as XerteImportError).code, message: (error as Error).message, ms: performance.now() - start };
  }
  throw new Error('expected a rejection');
}

const TEMPLATE = '<?xml version="1.0"?><learningObject editorVersion="3" targetFolder="Nottingham" name="Z"/>';

describe('readXerteProject', () => {
  it('reads template.xml at the root and lists media/** without extracting anything', async () => {
    const zip = await makeZip([
      { name: 'index.htm', data: '<html/>' },
      { name: 'common_html5/js/xenith.js', data: 'x' },
      { name: 'template.xml', data: TEMPLATE },
      { name: 'media/photo 1.jpg', data: Buffer.alloc(2000, 7) },
      { name: 'media/sub/clip.mp4', data: 'mp4' },
      { name: 'media/.tmb/l1_x.png', data: 'thumb' },
      { name: 'preview.xml', data: TEMPLATE },
    ]);
    const project = await readXerteProject(zip);
    expect(project.kind).toBe('zip');
    expect(project.xmlName).toBe('template.xml');
    expect(project.xml.toString()).toBe(TEMPLATE);
    expect(project.hasPreview).toBe(true);
    expect(project.media).toEqual([
      { path: 'media/photo 1.jpg', size: 2000, compressedSize: expect.any(Number) },
      { path: 'media/sub/clip.mp4', size: 3, compressedSize: expect.any(Number) },
    ]);
  });

  it('falls back to data.xml, prefers template.xml', async () => {
    expect((await readXerteProject(await makeZip([{ name: 'data.xml', data: TEMPLATE }]))).xmlName).toBe('data.xml');
    expect((await readXerteProject(await makeZip([{ name: 'data.xml', data: '<x/>' }, { name: 'template.xml', data: TEMPLATE }]))).xml.toString()).toBe(TEMPLATE);
  });

  it('refuses a zip without a project XML at its root (Xerte refuses a wrapping folder too)', async () => {
    expect((await rejection(readXerteProject(await makeZip([{ name: 'project/template.xml', data: TEMPLATE }])))).code).toBe('no_project_xml');
  });

  it('accepts a bare XML file, from bytes or from a path', async () => {
    expect(await readXerteProject(Buffer.from(TEMPLATE))).toMatchObject({ kind: 'xml', media: [] });
    const dir = mkdtempSync(path.join(tmpdir(), 'xerte-'));
    writeFileSync(path.join(dir, 'data.xml'), TEMPLATE);
    expect(await readXerteProject(path.join(dir, 'data.xml'))).toMatchObject({ kind: 'xml', xmlName: 'data.xml' });
    expect((await rejection(readXerteProject(path.join(dir, 'missing.xml')))).code).toBe('unreadable');
    expect((await rejection(readXerteProject(dir))).code).toBe('unreadable');
    rmSync(dir, { recursive: true, force: true });
  });

  it.each([
    ['../x', 'zz/x'],
    ['/etc/x', 'zetc/x'],
    ['C:\\x', 'Czzx'],
    ['C:/x', 'Czzx'],
    ['a\\..\\..\\x', 'azzzzzzzx'],
    ['media/../../x', 'media/zz/zz/x'],
    ['media/x\u0000.php', 'media/xz.php'],
  ])('refuses the zip-slip name %j', async (name, placeholder) => {
    const zip = patchName(await makeZip([{ name: 'template.xml', data: TEMPLATE }, { name: placeholder, data: 'evil' }]), placeholder, name);
    const { code, ms } = await rejection(readXerteProject(zip));
    expect(code).toBe('unsafe_zip_entry');
    expect(ms).toBeLessThan(5000);
  });

  it('refuses symbolic links', async () => {
    const zip = await makeZip([{ name: 'template.xml', data: TEMPLATE }, { name: 'media/link', data: '/etc/passwd', mode: 0o120777 }]);
    expect((await rejection(readXerteProject(zip))).message).toMatch(/symbolic link/);
  });

  it('refuses duplicate and case-colliding names', async () => {
    const dup = await makeZip([{ name: 'template.xml', data: TEMPLATE }, { name: 'media/a.png' }, { name: 'media/a.png' }]);
    expect((await rejection(readXerteProject(dup))).code).toBe('unsafe_zip_entry');
    const folded = await makeZip([{ name: 'template.xml', data: TEMPLATE }, { name: 'media/A.png' }, { name: 'media/a.png' }]);
    expect((await rejection(readXerteProject(folded))).code).toBe('unsafe_zip_entry');
  });

  it('refuses a zip bomb by its declared ratio, before inflating it', async () => {
    const bomb = await makeZip([{ name: 'template.xml', data: TEMPLATE }, { name: 'media/zeros.bin', data: Buffer.alloc(50 * 1024 * 1024) }]);
    expect(bomb.length).toBeLessThan(200 * 1024);
    const rss = process.memoryUsage().rss;
    const { code, ms, message } = await rejection(readXerteProject(bomb));
    expect(code).toBe('zip_bomb');
    expect(message).toMatch(/ratio/);
    expect(ms).toBeLessThan(5000);
    expect(process.memoryUsage().rss - rss).toBeLessThan(256 * 1024 * 1024);
  });

  it('refuses more entries than the limit (20,000) from the central directory count', async () => {
    const entries: Entry[] = [{ name: 'template.xml', data: TEMPLATE }];
    for (let i = 0; i < 20_000; i++) entries.push({ name: `media/f${i}.txt`, data: '', compress: false });
    const { code, ms } = await rejection(readXerteProject(await makeZip(entries)));
    expect(code).toBe('zip_bomb');
    expect(ms).toBeLessThan(5000);
  });

  it('refuses a total unpacked size above the limit', async () => {
    const zip = await makeZip([{ name: 'template.xml', data: TEMPLATE }, { name: 'media/a.bin', data: Buffer.alloc(300_000, 1) }, { name: 'media/b.bin', data: Buffer.alloc(300_000, 2) }]);
    expect((await rejection(readXerteProject(zip, { maxTotalUncompressed: 500_000 }))).code).toBe('zip_bomb');
  });

  it('refuses a project XML whose header lies about its size', async () => {
    const big = `${TEMPLATE}<!--${'x'.repeat(5000)}-->`;
    const zip = await makeZip([{ name: 'template.xml', data: big, compress: true }]);
    // Patch the declared uncompressed size (local header and central directory) down to 100 bytes.
    const out = Buffer.from(zip);
    const size = Buffer.alloc(4);
    size.writeUInt32LE(big.length);
    for (let at = out.indexOf(size); at >= 0; at = out.indexOf(size, at + 4)) out.writeUInt32LE(100, at);
    const { code, message } = await rejection(readXerteProject(out));
    expect(code).toBe('zip_bomb');
    expect(message).toMatch(/does not match its header/);
  });

  it('refuses a project XML above the XML limit', async () => {
    const zip = await makeZip([{ name: 'template.xml', data: `${TEMPLATE}<!--${'x'.repeat(5000)}-->` }]);
    expect((await rejection(readXerteProject(zip, { maxXmlBytes: 1000 }))).code).toBe('too_large');
  });

  it('refuses a corrupt zip', async () => {
    const zip = await makeZip([{ name: 'template.xml', data: TEMPLATE }]);
    expect((await rejection(readXerteProject(zip.subarray(0, zip.length - 30)))).code).toBe('bad_zip');
  });

  it('judges entry names strictly', () => {
    expect(unsafeEntryName('media/a b.png')).toBeNull();
    expect(unsafeEntryName('template.xml')).toBeNull();
    for (const name of ['', '../a', 'a/../../b', '/a', '\\a', 'C:a', 'a\u0000b', 'a\u0001b']) expect(unsafeEntryName(name)).not.toBeNull();
  });
});
