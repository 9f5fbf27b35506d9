import { IncomingMessage } from 'node:http';
import { Duplex } from 'node:stream';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown, Optional } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { WebSocket, WebSocketServer } from 'ws';
import { Actor, can } from '@samenwijs/authz';
import { DomainError } from '@samenwijs/core';
import { AccessChange, AccessEvents } from '../common/access-events';
import { AuthService } from '../modules/auth/auth.service';
import { TokenService } from '../modules/auth/token.service';
import { LearningModulesService } from '../modules/learning-modules/learning-modules.service';
import { AccessCache } from './access-cache';
import { CollabConnection } from './collab-connection';
import { DocumentService } from './document.service';
import { CLOSE, COLLAB_PATH } from './protocol';
import { REDIS_RELAY, RedisRelay } from './redis-relay';

export const SERVER_LIMITS = {
  /** Largest frame accepted; bigger ones close the socket (1009). */
  maxPayloadBytes: 2 * 1024 * 1024,
  /** Every open connection's access is checked again this often, besides on access events. */
  recheckEveryMs: 30_000,
  /**
   * Connections whose access token has expired are closed (4401) this often: the token was
   * checked when the socket opened, and a socket must not outlive it (a token taken from a
   * signed-out browser, say). Our editor reconnects with a fresh token and resyncs.
   */
  expirySweepEveryMs: 5_000,
} as const;

interface Session {
  connection: CollabConnection;
  userId: string;
  moduleId: string;
  groupId: string;
  /** When the access token the socket opened with expires (ms since the epoch). */
  expiresAt: number;
}

/**
 * ws's socket with what our listeners need in fields of its own. Thousands of connections may
 * sit idle: their listeners are functions shared by all sockets (`this` is the socket), not
 * closures per connection that would keep the connect path's scope alive.
 */
class CollabSocket extends WebSocket {
  /** Set once access is decided and the document is open. */
  session: Session | null = null;
  /** Frames that arrived before that (bounded), held and never processed; created with the first one. */
  early: Buffer[] | null = null;
  earlyBytes = 0;
}

