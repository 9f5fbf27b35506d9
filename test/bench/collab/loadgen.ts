/**
 * The load generator: a child process of bench.ts, pinned to its own core, driven over IPC.
 * Writers hold a Y.Doc (synced first) and append tagged text at fixed, phase-staggered
 * rates; readers hold no Y.Doc and only scan messages for tags, so latency is
 * recv − send on this process's monotonic clock. Every socket is a RawSocket (wire.ts): a
 * WebSocket client on a plain `net` socket with a minimal frame parser, so a delivery costs
 * one read callback and a scan, not a Readable stream, a `ws` receiver and an event.
 */
import { readFileSync } from 'node:fs';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import * as Y from 'yjs';
import { RawSocket, scanTags, tag, Wire, WireConfig } from './wire';

const ELD_RESOLUTION_MS = 2;
const REMOTE = Symbol('remote');

interface Writer {
  index: number;
  doc: string;
  conn: RawSocket;
  ydoc: Y.Doc;
  text: Y.Text;
  last: Uint8Array | null;
  seq: number;
  next: number;
  sendTimes: Float64Array;
  /** Unique deliveries per seq (all readers of the doc). */
  received: Uint16Array;
  /** Highest seq a reader saw (S9: everything up to here was relayed, hence durable for ours). */
  acked: number;
}

interface Reader {
  doc: string;
  conn: RawSocket;
  writer: Writer;
  lastSeq: number;
}

let wire: Wire;
let writers: Writer[] = [];
let readers: Reader[] = [];
let run = 0;
let window = { start: Infinity, end: -Infinity };
let latencies: number[] = [];
let duplicates = 0;
let keepaliveTimer: NodeJS.Timeout | undefined;

function readProcStat(pid: number): { cpuTicks: number; sysTicks: number } {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // Fields 14 and 15 of stat (utime, stime) are 11 and 12 after the command name. They
  // sum over all threads of the process. System time (fsync, socket writes) is kept apart
  // from the total so a profile can tell kernel work from JavaScript.
  return { cpuTicks: Number(fields[11]) + Number(fields[12]), sysTicks: Number(fields[12]) };
}

/** CPU ticks of each process in `pids` that is still there. */
function dbTicks(pids: number[] | undefined): Map<number, number> {
  const ticks = new Map<number, number>();
  for (const pid of pids ?? []) {
    try {
      ticks.set(pid, readProcStat(pid).cpuTicks);
    } catch {
      // ended meanwhile
    }
  }
  return ticks;
}

/** Busy and steal jiffies per CPU from /proc/stat. */
function cpuTimes(): { busy: number; steal: number; total: number }[] {
  return readFileSync('/proc/stat', 'utf8')
    .split('\n')
    .filter((l) => /^cpu\d+ /.test(l))
    .map((l) => {
      const [user, nice, system, idle, iowait, irq, softirq, steal] = l.split(/\s+/).slice(1).map(Number);
      return { busy: user + nice + system + irq + softirq + steal, steal, total: user + nice + system + idle + iowait + irq + softirq + steal };
    });
}

export function rssKb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Opens a socket, sends the hello frames, resolves on SyncStep2 (the payload is handed to
 * `onSync`). Afterwards the socket's onMessage is a no-op until the caller sets its own.
 */
function open(doc: string, onSync: (update: Uint8Array) => void, stateVector?: Uint8Array, timeoutMs = 60_000): Promise<{ conn: RawSocket; openedAt: number; firstFrameAt: number; syncedAt: number; ss2Bytes: number }> {
  return new Promise((resolve, reject) => {
    let conn: RawSocket | undefined;
    let done = false;
    let firstFrameAt = 0;
    const fail = (error: Error) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      conn?.terminate();
      reject(error);
    };
    const timer = setTimeout(() => fail(new Error(`no SyncStep2 for ${doc} within ${timeoutMs} ms`)), timeoutMs);
    const onMessage = (data: Buffer) => {
      if (done) return;
      if (!firstFrameAt) firstFrameAt = performance.now();
      let parsed;
      try {
        parsed = wire.parse(data);
      } catch {
        return;
      }
      if (parsed.type === 0 && parsed.step === 1 && parsed.payload && conn) {
        const syncedAt = performance.now();
        done = true;
        clearTimeout(timer);
        conn.onMessage = () => undefined;
        conn.onClose = () => undefined;
        onSync(parsed.payload);
        resolve({ conn, openedAt: conn.openedAt, firstFrameAt, syncedAt, ss2Bytes: data.length });
      }
    };
    RawSocket.connect(wire.url(doc), onMessage, timeoutMs).then((c) => {
      conn = c;
      if (done) return c.terminate();
      c.onClose = (code, reason) => fail(new Error(`closed before sync (${code} ${reason})`));
      for (const frame of wire.hello(doc, stateVector)) c.send(frame);
    }, fail);
  });
}

