import { Logger } from '@nestjs/common';
import * as Y from 'yjs';
import { Awareness, encodeAwarenessUpdate, removeAwarenessStates } from 'y-protocols/awareness';
import { awarenessMessage } from './protocol';
import { SharedFrame } from './shared-frame';
import type { DocumentStore, StoredDocument } from './document-store';

/** Origin of changes that come from the store (never persisted again). */
export const FROM_STORE = Symbol('from-store');
/** Origin of changes another instance accepted and stored: relayed here, not stored again. */
export const FROM_PEER_INSTANCE = Symbol('from-peer-instance');

export interface Peer {
  /** Sends one binary frame. */
  send(message: Uint8Array): void;
  /** Sends a message that goes to many peers, framed once for all of them. */
  sendShared?(frame: SharedFrame): void;
  /** Awareness client ids this peer's own messages added and removed (so they can be removed when it leaves). */
  trackAwareness?(added: number[], removed: number[]): void;
}

interface AwarenessChange {
  added: number[];
  updated: number[];
  removed: number[];
}

const compactionLogger = new Logger('Collaboration');

/** The queue of compactions, shared by all documents of this process (see `compact`). */
let compactionTurns: Promise<void> = Promise.resolve();
let lastCompactionEnd = -Infinity;
const COMPACTION_GAP_MS = 10;
/**
 * A tail of this many bytes, and at least as large as the snapshot, is compacted whatever its
 * length: a few large updates (a pasted chapter, an imported page) would otherwise stay as raw
 * rows that every load applies. Relative to the snapshot, so a large document does not rewrite
 * itself for every megabyte of edits (each compaction at most doubles what was written).
 */
const COMPACT_TAIL_BYTES = 1024 * 1024;
/** Largest share by which a document's compaction threshold is lowered (see `compactionThreshold`). */
const COMPACTION_JITTER = 0.25;
/** The flush chain of a document with nothing in flight; shared, as thousands of idle documents may be open. */
const NOTHING_IN_FLIGHT: Promise<void> = Promise.resolve();

/**
 * A document whose whole state encodes to at least this many bytes keeps that encoding until
 * its next change: every client that joins with nothing (the usual join) gets the same bytes,
 * and encoding a large document costs milliseconds (tens for a book-length one). Smaller
 * documents encode in microseconds and are not worth the memory.
 */
export const FULL_STATE_CACHE_MIN_BYTES = 16 * 1024;

/**
 * How a live document is run. The hooks are told which document calls, so one options object
 * can serve every open document (thousands may be open: a closure each adds up).
 */
export interface LiveDocumentOptions {
  /** Compact once the tail reaches this many updates (each document a little earlier, see `compactionThreshold`). */
  compactAfter: number;
  /** Bound on the stored size (snapshot plus tail, about); updates past it are refused (see `admits`). No bound if unset. */
  maxBytes?: number;
  onRelay?: (update: Uint8Array, origin: unknown, live: LiveDocument) => void;
  onFailure?: (error: Error, live: LiveDocument) => void;
  /** An awareness change that did not come from another instance (encoded once), e.g. for the Redis relay. */
  onAwareness?: (update: Uint8Array, origin: unknown, live: LiveDocument) => void;
}

interface PendingUpdate {
  update: Uint8Array;
  origin: unknown;
}

/**
 * One loaded document: its Y.Doc, awareness, connected peers, and the write-ahead queue.
 * Accepted updates are applied in memory, appended to the store in batches, and only then
 * relayed; sync answers wait for the same queue, so no client ever sees state that is not
 * durable yet.
 */
