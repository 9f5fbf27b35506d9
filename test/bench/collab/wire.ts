/**
 * Frames of the two wire protocols the contenders speak, encoded by hand so the load
 * generator needs no provider: y-websocket (ours, @y/websocket-server) and Hocuspocus
 * (every frame starts with varString(documentName); an auth frame comes first).
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

export type Contender = 'ours' | 'hocuspocus' | 'ywebsocket';

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
    if (contender === 'ywebsocket') return `${base}/${doc}`;
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
