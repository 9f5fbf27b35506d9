/**
 * Frames of the two wire protocols the contenders speak, encoded by hand so the load
 * generator needs no provider: y-websocket (ours, @y/websocket-server, the floor relay) and
 * Hocuspocus (every frame starts with varString(documentName); an auth frame comes first).
 * Also a minimal WebSocket client over a raw `net` socket (RawSocket), so that receiving a
 * delivery costs the generator as little as possible.
 */
import { createHash, randomBytes, randomFillSync } from 'node:crypto';
import { connect as netConnect, Socket } from 'node:net';
import { performance } from 'node:perf_hooks';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

/** `floor`: peers/floor-server.cjs, a raw relay without Yjs (S1/S2/S3 only). */
export type Contender = 'ours' | 'hocuspocus' | 'ywebsocket' | 'floor';

export interface WireConfig {
  contender: Contender;
  /** ws://127.0.0.1:PORT */
  base: string;
  /** Access token (ours) or any string (Hocuspocus' trivial onAuthenticate). */
  token: string;
}

export interface Parsed {
  /** y-websocket message type (0 sync, 1 awareness, 2 auth, 4 Hocuspocus SyncReply, 8 SyncStatus…) */
  type: number;
  /** Sync sub-type (0 SS1, 1 SS2, 2 update) when type is 0 or 4. */
  step: number;
  payload?: Uint8Array;
}

const EMPTY_STATE_VECTOR = Uint8Array.from([0]);

export class Wire {
  readonly hocuspocus: boolean;
  constructor(readonly config: WireConfig) {
    this.hocuspocus = config.contender === 'hocuspocus';
  }

  url(doc: string): string {
    const { base, contender, token } = this.config;
    if (contender === 'ours') return `${base}/collab/${doc}?token=${encodeURIComponent(token)}`;
    if (contender === 'ywebsocket' || contender === 'floor') return `${base}/${doc}`;
    return base;
  }

  private start(doc: string): encoding.Encoder {
    const encoder = encoding.createEncoder();
    if (this.hocuspocus) encoding.writeVarString(encoder, doc);
    return encoder;
  }

  /** What a client sends on open: (Hocuspocus: the auth frame, then) SyncStep1. */
  hello(doc: string, stateVector: Uint8Array = EMPTY_STATE_VECTOR): Buffer[] {
    const frames: Buffer[] = [];
    if (this.hocuspocus) {
      const auth = this.start(doc);
      encoding.writeVarUint(auth, 2); // Auth
      encoding.writeVarUint(auth, 0); // Token
      encoding.writeVarString(auth, this.config.token);
      frames.push(Buffer.from(encoding.toUint8Array(auth)));
    }
    const ss1 = this.start(doc);
    encoding.writeVarUint(ss1, 0);
    encoding.writeVarUint(ss1, 0);
    encoding.writeVarUint8Array(ss1, stateVector);
    frames.push(Buffer.from(encoding.toUint8Array(ss1)));
    return frames;
  }

  update(doc: string, update: Uint8Array): Buffer {
    const encoder = this.start(doc);
    encoding.writeVarUint(encoder, 0);
    encoding.writeVarUint(encoder, 2);
    encoding.writeVarUint8Array(encoder, update);
    return Buffer.from(encoding.toUint8Array(encoder));
  }

  /** Hocuspocus closes sockets that sent nothing for 60 s: an awareness frame with no states. */
  keepalive(doc: string): Buffer | null {
    if (!this.hocuspocus) return null;
    const encoder = this.start(doc);
    encoding.writeVarUint(encoder, 1);
    encoding.writeVarUint8Array(encoder, Uint8Array.from([0]));
    return Buffer.from(encoding.toUint8Array(encoder));
  }

  parse(data: Uint8Array): Parsed {
    const decoder = decoding.createDecoder(data);
    if (this.hocuspocus) decoding.readVarString(decoder);
    const type = decoding.readVarUint(decoder);
    if (type !== 0 && type !== 4) return { type, step: -1 };
    const step = decoding.readVarUint(decoder);
    return { type, step, payload: step <= 2 ? decoding.readVarUint8Array(decoder) : undefined };
  }
}

