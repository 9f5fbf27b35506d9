/** y-websocket message types (the first varUint of every frame). */
export const MESSAGE_SYNC = 0;
export const MESSAGE_AWARENESS = 1;
export const MESSAGE_AUTH = 2;
export const MESSAGE_QUERY_AWARENESS = 3;

/** Sync sub-types (y-protocols/sync). */
export const SYNC_STEP_1 = 0;
export const SYNC_STEP_2 = 1;
export const SYNC_UPDATE = 2;

/** Close codes and reasons a client may see. */
export const CLOSE = {
  unauthenticated: { code: 4401, reason: 'unauthenticated' },
  /** The access token the socket opened with has expired: reconnect with a fresh one. */
  tokenExpired: { code: 4401, reason: 'token expired' },
  forbidden: { code: 4403, reason: 'forbidden' },
  notFound: { code: 4404, reason: 'module not found' },
  malformed: { code: 4400, reason: 'malformed message' },
  tooLarge: { code: 1009, reason: 'message too large' },
  flood: { code: 4429, reason: 'too many messages' },
  /**
   * The document reached its size bound: the update that would pass it is not applied. The
   * client keeps its edits (ours in IndexedDB) and is told why; it should not retry as is.
   */
  documentTooLarge: { code: 4413, reason: 'document too large' },
  accessChanged: { code: 4403, reason: 'access changed' },
  /**
   * A read-only member may now write. y-protocols' auth message can only deny, so the server
   * closes the connection: the client reconnects (stock providers do so by themselves) and
   * joins with write access; ours reloads its view of the member's roles first.
   */
  writeGranted: { code: 4205, reason: 'write access granted, reconnect' },
} as const;

export const COLLAB_PATH = /^\/collab\/([0-9a-fA-F-]{36})\/?$/;

/** [MESSAGE_SYNC, step, varUint8Array(update)]: a sync step 2 or an update, in one allocation (one per relayed edit). */
export function syncMessage(step: typeof SYNC_STEP_2 | typeof SYNC_UPDATE, update: Uint8Array): Uint8Array {
  return framed([MESSAGE_SYNC, step], update);
}

/** [MESSAGE_AWARENESS, varUint8Array(update)] around an encoded awareness update. */
export function awarenessMessage(update: Uint8Array): Uint8Array {
  return framed([MESSAGE_AWARENESS], update);
}

/** The given single-byte varUints, then `payload` as a varUint8Array (lib0's encoding, without an encoder). */
function framed(head: number[], payload: Uint8Array): Uint8Array {
  let lengthBytes = 1;
  for (let n = payload.byteLength; n > 0x7f; n = Math.floor(n / 128)) lengthBytes++;
  const message = new Uint8Array(head.length + lengthBytes + payload.byteLength);
  message.set(head);
  let at = head.length;
  let n = payload.byteLength;
  while (n > 0x7f) {
    message[at++] = 0x80 | (n & 0x7f);
    n = Math.floor(n / 128);
  }
  message[at++] = n;
  message.set(payload, at);
  return message;
}