export class LiveDocument {
  private readonly ydoc = new Y.Doc({ gc: true });
  /**
   * What the store held at load, not applied yet: a large document answers its first joiners
   * from the stored bytes and is applied once those answers are on their way (see `load`).
   */
  private deferred: StoredDocument | null = null;
  /** Answers from the stored bytes still being written to their sockets. */
  private answersInFlight = 0;
  /** Applies a deferred load once nobody has asked for DEFERRED_IDLE_MS. */
  private idleApply?: NodeJS.Timeout;
  /** When the first answer from the stored bytes was given: a stream of joiners defers at most so long. */
  private firstAnswerAt = 0;
  /** Counts the document's changes (not loads), to tell whether an encoding is still current. */
  private changes = 0;
  /** Tasks that need the applied document (created while a load is deferred). */
  private whenApplied: (() => void)[] | null = null;
  /** Created on first use (see `awareness`). */
  private awarenessState: Awareness | null = null;
  readonly peers = new Set<Peer>();
  /** Accepted in this turn, not yet handed to the store (created with the first one). */
  private pending: PendingUpdate[] | null = null;
  private flushChain: Promise<void> = NOTHING_IN_FLIGHT;
  private flushScheduled = false;
  /** Updates persisted after the last snapshot. */
  tailLength = 0;
  /** Bytes of the updates accepted after the snapshot held (stored, being stored, or another instance's). */
  private tailBytes = 0;
  /**
   * Stored rows the document holds (loaded or appended here), by seq, and the stored snapshot
   * it holds: a compaction applies only what it does not hold (another instance's rows), not a
   * thousand rows it has (~10 ms of the event loop).
   */
  private heldRows: number[] = [];
  private heldSnapshot = { seq: 0, bytes: 0 };
  private compaction: Promise<void> | null = null;
  /** `Y.encodeStateAsUpdate(doc)` while the document is unchanged since (large documents only). */
  private fullState: Uint8Array | null = null;
  private destroyed = false;
  failed?: Error;

  /**
   * This document's compaction threshold: up to a quarter below `compactAfter`, at random.
   * Documents that are edited at the same pace (a class working through one lesson, or a
   * restart that loaded many tails at once) would otherwise all compact in the same second,
   * and their compactions would queue up in front of everyone's edits.
   */
  readonly compactionThreshold: number;

  constructor(
    readonly id: string,
    private readonly store: DocumentStore,
    private readonly options: LiveDocumentOptions,
  ) {
    this.compactionThreshold = Math.max(1, Math.ceil(options.compactAfter * (1 - COMPACTION_JITTER * Math.random())));
    this.ydoc.on('update', this.onUpdate);
  }

  /** The document; a deferred load is applied first. */
  get doc(): Y.Doc {
    if (this.deferred) this.applyDeferred();
    return this.ydoc;
  }

  /** The Y.Doc as it is, to attach observers to: never applies a deferred load. */
  get docToObserve(): Y.Doc {
    return this.ydoc;
  }

  /**
   * Cursors and names of the connected clients. Created when the first awareness state
   * arrives or a peer asks for the states: an Awareness costs a few KB and an interval timer,
   * and most open documents (readers, clients that send no cursor) never need one.
   */
  get awareness(): Awareness {
    if (!this.awarenessState) {
      // Awareness needs the client id, not the content: a deferred load stays deferred.
      const awareness = new Awareness(this.ydoc);
      // The server has no cursor of its own.
      awareness.setLocalState(null);
      awareness.on('update', (change: AwarenessChange, origin: unknown) => this.awarenessChanged(awareness, change, origin));
      this.awarenessState = awareness;
    }
    return this.awarenessState;
  }

  /** Client ids that have an awareness state, without creating the awareness. */
  awarenessClients(): number[] {
    return this.awarenessState ? [...this.awarenessState.getStates().keys()] : [];
  }

  /** One listener per document, not per peer: encodes a change once and sends it to every peer. */
  private awarenessChanged(awareness: Awareness, { added, updated, removed }: AwarenessChange, origin: unknown): void {
    if (this.peers.has(origin as Peer)) (origin as Peer).trackAwareness?.(added, removed);
    const changed = [...added, ...updated, ...removed];
    if (changed.length === 0) return;
    const update = encodeAwarenessUpdate(awareness, changed);
    broadcast(this.peers, awarenessMessage(update));
    if (origin !== FROM_PEER_INSTANCE) this.options.onAwareness?.(update, origin, this);
  }

