import { mergeConcurrentFieldEdits, nodesOf, pageKeysOf, propertiesOf, propertyOrderOf } from '@samenwijs/module-model';
import { ySyncPluginKey } from '@tiptap/y-tiptap';
import { IndexeddbPersistence } from 'y-indexeddb';
import * as authProtocol from 'y-protocols/auth';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { localCopyName, markUnsynced, rememberCopy } from '../../../app/session/local-copies';
import { nextBackoffMs } from './backoff';

/**
 * What the editor shows about its connection.
 * - `connecting`: first attempt, nothing synced yet;
 * - `connected`: synced with the server, edits are stored as they happen;
 * - `reconnecting`: the connection dropped; edits stay on this device and merge later;
 * - `offline`: the browser says there is no network; same as reconnecting, said plainly;
 * - `refused`: the server will not let this person in (no access, module deleted).
 */
export type ConnectionStatus = 'connecting' | 'connected' | 'reconnecting' | 'offline' | 'refused';

export interface CollabUser {
  id: string;
  name: string;
  color: string;
}

/** What each person publishes about themselves (y-protocols awareness). */
export interface PresenceState {
  user?: CollabUser;
  /** The page (or sub-item's page) this person has open. */
  pageId?: string | null;
}

export interface Presence {
  clientId: number;
  user: CollabUser;
  pageId: string | null;
  self: boolean;
}

export interface CollabSessionOptions {
  moduleId: string;
  user: CollabUser;
  /** A currently valid access token; asked before every (re)connect. */
  token(): Promise<string | null>;
  /** `ws://host` or `wss://host`; defaults to this page's origin. */
  serverUrl?: string;
  /** Keep edits in IndexedDB (off in component tests without IndexedDB). */
  persist?: boolean;
  /** Start read-only before the server says so (the viewer is known not to be an author). */
  readOnly?: boolean;
  /**
   * The server says this read-only member may write now (close code 4205): reload what decides
   * `readOnly` (the member's roles). The session reconnects by itself meanwhile.
   */
  onWriteGranted?: () => void;
  /** For tests: the WebSocket class. */
  WebSocketImpl?: typeof WebSocket;
}

type Listener = () => void;

const MESSAGE_AUTH = 2;
/** The server's close code for "write access granted, reconnect". */
export const CLOSE_WRITE_GRANTED = 4205;
/** The server's close for "the access token this socket opened with expired" (4401 with this reason). */
export const CLOSE_TOKEN_EXPIRED = { code: 4401, reason: 'token expired' } as const;
/** The server's close codes that end a session for good, and what the person is told. */
const REFUSALS: Record<number, string> = { 4403: 'forbidden', 4404: 'notFound', 4413: 'tooLarge' };

/**
 * One module's live document in the browser: a Y.Doc kept in IndexedDB (edits survive a reload
 * while offline), synced with the server through the stock y-websocket provider, with this
 * person's presence and one undo history for everything they change in the module.
 *
 * Reconnecting is ours, not the provider's: after a drop we wait an exponentially growing,
 * jittered delay (so a server restart does not bring a whole classroom back in the same
 * millisecond) and fetch a fresh access token first (tokens live 15 minutes).
 */
export class CollabSession {
  readonly doc = new Y.Doc();
  readonly provider: WebsocketProvider;
  readonly undoManager: Y.UndoManager;
  /** Resolves when the local copy (IndexedDB) has been read, or at once without persistence. */
  readonly localLoaded: Promise<void>;

  private readonly persistence: IndexeddbPersistence | null;
  /** Stops merging concurrent edits of one text field (see mergeConcurrentFieldEdits). */
  private readonly stopFieldMerge: () => void;
  private readonly listeners = new Set<Listener>();
  private status: ConnectionStatus = 'connecting';
  private readOnly: boolean;
  private serverSaysReadOnly = false;
  private synced = false;
  private refusal: string | null = null;
  private attempts = 0;
  private reconnectTimer: ReturnType<typeof setTimeout> | undefined;
  private destroyed = false;
  private everConnected = false;
  /** Local edits made while not connected, not yet handed to the server by a sync. */
  private unsynced = false;
  private snapshot: SessionSnapshot;