/** Tags `[run|writer|seq]` in inserted text; they survive server-side merging of updates. */
export function tag(run: number, writer: number, seq: number): string {
  return `[${run}|${writer}|${seq}]`;
}

const OPEN = 0x5b; // [
const BAR = 0x7c; // |
const CLOSE = 0x5d; // ]

/**
 * Calls `found(writer, seq)` for every well-formed tag of `run` in `data`, without decoding
 * the frame (readers hold no Y.Doc).
 */
export function scanTags(data: Uint8Array, run: number, found: (writer: number, seq: number) => void): void {
  const buf = data as Buffer;
  let i = buf.indexOf(OPEN);
  const n = data.length;
  while (i !== -1 && i < n) {
    let j = i + 1;
    const fields = [0, 0, 0];
    let f = 0;
    let digits = 0;
    let ok = false;
    while (j < n) {
      const c = data[j];
      if (c >= 0x30 && c <= 0x39) {
        fields[f] = fields[f] * 10 + (c - 0x30);
        digits++;
      } else if (c === BAR && digits > 0 && f < 2) {
        f++;
        digits = 0;
      } else if (c === CLOSE && digits > 0 && f === 2) {
        ok = true;
        break;
      } else break;
      j++;
    }
    if (ok && fields[0] === run) found(fields[1], fields[2]);
    i = buf.indexOf(OPEN, j);
  }
}

// ---------------------------------------------------------------- raw WebSocket client

const WS_GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';
/** A frame longer than this is a protocol error here (the largest we expect is B4's ~311 KB SS2). */
const MAX_PAYLOAD = 64 * 1024 * 1024;

/** The read buffer of every RawSocket (see `onread` in RawSocket.connect). */
const readBuffer = Buffer.allocUnsafe(256 * 1024);

/** Masking keys come from a pooled random buffer (as `ws` does), refilled 2,048 keys at a time. */
const maskPool = Buffer.allocUnsafe(8192);
let maskOffset = maskPool.length;

/**
 * One masked client frame (RFC 6455 §5.3), built in a single buffer so a send is one write.
 * Opcode 2 is binary, 8 close, 10 pong.
 */
export function clientFrame(payload: Uint8Array, opcode = 2): Buffer {
  const n = payload.length;
  const h = n < 126 ? 2 : n < 65536 ? 4 : 10;
  const frame = Buffer.allocUnsafe(h + 4 + n);
  frame[0] = 0x80 | opcode;
  if (n < 126) frame[1] = 0x80 | n;
  else if (n < 65536) {
    frame[1] = 0x80 | 126;
    frame.writeUInt16BE(n, 2);
  } else {
    frame[1] = 0x80 | 127;
    frame.writeUInt32BE(Math.floor(n / 2 ** 32), 2);
    frame.writeUInt32BE(n >>> 0, 6);
  }
  if (maskOffset === maskPool.length) {
    randomFillSync(maskPool);
    maskOffset = 0;
  }
  const m0 = maskPool[maskOffset];
  const m1 = maskPool[maskOffset + 1];
  const m2 = maskPool[maskOffset + 2];
  const m3 = maskPool[maskOffset + 3];
  maskPool.copy(frame, h, maskOffset, maskOffset + 4);
  maskOffset += 4;
  const o = h + 4;
  let i = 0;
  for (; i + 3 < n; i += 4) {
    frame[o + i] = payload[i] ^ m0;
    frame[o + i + 1] = payload[i + 1] ^ m1;
    frame[o + i + 2] = payload[i + 2] ^ m2;
    frame[o + i + 3] = payload[i + 3] ^ m3;
  }
  for (; i < n; i++) frame[o + i] = payload[i] ^ maskPool[maskOffset - 4 + (i & 3)];
  return frame;
}

/**
 * A WebSocket client on a plain `net` socket: it does the HTTP/1.1 Upgrade itself (random
 * Sec-WebSocket-Key, checks the 101 and Sec-WebSocket-Accept), sends masked frames, and
 * parses the server's (unmasked) frames incrementally: 7/16/64-bit lengths, frames split
 * across TCP chunks or several in one chunk, fragmented messages, ping → pong, close.
 * Reads bypass the socket's Readable stream: net's `onread` option delivers each read into one
 * buffer shared by all RawSockets, and the parser runs right there (bytes of an incomplete
 * frame are copied out). Each complete binary (or text) message goes to `onMessage` as a view
 * into that buffer, valid only during the call: no 'data' or 'message' events, no allocation
 * per frame when a frame lies within one read.
 */