async function pool<T>(items: T[], concurrency: number, task: (item: T, i: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        await task(items[i], i);
      }
    }),
  );
}

function newWriter(index: number, doc: string): Writer {
  const ydoc = new Y.Doc();
  const w: Writer = {
    index,
    doc,
    conn: undefined as unknown as RawSocket,
    ydoc,
    text: ydoc.getText('bench'),
    last: null,
    seq: 0,
    next: 0,
    sendTimes: new Float64Array(0),
    received: new Uint16Array(0),
    acked: -1,
  };
  ydoc.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== REMOTE) w.last = update;
  });
  return w;
}

async function connectWriter(w: Writer): Promise<void> {
  // Writers ignore what they receive after the sync (the peers echo updates to their
  // sender; Hocuspocus also sends SyncStatus): the frame is parsed and dropped.
  const { conn } = await open(w.doc, (ss2) => Y.applyUpdate(w.ydoc, ss2, REMOTE));
  w.conn = conn;
}

function onReaderFrame(r: Reader, data: Buffer): void {
  const now = performance.now();
  scanTags(data, run, (wi, seq) => {
    const w = writers[wi];
    if (!w || w !== r.writer || seq >= w.sendTimes.length) return;
    if (seq <= r.lastSeq) {
      duplicates++;
      return;
    }
    r.lastSeq = seq;
    if (seq > w.acked) w.acked = seq;
    const sent = w.sendTimes[seq];
    if (sent >= window.start && sent < window.end) {
      latencies.push(now - sent);
      w.received[seq]++;
    }
  });
}

async function connectReader(doc: string, writer: Writer): Promise<Reader> {
  const { conn } = await open(doc, () => undefined);
  const r: Reader = { doc, conn, writer, lastSeq: -1 };
  conn.onMessage = (data) => onReaderFrame(r, data);
  return r;
}

/**
 * Hocuspocus closes a socket that sent nothing for 60 s. Each socket sends an empty awareness
 * frame every 30 s, staggered over the interval (all at once would be a burst the server
 * must absorb in one go, which is not what real clients do).
 */
function startKeepalive(sockets: { conn: RawSocket; doc: string }[]): void {
  clearInterval(keepaliveTimer);
  if (!wire.hocuspocus || sockets.length === 0) return;
  const periodMs = 30_000;
  const tickMs = 100;
  const perTick = Math.ceil((sockets.length * tickMs) / periodMs);
  let next = 0;
  keepaliveTimer = setInterval(() => {
    for (let k = 0; k < perTick; k++) {
      const s = sockets[next++ % sockets.length];
      if (s.conn.isOpen) s.conn.send(wire.keepalive(s.doc)!);
    }
  }, tickMs);
}

interface ConnectArgs {
  wire: WireConfig;
  docs: string[];
  readersPerDoc: number;
  concurrency?: number;
}

async function connect(args: ConnectArgs): Promise<{ connectMs: number; sockets: number }> {
  wire = new Wire(args.wire);
  const t0 = performance.now();
  writers = args.docs.map((doc, i) => newWriter(i, doc));
  readers = [];
  await pool(writers, args.concurrency ?? 50, async (w) => {
    await connectWriter(w);
  });
  const jobs: { doc: string; writer: Writer }[] = [];
  for (const w of writers) for (let k = 0; k < args.readersPerDoc; k++) jobs.push({ doc: w.doc, writer: w });
  await pool(jobs, args.concurrency ?? 50, async (job) => {
    readers.push(await connectReader(job.doc, job.writer));
  });
  startKeepalive([...writers.map((w) => ({ conn: w.conn, doc: w.doc })), ...readers]);
  return { connectMs: Math.round(performance.now() - t0), sockets: writers.length + readers.length };
}