/** Every socket's 'message' listener: the session's connection handles the frame, or it is held until there is one. */
function onSocketMessage(this: WebSocket, data: Buffer): void {
  const socket = this as CollabSocket;
  if (socket.session) return socket.session.connection.handle(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
  socket.earlyBytes += data.length;
  const early = (socket.early ??= []);
  if (early.length >= 100 || socket.earlyBytes > SERVER_LIMITS.maxPayloadBytes) socket.close(CLOSE.flood.code, CLOSE.flood.reason);
  else early.push(data);
}

/** Every socket's 'error' listener. */
function onSocketError(this: WebSocket): void {
  this.terminate();
}

type Access = { ok: true; actor: Actor; groupId: string; write: boolean } | { ok: false; close: { code: number; reason: string } };

/**
 * The y-websocket endpoint `/collab/<moduleId>?token=<accessToken>` on the API's own port.
 * Access is decided by the one policy before any document byte is sent: authors write,
 * other members read (their updates are dropped), everyone else is refused.
 */
@Injectable()
export class CollabServer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Collaboration');
  /** Without client tracking: `sessions` tracks the connections that matter, and ws's set would add an entry and a listener per socket. */
  private readonly wss = new WebSocketServer<typeof CollabSocket>({
    noServer: true,
    clientTracking: false,
    WebSocket: CollabSocket,
    maxPayload: SERVER_LIMITS.maxPayloadBytes,
    perMessageDeflate: false,
  });
  private readonly sessions = new Set<Session>();
  /** Every accepted socket's 'close' listener, one function for all of them (`this` is the socket). */
  private readonly onSessionClose: (this: WebSocket) => void;
  /** Recent grants, so a reconnect skips the three access queries; dropped by access events. */
  readonly grants = new AccessCache();
  private unsubscribe?: () => void;
  private recheckTimer?: NodeJS.Timeout;
  private expiryTimer?: NodeJS.Timeout;
  private warming: Promise<void> = Promise.resolve();

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly tokens: TokenService,
    private readonly auth: AuthService,
    private readonly modules: LearningModulesService,
    private readonly documents: DocumentService,
    private readonly accessEvents: AccessEvents,
    @Optional() @Inject(REDIS_RELAY) private readonly relayBus?: RedisRelay,
  ) {
    const sessions = this.sessions;
    this.onSessionClose = function (this: WebSocket) {
      const session = (this as CollabSocket).session!;
      sessions.delete(session);
      session.connection.stop();
    };
  }

  onApplicationBootstrap(): void {
    const server = this.adapterHost.httpAdapter.getHttpServer();
    server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const path = COLLAB_PATH.exec(url.pathname);
      if (!path) {
        // Another upgrade handler may claim it; with none, the request is answered and ended
        // (Node leaves an unclaimed upgrade's socket open for ever).
        if (server.listenerCount('upgrade') === 1) refuseUpgrade(socket);
        return;
      }
      // Only these two strings outlive the handshake: not the request, nor its URL.
      const moduleId = path[1].toLowerCase();
      const token = url.searchParams.get('token');
      this.wss.handleUpgrade(req, socket, head, (ws) => void this.accept(ws, moduleId, token));
    });
    const changed = (change: AccessChange) => {
      // Synchronously, before any connect in flight can use a grant the change revokes.
      this.grants.drop(change);
      void this.recheck(change);
    };
    const local = this.accessEvents.subscribe((change) => {
      changed(change);
      this.relayBus?.publishAccess(change);
    });
    // Other instances' changes: their own connections were re-checked there, ours are here.
    const remote = this.relayBus?.onAccess(changed);
    this.unsubscribe = () => {
      local();
      remote?.();
    };
    this.recheckTimer = setInterval(() => void this.recheck(null), SERVER_LIMITS.recheckEveryMs).unref();
    this.expiryTimer = setInterval(() => this.closeExpired(Date.now()), SERVER_LIMITS.expirySweepEveryMs).unref();
    this.warming = this.warmUp();
  }

  async onApplicationShutdown(): Promise<void> {
    this.unsubscribe?.();
    clearInterval(this.recheckTimer);
    clearInterval(this.expiryTimer);
    await this.warming;
    for (const session of this.sessions) session.connection.close(1012, 'server restarting');
    this.wss.close();
  }

  private async accept(ws: CollabSocket, moduleId: string, token: string | null): Promise<void> {
    ws.binaryType = 'nodebuffer';
    // Frames that arrive before access is decided are held (bounded), never processed.
    ws.on('message', onSocketMessage);
    ws.on('error', onSocketError);

    const mark = this.grants.mark();
    const verified = token ? this.tokens.verifyAccess(token) : 'invalid';
    if (typeof verified === 'string') return ws.close(CLOSE.unauthenticated.code, CLOSE.unauthenticated.reason);
    const { expiresAt } = verified;
    let access = await this.decide(verified.userId, moduleId);
    if (ws.readyState !== ws.OPEN) return;
    if (!access.ok) return ws.close(access.close.code, access.close.reason);

    let live;
    try {
      live = await this.documents.open(moduleId);
    } catch (error) {
      this.logger.error(`Loading document ${moduleId} failed: ${(error as Error).message}`);
      return ws.close(1011, 'document could not be loaded');
    }
    // An access change while the document loaded: its re-check did not see this session yet.
    if (this.grants.changedSince(mark)) access = await this.decideFor(access.actor.userId, moduleId);
    if (ws.readyState !== ws.OPEN) return;
    if (!access.ok) return ws.close(access.close.code, access.close.reason);
    if (Date.now() >= expiresAt) return ws.close(CLOSE.tokenExpired.code, CLOSE.tokenExpired.reason);
    const connection = new CollabConnection(ws, live, this.documents, !access.write);
    const session: Session = { connection, userId: access.actor.userId, moduleId, groupId: access.groupId, expiresAt };
    this.sessions.add(session);
    // From here on the socket's frames go to the connection (see onSocketMessage).
    ws.session = session;
    ws.on('close', this.onSessionClose);
    connection.start();
    const early = ws.early;
    ws.early = null;
    for (const data of early ?? []) connection.handle(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
  }

  /**
   * Runs the connect path once for nobody, right after start-up: a fresh process pays for its
   * first token check, its first queries (TypeORM builds and caches their SQL and statements)
   * and its first store read, and that would otherwise be the first client's wait (about
   * 100 ms here). Nothing is written.
   */
  private async warmUp(): Promise<void> {
    const nobody = '00000000-0000-4000-8000-000000000000';
    try {
      this.tokens.verifyAccess(this.tokens.signAccess(nobody).token);
      await this.decideFor(nobody, nobody);
      await this.modules.get(null, nobody).catch(() => undefined);
      await this.documents.warmUp(nobody);
    } catch (error) {
      this.logger.debug(`Warm-up: ${(error as Error).message}`);
    }
  }

  /** The access of a verified user: a recent grant, or the database's answer (remembered). */
  private async decide(userId: string, moduleId: string): Promise<Access> {
    const grant = this.grants.get(userId, moduleId);
    if (grant) return { ok: true, ...grant };
    const mark = this.grants.mark();
    const access = await this.decideFor(userId, moduleId);
    if (access.ok) this.grants.set(userId, moduleId, { actor: access.actor, groupId: access.groupId, write: access.write }, mark);
    return access;
  }

  /** Closes the connections whose access token has expired by `now`. */
  private closeExpired(now: number): void {
    for (const session of this.sessions) {
      if (session.expiresAt > now) continue;
      session.connection.close(CLOSE.tokenExpired.code, CLOSE.tokenExpired.reason);
      this.sessions.delete(session);
    }
  }

  /** Asks the database (never the grant cache). */
  private async decideFor(userId: string, moduleId: string): Promise<Access> {
    try {
      const actor = await this.auth.loadActor(userId);
      const module = await this.modules.get(actor, moduleId);
      const resource = { kind: 'module', groupId: module.groupId, deleted: module.deletedAt !== null } as const;
      if (resource.deleted) return { ok: false, close: CLOSE.notFound };
      return { ok: true, actor, groupId: module.groupId, write: can(actor, 'module.write', resource) };
    } catch (error) {
      if (error instanceof DomainError) {
        if (error.code === 'UNAUTHENTICATED') return { ok: false, close: CLOSE.unauthenticated };
        if (error.code === 'NOT_FOUND') return { ok: false, close: CLOSE.notFound };
        return { ok: false, close: CLOSE.forbidden };
      }
      throw error;
    }
  }

  /** Checks open connections again: those a change concerns, or all when `change` is null. */
  private async recheck(change: AccessChange | null): Promise<void> {
    const affected = [...this.sessions].filter(
      (s) => !change || (change.kind === 'group' ? s.groupId === change.groupId : s.moduleId === change.moduleId),
    );
    // One decision per user and module, and a turn of the event loop before each: the
    // queries resolve synchronously on SQLite, so a pass over many sessions would otherwise
    // hold the loop (and every document's fan-out) for its whole length.
    const decisions = new Map<string, Promise<Access>>();
    for (const session of affected) {
      const key = `${session.userId} ${session.moduleId}`;
      let decision = decisions.get(key);
      if (!decision) {
        await new Promise((resolve) => setImmediate(resolve));
        decision = this.decideFor(session.userId, session.moduleId);
        decision.catch(() => undefined);
        decisions.set(key, decision);
      }
      let access: Access;
      try {
        access = await decision;
      } catch (error) {
        this.logger.warn(`Re-checking access failed: ${(error as Error).message}`);
        continue;
      }
      if (!access.ok) {
        this.grants.forget(session.userId, session.moduleId);
        session.connection.close(CLOSE.accessChanged.code, CLOSE.accessChanged.reason);
        this.sessions.delete(session);
        continue;
      }
      if (session.connection.readOnly && access.write) {
        this.grants.forget(session.userId, session.moduleId);
        session.connection.close(CLOSE.writeGranted.code, CLOSE.writeGranted.reason);
        this.sessions.delete(session);
      } else if (!session.connection.readOnly && !access.write) {
        this.grants.forget(session.userId, session.moduleId);
        session.connection.setReadOnly(true);
      }
    }
  }
}

/** Answers an upgrade request nobody serves, and ends its connection. */
function refuseUpgrade(socket: Duplex): void {
  socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n', () => socket.destroy());
}
