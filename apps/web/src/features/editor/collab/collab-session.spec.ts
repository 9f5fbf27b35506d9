import { addPage, getField, pageSummaries, setField } from '@samenwijs/module-model';
import * as encoding from 'lib0/encoding';
import * as decoding from 'lib0/decoding';
import { connect, SilentWebSocket, testSession } from '../testing/editor-fixtures';

describe('CollabSession', () => {
  it('undoes only what this person did, across pages and fields, never a colleague’s edit', () => {
    const anna = testSession();
    const bas = testSession({ user: { id: 'u-2', name: 'Bas', color: '#0b6e4f' } });
    connect(anna.doc, bas.doc);

    const page = addPage(anna.doc, 'text');
    anna.undoManager.stopCapturing();
    setField(anna.doc, page, 'name', 'Inleiding');
    const basPage = addPage(bas.doc, 'text');
    setField(bas.doc, basPage, 'name', 'Van Bas');

    anna.undo(); // Anna's title
    expect(getField(bas.doc, page, 'name')).not.toBe('Inleiding');
    anna.undo(); // Anna's page
    expect(pageSummaries(bas.doc).map((p) => p.title)).toEqual(['Van Bas']);
    anna.redo();
    expect(pageSummaries(anna.doc)).toHaveLength(2);
    expect(anna.getSnapshot().canRedo).toBe(true);
  });

  it('groups a structural change as its own undo step, apart from typing before it', () => {
    const anna = testSession();
    const page = addPage(anna.doc, 'text');
    setField(anna.doc, page, 'name', 'Titel');
    anna.discrete(() => addPage(anna.doc, 'text'));
    anna.undo();
    expect(pageSummaries(anna.doc).map((p) => p.title)).toEqual(['Titel']);
  });

  it('becomes read-only when the server sends permission-denied, and then undoes nothing', () => {
    const reviewer = testSession();
    const page = addPage(reviewer.doc, 'text');
    const message = encoding.createEncoder();
    encoding.writeVarUint(message, 0); // auth: permission denied
    encoding.writeVarString(message, 'read-only');
    reviewer.provider.messageHandlers[2](encoding.createEncoder(), decoding.createDecoder(encoding.toUint8Array(message)), reviewer.provider, true, 2);
    expect(reviewer.getSnapshot()).toMatchObject({ readOnly: true, serverSaysReadOnly: true });
    reviewer.undo();
    expect(pageSummaries(reviewer.doc).map((p) => p.id)).toEqual([page]);
  });

  it('reconnects after a drop with a fresh token and a jittered delay, and stops for good on 4403', async () => {
    jest.useFakeTimers();
    try {
      const tokens = ['first', 'second', 'third'];
      const session = testSession({ token: async () => tokens.shift() ?? 'later' });
      await jest.advanceTimersByTimeAsync(0);
      expect(SilentWebSocket.instances.map((ws) => new URL(ws.url).searchParams.get('token'))).toEqual(['first']);

      SilentWebSocket.instances[0].serverClose(1006);
      expect(session.getSnapshot().status).toBe('reconnecting');
      await jest.advanceTimersByTimeAsync(200);
      expect(SilentWebSocket.instances).toHaveLength(1); // not before a quarter second
      await jest.advanceTimersByTimeAsync(400);
      expect(SilentWebSocket.instances.map((ws) => new URL(ws.url).searchParams.get('token'))).toEqual(['first', 'second']);

      SilentWebSocket.instances[1].serverClose(4403, 'forbidden');
      expect(session.getSnapshot()).toMatchObject({ status: 'refused', refusal: 'forbidden' });
      await jest.advanceTimersByTimeAsync(60_000);
      expect(SilentWebSocket.instances).toHaveLength(2);
    } finally {
      jest.useRealTimers();
    }
  });

  it.each([
    [4403, 'forbidden'],
    [4404, 'notFound'],
    [4413, 'tooLarge'],
  ])('stops for good and says why when the server closes with %i', async (code, refusal) => {
    jest.useFakeTimers();
    try {
      const session = testSession({ token: async () => 'token' });
      await jest.advanceTimersByTimeAsync(0);
      SilentWebSocket.instances[0].serverClose(code, 'refused');
      expect(session.getSnapshot()).toMatchObject({ status: 'refused', refusal });
      await jest.advanceTimersByTimeAsync(60_000);
      expect(SilentWebSocket.instances).toHaveLength(1);
    } finally {
      jest.useRealTimers();
    }
  });

  it('reconnects at once with a fresh token when its token expired, but backs off if that keeps happening', async () => {
    jest.useFakeTimers();
    try {
      let issued = 0;
      const session = testSession({ token: async () => `token-${++issued}` });
      await jest.advanceTimersByTimeAsync(0);
      session.provider.emit('sync', [true]); // a working connection
      SilentWebSocket.instances[0].serverClose(4401, 'token expired');
      await jest.advanceTimersByTimeAsync(10);
      expect(SilentWebSocket.instances.map((ws) => new URL(ws.url).searchParams.get('token'))).toEqual(['token-1', 'token-2']);
      // Closed the same way again before it ever synced: not at once this time.
      SilentWebSocket.instances[1].serverClose(4401, 'token expired');
      await jest.advanceTimersByTimeAsync(10);
      expect(SilentWebSocket.instances).toHaveLength(2);
      await jest.advanceTimersByTimeAsync(60_000);
      expect(SilentWebSocket.instances.length).toBeGreaterThan(2);
      expect(session.getSnapshot().status).not.toBe('refused');
    } finally {
      jest.useRealTimers();
    }
  });

  it('reconnects at once, without backoff, and reports it when the server grants write access (4205)', async () => {
    jest.useFakeTimers();
    try {
      let granted = 0;
      const session = testSession({ token: async () => 'token', readOnly: true, onWriteGranted: () => granted++ });
      await jest.advanceTimersByTimeAsync(0);
      expect(SilentWebSocket.instances).toHaveLength(1);
      SilentWebSocket.instances[0].serverClose(4205, 'write access granted, reconnect');
      expect(granted).toBe(1);
      expect(session.getSnapshot().status).not.toBe('refused');
      await jest.advanceTimersByTimeAsync(10);
      expect(SilentWebSocket.instances).toHaveLength(2);
    } finally {
      jest.useRealTimers();
    }
  });

  it('knows when edits made without a connection have not reached the server yet', () => {
    const anna = testSession();
    anna.provider.emit('sync', [true]); // say the module's creation reached the server
    expect(anna.getSnapshot().unsynced).toBe(false);
    addPage(anna.doc, 'text'); // no connection: only in this browser
    expect(anna.getSnapshot().unsynced).toBe(true);
    anna.provider.emit('sync', [true]);
    expect(anna.getSnapshot().unsynced).toBe(false);
  });

  it('publishes who is here and on which page', () => {
    const anna = testSession();
    anna.setPage('PG1');
    expect(anna.presence()).toEqual([{ clientId: anna.doc.clientID, user: { id: 'u-1', name: 'Anna de Boer', color: '#1c4fa1' }, pageId: 'PG1', self: true }]);
  });
});