interface StepArgs {
  rateHz: number;
  warmupMs: number;
  measureMs: number;
  drainMs: number;
  serverPid: number;
  /** PostgreSQL's processes, when ours stores there: their CPU is reported beside the server's. */
  dbPids?: number[];
  serverCpu: number;
}

export interface StepResult {
  offered_ups: number;
  delivered_ps: number;
  p50: number;
  p99: number;
  max: number;
  loss: number;
  dup: number;
  srv_cpu_pct: number;
  /** The kernel's share of srv_cpu_pct. */
  srv_sys_pct: number;
  us_per_update: number;
  us_per_delivery: number;
  /** PostgreSQL's CPU in the window (all its processes), when ours stores there. */
  db_cpu_pct?: number;
  db_us_per_delivery?: number;
  rss_kb: number;
  gen_cpu_pct: number;
  gen_elu_p99: number;
  gen_elu: number;
  /** Server core busy % that is not the server (other processes on the machine), and steal %. */
  srv_core_other_pct: number;
  steal_pct: number;
  sent: number;
  delivered: number;
  closed: number;
}

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

async function step(args: StepArgs): Promise<StepResult> {
  run++;
  latencies = [];
  duplicates = 0;
  const periodMs = 1000 / args.rateHz;
  const totalMs = args.warmupMs + args.measureMs;
  const capacity = Math.ceil((totalMs / periodMs) * 1.5) + 64;
  const begin = performance.now() + 20;
  window = { start: begin + args.warmupMs, end: begin + totalMs };
  writers.forEach((w, i) => {
    w.seq = 0;
    w.acked = -1;
    w.sendTimes = new Float64Array(capacity).fill(-1);
    w.received = new Uint16Array(capacity);
    // Phase-staggered: writer i starts i/N of a period after the first.
    w.next = begin + (i / writers.length) * periodMs;
  });
  for (const r of readers) r.lastSeq = -1;

  const eld = monitorEventLoopDelay({ resolution: ELD_RESOLUTION_MS });
  let srvStart = { cpuTicks: 0, sysTicks: 0 };
  let cpusStart = cpuTimes();
  let cpusEnd = cpusStart;
  let cpuStart = process.cpuUsage();
  let eluStart = performance.eventLoopUtilization();
  let windowOpen = false;
  let srvEnd = { cpuTicks: 0, sysTicks: 0 };
  let dbStart = new Map<number, number>();
  let dbEnd = new Map<number, number>();
  let cpuEnd = cpuStart;
  let eluEnd = eluStart;

  await new Promise<void>((resolve) => {
    const tick = () => {
      const now = performance.now();
      if (!windowOpen && now >= window.start) {
        windowOpen = true;
        srvStart = readProcStat(args.serverPid);
        dbStart = dbTicks(args.dbPids);
        cpusStart = cpuTimes();
        cpuStart = process.cpuUsage();
        eluStart = performance.eventLoopUtilization();
        eld.enable();
      }
      if (now >= window.end) {
        srvEnd = readProcStat(args.serverPid);
        dbEnd = dbTicks(args.dbPids);
        cpusEnd = cpuTimes();
        cpuEnd = process.cpuUsage(cpuStart);
        eluEnd = performance.eventLoopUtilization(eluStart);
        eld.disable();
        return resolve();
      }
      for (const w of writers) {
        while (w.next <= now) {
          if (w.conn.isOpen && w.seq < w.sendTimes.length) {
            const s = w.seq++;
            w.text.insert(w.text.length, tag(run, w.index, s));
            const frame = wire.update(w.doc, w.last!);
            w.sendTimes[s] = performance.now();
            w.conn.send(frame);
          }
          w.next += periodMs;
        }
      }
      setTimeout(tick, 1);
    };
    setTimeout(tick, Math.max(0, begin - performance.now()));
  });
  const measuredMs = window.end - window.start;
  await sleep(args.drainMs);

  let sent = 0;
  let expected = 0;
  let got = 0;
  const readersPerWriter = new Map<Writer, number>();
  for (const r of readers) readersPerWriter.set(r.writer, (readersPerWriter.get(r.writer) ?? 0) + 1);
  for (const w of writers) {
    const k = readersPerWriter.get(w) ?? 0;
    for (let s = 0; s < w.seq; s++) {
      const t = w.sendTimes[s];
      if (t >= window.start && t < window.end) {
        sent++;
        expected += k;
        got += Math.min(k, w.received[s]);
      }
    }
  }
  const sorted = Float64Array.from(latencies).sort();
  const srvCpuUs = ((srvEnd.cpuTicks - srvStart.cpuTicks) / 100) * 1e6;
  // Processes that ended within the window count for what they used until their last reading.
  let dbTicksUsed = 0;
  for (const [pid, start] of dbStart) dbTicksUsed += Math.max(0, (dbEnd.get(pid) ?? start) - start);
  const dbCpuUs = (dbTicksUsed / 100) * 1e6;
  const db = args.dbPids?.length
    ? { db_cpu_pct: round((dbCpuUs / (measuredMs * 1000)) * 100), db_us_per_delivery: round(dbCpuUs / Math.max(1, got)) }
    : {};
  const genCpuUs = cpuEnd.user + cpuEnd.system;
  const closed = [...writers.map((w) => w.conn), ...readers.map((r) => r.conn)].filter((c) => !c.isOpen).length;
  const core = args.serverCpu;
  const coreTotal = cpusEnd[core].total - cpusStart[core].total;
  const coreBusy = cpusEnd[core].busy - cpusStart[core].busy;
  const steal = cpusEnd.reduce((n, c, i) => n + c.steal - cpusStart[i].steal, 0);
  const allTotal = cpusEnd.reduce((n, c, i) => n + c.total - cpusStart[i].total, 0);
  return {
    offered_ups: Math.round((sent / measuredMs) * 1000),
    delivered_ps: Math.round((got / measuredMs) * 1000),
    p50: round(percentile(sorted, 0.5)),
    p99: round(percentile(sorted, 0.99)),
    max: round(sorted.length ? sorted[sorted.length - 1] : NaN),
    loss: expected - got,
    dup: duplicates,
    srv_cpu_pct: round((srvCpuUs / (measuredMs * 1000)) * 100),
    srv_sys_pct: round((((srvEnd.sysTicks - srvStart.sysTicks) / 100) * 1e6 / (measuredMs * 1000)) * 100),
    us_per_update: round(srvCpuUs / Math.max(1, sent)),
    us_per_delivery: round(srvCpuUs / Math.max(1, got)),
    ...db,
    rss_kb: rssKb(args.serverPid),
    gen_cpu_pct: round((genCpuUs / (measuredMs * 1000)) * 100),
    gen_elu_p99: round(Math.max(0, eld.percentile(99) / 1e6 - ELD_RESOLUTION_MS)),
    gen_elu: round(eluEnd.utilization * 100),
    srv_core_other_pct: round(Math.max(0, (coreBusy / Math.max(1, coreTotal)) * 100 - (srvCpuUs / (measuredMs * 1000)) * 100)),
    steal_pct: round((steal / Math.max(1, allTotal)) * 100),
    sent,
    delivered: got,
    closed,
  };
}

