/**
 * The copies of modules this browser keeps for a signed-in person (IndexedDB, one database per
 * person and module, so edits survive a reload and a closed tab while offline), and which of
 * them hold edits the server has not confirmed yet.
 *
 * Teachers share school computers: signing out removes the copies, so the next person at the
 * machine finds no one else's lessons in the browser's storage. Edits not on the server yet
 * would be lost with them, so the sign-out asks first (see `unsyncedModules`).
 *
 * Which modules have copies and which are unconfirmed is kept in localStorage, because a copy
 * may belong to a tab that was closed while offline; `indexedDB.databases()` (where the
 * browser has it) finds copies made before this list existed.
 */
const PREFIX = 'samenwijs:';

/** The IndexedDB database holding a person's copy of a module. */
export const localCopyName = (userId: string, moduleId: string): string => `${PREFIX}${userId}:${moduleId}`;

const listKey = (kind: 'copies' | 'unsynced', userId: string) => `${PREFIX}${kind}:${userId}`;

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null; // storage disabled by the browser
  }
}

function readList(kind: 'copies' | 'unsynced', userId: string): string[] {
  try {
    const parsed: unknown = JSON.parse(storage()?.getItem(listKey(kind, userId)) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return [];
  }
}

function writeList(kind: 'copies' | 'unsynced', userId: string, ids: string[]): void {
  try {
    if (ids.length === 0) storage()?.removeItem(listKey(kind, userId));
    else storage()?.setItem(listKey(kind, userId), JSON.stringify(ids));
  } catch {
    // full or disabled: the copy itself still works
  }
}

function setMember(kind: 'copies' | 'unsynced', userId: string, moduleId: string, member: boolean): void {
  const ids = readList(kind, userId);
  const has = ids.includes(moduleId);
  if (member && !has) writeList(kind, userId, [...ids, moduleId]);
  else if (!member && has) writeList(kind, userId, ids.filter((id) => id !== moduleId));
}

/** A copy of this module is kept in this browser. */
export const rememberCopy = (userId: string, moduleId: string): void => setMember('copies', userId, moduleId, true);

/** The copy holds edits the server has not confirmed (`false`: it has all of them now). */
export const markUnsynced = (userId: string, moduleId: string, unsynced: boolean): void => setMember('unsynced', userId, moduleId, unsynced);

/** Modules whose copy in this browser holds edits that are not on the server yet. */
export const unsyncedModules = (userId: string): string[] => readList('unsynced', userId);

/**
 * Removes every copy this person has in this browser, and the lists. Resolves when the browser
 * has deleted them (a copy still open in a tab is deleted once that tab lets go of it).
 */
export async function deleteLocalCopies(userId: string): Promise<void> {
  const idb = globalThis.indexedDB;
  const names = new Set(readList('copies', userId).map((moduleId) => localCopyName(userId, moduleId)));
  if (idb && typeof idb.databases === 'function') {
    try {
      for (const { name } of await idb.databases()) if (name?.startsWith(`${PREFIX}${userId}:`)) names.add(name);
    } catch {
      // not allowed here: the list above has what this version of the app made
    }
  }
  writeList('copies', userId, []);
  writeList('unsynced', userId, []);
  if (!idb) return;
  await Promise.all(
    [...names].map(
      (name) =>
        new Promise<void>((resolve) => {
          const request = idb.deleteDatabase(name);
          request.onsuccess = () => resolve();
          request.onerror = () => resolve();
          // `blocked`: an open tab holds it; the deletion completes when that tab closes it.
          request.onblocked = () => resolve();
        }),
    ),
  );
}
