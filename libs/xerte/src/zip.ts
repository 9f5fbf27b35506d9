import { promises as fs } from 'node:fs';
import * as yauzl from 'yauzl';
import { XerteImportError, excerpt } from './errors';
import { DEFAULT_XML_LIMITS, formatBytes } from './xml/parser';

/**
 * Reading a Xerte project: an export zip (`template.xml` at the root, else `data.xml`, plus
 * `media/**`) or a bare XML file. Nothing is written to disk. Every entry is checked before
 * anything is inflated (yauzl exposes the central directory first): names that could escape
 * a folder, symlinks, duplicate or case-colliding names, entry count, declared total size and
 * compression ratio; the one XML entry that is inflated is size-checked again while streaming.
 */

export interface ZipLimits {
  /** Bytes of the zip file itself. */
  maxZipBytes: number;
  maxEntries: number;
  /** Sum of the declared uncompressed sizes of all entries. */
  maxTotalUncompressed: number;
  /** Largest uncompressed/compressed ratio of one entry (for entries above `ratioFloorBytes`). */
  maxCompressionRatio: number;
  ratioFloorBytes: number;
  /** Bytes of the project XML. */
  maxXmlBytes: number;
}

export const DEFAULT_ZIP_LIMITS: Readonly<ZipLimits> = Object.freeze({
  maxZipBytes: 1024 * 1024 * 1024,
  maxEntries: 10_000,
  maxTotalUncompressed: 2 * 1024 * 1024 * 1024,
  maxCompressionRatio: 100,
  ratioFloorBytes: 1024 * 1024,
  maxXmlBytes: DEFAULT_XML_LIMITS.maxInputBytes,
});

export interface MediaEntry {
  /** Path inside the zip, always starting with `media/`. */
  path: string;
  size: number;
  compressedSize: number;
}

export interface XerteProjectSource {
  kind: 'zip' | 'xml';
  /** `template.xml` or `data.xml` for a zip; the file name (or `data.xml`) for bare XML. */
  xmlName: string;
  xml: Buffer;
  /** `media/**` files of a zip (not extracted); empty for bare XML. */
  media: MediaEntry[];
  /** A `preview.xml` draft is present next to the project XML. */
  hasPreview: boolean;
}

const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;

export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && ((bytes[2] === 3 && bytes[3] === 4) || (bytes[2] === 5 && bytes[3] === 6));
}

/** The reason an entry name is unsafe, or null. Stricter than yauzl's own check. */
export function unsafeEntryName(name: string): string | null {
  if (name.length === 0) return 'empty name';
  if (name.includes('\u0000')) return 'NUL byte in name';
  if (name.includes('\\')) return 'backslash in name';
  if (name.startsWith('/')) return 'absolute path';
  if (/^[A-Za-z]:/.test(name)) return 'drive letter';
  if (name.split('/').some((segment) => segment === '..')) return 'parent-directory segment';
  // eslint-disable-next-line no-control-regex
  if (/[\u0001-\u001f]/.test(name)) return 'control character in name';
  return null;
}

export async function readXerteProject(input: Buffer | Uint8Array | string, limits: Partial<ZipLimits> = {}): Promise<XerteProjectSource> {
  const l: ZipLimits = { ...DEFAULT_ZIP_LIMITS, ...limits };
  if (typeof input !== 'string') {
    const bytes = Buffer.isBuffer(input) ? input : Buffer.from(input.buffer, input.byteOffset, input.byteLength);
    if (isZip(bytes)) {
      if (bytes.length > l.maxZipBytes) throw new XerteImportError('too_large', `The zip is ${formatBytes(bytes.length)}; the limit is ${formatBytes(l.maxZipBytes)}`);
      return readZip(await openZip(bytes), l);
    }
    if (bytes.length > l.maxXmlBytes) throw new XerteImportError('too_large', `The XML is ${formatBytes(bytes.length)}; the limit is ${formatBytes(l.maxXmlBytes)}`);
    return { kind: 'xml', xmlName: 'data.xml', xml: bytes, media: [], hasPreview: false };
  }

  // A path: a zip is read through its central directory without loading the whole file.
  const name = input.split(/[\\/]/).pop() || 'data.xml';
  const cannotRead = (error: unknown): XerteImportError =>
    error instanceof XerteImportError ? error : new XerteImportError('unreadable', `Cannot read ${excerpt(input, 200)}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`);
  let handle: fs.FileHandle | undefined;
  let size: number;
  const head = Buffer.alloc(4);
  try {
    handle = await fs.open(input, 'r');
    const stat = await handle.stat();
    if (!stat.isFile()) throw new XerteImportError('unreadable', `${excerpt(input, 200)} is not a file`);
    size = stat.size;
    await handle.read(head, 0, 4, 0);
    if (!isZip(head)) {
      if (size > l.maxXmlBytes) throw new XerteImportError('too_large', `${excerpt(input, 200)} is ${formatBytes(size)}; the limit is ${formatBytes(l.maxXmlBytes)}`);
      const xml = await handle.readFile();
      return { kind: 'xml', xmlName: name, xml, media: [], hasPreview: false };
    }
  } catch (error) {
    throw cannotRead(error);
  } finally {
    await handle?.close();
  }
  if (size > l.maxZipBytes) throw new XerteImportError('too_large', `The zip is ${formatBytes(size)}; the limit is ${formatBytes(l.maxZipBytes)}`);
  return readZip(await openZip(input), l);
}

