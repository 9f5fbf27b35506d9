import 'fake-indexeddb/auto';
import { deleteLocalCopies, localCopyName, markUnsynced, rememberCopy, unsyncedModules } from './local-copies';

/** Creates a database with one store, as y-indexeddb does, and closes it. */
function createDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, 1);
    request.onupgradeneeded = () => request.result.createObjectStore('updates', { autoIncrement: true });
    request.onsuccess = () => {
      request.result.close();
      resolve();
    };
    request.onerror = () => reject(request.error);
  });
}

const names = async () => (await indexedDB.databases()).map((d) => d.name).sort();

describe('copies of modules in this browser', () => {
  beforeEach(async () => {
    localStorage.clear();
    await Promise.all((await indexedDB.databases()).map((d) => new Promise((r) => (indexedDB.deleteDatabase(d.name!).onsuccess = r))));
  });

  it('knows which modules hold edits the server has not confirmed, per person', () => {
    markUnsynced('u-1', 'm-1', true);
    markUnsynced('u-1', 'm-2', true);
    markUnsynced('u-1', 'm-1', true);
    markUnsynced('u-2', 'm-3', true);
    expect(unsyncedModules('u-1')).toEqual(['m-1', 'm-2']);
    markUnsynced('u-1', 'm-1', false);
    expect(unsyncedModules('u-1')).toEqual(['m-2']);
    expect(unsyncedModules('u-2')).toEqual(['m-3']);
  });

  it('reads a damaged list as empty instead of failing', () => {
    localStorage.setItem('samenwijs:unsynced:u-1', '{not json');
    expect(unsyncedModules('u-1')).toEqual([]);
    localStorage.setItem('samenwijs:unsynced:u-1', JSON.stringify(['m-1', 7, null]));
    expect(unsyncedModules('u-1')).toEqual(['m-1']);
  });

  it('removes every copy of one person at sign-out, also ones it has no note of, and nobody else’s', async () => {
    rememberCopy('u-1', 'm-1');
    markUnsynced('u-1', 'm-1', true);
    await createDatabase(localCopyName('u-1', 'm-1'));
    await createDatabase(localCopyName('u-1', 'm-2')); // made before the list existed
    await createDatabase(localCopyName('u-2', 'm-1'));
    await createDatabase('someone-elses-app');

    await deleteLocalCopies('u-1');

    expect(await names()).toEqual([localCopyName('u-2', 'm-1'), 'someone-elses-app']);
    expect(unsyncedModules('u-1')).toEqual([]);
    expect(localStorage.getItem('samenwijs:copies:u-1')).toBeNull();
  });
});
