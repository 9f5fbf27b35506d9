import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { gql, login, PlatformProcess, until } from './server';

/**
 * kill -9 of the collaboration server while two authors type: after a restart, every change
 * that either client had received from the server (which relays only what is durable) is in
 * the document a fresh client loads. Repeated many times in one run.
 */
const ROUNDS = Number(process.env.CRASH_ROUNDS ?? 15);

async function firstModule(url: string, token: string): Promise<string> {
  const data = await gql<{ group: { modules: { edges: { node: { id: string } }[] } } }>(url, '{ group(slug: "zorgtechnologie") { modules(first: 1) { edges { node { id } } } } }', token);
  return data.group.modules.edges[0].node.id;
}

describe('crash recovery of the collaboration server', () => {
  const platform = new PlatformProcess();
  afterAll(() => platform.stop());

  it(`loses nothing a client had received, over ${ROUNDS} kill -9 rounds`, async () => {
    await platform.start();
    const url = platform.url;
    const moduleId = await firstModule(url, await login(url, 'auteur.a@samenwijs.test'));
    let mustSurvive = new Set<string>();
    let checked = 0;

    for (let round = 0; round < ROUNDS; round++) {
      if (round > 0) await platform.start();
      const ws = platform.url.replace('http:', 'ws:') + '/collab';
      const tokens = [await login(platform.url, 'auteur.a@samenwijs.test'), await login(platform.url, 'auteur.b@samenwijs.test')];

      // A fresh client first: everything relayed before the last kill must be there.
      const fresh = new Y.Doc();
      const freshProvider = new WebsocketProvider(ws, moduleId, fresh, { WebSocketPolyfill: WebSocket as never, params: { token: tokens[0] }, disableBc: true });
      await until(() => freshProvider.synced, 'fresh sync');
      const present = new Set(fresh.getArray<string>('crash').toArray());
      const missing = [...mustSurvive].filter((tag) => !present.has(tag));
      expect(missing).toEqual([]);
      checked += mustSurvive.size;
      freshProvider.destroy();
      fresh.destroy();

      const clients = tokens.map((token, i) => {
        const doc = new Y.Doc();
        const provider = new WebsocketProvider(ws, moduleId, doc, { WebSocketPolyfill: WebSocket as never, params: { token }, disableBc: true });
        return { doc, provider, name: `r${round}c${i}` };
      });
      await until(() => clients.every((c) => c.provider.synced), 'clients sync');
      let seq = 0;
      const typing = setInterval(() => {
        for (const c of clients) c.doc.getArray<string>('crash').push([`${c.name}-${seq}`]);
        seq++;
      }, 4);
      await new Promise((r) => setTimeout(r, 50 + Math.random() * 400));
      await platform.kill();
      clearInterval(typing);

      // What each client holds from the OTHER client came through the server.
      mustSurvive = new Set(mustSurvive);
      for (const c of clients) {
        for (const tag of c.doc.getArray<string>('crash').toArray()) if (!tag.startsWith(`${c.name}-`)) mustSurvive.add(tag);
        c.provider.destroy();
        c.doc.destroy();
      }
    }
    await platform.start();
    console.log(`crash test: ${ROUNDS} kill -9 rounds, ${checked} relayed edits checked after restarts, 0 lost`);
  });
});