function openZip(source: Buffer | string): Promise<yauzl.ZipFile> {
  const options: yauzl.Options = { lazyEntries: true, validateEntrySizes: true, strictFileNames: true, decodeStrings: true, autoClose: false };
  return new Promise((resolve, reject) => {
    const done = (error: Error | null, zip?: yauzl.ZipFile): void => {
      if (error || !zip) reject(zipError(error));
      else resolve(zip);
    };
    if (typeof source === 'string') yauzl.open(source, options, done);
    else yauzl.fromBuffer(source, options, done);
  });
}

function zipError(error: unknown): XerteImportError {
  if (error instanceof XerteImportError) return error;
  const message = error instanceof Error ? error.message : String(error);
  if (/invalid characters in fileName|absolute path|invalid relative path/.test(message)) {
    return new XerteImportError('unsafe_zip_entry', `Unsafe zip entry name (${excerpt(message, 120)})`);
  }
  if (/too many bytes|too few bytes|uncompressedSize/i.test(message)) {
    return new XerteImportError('zip_bomb', `A zip entry's size does not match its header (${excerpt(message, 120)})`);
  }
  return new XerteImportError('bad_zip', `Not a readable zip (${excerpt(message, 120)})`);
}

async function readZip(zip: yauzl.ZipFile, l: ZipLimits): Promise<XerteProjectSource> {
  try {
    if (zip.entryCount > l.maxEntries) {
      throw new XerteImportError('zip_bomb', `The zip has ${zip.entryCount} entries; the limit is ${l.maxEntries}`);
    }
    const entries = await listEntries(zip, l);
    const pick = entries.get('template.xml') ?? entries.get('data.xml');
    if (!pick) {
      throw new XerteImportError('no_project_xml', 'The zip has no template.xml or data.xml at its root (is it a Xerte export? files inside a folder are not accepted)');
    }
    const media: MediaEntry[] = [];
    for (const entry of entries.values()) {
      if (entry.fileName.startsWith('media/') && !entry.fileName.endsWith('/') && !entry.fileName.startsWith('media/.tmb/')) {
        media.push({ path: entry.fileName, size: entry.uncompressedSize, compressedSize: entry.compressedSize });
      }
    }
    if (pick.uncompressedSize > l.maxXmlBytes) {
      throw new XerteImportError('too_large', `${pick.fileName} is ${formatBytes(pick.uncompressedSize)}; the limit is ${formatBytes(l.maxXmlBytes)}`);
    }
    const xml = await readEntry(zip, pick, l.maxXmlBytes);
    return { kind: 'zip', xmlName: pick.fileName, xml, media, hasPreview: entries.has('preview.xml') };
  } finally {
    zip.close();
  }
}

function listEntries(zip: yauzl.ZipFile, l: ZipLimits): Promise<Map<string, yauzl.Entry>> {
  return new Promise((resolve, reject) => {
    const entries = new Map<string, yauzl.Entry>();
    const folded = new Set<string>();
    let total = 0;
    let count = 0;
    const fail = (error: unknown): void => {
      zip.removeAllListeners('entry');
      zip.removeAllListeners('end');
      reject(zipError(error));
    };
    zip.on('error', fail);
    zip.on('end', () => resolve(entries));
    zip.on('entry', (entry: yauzl.Entry) => {
      try {
        const name = entry.fileName;
        if (++count > l.maxEntries) throw new XerteImportError('zip_bomb', `The zip has more than ${l.maxEntries} entries`);
        const unsafe = unsafeEntryName(name);
        if (unsafe) throw new XerteImportError('unsafe_zip_entry', `Unsafe zip entry "${excerpt(name, 80)}": ${unsafe}`);
        const mode = (entry.externalFileAttributes >>> 16) & S_IFMT;
        if (mode === S_IFLNK) throw new XerteImportError('unsafe_zip_entry', `Zip entry "${excerpt(name, 80)}" is a symbolic link`);
        if (entry.isEncrypted()) throw new XerteImportError('bad_zip', `Zip entry "${excerpt(name, 80)}" is encrypted`);
        const key = name.toLowerCase();
        if (folded.has(key)) throw new XerteImportError('unsafe_zip_entry', `Zip entry "${excerpt(name, 80)}" appears twice (or differs only in case)`);
        folded.add(key);
        total += entry.uncompressedSize;
        if (total > l.maxTotalUncompressed) {
          throw new XerteImportError('zip_bomb', `The zip would unpack to more than ${formatBytes(l.maxTotalUncompressed)}`);
        }
        if (entry.uncompressedSize > l.ratioFloorBytes && entry.uncompressedSize > entry.compressedSize * l.maxCompressionRatio) {
          throw new XerteImportError(
            'zip_bomb',
            `Zip entry "${excerpt(name, 80)}" would unpack ${formatBytes(entry.compressedSize)} to ${formatBytes(entry.uncompressedSize)} (ratio above ${l.maxCompressionRatio})`,
          );
        }
        entries.set(name, entry);
        zip.readEntry();
      } catch (error) {
        fail(error);
      }
    });
    zip.readEntry();
  });
}

function readEntry(zip: yauzl.ZipFile, entry: yauzl.Entry, max: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (error, stream) => {
      if (error || !stream) return reject(zipError(error));
      const chunks: Buffer[] = [];
      let size = 0;
      stream.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > max) {
          stream.destroy();
          reject(new XerteImportError('too_large', `${entry.fileName} unpacks to more than ${formatBytes(max)}`));
          return;
        }
        chunks.push(chunk);
      });
      stream.on('error', (e) => reject(zipError(e)));
      stream.on('end', () => resolve(Buffer.concat(chunks)));
    });
  });
}