function round(x: number): number {
  return Number.isFinite(x) ? Math.round(x * 100) / 100 : x;
}

async function close(): Promise<void> {
  clearInterval(keepaliveTimer);
  const sockets = [...writers.map((w) => w.conn), ...readers.map((r) => r.conn)].filter(Boolean);
  for (const c of sockets) c.terminate();
  for (const w of writers) w.ydoc.destroy();
  writers = [];
  readers = [];
  await sleep(200);
}

/** S4: one connection per document, each writing `textBytes` of text once, then idle. */
async function memory(args: { wire: WireConfig; docs: string[]; textBytes: number; concurrency?: number }): Promise<{ connectMs: number; failed: number }> {
  wire = new Wire(args.wire);
  writers = [];
  readers = [];
  const t0 = performance.now();
  const filler = 'Samenwijs leert samen. '.repeat(Math.ceil(args.textBytes / 23)).slice(0, args.textBytes);
  let failed = 0;
  await pool(args.docs, args.concurrency ?? 50, async (doc, i) => {
    const w = newWriter(i, doc);
    try {
      await connectWriter(w);
    } catch {
      failed++;
      return;
    }
    w.text.insert(w.text.length, filler);
    w.conn.send(wire.update(doc, w.last!));
    w.ydoc.destroy();
    writers.push(w);
  });
  startKeepalive(writers.map((w) => ({ conn: w.conn, doc: w.doc })));
  return { connectMs: Math.round(performance.now() - t0), failed };
}