  private readonly onUpdate = (update: Uint8Array, origin: unknown): void => {
    this.fullState = null;
    this.changes++;
    if (origin === FROM_STORE) return;
    this.tailBytes += update.byteLength;
    if (origin === FROM_PEER_INSTANCE) {
      // Already durable (the accepting instance stored it); wait for our own queue so
      // relay order follows what this instance acknowledged.
      this.afterFlush(() => this.options.onRelay?.(update, origin, this));
      return;
    }
    (this.pending ??= []).push({ update, origin });
    this.scheduleFlush();
  };

  async load(): Promise<void> {
    const stored = await this.store.load(this.id);
    // Held from here on: a deferred load is applied before anything reads the document.
    this.hold(stored);
    // Only if nothing else reached the document meanwhile (another instance's relayed update).
    const untouched = this.ydoc.store.clients.size === 0 && !this.ydoc.store.pendingStructs && !this.ydoc.store.pendingDs;
    this.tailLength = stored.updates.length;
    this.tailBytes = byteLength(stored.updates);
    if (untouched && answersFromStore(stored)) {
      // Parsing a large snapshot takes tens of milliseconds (more in a fresh process). A
      // client that joins with nothing gets the stored bytes as they are; the document is
      // applied once nobody has asked for a moment, or as soon as anything needs it.
      this.deferred = stored;
      if (stored.updates.length === 0) this.fullState = stored.snapshot;
      // The client whose connect loaded it may not have sent its sync request yet.
      this.applyWhenIdle();
      return;
    }
    this.applyLoaded(stored, untouched);
  }

  /**
   * Applies a loaded state (`whole`: nothing else reached the document before it). Yjs encodes
   * a transaction's update only for 'update' listeners, and ours ignores what comes from the
   * store: without it, loading skips encoding the whole document once more (a third of the
   * load time of a large document).
   */
  private applyLoaded(stored: StoredDocument, whole: boolean): void {
    this.ydoc.off('update', this.onUpdate);
    try {
      applyStored(this.ydoc, stored, FROM_STORE);
    } finally {
      this.ydoc.on('update', this.onUpdate);
    }
    // A bare snapshot is the whole state already encoded: keep it for the first joins.
    if (whole && stored.snapshot && stored.updates.length === 0 && stored.snapshot.byteLength >= FULL_STATE_CACHE_MIN_BYTES) {
      this.fullState = stored.snapshot;
    }
  }

  /**
   * Applies the deferred load. A stored state that does not apply (a damaged row) fails the
   * document, as a failed load would have: its peers are closed and the next one reloads it.
   */
  private applyDeferred(): void {
    const stored = this.deferred!;
    this.deferred = null;
    try {
      // Deferred only when nothing else had reached the document, and anything that would
      // have reached it since went through `doc`, which applied this first.
      this.applyLoaded(stored, true);
    } catch (error) {
      this.failed = error as Error;
      this.whenApplied = null;
      this.options.onFailure?.(this.failed, this);
      throw error;
    }
    const waiting = this.whenApplied;
    this.whenApplied = null;
    for (const task of waiting ?? []) this.afterFlush(task);
  }

  /**
   * Applies a deferred load DEFERRED_IDLE_MS after the last answer from the stored bytes was
   * written: clients that join together (a class opening the same lesson) are all answered
   * from the bytes, instead of the second one waiting for the parse the first one set off.
   */
  private applyWhenIdle(): void {
    if (this.destroyed) return;
    clearTimeout(this.idleApply);
    // Joiners that keep coming less than DEFERRED_IDLE_MS apart would defer it for ever, and
    // tasks waiting for the applied document (afterLoad) with it.
    const overdue = this.firstAnswerAt > 0 && performance.now() - this.firstAnswerAt > DEFERRED_ANSWER_WAIT_MS;
    this.idleApply = setTimeout(() => this.applyWhenAnswered(), overdue ? 0 : DEFERRED_IDLE_MS).unref();
  }