  constructor(private readonly options: CollabSessionOptions) {
    this.readOnly = options.readOnly ?? false;
    this.persistence = options.persist === false ? null : new IndexeddbPersistence(localCopyName(options.user.id, options.moduleId), this.doc);
    if (this.persistence) rememberCopy(options.user.id, options.moduleId);
    this.localLoaded = this.persistence ? this.persistence.whenSynced.then(() => undefined) : Promise.resolve();

    const serverUrl = options.serverUrl ?? defaultServerUrl();
    this.provider = new WebsocketProvider(serverUrl, options.moduleId, this.doc, {
      connect: false,
      params: {},
      // Disables the provider's own resync timer; the server answers every sync step 1.
      resyncInterval: -1,
      ...(options.WebSocketImpl ? { WebSocketPolyfill: options.WebSocketImpl } : {}),
    });
    this.interceptAuthMessages();
    // Two authors typing in one title at once: both keep their words where they typed apart.
    this.stopFieldMerge = mergeConcurrentFieldEdits(this.doc);
    this.provider.awareness.setLocalStateField('user', options.user);
    this.provider.on('status', () => this.update());
    this.provider.on('sync', (synced: boolean) => {
      this.synced = synced;
      if (synced) {
        this.attempts = 0;
        // The sync exchange hands the server whatever it lacked of ours.
        this.setUnsynced(false);
      }
      this.update();
    });
    this.doc.on('update', (_update: Uint8Array, origin: unknown) => {
      if (this.unsynced || origin === this.provider || (this.persistence !== null && origin === this.persistence)) return;
      if (this.provider.wsconnected && this.synced) return;
      this.setUnsynced(true);
      this.update();
    });
    this.provider.on('connection-close', (event: CloseEvent | null) => this.onClose(event));

    // One history per person, across every field and page: the module's own operations run
    // with a null origin, TipTap's binding with ySyncPluginKey. Remote edits (origin: the
    // provider) and the local copy (origin: the IndexedDB persistence) are never undone.
    this.undoManager = new Y.UndoManager([pageKeysOf(this.doc), nodesOf(this.doc), propertiesOf(this.doc), propertyOrderOf(this.doc)], {
      trackedOrigins: new Set<unknown>([null, ySyncPluginKey]),
      captureTransaction: (tr) => tr.meta.get('addToHistory') !== false,
      captureTimeout: 600,
    });
    this.undoManager.on('stack-item-added', () => this.update());
    this.undoManager.on('stack-item-popped', () => this.update());
    this.undoManager.on('stack-cleared', () => this.update());

    globalThis.addEventListener?.('online', this.onOnline);
    globalThis.addEventListener?.('offline', this.onOffline);
    this.snapshot = this.takeSnapshot();
    void this.connect();
  }