/** S5: socket open → SyncStep2 for an empty client. */
async function coldLoad(args: { wire: WireConfig; doc: string }): Promise<{ openToSs2Ms: number; openToFirstFrameMs: number; connectToSs2Ms: number; openToCompleteMs: number; followUps: number; ss2Bytes: number; textLength: number }> {
  wire = new Wire(args.wire);
  const t0 = performance.now();
  // Frames are recorded here (arrival time, a copy of the payload) and applied afterwards, so
  // the figures are the server's, not this process's Yjs parsing. A server may follow its
  // SyncStep2 with updates (ours does when it answers from a stored snapshot and tail): the
  // document is complete with the last of those.
  const frames: { at: number; payload: Uint8Array }[] = [];
  let firstFrameAt = 0;
  let syncedAt = 0;
  let ss2Bytes = 0;
  let lastAt = 0;
  let synced: () => void = () => undefined;
  const ss2 = new Promise<void>((resolve) => (synced = resolve));
  const onMessage = (data: Buffer) => {
    const at = performance.now();
    if (!firstFrameAt) firstFrameAt = at;
    let parsed;
    try {
      parsed = wire.parse(data);
    } catch {
      return;
    }
    if (parsed.type !== 0 || !parsed.payload) return;
    if (parsed.step === 1 && !syncedAt) {
      syncedAt = at;
      ss2Bytes = data.length;
    } else if (parsed.step !== 2 || !syncedAt) return;
    frames.push({ at, payload: Uint8Array.from(parsed.payload) });
    lastAt = at;
    if (frames.length === 1) synced();
  };
  const conn = await RawSocket.connect(wire.url(args.doc), onMessage, 120_000);
  for (const frame of wire.hello(args.doc)) conn.send(frame);
  const timeout = setTimeout(() => synced(), 120_000);
  await ss2;
  clearTimeout(timeout);
  if (!syncedAt) throw new Error(`no SyncStep2 for ${args.doc} within 120 s`);
  // Whatever follows the SyncStep2 in the same answer arrives within moments.
  while (performance.now() - lastAt < 300) await sleep(50);
  conn.terminate();
  const ydoc = new Y.Doc();
  for (const frame of frames) Y.applyUpdate(ydoc, frame.payload);
  const textLength = ydoc.getText('bench').length;
  ydoc.destroy();
  return {
    openToSs2Ms: round(syncedAt - conn.openedAt),
    openToFirstFrameMs: round(firstFrameAt - conn.openedAt),
    connectToSs2Ms: round(syncedAt - t0),
    openToCompleteMs: round(lastAt - conn.openedAt),
    followUps: frames.length - 1,
    ss2Bytes,
    textLength,
  };
}

/** S6: replays B4 ops (one update each) at a fixed rate through one writer, with observers. */
async function replay(args: { wire: WireConfig; doc: string; opsFile: string; count: number; rateHz: number; observers: number }): Promise<{ ops: number; updateBytes: number; ms: number; observed: number[] }> {
  wire = new Wire(args.wire);
  const ops = (JSON.parse(readFileSync(args.opsFile, 'utf8')) as [number, number, string][]).slice(0, args.count);
  const w = newWriter(0, args.doc);
  await connectWriter(w);
  const observed = new Array<number>(args.observers).fill(0);
  const observers: RawSocket[] = [];
  for (let k = 0; k < args.observers; k++) {
    const { conn } = await open(args.doc, () => undefined);
    conn.onMessage = (data) => {
      try {
        const p = wire.parse(data);
        if (p.type === 0 && p.step === 2) observed[k]++;
      } catch {
        /* not a frame we count */
      }
    };
    observers.push(conn);
  }
  // The B4 trace starts from an empty text; replay it after whatever the doc holds.
  const base = w.text.length;
  let updateBytes = 0;
  const t0 = performance.now();
  const periodMs = 1000 / args.rateHz;
  for (let i = 0; i < ops.length; i++) {
    const due = t0 + i * periodMs;
    const wait = due - performance.now();
    if (wait > 1) await sleep(wait);
    const [pos, del, ins] = ops[i];
    w.ydoc.transact(() => {
      if (del > 0) w.text.delete(base + pos, del);
      if (ins) w.text.insert(base + pos, ins);
    });
    updateBytes += w.last!.length;
    w.conn.send(wire.update(args.doc, w.last!));
  }
  const deadline = performance.now() + 10_000;
  while (observed.some((n) => n < ops.length) && performance.now() < deadline) await sleep(20);
  const ms = performance.now() - t0;
  for (const c of [w.conn, ...observers]) c.terminate();
  w.ydoc.destroy();
  return { ops: ops.length, updateBytes, ms: round(ms), observed };
}