export class RawSocket {
  /** Set by the owner; may be replaced at any time, also from within a call. */
  onMessage: (payload: Buffer) => void = () => undefined;
  onClose: (code: number, reason: string) => void = () => undefined;
  isOpen = false;
  /** performance.now() when the 101 was accepted (before any frame that came with it). */
  openedAt = 0;
  /** Bytes received that do not yet form a whole frame: a list, joined only once enough has arrived. */
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  /** How many bytes the frame at the head of `pending` needs (0: unknown yet, parse on any data). */
  private need = 0;
  private fragments: Buffer[] | null = null;
  private closeSent = false;
  private closed = false;

  private constructor(private readonly socket: Socket) {}

  /**
   * Connects to ws://host:port/path and completes the opening handshake. `onMessage` is
   * installed before any frame is parsed (a server may send its first frames in the same
   * chunk as the 101).
   */
  static connect(url: string, onMessage: (payload: Buffer) => void, timeoutMs = 60_000): Promise<RawSocket> {
    const u = new URL(url);
    const key = randomBytes(16).toString('base64');
    const expected = createHash('sha1').update(key + WS_GUID).digest('base64');
    return new Promise((resolve, reject) => {
      // `onread` hands each read to a callback, in one buffer shared by every RawSocket,
      // bypassing the Readable stream ('data' events). What must outlive the call is copied.
      let handler: (chunk: Buffer) => void = (chunk) => onHandshake(chunk);
      const socket = netConnect({
        host: u.hostname,
        port: Number(u.port || 80),
        onread: { buffer: readBuffer, callback: (nread: number, buf: Uint8Array) => {
            handler((buf as Buffer).subarray(0, nread));
            return true;
          },
        },
      });
      socket.setNoDelay(true);
      const raw = new RawSocket(socket);
      raw.onMessage = onMessage;
      let head: Buffer = Buffer.alloc(0);
      const fail = (error: Error) => {
        clearTimeout(timer);
        socket.destroy();
        reject(error);
      };
      const timer = setTimeout(() => fail(new Error(`no WebSocket handshake from ${url} within ${timeoutMs} ms`)), timeoutMs);
      const onHandshake = (chunk: Buffer) => {
        head = Buffer.concat([head, chunk]);
        const end = head.indexOf('\r\n\r\n');
        if (end === -1) {
          if (head.length > 16384) fail(new Error('handshake response too long'));
          return;
        }
        const lines = head.subarray(0, end).toString('latin1').split('\r\n');
        const status = /^HTTP\/1\.1 (\d{3})/.exec(lines[0])?.[1];
        if (status !== '101') return fail(new Error(`WebSocket handshake refused: ${lines[0]}`));
        const headers = new Map<string, string>();
        for (const line of lines.slice(1)) {
          const colon = line.indexOf(':');
          if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
        }
        if (headers.get('upgrade')?.toLowerCase() !== 'websocket') return fail(new Error('handshake: no "Upgrade: websocket"'));
        if (headers.get('sec-websocket-accept') !== expected) return fail(new Error('handshake: wrong Sec-WebSocket-Accept'));
        clearTimeout(timer);
        socket.off('error', fail);
        socket.off('close', onEarlyClose);
        raw.isOpen = true;
        raw.openedAt = performance.now();
        handler = (c) => raw.receive(c);
        socket.on('error', () => raw.finish(1006, 'socket error'));
        socket.on('close', () => raw.finish(1006, 'socket closed'));
        resolve(raw);
        const rest = head.subarray(end + 4);
        if (rest.length) raw.receive(rest);
      };
      const onEarlyClose = () => fail(new Error(`socket closed during the WebSocket handshake with ${url}`));
      socket.on('error', fail);
      socket.on('close', onEarlyClose);
      socket.on('connect', () => {
        socket.write(
          `GET ${u.pathname}${u.search} HTTP/1.1\r\nHost: ${u.host}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
            `Sec-WebSocket-Key: ${key}\r\nSec-WebSocket-Version: 13\r\n\r\n`,
        );
      });
    });
  }

  /** One masked binary frame, one socket write. */
  send(payload: Uint8Array): void {
    if (this.isOpen) this.socket.write(clientFrame(payload, 2));
  }

  /** Sends a close frame (1000) and ends the socket. */
  close(): void {
    this.sendClose(1000);
    this.socket.end();
  }

  terminate(): void {
    this.isOpen = false;
    this.socket.destroy();
  }

  private sendClose(code: number): void {
    if (this.closeSent || this.socket.destroyed) return;
    this.closeSent = true;
    const body = Buffer.allocUnsafe(2);
    body.writeUInt16BE(code, 0);
    this.socket.write(clientFrame(body, 8));
  }

  private finish(code: number, reason: string): void {
    this.isOpen = false;
    if (this.closed) return;
    this.closed = true;
    this.onClose(code, reason);
  }

  private protocolError(reason: string): void {
    this.sendClose(1002);
    this.socket.destroy();
    this.finish(1002, reason);
  }

  private receive(chunk: Buffer): void {
    if (this.closed) return;
    let data: Buffer;
    if (this.pendingBytes === 0) data = chunk;
    else {
      this.pending.push(Buffer.from(chunk)); // `chunk` is the shared read buffer
      this.pendingBytes += chunk.length;
      if (this.pendingBytes < this.need) return;
      data = Buffer.concat(this.pending, this.pendingBytes);
      this.pending = [];
      this.pendingBytes = 0;
    }
    const n = data.length;
    let off = 0;
    this.need = 0;
    while (n - off >= 2) {
      const b0 = data[off];
      const b1 = data[off + 1];
      if (b1 & 0x80) return this.protocolError('masked frame from the server');
      if (b0 & 0x70) return this.protocolError('RSV bits set (no extension was negotiated)');
      let len = b1 & 0x7f;
      let h = 2;
      if (len === 126) {
        if (n - off < 4) break;
        len = data.readUInt16BE(off + 2);
        h = 4;
      } else if (len === 127) {
        if (n - off < 10) break;
        len = data.readUInt32BE(off + 2) * 2 ** 32 + data.readUInt32BE(off + 6);
        h = 10;
      }
      if (len > MAX_PAYLOAD) return this.protocolError(`frame of ${len} bytes`);
      if (n - off < h + len) {
        this.need = h + len;
        break;
      }
      const payload = data.subarray(off + h, off + h + len);
      off += h + len;
      this.frame(b0 & 0x80, b0 & 0x0f, payload);
      if (this.closed) return;
    }
    // Keep the unparsed rest. `need` is the whole frame's size if its header was complete,
    // else 0 (parse again on the next chunk).
    if (off < n) {
      this.pending.push(Buffer.from(data.subarray(off)));
      this.pendingBytes = n - off;
    }
  }

  private frame(fin: number, opcode: number, payload: Buffer): void {
    if (opcode === 0x1 || opcode === 0x2) {
      if (this.fragments) return this.protocolError('new message inside a fragmented one');
      if (fin) this.onMessage(payload);
      else this.fragments = [Buffer.from(payload)];
    } else if (opcode === 0x0) {
      if (!this.fragments) return this.protocolError('continuation without a message');
      this.fragments.push(Buffer.from(payload));
      if (fin) {
        const whole = Buffer.concat(this.fragments);
        this.fragments = null;
        this.onMessage(whole);
      }
    } else if (opcode === 0x8) {
      const code = payload.length >= 2 ? payload.readUInt16BE(0) : 1005;
      const reason = payload.length > 2 ? payload.subarray(2).toString('utf8') : '';
      this.sendClose(code === 1005 ? 1000 : code);
      this.socket.end();
      this.finish(code, reason);
    } else if (opcode === 0x9) {
      if (!fin || payload.length > 125) return this.protocolError('bad ping');
      if (!this.socket.destroyed) this.socket.write(clientFrame(payload, 0xa));
    } else if (opcode === 0xa) {
      // pong: nothing to do
    } else this.protocolError(`unknown opcode ${opcode}`);
  }
}