  get awareness() {
    return this.provider.awareness;
  }

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): SessionSnapshot => this.snapshot;

  /** Which page this person has open, for everyone's outline. */
  setPage(pageId: string | null): void {
    this.provider.awareness.setLocalStateField('pageId', pageId);
  }

  /**
   * Runs a structural change (add, move, duplicate, delete) as its own undo step, never merged
   * with typing just before or after it.
   */
  discrete(change: () => void): void {
    this.undoManager.stopCapturing();
    try {
      change();
    } finally {
      this.undoManager.stopCapturing();
    }
  }

  /**
   * Ctrl/Cmd+Z, Ctrl/Cmd+Shift+Z and Ctrl/Cmd+Y go to this person's module-wide history (not to
   * an input's own undo, which knows nothing of Yjs). Returns whether the key was handled.
   */
  handleUndoKey = (event: { ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; key: string; preventDefault(): void }): boolean => {
    if (!(event.ctrlKey || event.metaKey)) return false;
    const key = event.key.toLowerCase();
    if (key === 'z' && !event.shiftKey) this.undo();
    else if ((key === 'z' && event.shiftKey) || key === 'y') this.redo();
    else return false;
    event.preventDefault();
    return true;
  };

  undo(): void {
    if (!this.readOnly) this.undoManager.undo();
  }

  redo(): void {
    if (!this.readOnly) this.undoManager.redo();
  }

  /** Everyone in this module (this person first), from awareness. */
  presence(): Presence[] {
    const out: Presence[] = [];
    for (const [clientId, state] of this.provider.awareness.getStates() as Map<number, PresenceState>) {
      if (!state.user) continue;
      out.push({ clientId, user: state.user, pageId: state.pageId ?? null, self: clientId === this.doc.clientID });
    }
    return out.sort((a, b) => Number(b.self) - Number(a.self) || a.user.name.localeCompare(b.user.name));
  }

  destroy(): void {
    this.destroyed = true;
    clearTimeout(this.reconnectTimer);
    globalThis.removeEventListener?.('online', this.onOnline);
    globalThis.removeEventListener?.('offline', this.onOffline);
    this.undoManager.destroy();
    this.stopFieldMerge();
    this.provider.destroy();
    void this.persistence?.destroy();
    this.doc.destroy();
    this.listeners.clear();
  }

  private async connect(): Promise<void> {
    if (this.destroyed || this.status === 'refused') return;
    let token: string | null = null;
    try {
      token = await this.options.token();
    } catch {
      token = null; // network down: try the socket anyway; it fails and we back off
    }
    if (this.destroyed) return;
    if (token) this.provider.params = { token };
    this.provider.connect();
  }

  private onClose(event: CloseEvent | null): void {
    if (this.destroyed) return;
    // Take the reconnect away from the provider: its backoff has no jitter and keeps the old token.
    this.provider.shouldConnect = false;
    const code = event?.code ?? 0;
    if (REFUSALS[code]) {
      this.refusal = REFUSALS[code];
      this.status = 'refused';
      this.update();
      return;
    }
    clearTimeout(this.reconnectTimer);
    if (code === CLOSE_TOKEN_EXPIRED.code && event?.reason === CLOSE_TOKEN_EXPIRED.reason && this.attempts === 0) {
      // The socket outlived its token (15 minutes): routine, so reconnect at once with a fresh
      // one. Only after a working connection: should that fail too, the usual backoff follows.
      this.attempts = 1;
      this.reconnectTimer = setTimeout(() => void this.connect(), 0);
      this.update();
      return;
    }
    if (code === CLOSE_WRITE_GRANTED) {
      // Promoted: not a failure, so no backoff; the next connection is a writing one.
      this.serverSaysReadOnly = false;
      this.attempts = 0;
      this.reconnectTimer = setTimeout(() => void this.connect(), 0);
      this.update();
      this.options.onWriteGranted?.();
      return;
    }
    if (globalThis.navigator?.onLine === false) {
      this.update(); // wait for the 'online' event instead of knocking on a closed door
      return;
    }
    this.attempts++;
    this.reconnectTimer = setTimeout(() => void this.connect(), nextBackoffMs(this.attempts));
    this.update();
  }

  private readonly onOnline = (): void => {
    // The network is back: try at once instead of waiting out the backoff.
    if (this.provider.wsconnected || this.status === 'refused') return;
    clearTimeout(this.reconnectTimer);
    this.reconnectTimer = setTimeout(() => void this.connect(), nextBackoffMs(1));
    this.update();
  };

  /**
   * The browser lost its network: say so at once and close the socket ourselves, instead of
   * waiting half a minute for it to time out. Edits go on locally (IndexedDB) meanwhile.
   */
  private readonly onOffline = (): void => {
    clearTimeout(this.reconnectTimer);
    if (this.provider.ws) this.provider.disconnect();
    this.update();
  };

  /** The server tells read-only members so with the protocol's permission-denied message. */
  private interceptAuthMessages(): void {
    this.provider.messageHandlers[MESSAGE_AUTH] = (_encoder, decoder) => {
      authProtocol.readAuthMessage(decoder, this.doc, () => {
        this.serverSaysReadOnly = true;
        this.readOnly = true;
        this.update();
      });
    };
  }

  /** Also noted outside the session, so signing out knows of edits a closed tab left behind. */
  private setUnsynced(unsynced: boolean): void {
    this.unsynced = unsynced;
    if (this.persistence) markUnsynced(this.options.user.id, this.options.moduleId, unsynced);
  }

  private update(): void {
    if (this.destroyed) return;
    if (this.status !== 'refused') {
      const online = globalThis.navigator?.onLine ?? true;
      if (this.provider.wsconnected && this.synced) this.status = 'connected';
      else if (!online) this.status = 'offline';
      else if (this.attempts === 0 && !this.everConnected) this.status = 'connecting';
      else this.status = 'reconnecting';
      if (this.status === 'connected') this.everConnected = true;
    }
    this.snapshot = this.takeSnapshot();
    for (const listener of this.listeners) listener();
  }

  private takeSnapshot(): SessionSnapshot {
    return {
      status: this.status,
      readOnly: this.readOnly,
      serverSaysReadOnly: this.serverSaysReadOnly,
      refusal: this.refusal,
      unsynced: this.unsynced,
      canUndo: this.undoManager.undoStack.length > 0,
      canRedo: this.undoManager.redoStack.length > 0,
    };
  }
}

export interface SessionSnapshot {
  status: ConnectionStatus;
  readOnly: boolean;
  /** The server confirmed read-only access (permission-denied auth message). */
  serverSaysReadOnly: boolean;
  /** Why the server refused: `forbidden` or `notFound`. */
  refusal: string | null;
  /** Edits made while offline that the server has not received yet (they are in IndexedDB). */
  unsynced: boolean;
  canUndo: boolean;
  canRedo: boolean;
}

function defaultServerUrl(): string {
  const { protocol, host } = globalThis.location;
  return `${protocol === 'https:' ? 'wss:' : 'ws:'}//${host}/collab`;
}
