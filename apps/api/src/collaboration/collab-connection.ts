import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as authProtocol from 'y-protocols/auth';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import type { WebSocket } from 'ws';
import type { DocumentService } from './document.service';
import type { LiveDocument, Peer } from './live-document';
import { SharedFrame } from './shared-frame';
import { awarenessMessage, CLOSE, MESSAGE_AUTH, MESSAGE_AWARENESS, MESSAGE_QUERY_AWARENESS, MESSAGE_SYNC, SYNC_STEP_1, SYNC_STEP_2, SYNC_UPDATE, syncMessage } from './protocol';

export const CONNECTION_LIMITS = {
  /** Largest awareness state of one client (cursor, name, colour…), in bytes of JSON. */
  awarenessBytes: 16 * 1024,
  /** Messages per connection per second before it is closed as a flood. */
  messagesPerSecond: 500,
  /**
   * Requests whose answer can be large (a sync step 1, which may be answered with the whole
   * document; a query for every awareness state): this many at once, then one per
   * `costlyRequestEveryMs`. A client asks once per connection; a few more are a resync.
   */
  costlyRequestBurst: 4,
  costlyRequestEveryMs: 2_000,
  /** Awareness client ids one connection may speak for (a client has one per Y.Doc). */
  awarenessIdsPerConnection: 4,
  /**
   * Bytes queued for a client that does not read them. Past this the connection is ended: a
   * client that stops reading while it asks for answers must not make the server hold them
   * without end. Above the largest document (32 MiB) so a slow network can still join.
   */
  maxBufferedBytes: 48 * 1024 * 1024,
} as const;

/**
 * One client on one live document: decodes its y-websocket frames, applies what it may
 * apply, and answers sync requests once the document is durable.
 */
export class CollabConnection implements Peer {
  /** Awareness client ids this client added (created with the first one: most clients send none). */
  private awarenessIds: Set<number> | null = null;
  /** Awareness client ids this client has sent states for (created with the first one). */
  private awarenessClaims: Set<number> | null = null;
  private windowStart = Date.now();
  private windowCount = 0;
  /** Costly requests (see CONNECTION_LIMITS) the client may still make now, and when that was counted. */
  private costlyAllowance: number = CONNECTION_LIMITS.costlyRequestBurst;
  private costlyCountedAt = Date.now();
  private closed = false;

  constructor(
    private readonly socket: WebSocket,
    private readonly live: LiveDocument,
    private readonly documents: DocumentService,
    public readOnly: boolean,
  ) {}

