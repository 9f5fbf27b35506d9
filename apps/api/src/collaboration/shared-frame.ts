import type { WebSocket } from 'ws';

/** The parts of ws's per-socket sender that writing ready frames relies on. */
interface SenderInternals {
  /** 0 while nothing is queued (no compression or blob read in progress). */
  _state?: number;
  sendFrame?(list: Buffer[], cb?: (error?: Error) => void): void;
}

/** FIN + binary opcode: every server frame we send is one whole binary message. */
const FIN_BINARY = 0x82;

/**
 * Ready WebSocket frames (unmasked, final, binary, as a server sends them), built once on
 * first use and written as they are: one message for many sockets (a room's fan-out sends the
 * same bytes to every peer), or many messages for one socket in a single write (a stored tail
 * after a snapshot). `ws.send` would build a header, run its option handling and make a
 * system call per message and recipient.
 */
export class SharedFrame {
  private framed: Buffer | null = null;
  private readonly messages: readonly Uint8Array[];

  constructor(messages: Uint8Array | readonly Uint8Array[]) {
    this.messages = messages instanceof Uint8Array ? [messages] : messages;
  }

  /**
   * Writes the frames to `socket` (open, as callers check) through ws's own sender, or sends
   * them the ordinary way when that sender is busy or unfamiliar. `written` runs once the
   * bytes are handed to the kernel.
   */
  writeTo(socket: WebSocket, written?: () => void): void {
    if (writesDirectly(socket)) {
      (socket as unknown as { _sender: Required<SenderInternals> })._sender.sendFrame([this.bytes()], written && (() => written()));
      return;
    }
    const last = this.messages.length - 1;
    this.messages.forEach((message, i) => socket.send(message, { binary: true }, i === last && written ? () => written() : undefined));
  }

  /** Bytes of all frames, headers included (without building them). */
  get byteLength(): number {
    if (this.framed) return this.framed.byteLength;
    let size = 0;
    for (const message of this.messages) size += headerLength(message.byteLength) + message.byteLength;
    return size;
  }

  /** All frames, headers and payloads, back to back. */
  bytes(): Buffer {
    if (this.framed) return this.framed;
    const out = Buffer.allocUnsafe(this.byteLength);
    let at = 0;
    for (const message of this.messages) {
      const length = message.byteLength;
      out[at++] = FIN_BINARY;
      if (length < 126) {
        out[at++] = length;
      } else if (length < 65_536) {
        out[at++] = 126;
        at = out.writeUInt16BE(length, at);
      } else {
        out[at++] = 127;
        // 64-bit length: the high 16 bits are zero for anything a frame limit lets through.
        at = out.writeUInt16BE(0, at);
        at = out.writeUIntBE(length, at, 6);
      }
      out.set(message, at);
      at += length;
    }
    this.framed = out;
    return out;
  }
}

/** Whether `socket`'s frames can be written ready-made through ws's sender right now. */
export function writesDirectly(socket: WebSocket): boolean {
  const sender = (socket as unknown as { _sender?: SenderInternals })._sender;
  return sender !== undefined && sender._state === 0 && typeof sender.sendFrame === 'function';
}

function headerLength(payload: number): number {
  return payload < 126 ? 2 : payload < 65_536 ? 4 : 10;
}
