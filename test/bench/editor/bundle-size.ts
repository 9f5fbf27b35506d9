/**
 * What each route of the web app downloads, in gzip bytes, from the Vite manifest of the built
 * app (`npm run build` first). Prints the editor route against its 350 KB goal and checks that the
 * other routes load none of the editor's code (TipTap, ProseMirror, Yjs).
 *
 *   SWC_NODE_PROJECT=tsconfig.base.json node -r @swc-node/register test/bench/editor/bundle-size.ts
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

interface Chunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}

const DIST = join(__dirname, '..', '..', '..', 'dist', 'apps', 'web');
const GOAL_BYTES = 350 * 1024;
const EDITOR_MARKERS = ['prosemirror', '@tiptap', 'yjs', 'y-websocket', 'y-indexeddb'];

const manifest = JSON.parse(readFileSync(join(DIST, '.vite', 'manifest.json'), 'utf8')) as Record<string, Chunk>;
const gz = (file: string) => gzipSync(readFileSync(join(DIST, file))).length;
const raw = (file: string) => readFileSync(join(DIST, file)).length;

/** A chunk and everything it imports statically: what loads before its code runs. */
function closure(key: string, seen = new Set<string>()): Set<string> {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const dep of manifest[key].imports ?? []) closure(dep, seen);
  return seen;
}

const entryKey = Object.keys(manifest).find((k) => manifest[k].isEntry);
if (!entryKey) throw new Error('no entry in the manifest; run the build first');
const entry = closure(entryKey);

const routes = Object.keys(manifest)
  .filter((k) => manifest[k].isDynamicEntry && /features\/.+Page\.tsx$|NotFoundPage/.test(k))
  .map((key) => {
    const files = new Set([...entry, ...closure(key)]);
    const js = [...files].map((k) => manifest[k].file).filter((f) => f.endsWith('.js'));
    const mapsOf = js.map((f) => {
      try {
        return JSON.parse(readFileSync(join(DIST, f + '.map'), 'utf8')).sources as string[];
      } catch {
        return [] as string[];
      }
    });
    const editorCode = mapsOf.flat().filter((s) => EDITOR_MARKERS.some((m) => s.includes(`node_modules/${m}`)));
    return {
      route: key.replace(/^.*\/(\w+Page)\.tsx$/, '$1'),
      files: js.length,
      raw: js.reduce((n, f) => n + raw(f), 0),
      gzip: js.reduce((n, f) => n + gz(f), 0),
      editorModules: editorCode.length,
    };
  })
  .sort((a, b) => b.gzip - a.gzip);

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
console.log('| route | JS files | raw | gzip | editor modules loaded |');
console.log('|---|---|---|---|---|');
for (const r of routes) console.log(`| ${r.route} | ${r.files} | ${kb(r.raw)} | ${kb(r.gzip)} | ${r.editorModules} |`);
const editor = routes.find((r) => r.route === 'EditorPage');
if (!editor) throw new Error('no EditorPage chunk');
const leaks = routes.filter((r) => r.route !== 'EditorPage' && r.editorModules > 0);
console.log(`\neditor route: ${kb(editor.gzip)} gzip (goal ≤ ${kb(GOAL_BYTES)}): ${editor.gzip <= GOAL_BYTES ? 'met' : 'NOT met'}`);
console.log(`other routes loading editor code: ${leaks.length === 0 ? 'none' : leaks.map((r) => r.route).join(', ')}`);
