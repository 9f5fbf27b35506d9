/**
 * Tabs of this app tell each other that a person signed out, so a sign-out ends the session in
 * every tab at once. Without it, another open tab keeps its access token and its editor keeps
 * the person's module copy open in IndexedDB (and writes to it) until the token expires: on a
 * shared school computer the next person would find a tab still signed in.
 *
 * A BroadcastChannel reaches every other tab of this origin, not the sending one. Browsers
 * without it keep the old behaviour: the other tab ends at its next token refresh.
 */
const CHANNEL = 'samenwijs:session';

interface SignedOut {
  type: 'signed-out';
  userId: string;
}

function open(): BroadcastChannel | null {
  try {
    return typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : null;
  } catch {
    return null;
  }
}

/** Tells the other tabs that `userId` signed out. */
export function announceSignOut(userId: string): void {
  const channel = open();
  if (!channel) return;
  channel.postMessage({ type: 'signed-out', userId } satisfies SignedOut);
  channel.close();
}

/** Calls `handler` with the user id when another tab announces a sign-out; returns the unsubscribe. */
export function onSignOutElsewhere(handler: (userId: string) => void): () => void {
  const channel = open();
  if (!channel) return () => undefined;
  channel.onmessage = (event: MessageEvent<unknown>) => {
    const data = event.data as Partial<SignedOut> | null;
    if (data?.type === 'signed-out' && typeof data.userId === 'string') handler(data.userId);
  };
  return () => channel.close();
}
