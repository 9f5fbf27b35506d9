import * as ws from 'ws';
import type { WebSocket } from 'ws';

type FrameBuilder = (data: Buffer, options: { fin: boolean; opcode: number; mask: boolean; readOnly: boolean; rsv1: boolean }) => Buffer[];

/** ws's own frame encoder (`WebSocket.Sender.frame`), when this version of ws exposes it. */
const buildFrame: FrameBuilder | null = (() => {
  const sender = (ws as unknown as { Sender?: { frame?: FrameBuilder } }).Sender ?? (ws.WebSocket as unknown as { Sender?: { frame?: FrameBuilder } }).Sender;
  return typeof sender?.frame === 'function' ? sender.frame.bind(sender) : null;
})();

/** The parts of ws's per-socket sender that writing a ready frame relies on. */
interface SenderInternals {
  /** 0 while nothing is queued (no compression or blob read in progress). */
  _state?: number;
  sendFrame?(list: Buffer[]): void;
}

const BINARY = 2;

/**
 * One message for many sockets: the WebSocket frame (unmasked, final, binary, as a server
 * sends it) is built once, on first use, and written to every recipient as is. `ws.send`
 * would build the header and go through its option handling per recipient; fan-out to a
 * room sends the same bytes many times.
 */
export class SharedFrame {
  private framed: Buffer | null = null;

  constructor(readonly message: Uint8Array) {}

  /** Writes the frame to `socket` (open, as callers check), or sends it the ordinary way when ws's sender is busy or unfamiliar. */
  writeTo(socket: WebSocket): void {
    const sender = (socket as unknown as { _sender?: SenderInternals })._sender;
    if (buildFrame && sender && sender._state === 0 && typeof sender.sendFrame === 'function') {
      sender.sendFrame([this.bytes()]);
    } else {
      socket.send(this.message, { binary: true });
    }
  }

  /** The whole frame, header and payload. */
  bytes(): Buffer {
    if (!this.framed) {
      const payload = Buffer.from(this.message.buffer, this.message.byteOffset, this.message.byteLength);
      this.framed = Buffer.concat(buildFrame!(payload, { fin: true, opcode: BINARY, mask: false, readOnly: true, rsv1: false }));
    }
    return this.framed;
  }
}

/** Whether ready frames go out through ws's sender (false: every send falls back to `ws.send`). */
export const SHARED_FRAMES_SUPPORTED = buildFrame !== null;