  /** From a timer: a failure is handled in `applyDeferred` and must not escape the timer. */
  private applyWhenAnswered(): void {
    if (!this.deferred || this.destroyed || this.answersInFlight > 0) return;
    try {
      this.applyDeferred();
    } catch {
      // the document failed and was handed to onFailure
      return;
    }
    // Nobody is waiting now; the next joiner would wait for the whole document's encoding
    // (a snapshot with a tail has none stored). Made now, unless an edit came first.
    const at = this.changes;
    setImmediate(() => {
      if (!this.destroyed && !this.failed && !this.fullState && this.changes === at) this.fullStateUpdate();
    });
  }

  /**
   * What a client that has nothing needs, as a SyncStep2 payload and updates to send right
   * after it (in this order). While the load is deferred: the stored snapshot and tail, as
   * they are; `done` must be called once they are written, so the document is applied when
   * no other answer follows for a moment.
   */
  stateForNewcomer(): { parts: Uint8Array[]; done: () => void } {
    if (!this.deferred) return { parts: [this.fullStateUpdate()], done: () => undefined };
    const { snapshot, updates } = this.deferred;
    this.firstAnswerAt ||= performance.now();
    this.answersInFlight++;
    let called = false;
    const done = () => {
      if (called) return;
      called = true;
      clearTimeout(latest);
      this.answersInFlight--;
      if (this.answersInFlight === 0) this.applyWhenIdle();
    };
    // A socket that takes long to drain (a slow network) does not hold the document back.
    const latest = setTimeout(done, DEFERRED_ANSWER_WAIT_MS).unref();
    return { parts: [snapshot!, ...updates], done };
  }

  /** Runs `task` once the document is applied (a deferred load) and everything accepted is durable. */
  afterLoad(task: () => void): void {
    if (this.deferred) (this.whenApplied ??= []).push(task);
    else this.afterFlush(task);
  }

  /**
   * Applies what the store holds to the live document, as another instance's change: what is
   * new is relayed to the peers here and neither stored nor published again; what the document
   * already has changes nothing. Null when the document was unloaded meanwhile.
   */
  async foldInStored(): Promise<StoredDocument | null> {
    const stored = await this.store.load(this.id);
    if (this.destroyed) return null;
    applyStored(this.doc, stored, FROM_PEER_INSTANCE);
    this.hold(stored);
    return stored;
  }

  /** The whole document as one update (what a client that has nothing needs). */
  fullStateUpdate(): Uint8Array {
    if (this.fullState) return this.fullState;
    const update = Y.encodeStateAsUpdate(this.doc);
    if (update.byteLength >= FULL_STATE_CACHE_MIN_BYTES) this.fullState = update;
    return update;
  }

  /** Resolves when everything accepted so far is durable and relayed. */
  settled(): Promise<void> {
    return this.flushChain.catch(() => undefined);
  }

  /** Runs `task` after all accepted updates are durable (to answer sync requests). */
  afterFlush(task: () => void): void {
    // An update applied in this turn joins the chain only when its flush runs (next check
    // phase): until then the chain would not cover it, and the task could send it undurable.
    // That flush's immediate was queued first, so this one runs right after it.
    if (this.flushScheduled) {
      setImmediate(() => this.afterFlush(task));
      return;
    }
    this.flushChain.then(task, () => undefined);
  }

  private scheduleFlush(): void {
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    // Batch everything that arrives in this turn of the event loop into one append.
    setImmediate(() => {
      this.flushScheduled = false;
      const batch = this.pending;
      this.pending = null;
      // Destroyed in this turn (evicted): what it accepted is not the truth any more, e.g. the
      // part of a malformed update yjs applied before it threw. Clients resync what they had.
      if (!batch || batch.length === 0 || this.destroyed) return;
      this.flushChain = this.flushChain.catch(() => undefined).then(() => this.persistAndRelay(batch));
      this.flushChain.catch((error: unknown) => this.options.onFailure?.(error as Error, this));
    });
  }

