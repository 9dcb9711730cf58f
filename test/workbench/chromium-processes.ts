/**
 * The Chromium processes one run of the browser tests starts, found by a tag that launchBrowser
 * puts on each of them: in the profile folder's name (on the command line of the browser, its
 * zygotes and renderers) and in the environment (inherited by every child, crash handlers too).
 * Other runs on the same machine (other checkouts, other helpers) have other tags and are never
 * counted nor touched. Node only; Linux reads /proc, elsewhere `ps` (command lines only).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';

/** The variable that carries the tag, in the tests' environment and in Chromium's. */
export const RUN_TAG_ENV = 'CASA_CHROMIUM_RUN';

/** A new tag: letters and digits only, so that it is safe in a folder name and a search. */
export function newRunTag(): string {
  return `r${process.pid.toString(36)}${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
}

/** This run's tag: the one in the environment (the e2e global setup sets it), else a new one. */
export function runTag(): string {
  const given = process.env[RUN_TAG_ENV];
  if (given && /^[a-z0-9]+$/i.test(given)) return given;
  const tag = newRunTag();
  process.env[RUN_TAG_ENV] = tag;
  return tag;
}

/** The prefix of the profile folders of a run's browsers. */
export function profilePrefix(tag: string): string {
  return `casa-chromium-${tag}-`;
}

export interface ChromiumProcess {
  pid: number;
  command: string;
}

const isChromium = (command: string): boolean => /chrom/i.test(path.basename(command.split(/\s/)[0] ?? ''));

function fromProc(inCommand: string, inEnvironment: string | undefined): ChromiumProcess[] {
  const found: ChromiumProcess[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const pid = Number(entry);
    if (pid === process.pid) continue;
    let command: string;
    try {
      command = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0').join(' ').trim();
    } catch {
      continue; // ended meanwhile, or not ours to read
    }
    if (!isChromium(command)) continue;
    let tagged = command.includes(inCommand);
    if (!tagged && inEnvironment !== undefined) {
      try {
        tagged = `${readFileSync(`/proc/${entry}/environ`, 'utf8')}\0`.includes(inEnvironment);
      } catch {
        tagged = false;
      }
    }
    if (tagged) found.push({ pid, command });
  }
  return found;
}

function fromPs(inCommand: string): ChromiumProcess[] {
  const lines = execFileSync('ps', ['-A', '-o', 'pid=,command='], { encoding: 'utf8' }).split('\n');
  return lines.flatMap((line) => {
    const match = /^\s*(\d+)\s+(.*)$/.exec(line);
    if (!match || !isChromium(match[2]) || !match[2].includes(inCommand)) return [];
    return [{ pid: Number(match[1]), command: match[2] }];
  });
}

/** The Chromium processes of the run tagged `tag` that are alive now. */
export function chromiumProcessesOf(tag: string): ChromiumProcess[] {
  const inCommand = profilePrefix(tag);
  return existsSync('/proc/self/cmdline') ? fromProc(inCommand, `${RUN_TAG_ENV}=${tag}\0`) : fromPs(inCommand);
}

/** The processes of the one browser started with the profile folder `profile`. */
export function chromiumProcessesUsing(profile: string): ChromiumProcess[] {
  return existsSync('/proc/self/cmdline') ? fromProc(profile, undefined) : fromPs(profile);
}

/** Waits up to `ms` for the run's processes to end by themselves; returns those still alive. */
export async function waitForChromiumToEnd(tag: string, ms: number): Promise<ChromiumProcess[]> {
  const until = Date.now() + ms;
  let alive = chromiumProcessesOf(tag);
  while (alive.length > 0 && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    alive = chromiumProcessesOf(tag);
  }
  return alive;
}

/** Ends processes by their id (never by name): SIGKILL, ignoring those already gone. */
export function endProcesses(processes: readonly ChromiumProcess[]): void {
  for (const { pid } of processes) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already ended
    }
  }
}
