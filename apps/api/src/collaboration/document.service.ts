import { Inject, Injectable, Logger, OnModuleDestroy, Optional } from '@nestjs/common';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import { DOCUMENT_STORE, DocumentStore } from './document-store';
import { applyStored, broadcast, FROM_PEER_INSTANCE, LiveDocument, LiveDocumentOptions, Peer } from './live-document';
import { majorCollection, MemoryReturn } from './memory-return';
import { REDIS_RELAY, RedisRelay } from './redis-relay';
import { SYNC_UPDATE, syncMessage } from './protocol';
import { warmUpYjs } from './yjs-warm-up';

export const COLLAB_LIMITS = {
  /** Fold the update log into a snapshot once its tail reaches this length. */
  compactAfter: 1000,
  /** Keep a document in memory this long after its last peer left. */
  unloadAfterMs: 5000,
  /**
   * Stored size (snapshot plus tail) past which a document takes no more updates: about a
   * hundred times the largest Xerte project in our fixtures (media live in storage, not here).
   */
  maxDocumentBytes: 32 * 1024 * 1024,
} as const;

/**
 * The documents this process serves: loads each once (single flight), tracks its peers,
 * relays durable updates to the other peers, and unloads it when nobody is left.
 */
@Injectable()
export class DocumentService implements OnModuleDestroy {
  private readonly logger = new Logger('Collaboration');
  private readonly loaded = new Map<string, LiveDocument>();
  private readonly loading = new Map<string, Promise<LiveDocument>>();
  private readonly unloadTimers = new Map<string, NodeJS.Timeout>();
  private stopping = false;
  private readonly loadListeners = new Set<(live: LiveDocument) => void>();
  /** Shared by every live document: its hooks are told which one calls. */
  private readonly liveOptions: LiveDocumentOptions;
  /** Collects once many documents have left, so their memory returns (see MemoryReturn). */
  private readonly memory = new MemoryReturn(majorCollection(), () => this.loaded.size);

  constructor(
    @Inject(DOCUMENT_STORE) private readonly store: DocumentStore,
    @Optional() @Inject(REDIS_RELAY) private readonly relayBus?: RedisRelay,
  ) {
    relayBus?.onReconnect(() => void this.catchUp());
    this.liveOptions = {
      compactAfter: COLLAB_LIMITS.compactAfter,
      maxBytes: COLLAB_LIMITS.maxDocumentBytes,
      onRelay: (update, origin, live) => this.relay(live, update, origin),
      onFailure: (error, live) => this.fail(live, error),
      // Only with a relay.
      onAwareness: relayBus ? (update, _origin, live) => relayBus.publish(live.id, 'awareness', update) : undefined,
    };
  }

  /**
   * After Redis was away: whatever other instances accepted meanwhile is in the store but never
   * reached this one over pub/sub, so each loaded document folds in its stored state.
   */
  async catchUp(): Promise<void> {
    for (const live of [...this.loaded.values()]) {
      try {
        await live.foldInStored();
      } catch (error) {
        this.logger.warn(`Document ${live.id}: catching up after Redis came back failed (${(error as Error).message})`);
      }
    }
  }

  /** The live document, loaded from the store before anyone may read it. */
  async open(docId: string): Promise<LiveDocument> {
    const timer = this.unloadTimers.get(docId);
    if (timer) {
      clearTimeout(timer);
      this.unloadTimers.delete(docId);
    }
    const live = this.loaded.get(docId);
    if (live) return live;
    let loading = this.loading.get(docId);
    if (!loading) {
      loading = this.load(docId).finally(() => this.loading.delete(docId));
      this.loading.set(docId, loading);
    }
    return loading;
  }

  private async load(docId: string): Promise<LiveDocument> {
    const relayBus = this.relayBus;
    const live = new LiveDocument(docId, this.store, this.liveOptions);
    // Subscribe before loading: whatever another instance stores meanwhile still arrives.
    await relayBus?.subscribe(docId, (kind, payload) => {
      if (kind === 'update') Y.applyUpdate(live.doc, payload, FROM_PEER_INSTANCE);
      else awarenessProtocol.applyAwarenessUpdate(live.awareness, payload, FROM_PEER_INSTANCE);
    });
    try {
      await live.load();
    } catch (error) {
      await relayBus?.unsubscribe(docId);
      throw error;
    }
    this.loaded.set(docId, live);
    for (const listener of this.loadListeners) listener(live);
    return live;
  }