  private async persistAndRelay(batch: PendingUpdate[]): Promise<void> {
    try {
      const seqs = await this.store.append(
        this.id,
        batch.map((b) => b.update),
      );
      // A row at or below the snapshot held was folded into it already (a compaction read it
      // before this append resolved) or is recorded as not held: applying it again is harmless.
      for (const seq of seqs) if (seq > this.heldSnapshot.seq) this.heldRows.push(seq);
    } catch (error) {
      // Nothing of this batch was relayed; the document must be reloaded from the store.
      this.failed = error as Error;
      throw error;
    }
    this.tailLength += batch.length;
    for (const { update, origin } of batch) this.options.onRelay?.(update, origin, this);
    if (this.tailLength >= this.compactionThreshold || this.tailBytes >= Math.max(COMPACT_TAIL_BYTES, this.heldSnapshot.bytes)) {
      // A failed compaction changes nothing stored (its transaction rolled back): the next
      // append tries again. It must not become an unhandled rejection, which ends the process.
      this.compact().catch((error: Error) => compactionLogger.warn(`Document ${this.id}: compaction failed (${error.message}); will retry`));
    }
  }

  /**
   * Folds the tail into a snapshot encoded from the live document (never Y.mergeUpdates,
   * which is superlinear on long logs). Updates persisted while this runs keep their rows.
   */
  compact(): Promise<void> {
    // One at a time per document; a caller during a compaction waits for that one.
    if (this.compaction) return this.compaction;
    // Compactions of all documents take turns, and one that follows another within
    // COMPACTION_GAP_MS waits for the rest of that gap: when many documents cross the
    // threshold together, appends and relays run in between instead of waiting behind all of
    // them (each is one transaction, ~10 ms with 1,000 rows on SQLite).
    const turn = compactionTurns
      .then(() => {
        const wait = lastCompactionEnd + COMPACTION_GAP_MS - performance.now();
        return wait > 0 ? new Promise<void>((resolve) => setTimeout(resolve, wait)) : undefined;
      })
      .then(async () => {
        // Evicted or unloaded while waiting: its memory is no longer the truth to write down.
        if (this.destroyed) return;
        await this.flushChain.catch(() => undefined);
        if (this.destroyed || this.failed) return;
        try {
          // The store hands over what it holds, under its per-document lock: with several
          // instances, another one's update may be committed while its pub/sub message is
          // still on the way, and another instance may have compacted meanwhile. Folded into
          // the live document first, so the snapshot holds every row it replaces.
          let read: StoredDocument | null = null;
          let written: Uint8Array | null = null;
          const folded = await this.store.compact(this.id, (stored) => {
            if (this.destroyed || this.failed) return null;
            read = stored;
            const missing = this.notHeld(stored);
            if (missing.snapshot || missing.updates.length > 0) applyStored(this.doc, missing, FROM_PEER_INSTANCE);
            return (written = this.fullStateUpdate());
          });
          this.tailLength = Math.max(0, this.tailLength - folded);
          if (read && written) this.folded(read, written);
        } finally {
          lastCompactionEnd = performance.now();
        }
      });
    compactionTurns = turn.catch(() => undefined);
    this.compaction = turn.finally(() => (this.compaction = null));
    return this.compaction;
  }

  /** Records what a stored state gave the document (it was or is about to be applied). */
  private hold(stored: StoredDocument): void {
    if (stored.snapshot) this.heldSnapshot = { seq: stored.snapshotSeq, bytes: stored.snapshot.byteLength };
    for (const seq of stored.seqs) this.heldRows.push(seq);
  }

  /** The part of a stored state the document does not hold. */
  private notHeld(stored: StoredDocument): StoredDocument {
    const held = new Set(this.heldRows);
    const snapshotHeld = stored.snapshot !== null && stored.snapshotSeq === this.heldSnapshot.seq && stored.snapshot.byteLength === this.heldSnapshot.bytes;
    const updates: Uint8Array[] = [];
    const seqs: number[] = [];
    stored.seqs.forEach((seq, i) => {
      if (held.has(seq)) return;
      updates.push(stored.updates[i]);
      seqs.push(seq);
    });
    return { ...stored, snapshot: snapshotHeld ? null : stored.snapshot, updates, seqs };
  }

