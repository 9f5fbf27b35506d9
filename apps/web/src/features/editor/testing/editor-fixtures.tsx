import { render } from '@testing-library/react';
import { createModule } from '@samenwijs/module-model';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import * as Y from 'yjs';
import { createI18n, type Language } from '../../../app/i18n/i18n';
import { CollabSession, type CollabSessionOptions } from '../collab/collab-session';

/**
 * A WebSocket that never connects: component tests run the editor against a local Y.Doc only.
 * `instances` lets a test see (and close) what the session opened.
 */
export class SilentWebSocket {
  static instances: SilentWebSocket[] = [];
  static readonly CONNECTING = 0;
  static readonly OPEN = 1;
  static readonly CLOSING = 2;
  static readonly CLOSED = 3;
  binaryType = 'arraybuffer';
  readyState = 0;
  onopen: (() => void) | null = null;
  onclose: ((event: { code: number; reason: string }) => void) | null = null;
  onmessage: ((event: { data: ArrayBuffer }) => void) | null = null;
  onerror: (() => void) | null = null;
  sent: Uint8Array[] = [];

  constructor(readonly url: string) {
    SilentWebSocket.instances.push(this);
  }

  send(data: Uint8Array): void {
    this.sent.push(data);
  }

  close(): void {
    this.readyState = 3;
  }

  /** The server (or the network) ends the connection. */
  serverClose(code: number, reason = ''): void {
    this.readyState = 3;
    this.onclose?.({ code, reason });
  }
}

const sessions: CollabSession[] = [];
afterEach(() => {
  for (const session of sessions.splice(0)) session.destroy();
  SilentWebSocket.instances = [];
});

export function testSession(options: Partial<CollabSessionOptions> = {}): CollabSession {
  const session = new CollabSession({
    moduleId: 'module-1',
    user: { id: 'u-1', name: 'Anna de Boer', color: '#1c4fa1' },
    token: async () => 'access-1',
    serverUrl: 'ws://samenwijs.test/collab',
    persist: false,
    WebSocketImpl: SilentWebSocket as unknown as typeof WebSocket,
    ...options,
  });
  createModule(session.doc, { name: 'Tillift', language: 'nl-NL' });
  session.undoManager.clear();
  sessions.push(session);
  return session;
}

/** Applies every update of `from` to `to` as if it came over the network (not undoable there). */
export function connect(a: Y.Doc, b: Y.Doc): void {
  a.on('update', (update: Uint8Array, origin: unknown) => origin !== 'remote' && Y.applyUpdate(b, update, 'remote'));
  b.on('update', (update: Uint8Array, origin: unknown) => origin !== 'remote' && Y.applyUpdate(a, update, 'remote'));
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a), 'remote');
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b), 'remote');
}

export function renderWithI18n(ui: ReactNode, language: Language = 'nl') {
  const i18n = createI18n(language);
  return render(<I18nextProvider i18n={i18n}>{ui}</I18nextProvider>);
}

/** Lets requestAnimationFrame-batched re-renders happen. */
export const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
