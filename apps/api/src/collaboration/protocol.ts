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
  forbidden: { code: 4403, reason: 'forbidden' },
  notFound: { code: 4404, reason: 'module not found' },
  malformed: { code: 4400, reason: 'malformed message' },
  tooLarge: { code: 1009, reason: 'message too large' },
  flood: { code: 4429, reason: 'too many messages' },
  accessChanged: { code: 4403, reason: 'access changed' },
} as const;

export const COLLAB_PATH = /^\/collab\/([0-9a-fA-F-]{36})\/?$/;