  /** Hears of every document once it is loaded (to observe it while it stays in memory). */
  onLoad(listener: (live: LiveDocument) => void): () => void {
    this.loadListeners.add(listener);
    return () => this.loadListeners.delete(listener);
  }

  private relay(live: LiveDocument, update: Uint8Array, origin: unknown): void {
    broadcast(live.peers, syncMessage(SYNC_UPDATE, update), origin);
    if (origin !== FROM_PEER_INSTANCE) this.relayBus?.publish(live.id, 'update', update);
  }

  /** A write failed: drop the in-memory state; peers reconnect and resync from the store. */
  private fail(live: LiveDocument, error: Error): void {
    this.logger.error(`Document ${live.id}: persisting failed (${error.message}); reloading`);
    this.evict(live.id, 1011, 'storage failure, reconnect');
  }

  join(live: LiveDocument, peer: Peer): void {
    live.peers.add(peer);
  }

  leave(live: LiveDocument, peer: Peer, awarenessClientIds: number[]): void {
    live.peers.delete(peer);
    live.removePeerAwareness(awarenessClientIds);
    this.unloadWhenIdle(live);
  }

  /**
   * Changes a document on the server's behalf (restoring a version, seeding): applied to the
   * live document, so it is stored and relayed to everyone like an edit, and resolved once
   * durable.
   */
  async change<T>(docId: string, work: (doc: Y.Doc) => T): Promise<T> {
    const live = await this.open(docId);
    try {
      const result = work(live.doc);
      await new Promise((r) => setImmediate(r));
      await live.settled();
      return result;
    } finally {
      this.unloadWhenIdle(live);
    }
  }

  private unloadWhenIdle(live: LiveDocument): void {
    if (live.peers.size === 0 && this.loaded.get(live.id) === live && !this.unloadTimers.has(live.id)) {
      this.unloadTimers.set(
        live.id,
        setTimeout(() => void this.unload(live), COLLAB_LIMITS.unloadAfterMs).unref(),
      );
    }
  }

  private async unload(live: LiveDocument): Promise<void> {
    this.unloadTimers.delete(live.id);
    await live.settled();
    if (live.peers.size > 0 || this.loaded.get(live.id) !== live) return;
    this.loaded.delete(live.id);
    await this.relayBus?.unsubscribe(live.id);
    live.destroy();
    this.memory.noteUnload();
  }

  /**
   * Throws the document out of memory, closing its peers (e.g. after a malformed update
   * may have left it half-changed, or a failed write). The next peer reloads it.
   */
  evict(docId: string, code: number, reason: string): void {
    const live = this.loaded.get(docId);
    if (!live) return;
    this.loaded.delete(docId);
    void this.relayBus?.unsubscribe(docId);
    for (const peer of live.peers) (peer as Peer & { close?(code: number, reason: string): void }).close?.(code, reason);
    live.peers.clear();
    live.destroy();
  }

  /** Current state of a document, loaded or not, for readers such as GraphQL. */
  async snapshot(docId: string): Promise<Y.Doc> {
    const live = this.loaded.get(docId);
    if (live) {
      await live.settled();
      const copy = new Y.Doc();
      Y.applyUpdate(copy, live.fullStateUpdate());
      return copy;
    }
    const doc = new Y.Doc();
    applyStored(doc, await this.store.load(docId));
    return doc;
  }

  /**
   * Reads a document that is not open, so a fresh process has its store statements ready, and
   * then exercises Yjs's load and encode paths (see `warmUpYjs`).
   */
  async warmUp(docId: string): Promise<void> {
    if (!this.loaded.has(docId)) await this.store.load(docId);
    await warmUpYjs(() => this.stopping);
  }

  isLoaded(docId: string): boolean {
    return this.loaded.has(docId);
  }

  async onModuleDestroy(): Promise<void> {
    this.stopping = true;
    this.memory.stop();
    for (const timer of this.unloadTimers.values()) clearTimeout(timer);
    await Promise.all([...this.loaded.values()].map((live) => live.settled()));
    for (const live of this.loaded.values()) live.destroy();
    this.loaded.clear();
    await this.relayBus?.close();
  }
}
