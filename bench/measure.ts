/**
 * What the benchmarks share: timing in this process, child processes measured for wall time, CPU
 * time and peak resident memory (GNU `/usr/bin/time -v`, or /proc/<pid>/status VmHWM polled),
 * medians, and the printed tables.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { ROOT } from './paths';

export const now = (): number => Number(process.hrtime.bigint()) / 1e6;

export async function timed<T>(action: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const start = now();
  const value = await action();
  return { ms: now() - start, value };
}

export const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

export interface ChildRun {
  ms: number;
  /** Peak resident set size in MB, when it could be measured. */
  peakMb?: number;
  /** User + system CPU time in ms (with /usr/bin/time only): steadier than wall time on a busy machine. */
  cpuMs?: number;
  stdout: string;
}

const GNU_TIME = '/usr/bin/time';
let gnuTimeWorks: boolean | undefined;

function readHwmKb(pid: number): number | undefined {
  try {
    const match = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : undefined;
  } catch {
    return undefined;
  }
}

/** Runs `node <args>` and measures wall time and peak RSS. */
function runNode(args: string[], useTime: boolean, cwd: string): Promise<ChildRun> {
  const command = useTime ? GNU_TIME : process.execPath;
  const commandArgs = useTime ? ['-v', process.execPath, ...args] : args;
  return new Promise((resolve, reject) => {
    const start = now();
    const child = spawn(command, commandArgs, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    let hwmKb = 0;
    const poll = useTime
      ? undefined
      : setInterval(() => {
          const kb = child.pid ? readHwmKb(child.pid) : undefined;
          if (kb !== undefined) hwmKb = Math.max(hwmKb, kb);
        }, 10);
    // VmHWM is the high-water mark, so polling misses at most the last 10 ms of growth.
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = now() - start;
      if (poll) clearInterval(poll);
      if (code !== 0) {
        reject(new Error(`node ${args.join(' ')} exited with ${code}:\n${stderr.slice(-2000)}`));
        return;
      }
      let peakMb: number | undefined;
      let cpuMs: number | undefined;
      if (useTime) {
        const match = /Maximum resident set size \(kbytes\):\s*(\d+)/.exec(stderr);
        peakMb = match ? Number(match[1]) / 1024 : undefined;
        const user = /User time \(seconds\):\s*([\d.]+)/.exec(stderr);
        const system = /System time \(seconds\):\s*([\d.]+)/.exec(stderr);
        if (user && system) cpuMs = (Number(user[1]) + Number(system[1])) * 1000;
      } else if (hwmKb > 0) peakMb = hwmKb / 1024;
      resolve({ ms, peakMb, cpuMs, stdout });
    });
  });
}

export async function measureNode(args: string[]): Promise<ChildRun> {
  if (gnuTimeWorks === undefined) {
    gnuTimeWorks = false;
    if (process.platform === 'linux' && existsSync(GNU_TIME)) {
      try {
        gnuTimeWorks = (await runNode(['-e', '0'], true, ROOT)).peakMb !== undefined;
      } catch {
        gnuTimeWorks = false;
      }
    }
  }
  return runNode(args, gnuTimeWorks, ROOT);
}

export async function medianOf(runs: number, once: (run: number) => Promise<ChildRun>): Promise<ChildRun> {
  const results: ChildRun[] = [];
  for (let run = 0; run < runs; run += 1) results.push(await once(run));
  const peaks = results.flatMap((result) => (result.peakMb === undefined ? [] : [result.peakMb]));
  const cpu = results.flatMap((result) => (result.cpuMs === undefined ? [] : [result.cpuMs]));
  return {
    ms: median(results.map((result) => result.ms)),
    peakMb: peaks.length ? Math.max(...peaks) : undefined,
    cpuMs: cpu.length ? median(cpu) : undefined,
    stdout: results[results.length - 1].stdout,
  };
}

export function table(headers: string[], rows: string[][]): string {
  const widths = headers.map((header, column) => Math.max(header.length, ...rows.map((row) => row[column].length)));
  const line = (cells: string[]): string =>
    cells
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column])))
      .join('  ');
  return [line(headers), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}

export const ms = (value: number): string => `${value < 100 ? value.toFixed(1) : Math.round(value)} ms`;
export const mb = (value: number | undefined): string => (value === undefined ? 'n/a' : `${Math.round(value)} MB`);

/** True when the peaks come from /usr/bin/time -v (else /proc VmHWM polled). */
export function gnuTimeUsed(): boolean {
  return gnuTimeWorks === true;
}

/**
 * Instructions executed by `node --single-threaded <args>`, counted by valgrind's cachegrind (no
 * cache simulation): the work of a run whatever else the machine is doing, the same to about 0.01 %
 * from one run to the next (one thread: no compiler or collector threads racing the program).
 * About 30 times slower than the run itself. Undefined when valgrind is not installed.
 */
export function instructionsOf(args: string[]): number | undefined {
  const run = spawnSync(
    'valgrind',
    [
      '--tool=cachegrind',
      '--cache-sim=no',
      '--cachegrind-out-file=/dev/null',
      process.execPath,
      '--single-threaded',
      ...args,
    ],
    { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  if (run.error) return undefined;
  const match = /I\s+refs:\s+([\d,]+)/.exec(run.stderr);
  if (run.status !== 0 || !match) throw new Error(`valgrind: ${run.stderr.slice(-500)}`);
  return Number(match[1].replace(/,/g, ''));
}