  start(): void {
    this.documents.join(this.live, this);
    if (this.readOnly) this.send(permissionDenied('read-only'));
    // Ask for what the client has that we lack, once our state is loaded and durable.
    this.live.afterLoad(() => {
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, MESSAGE_SYNC);
      syncProtocol.writeSyncStep1(encoder, this.live.doc);
      this.send(encoding.toUint8Array(encoder));
      const states = this.live.awarenessClients();
      if (states.length > 0) this.send(awarenessMessage(awarenessProtocol.encodeAwarenessUpdate(this.live.awareness, states)));
    });
  }

  /**
   * Access changed while connected. A member who loses write access hears it at once (their
   * editor locks); one who gains it keeps the socket and may write from now on.
   */
  setReadOnly(readOnly: boolean): void {
    if (this.readOnly === readOnly) return;
    this.readOnly = readOnly;
    if (readOnly) this.send(permissionDenied('read-only'));
  }

  /** Sends one frame; `written` runs once it is handed to the kernel, or at once if it cannot be sent. */
  send(message: Uint8Array, written?: () => void): void {
    if (!this.writable(message.byteLength)) return written?.();
    this.socket.send(message, { binary: true }, written && (() => written()));
  }

  sendShared(frame: SharedFrame): void {
    if (this.writable(frame.byteLength)) frame.writeTo(this.socket);
  }

  /**
   * Whether `bytes` more may be written now. A client that would have more than
   * `maxBufferedBytes` unread is ended without a close frame (it would queue behind the rest);
   * a client that was only slow reconnects and resyncs.
   */
  private writable(bytes: number): boolean {
    if (this.closed || this.socket.readyState !== this.socket.OPEN) return false;
    if (this.socket.bufferedAmount + bytes <= CONNECTION_LIMITS.maxBufferedBytes) return true;
    this.socket.terminate();
    this.stop();
    return false;
  }

  close(code: number, reason: string): void {
    if (this.closed) return;
    this.socket.close(code, reason);
    this.stop();
  }

  stop(): void {
    if (this.closed) return;
    this.closed = true;
    this.documents.leave(this.live, this, this.awarenessIds ? [...this.awarenessIds] : []);
  }

  trackAwareness(added: number[], removed: number[]): void {
    if (added.length === 0 && !this.awarenessIds) return;
    const ids = (this.awarenessIds ??= new Set());
    for (const id of added) ids.add(id);
    for (const id of removed) ids.delete(id);
  }

  /** Handles one frame; closes the connection (only this one) when it is malformed. */
  handle(data: Uint8Array): void {
    if (this.closed) return;
    if (!this.withinRate()) return this.close(CLOSE.flood.code, CLOSE.flood.reason);
    let malformed = false;
    try {
      const decoder = decoding.createDecoder(data);
      const type = decoding.readVarUint(decoder);
      switch (type) {
        case MESSAGE_SYNC:
          this.handleSync(decoder);
          break;
        case MESSAGE_AWARENESS:
          this.handleAwareness(decoding.readVarUint8Array(decoder));
          break;
        case MESSAGE_QUERY_AWARENESS:
          if (!this.allowCostly()) return this.close(CLOSE.flood.code, CLOSE.flood.reason);
          this.send(awarenessMessage(awarenessProtocol.encodeAwarenessUpdate(this.live.awareness, this.live.awarenessClients())));
          break;
        case MESSAGE_AUTH:
          // Clients do not authenticate in-band; the token came with the connection.
          break;
        default:
          malformed = true;
      }
    } catch {
      malformed = true;
    }
    if (malformed) this.close(CLOSE.malformed.code, CLOSE.malformed.reason);
  }

  private handleSync(decoder: decoding.Decoder): void {
    const step = decoding.readVarUint(decoder);
    if (step === SYNC_STEP_1) {
      if (!this.allowCostly()) return this.close(CLOSE.flood.code, CLOSE.flood.reason);
      const stateVector = decoding.readVarUint8Array(decoder);
      // Validate before answering: a broken state vector must not reach the encoder later.
      const hasNothing = Y.decodeStateVector(stateVector).size === 0;
      this.live.afterFlush(() => {
        if (hasNothing) {
          // The usual join: the whole document, encoded once for every client that joins with
          // nothing, or as stored while the document is still being loaded.
          const { parts, done } = this.live.stateForNewcomer();
          const messages = parts.map((part, i) => syncMessage(i === 0 ? SYNC_STEP_2 : SYNC_UPDATE, part));
          const answer = new SharedFrame(messages);
          if (!this.writable(answer.byteLength)) return done();
          // One write for all of them: a stored tail is up to a thousand small updates.
          answer.writeTo(this.socket, done);
          return;
        }
        const encoder = encoding.createEncoder();
        encoding.writeVarUint(encoder, MESSAGE_SYNC);
        syncProtocol.writeSyncStep2(encoder, this.live.doc, stateVector);
        this.send(encoding.toUint8Array(encoder));
      });
      return;
    }
    if (step !== SYNC_STEP_2 && step !== SYNC_UPDATE) throw new Error('unknown sync step');
    const update = decoding.readVarUint8Array(decoder);
    if (this.readOnly) {
      // Nothing from a read-only connection reaches the document or the store.
      this.send(permissionDenied('read-only'));
      return;
    }
    if (!this.live.admits(update.byteLength)) {
      // Not applied, so nothing of it is stored; the client keeps it and is told why.
      this.close(CLOSE.documentTooLarge.code, CLOSE.documentTooLarge.reason);
      return;
    }
    try {
      Y.applyUpdate(this.live.doc, update, this);
    } catch (error) {
      // yjs may have applied part of the update before throwing: reload from the store.
      this.documents.evict(this.live.id, CLOSE.malformed.code, 'document reloaded after a malformed update');
      throw error;
    }
    if (this.live.doc.store.pendingStructs || this.live.doc.store.pendingDs) {
      // Its predecessors are missing: ask this client for everything we lack.
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, MESSAGE_SYNC);
      syncProtocol.writeSyncStep1(encoder, this.live.doc);
      this.send(encoding.toUint8Array(encoder));
    }
  }

  private handleAwareness(update: Uint8Array): void {
    // Bound each state before it reaches everyone's screen.
    const decoder = decoding.createDecoder(update);
    const count = decoding.readVarUint(decoder);
    if (count > 16) throw new Error('too many awareness states in one message');
    for (let i = 0; i < count; i++) {
      const clientId = decoding.readVarUint(decoder);
      if (!this.claimAwareness(clientId)) return this.close(CLOSE.flood.code, CLOSE.flood.reason);
      decoding.readVarUint(decoder);
      const state = decoding.readVarString(decoder);
      if (state.length > CONNECTION_LIMITS.awarenessBytes) throw new Error('awareness state too large');
      JSON.parse(state);
    }
    // An empty update (a keep-alive) changes nothing: it need not create the awareness.
    if (count > 0) awarenessProtocol.applyAwarenessUpdate(this.live.awareness, update, this);
  }

  /** Whether this client may speak for awareness client `clientId` (a few ids, each kept to the connection's end). */
  private claimAwareness(clientId: number): boolean {
    const claims = (this.awarenessClaims ??= new Set());
    if (claims.has(clientId)) return true;
    if (claims.size >= CONNECTION_LIMITS.awarenessIdsPerConnection) return false;
    claims.add(clientId);
    return true;
  }

  /** Takes one costly request from the allowance (a burst, then one per interval). */
  private allowCostly(): boolean {
    const now = Date.now();
    const earned = Math.floor((now - this.costlyCountedAt) / CONNECTION_LIMITS.costlyRequestEveryMs);
    if (earned > 0) {
      this.costlyAllowance = Math.min(CONNECTION_LIMITS.costlyRequestBurst, this.costlyAllowance + earned);
      this.costlyCountedAt += earned * CONNECTION_LIMITS.costlyRequestEveryMs;
    }
    if (this.costlyAllowance === 0) return false;
    this.costlyAllowance--;
    return true;
  }

  private withinRate(): boolean {
    const now = Date.now();
    if (now - this.windowStart >= 1000) {
      this.windowStart = now;
      this.windowCount = 0;
    }
    return ++this.windowCount <= CONNECTION_LIMITS.messagesPerSecond;
  }
}

function permissionDenied(reason: string): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_AUTH);
  authProtocol.writePermissionDenied(encoder, reason);
  return encoding.toUint8Array(encoder);
}
