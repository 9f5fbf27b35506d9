import { AddressInfo } from 'node:net';
import { WebSocket, WebSocketServer } from 'ws';
import { SHARED_FRAMES_SUPPORTED, SharedFrame } from '../src/collaboration/shared-frame';
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

  it('is written through ws’s own sender with the installed ws (an upgrade that changes it fails here, not silently)', () => {
    expect(SHARED_FRAMES_SUPPORTED).toBe(true);
  });

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
    await until(() => clients.every((c) => c.got.length === expected.length), 'every message at every client');
    for (const client of clients) {
      expect(client.got.map((b) => b.length)).toEqual(expected.map((b) => b.length));
      client.got.forEach((b, i) => expect(b.equals(expected[i])).toBe(true));
      client.socket.close();
    }
  });

  it('falls back to an ordinary send on a socket without ws’s sender', () => {
    const sent: Uint8Array[] = [];
    const socket = { send: (data: Uint8Array) => sent.push(data) } as unknown as WebSocket;
    const message = Uint8Array.from([0, 2, 1, 9]);
    new SharedFrame(message).writeTo(socket);
    expect(sent).toEqual([message]);
  });
});
