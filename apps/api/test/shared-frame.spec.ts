import { AddressInfo } from 'node:net';
import { WebSocket, WebSocketServer } from 'ws';
import { SharedFrame, writesDirectly } from '../src/collaboration/shared-frame';
import { until } from './harness';

describe('a frame shared by many sockets', () => {
  let server: WebSocketServer;
  let url: string;
  const serverSides: WebSocket[] = [];

  beforeAll(async () => {
    server = new WebSocketServer({ port: 0, perMessageDeflate: false });
    server.on('connection', (socket) => serverSides.push(socket));
    await new Promise((resolve) => server.once('listening', resolve));
    url = `ws://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it('arrives at every client whole and in order with ordinary sends, at every header length', async () => {
    const clients = await Promise.all(
      [0, 1, 2].map(
        () =>
          new Promise<{ socket: WebSocket; got: Buffer[] }>((resolve) => {
            const socket = new WebSocket(url);
            const got: Buffer[] = [];
            socket.on('message', (data: Buffer) => got.push(data));
            socket.on('open', () => resolve({ socket, got }));
          }),
      ),
    );
    await until(() => serverSides.length === 3, 'server sides');
    // Written through ws's own sender with the installed ws: an upgrade that changes it fails here, not silently.
    expect(serverSides.every(writesDirectly)).toBe(true);
    // 7-bit, 16-bit and 64-bit payload lengths, and their edges.
    const sizes = [0, 1, 125, 126, 65_535, 65_536, 200_000];
    const expected: Buffer[] = [];
    sizes.forEach((size, i) => {
      const message = Uint8Array.from({ length: size }, (_, k) => (k * 7 + i) % 256);
      const frame = new SharedFrame(message);
      for (const side of serverSides) frame.writeTo(side);
      expected.push(Buffer.from(message));
      const plain = Buffer.from([0xff, i]);
      for (const side of serverSides) side.send(plain, { binary: true });
      expected.push(plain);
    });
    // Many messages in one write (a stored tail), with a callback once written.
    const batch = sizes.map((size) => Uint8Array.from({ length: size }, (_, k) => (k * 3 + size) % 256));
    let written = 0;
    for (const side of serverSides) new SharedFrame(batch).writeTo(side, () => written++);
    expected.push(...batch.map((m) => Buffer.from(m)));
    await until(() => clients.every((c) => c.got.length === expected.length), 'every message at every client');
    expect(written).toBe(3);
    for (const client of clients) {
      expect(client.got.map((b) => b.length)).toEqual(expected.map((b) => b.length));
      client.got.forEach((b, i) => expect(b.equals(expected[i])).toBe(true));
      client.socket.close();
    }
  });

  it('falls back to ordinary sends on a socket without ws’s sender, and still reports when written', () => {
    const sent: Uint8Array[] = [];
    const socket = {
      send: (data: Uint8Array, _options: unknown, cb?: () => void) => {
        sent.push(data);
        cb?.();
      },
    } as unknown as WebSocket;
    const messages = [Uint8Array.from([0, 2, 1, 9]), Uint8Array.from([0, 2, 1, 8])];
    let written = 0;
    new SharedFrame(messages).writeTo(socket, () => written++);
    expect(sent).toEqual(messages);
    expect(written).toBe(1);
  });
});
