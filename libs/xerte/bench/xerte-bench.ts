/**
 * Xerte mapping benchmark (a script, not a test):
 *
 *   SWC_NODE_PROJECT=tsconfig.base.json node -r @swc-node/register libs/xerte/bench/xerte-bench.ts
 *
 * Parse (XML → ModuleJson, sanitisers included) and export (ModuleJson → XML) of the largest
 * corpus file (file 10, 733 KB, base64 images inline) and of a generated 500-page project.
 * Each scenario runs in its own child process (clean heap, its own peak RSS): warm-up runs,
 * then the median over RUNS runs, and peak RSS / peak heap of that process. Goal: ≤ 100 ms each
 * way for file 10.
 */
import { fork } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as v8 from 'node:v8';
import { MODULE_JSON_FORMAT, SAMPLE_NODES, type ModuleJson, type NodeJson } from '@samenwijs/module-model';
import { exportXerte, importXerte } from '../src';

const RUNS = 25;
const WARMUP = 5;
const CORPUS_FILE = path.join(__dirname, '../../../../shared/fixtures/xerte/10-project-proposal-datauri.template.xml');

type Scenario = 'file10' | 'generated500';
type Direction = 'parse' | 'export';

/** 500 pages cycling through every sample page type, each with its own linkIDs. */
function generatedProject(pages = 500): ModuleJson {
  const samples = Object.values(SAMPLE_NODES).filter((node) => node.type !== 'chapter');
  const renumber = (node: NodeJson, page: number): NodeJson => ({
    ...node,
    attributes: node.attributes.map(([name, value]): [string, string] => [name, name === 'linkID' ? `${value}x${page}` : value]),
    children: node.children.map((child) => renumber(child, page)),
  });
  return {
    format: MODULE_JSON_FORMAT,
    attributes: [['editorVersion', '3'], ['targetFolder', 'Nottingham'], ['name', 'Generated 500 pages'], ['language', 'nl-NL']],
    pages: Array.from({ length: pages }, (_, k) => renumber(structuredClone(samples[k % samples.length]), k)),
  };
}

function input(scenario: Scenario): string {
  if (scenario === 'file10') return readFileSync(CORPUS_FILE, 'utf8');
  return exportXerte(generatedProject()).xml;
}

interface Result {
  scenario: Scenario;
  direction: Direction;
  bytes: number;
  pages: number;
  medianMs: number;
  minMs: number;
  maxMs: number;
  /** RSS once the libraries are loaded and the input is prepared, before the measured runs. */
  startRssMb: number;
  peakRssMb: number;
  peakHeapMb: number;
}

function measure(scenario: Scenario, direction: Direction): Result {
  const xml = input(scenario);
  const module = importXerte(xml).module;
  const pages = module.pages.length;
  const op = direction === 'parse' ? () => importXerte(xml) : () => exportXerte(module);
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const startRss = process.memoryUsage().rss;
  for (let i = 0; i < WARMUP; i++) op();
  gc?.();
  let peakHeap = 0;
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    op();
    times.push(performance.now() - start);
    // Sampled before any collection, so it includes the garbage of this run.
    peakHeap = Math.max(peakHeap, v8.getHeapStatistics().used_heap_size);
  }
  times.sort((a, b) => a - b);
  return {
    scenario,
    direction,
    bytes: Buffer.byteLength(xml),
    pages,
    medianMs: times[Math.floor(times.length / 2)],
    minMs: times[0],
    maxMs: times[times.length - 1],
    startRssMb: startRss / (1024 * 1024),
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    peakHeapMb: peakHeap / (1024 * 1024),
  };
}

function runChild(scenario: Scenario, direction: Direction): Promise<Result> {
  return new Promise((resolve, reject) => {
    const child = fork(__filename, ['--child', scenario, direction], { execArgv: ['--expose-gc', '-r', '@swc-node/register'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    child.once('message', (message) => resolve(message as Result));
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code !== 0) reject(new Error(`benchmark child ${scenario}/${direction} exited with ${code}`));
    });
  });
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === '--child') {
    process.send!(measure(args[1] as Scenario, args[2] as Direction));
    return;
  }
  const scenarios: Scenario[] = existsSync(CORPUS_FILE) ? ['file10', 'generated500'] : ['generated500'];
  if (!existsSync(CORPUS_FILE)) console.log(`(corpus file 10 not found at ${CORPUS_FILE}; only the generated project runs)`);
  const results: Result[] = [];
  for (const scenario of scenarios) for (const direction of ['parse', 'export'] as Direction[]) results.push(await runChild(scenario, direction));

  const header = ['input', 'XML size', 'pages', 'direction', `median ms (${RUNS} runs)`, 'min ms', 'max ms', 'RSS before MB', 'peak RSS MB', 'peak heap MB'];
  const rows = results.map((r) => [
    r.scenario === 'file10' ? 'corpus file 10' : 'generated 500-page',
    `${(r.bytes / 1000).toFixed(0)} kB`,
    String(r.pages),
    r.direction === 'parse' ? 'parse (XML → module)' : 'export (module → XML)',
    r.medianMs.toFixed(1),
    r.minMs.toFixed(1),
    r.maxMs.toFixed(1),
    r.startRssMb.toFixed(0),
    r.peakRssMb.toFixed(0),
    r.peakHeapMb.toFixed(0),
  ]);
  const widths = header.map((h, k) => Math.max(h.length, ...rows.map((row) => row[k].length)));
  const line = (cells: string[]): string => `| ${cells.map((c, k) => c.padEnd(widths[k])).join(' | ')} |`;
  console.log(line(header));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const row of rows) console.log(line(row));
  const file10 = results.filter((r) => r.scenario === 'file10');
  if (file10.length) console.log(`\nGoal ≤ 100 ms each way for file 10: ${file10.every((r) => r.medianMs <= 100) ? 'met' : 'NOT met'}`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
