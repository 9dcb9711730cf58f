/**
 * The command line run in process (src/cli/main.ts `main`), as the integration tests drive it:
 * its standard output and error collected, no progress line, a fixed "now" (the plan's date) and
 * the working folder `cwd` (where relative paths and the default output go).
 */
import { main, type Io } from '../../src/cli/main';

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

export async function runCliInProcess(args: string[], options: { cwd: string; now: Date }): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = {
    out: (text) => out.push(text),
    err: (text) => err.push(text),
    progress: false,
    now: () => options.now,
    cwd: options.cwd,
  };
  const code = await main(args, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}
