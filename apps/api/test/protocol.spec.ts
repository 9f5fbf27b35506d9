import * as encoding from 'lib0/encoding';
import { awarenessMessage, MESSAGE_AWARENESS, MESSAGE_SYNC, SYNC_STEP_2, SYNC_UPDATE, syncMessage } from '../src/collaboration/protocol';

/** What lib0's encoder makes of the same message: the reference for our one-allocation framing. */
function reference(head: number[], payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  for (const value of head) encoding.writeVarUint(encoder, value);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}

describe('y-websocket messages', () => {
  it.each([0, 1, 127, 128, 300, 16_383, 16_384, 2_097_151, 2_097_152])('frames a %i-byte payload as lib0 does', (size) => {
    const payload = Uint8Array.from({ length: size }, (_, i) => (i * 31) % 256);
    expect(syncMessage(SYNC_UPDATE, payload)).toEqual(reference([MESSAGE_SYNC, SYNC_UPDATE], payload));
    expect(syncMessage(SYNC_STEP_2, payload)).toEqual(reference([MESSAGE_SYNC, SYNC_STEP_2], payload));
    expect(awarenessMessage(payload)).toEqual(reference([MESSAGE_AWARENESS], payload));
  });
});