/** S9: load that runs until the server is killed; then which acked updates survived. */
let s9Timer: NodeJS.Timeout | undefined;
async function durabilityStart(args: { wire: WireConfig; docs: string[]; rateHz: number }): Promise<{ sockets: number }> {
  const { sockets } = await connect({ wire: args.wire, docs: args.docs, readersPerDoc: 1 });
  run++;
  const periodMs = 1000 / args.rateHz;
  const begin = performance.now();
  window = { start: -Infinity, end: Infinity };
  writers.forEach((w, i) => {
    w.seq = 0;
    w.acked = -1;
    w.sendTimes = new Float64Array(100_000).fill(-1);
    w.received = new Uint16Array(100_000);
    w.next = begin + (i / writers.length) * periodMs;
  });
  const tick = () => {
    const now = performance.now();
    for (const w of writers) {
      while (w.next <= now) {
        if (w.conn.isOpen) {
          const s = w.seq++;
          w.text.insert(w.text.length, tag(run, w.index, s));
          w.sendTimes[s] = performance.now();
          w.conn.send(wire.update(w.doc, w.last!));
        }
        w.next += periodMs;
      }
    }
    s9Timer = setTimeout(tick, 1);
  };
  tick();
  return { sockets };
}

async function durabilityStop(): Promise<{ sent: number[]; acked: number[] }> {
  clearTimeout(s9Timer);
  const result = { sent: writers.map((w) => w.seq), acked: writers.map((w) => w.acked) };
  return result;
}

async function durabilityVerify(args: { wire: WireConfig; sent: number[]; acked: number[] }): Promise<{ sent: number; acked: number; lostAcked: number; lostUnacked: number; persistedUnacked: number }> {
  wire = new Wire(args.wire);
  const docs = writers.map((w) => w.doc);
  const totals = { sent: 0, acked: 0, lostAcked: 0, lostUnacked: 0, persistedUnacked: 0 };
  await pool(docs, 20, async (doc, i) => {
    const ydoc = new Y.Doc();
    const { conn } = await open(doc, (ss2) => Y.applyUpdate(ydoc, ss2), undefined, 30_000);
    conn.terminate();
    const present = new Set<number>();
    scanTags(Buffer.from(ydoc.getText('bench').toString()), run, (wi, seq) => {
      if (wi === i) present.add(seq);
    });
    ydoc.destroy();
    totals.sent += args.sent[i];
    totals.acked += args.acked[i] + 1;
    for (let s = 0; s < args.sent[i]; s++) {
      if (s <= args.acked[i]) {
        if (!present.has(s)) totals.lostAcked++;
      } else if (present.has(s)) totals.persistedUnacked++;
      else totals.lostUnacked++;
    }
  });
  await close();
  return totals;
}

const handlers: Record<string, (args: never) => Promise<unknown>> = {
  connect,
  step,
  close,
  memory,
  coldLoad,
  replay,
  durabilityStart,
  durabilityStop,
  durabilityVerify,
};

process.on('message', (message: { id: number; cmd: string; args: never }) => {
  const handler = handlers[message.cmd];
  Promise.resolve()
    .then(() => handler(message.args))
    .then(
      (result) => process.send!({ id: message.id, result }),
      (error: unknown) => process.send!({ id: message.id, error: (error as Error).stack ?? String(error) }),
    );
});
process.on('disconnect', () => process.exit(0));
