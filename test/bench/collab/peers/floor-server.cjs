// The "floor" contender of the collaboration benchmark (S1/S2/S3 only): the least a relay can
// do on this machine, to show the per-delivery CPU floor of Node plus the kernel. It speaks just
// enough of the y-websocket protocol for the load generator and nothing else:
//   - WebSocket opening handshake on a plain http server's 'upgrade' (no `ws` library);
//   - a client's SyncStep1 [0, 0, sv] is answered with an empty SyncStep2 [0, 1, varUint8Array([0, 0])]
//     (an update with no structs and an empty delete set, which Y.applyUpdate accepts): the
//     generator counts a socket as synced on the first SyncStep2;
//   - an update frame [0, 2, update] is framed once (server frames are unmasked) and written with
//     one socket.write to every other socket on the same path; the message bytes are unchanged;
//   - everything else (a client's SyncStep2, awareness) is ignored.
// No Yjs, no document state, no storage, no backpressure handling. Prints "floor listening on PORT".
'use strict';
const { Buffer } = require('node:buffer');
const { createHash } = require('node:crypto');
const { createServer } = require('node:http');

const GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';
const MAX_PAYLOAD = 16 * 1024 * 1024;
// [0x82 FIN+binary, length 5] [0 sync, 1 SyncStep2, varUint8Array: length 2, bytes 0 0]
const EMPTY_SS2 = Buffer.from([0x82, 5, 0, 1, 2, 0, 0]);

/** path → Set of sockets */
const rooms = new Map();

function serverFrame(opcode, payload) {
  const n = payload.length;
  const h = n < 126 ? 2 : n < 65536 ? 4 : 10;
  const frame = Buffer.allocUnsafe(h + n);
  frame[0] = 0x80 | opcode;
  if (n < 126) frame[1] = n;
  else if (n < 65536) {
    frame[1] = 126;
    frame.writeUInt16BE(n, 2);
  } else {
    frame[1] = 127;
    frame.writeUInt32BE(Math.floor(n / 2 ** 32), 2);
    frame.writeUInt32BE(n >>> 0, 6);
  }
  payload.copy(frame, h);
  return frame;
}

function onMessage(socket, room, msg) {
  if (msg.length < 2 || msg[0] !== 0) return;
  if (msg[1] === 0) socket.write(EMPTY_SS2);
  else if (msg[1] === 2) {
    const frame = serverFrame(2, msg);
    for (const other of room) if (other !== socket && !other.destroyed) other.write(frame);
  }
}

/** Parses the client's masked frames (possibly split across or packed into chunks). */
function attach(socket, room, head) {
  let buf = head.length ? head : null;
  let fragments = null;
  const leave = () => {
    room.delete(socket);
  };
  socket.on('close', leave);
  socket.on('error', () => socket.destroy());
  const onData = (chunk) => {
    let data = buf ? Buffer.concat([buf, chunk]) : chunk;
    buf = null;
    let off = 0;
    const n = data.length;
    while (n - off >= 2) {
      const b0 = data[off];
      const b1 = data[off + 1];
      if (!(b1 & 0x80)) return socket.destroy(); // clients must mask
      let len = b1 & 0x7f;
      let h = 2;
      if (len === 126) {
        if (n - off < 4) break;
        len = data.readUInt16BE(off + 2);
        h = 4;
      } else if (len === 127) {
        if (n - off < 10) break;
        len = data.readUInt32BE(off + 2) * 2 ** 32 + data.readUInt32BE(off + 6);
        h = 10;
      }
      if (len > MAX_PAYLOAD) return socket.destroy();
      if (n - off < h + 4 + len) break;
      const m = off + h;
      const payload = Buffer.allocUnsafe(len);
      for (let i = 0; i < len; i++) payload[i] = data[m + 4 + i] ^ data[m + (i & 3)];
      off = m + 4 + len;
      const fin = b0 & 0x80;
      const opcode = b0 & 0x0f;
      if (opcode === 1 || opcode === 2) {
        if (fin) onMessage(socket, room, payload);
        else fragments = [payload];
      } else if (opcode === 0 && fragments) {
        fragments.push(payload);
        if (fin) {
          const whole = Buffer.concat(fragments);
          fragments = null;
          onMessage(socket, room, whole);
        }
      } else if (opcode === 8) {
        socket.end(serverFrame(8, payload.subarray(0, 2)));
        leave();
        return;
      } else if (opcode === 9) socket.write(serverFrame(10, payload));
    }
    if (off < n) buf = data.subarray(off);
  };
  socket.on('data', onData);
  if (buf) {
    const first = buf;
    buf = null;
    onData(first);
  }
}

const server = createServer((req, res) => {
  res.writeHead(426, { 'content-type': 'text/plain' });
  res.end('WebSocket only\n');
});

server.on('upgrade', (req, socket, head) => {
  const key = req.headers['sec-websocket-key'];
  if (!key || (req.headers.upgrade || '').toLowerCase() !== 'websocket') {
    socket.end('HTTP/1.1 400 Bad Request\r\n\r\n');
    return;
  }
  const accept = createHash('sha1').update(key + GUID).digest('base64');
  socket.setNoDelay(true);
  socket.write(`HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${accept}\r\n\r\n`);
  const path = (req.url || '/').split('?')[0];
  let room = rooms.get(path);
  if (!room) rooms.set(path, (room = new Set()));
  room.add(socket);
  attach(socket, room, head);
  // After attach's own 'close' listener, which leaves the room.
  socket.on('close', () => {
    if (room.size === 0 && rooms.get(path) === room) rooms.delete(path);
  });
});

server.listen(Number(process.env.PORT), '127.0.0.1', () => console.log(`floor listening on ${process.env.PORT}`));
process.on('SIGTERM', () => process.exit(0));