  /**
   * After a compaction: its snapshot is the one held. Rows up to its seq are forgotten: those it
   * read are gone, and one that committed later with a lower seq (PostgreSQL) counts as not
   * held, so the next compaction applies it again (harmless). The list stays bounded.
   */
  private folded(read: StoredDocument, snapshot: Uint8Array): void {
    this.heldSnapshot = { seq: read.lastSeq, bytes: snapshot.byteLength };
    // Updates accepted while the compaction ran stay counted (they may not be stored yet). The
    // count restarts at each load.
    this.tailBytes = Math.max(0, this.tailBytes - byteLength(read.updates));
    this.heldRows = this.heldRows.filter((seq) => seq > read.lastSeq);
  }

  /**
   * Whether an update of `bytes` may still be applied: the stored size (the snapshot held plus
   * the updates accepted since, about what the next load reads) stays within the bound. A
   * document grows only by its authors' edits, so this bounds what a runaway or hostile client
   * can make every later load and join carry; deletions shrink it at the next compaction.
   */
  admits(bytes: number): boolean {
    return this.heldSnapshot.bytes + this.tailBytes + bytes <= (this.options.maxBytes ?? Infinity);
  }

  removePeerAwareness(clientIds: number[]): void {
    if (clientIds.length > 0 && this.awarenessState) removeAwarenessStates(this.awarenessState, clientIds, null);
  }

  /**
   * Ends the document. Updates accepted in this turn and not handed to the store yet are
   * dropped (an unload waits for `settled` first; an eviction means the memory is not to be
   * trusted): their senders are closed and send them again when they resync.
   */
  destroy(): void {
    this.destroyed = true;
    this.pending = null;
    clearTimeout(this.idleApply);
    this.fullState = null;
    this.deferred = null;
    this.whenApplied = null;
    this.awarenessState?.destroy();
    this.ydoc.destroy();
  }
}

/** Sends `message` to every peer but `except`, framed once for the peers that take a shared frame. */
export function broadcast(peers: Iterable<Peer>, message: Uint8Array, except?: unknown): void {
  let frame: SharedFrame | null = null;
  for (const peer of peers) {
    if (peer === except) continue;
    if (peer.sendShared) peer.sendShared((frame ??= new SharedFrame(message)));
    else peer.send(message);
  }
}

/**
 * A load worth deferring: a large snapshot (whose parse is what a newcomer would wait for)
 * with a tail short enough to send as separate updates.
 */
function answersFromStore(stored: StoredDocument): stored is StoredDocument & { snapshot: Uint8Array } {
  return stored.snapshot !== null && stored.snapshot.byteLength >= FULL_STATE_CACHE_MIN_BYTES && stored.updates.length <= DEFERRED_TAIL_MAX;
}

/** Longest tail sent as separate updates after a stored snapshot (compaction keeps tails shorter). */
const DEFERRED_TAIL_MAX = 2000;
/** How long a deferred load waits for a first sync request before it is applied anyway. */
const DEFERRED_IDLE_MS = 50;
/** Longest wait for an answer from the stored bytes to be written before the document is applied anyway. */
const DEFERRED_ANSWER_WAIT_MS = 1000;

function byteLength(updates: readonly Uint8Array[]): number {
  let sum = 0;
  for (const update of updates) sum += update.byteLength;
  return sum;
}

/** A stored document (snapshot, then the later updates) applied in one transaction. */
export function applyStored(doc: Y.Doc, stored: StoredDocument, origin: unknown = null): void {
  Y.transact(
    doc,
    () => {
      if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot, origin);
      for (const update of stored.updates) Y.applyUpdate(doc, update, origin);
    },
    origin,
  );
}
