/**
 * The B4 editing trace (automerge-paper: 259,778 single-character ops), read at run time
 * from a fetched snapshot; never committed. Sources, in order: --trace FILE;
 * dmonad/crdt-benchmarks js-lib/b4-editing-trace.js; josephg/editing-traces
 * sequential_traces/automerge-paper.json.gz (the same trace); else a synthetic trace of
 * the same shape.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as Y from 'yjs';

/** [position, deleteCount, insertedText] */
export type Op = [number, number, string];

export interface Trace {
  ops: Op[];
  finalText: string | null;
  source: string;
}

function gitShow(repo: string, path: string): Buffer | null {
  if (!existsSync(repo)) return null;
  try {
    return execFileSync('git', ['--git-dir', repo, 'show', `HEAD:${path}`], { maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return null;
  }
}

function fromCrdtBenchmarks(text: string): Op[] | null {
  // `export const edits = [[0,0,"a"], …]` — parsed as JSON, never evaluated.
  const start = text.indexOf('[', text.indexOf('edits'));
  const end = text.indexOf(']]', start);
  if (start < 0 || end < 0) return null;
  try {
    return JSON.parse(text.slice(start, end + 2)) as Op[];
  } catch {
    return null;
  }
}

function fromEditingTraces(json: string): { ops: Op[]; finalText: string } {
  const data = JSON.parse(json) as { txns: { patches: Op[] }[]; endContent: string };
  const ops: Op[] = [];
  for (const txn of data.txns) for (const p of txn.patches) ops.push(p);
  return { ops, finalText: data.endContent };
}

/** Same shape as B4: 182,315 inserts, 77,463 deletes, mostly sequential typing with jumps. */
export function syntheticTrace(): Op[] {
  let seed = 42;
  const rand = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
  const ops: Op[] = [];
  let length = 0;
  let cursor = 0;
  let inserts = 182_315;
  let deletes = 77_463;
  const letters = 'etaoin shrdlucmfwypvbgkjqxz';
  while (inserts + deletes > 0) {
    if (rand() < 0.02) cursor = Math.floor(rand() * (length + 1));
    const del = deletes > 0 && length > 0 && cursor > 0 && rand() < deletes / (inserts + deletes);
    if (del) {
      cursor--;
      ops.push([cursor, 1, '']);
      length--;
      deletes--;
    } else {
      ops.push([cursor, 0, letters[Math.floor(rand() * letters.length)]]);
      cursor++;
      length++;
      inserts--;
    }
  }
  return ops;
}

export function loadTrace(options: { file?: string; mirrorRoot: string }): Trace {
  if (options.file) {
    const raw = readFileSync(options.file);
    const text = options.file.endsWith('.gz') ? gunzipSync(raw).toString('utf8') : raw.toString('utf8');
    if (text.trimStart().startsWith('{')) return { ...fromEditingTraces(text), source: options.file };
    const ops = fromCrdtBenchmarks(text);
    if (ops) return { ops, finalText: null, source: options.file };
  }
  const crdt = gitShow(join(options.mirrorRoot, 'dmonad+crdt-benchmarks', 'repo'), 'js-lib/b4-editing-trace.js');
  if (crdt) {
    const ops = fromCrdtBenchmarks(crdt.toString('utf8'));
    if (ops) return { ops, finalText: null, source: 'dmonad/crdt-benchmarks js-lib/b4-editing-trace.js' };
  }
  const gz = gitShow(join(options.mirrorRoot, 'josephg+editing-traces', 'repo'), 'sequential_traces/automerge-paper.json.gz');
  if (gz) {
    return {
      ...fromEditingTraces(gunzipSync(gz).toString('utf8')),
      source: 'josephg/editing-traces sequential_traces/automerge-paper.json.gz (crdt-benchmarks b4-editing-trace.js is absent from its snapshot: files ≥ 4 MiB are not kept)',
    };
  }
  return { ops: syntheticTrace(), finalText: null, source: 'SYNTHETIC (no B4 trace could be read): 259,778 single-character ops of the same insert/delete mix' };
}

/** Replays the trace into a Y.Doc, one transaction (= one V1 update) per op. */
export function replayTrace(trace: Trace, tail = 1000): { updates: Uint8Array[]; snapshot: Uint8Array; snapshotBeforeTail: Uint8Array; text: string; ms: number } {
  const doc = new Y.Doc();
  const text = doc.getText('bench');
  const updates: Uint8Array[] = [];
  doc.on('update', (u: Uint8Array) => updates.push(u));
  const t0 = Date.now();
  let snapshotBeforeTail: Uint8Array = new Uint8Array(0);
  const cut = trace.ops.length - tail;
  for (const [pos, del, ins] of trace.ops) {
    if (updates.length === cut) snapshotBeforeTail = Y.encodeStateAsUpdate(doc);
    doc.transact(() => {
      if (del > 0) text.delete(pos, del);
      if (ins) text.insert(pos, ins);
    });
  }
  const ms = Date.now() - t0;
  const result = { updates, snapshot: Y.encodeStateAsUpdate(doc), snapshotBeforeTail, text: text.toString(), ms };
  if (trace.finalText !== null && result.text !== trace.finalText) throw new Error('B4 replay does not reproduce the final text');
  doc.destroy();
  return result;
}
