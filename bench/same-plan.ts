/**
 * "The numbers of the plan are the same before and after" (issue #12): the command line as built
 * from a commit before the streaming inventory against the one in this working copy, on the
 * sample, every .csv/.xlsx inventory under test/fixtures and generated inventories of `--rows`
 * dwellings (default 100,000 and 1,000,000) in `--formats` (default xlsx and csv, as bench/plan.ts
 * writes them). Prints SAME or DIFFERENT for each input (the plan JSON of `--json`, all of it but
 * the fingerprint), then the fingerprints that changed.
 *
 *   npx tsx bench/same-plan.ts [--before <git ref>] [--rows 100000,1000000] [--formats xlsx,csv] [--no-fixtures]
 *
 * Default `--before`: the parent of the commit that added src/core/plan/tally.ts. The old tree is
 * taken with `git archive` into a temporary folder and built there with its own scripts/build-cli.js
 * (node_modules linked from this working copy); nothing in the repository is touched.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { SAMPLE_INVENTORY } from '../src/cli/main';
import { ROOT } from './paths';
import { writeCsvInventory, writeInventory } from './plan';

function git(args: string[]): string {
  return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
}

/** The commit before the streaming inventory: the parent of the one that added tally.ts. */
function defaultBefore(): string {
  const added = git(['log', '--diff-filter=A', '--format=%H', '--', 'src/core/plan/tally.ts']).split('\n').pop();
  if (!added) throw new Error('src/core/plan/tally.ts has no history here: give --before <ref>');
  return `${added}^`;
}

/** The command line of `ref`, built in `directory`: returns its launcher. */
function buildBefore(ref: string, directory: string): string {
  mkdirSync(directory, { recursive: true });
  execFileSync(
    'sh',
    ['-c', `git archive --format=tar ${JSON.stringify(ref)} | tar -x -C ${JSON.stringify(directory)}`],
    {
      cwd: ROOT,
    },
  );
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(directory, 'node_modules'), 'dir');
  execFileSync(process.execPath, [path.join(directory, 'scripts', 'build-cli.js')], { cwd: directory });
  return path.join(directory, 'bin', 'casa-piano.js');
}

interface Outcome {
  code: number;
  json?: Record<string, unknown>;
  stderr: string;
}

function runCli(launcher: string, file: string, output: string): Outcome {
  rmSync(output, { force: true });
  const run = spawnSync(process.execPath, [launcher, file, '--anno', '2022', '--json', '-o', output], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  const code = run.status ?? 1;
  let json: Record<string, unknown> | undefined;
  if (code === 0) json = JSON.parse(run.stdout) as Record<string, unknown>;
  return { code, json, stderr: run.stderr };
}

/**
 * The first path where two JSON values differ, or undefined. A field of an object that only the
 * new output has is not a difference: it goes to `added` (the output gained it since, as
 * `parametri.poliziaLocale` in 3ce5d78); a field the new output lost, or an array of another
 * length, is one.
 */
export function firstDifference(a: unknown, b: unknown, added: string[], at = '$'): string | undefined {
  if (a === b) return undefined;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return at;
  if (Array.isArray(a) !== Array.isArray(b)) return at;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) {
    const child = `${at}.${key}`;
    if (!Array.isArray(a) && !(key in a)) {
      added.push(child);
      continue;
    }
    const found = firstDifference(
      (a as Record<string, unknown>)[key],
      (b as Record<string, unknown>)[key],
      added,
      child,
    );
    if (found) return found;
  }
  return undefined;
}

const comparable = (json: Record<string, unknown>): Record<string, unknown> => {
  const rest = { ...json };
  delete rest.impronta;
  return rest;
};

function inventories(withFixtures: boolean): string[] {
  const found = [SAMPLE_INVENTORY];
  const walk = (directory: string): void => {
    for (const name of readdirSync(directory).sort()) {
      const full = path.join(directory, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.(csv|xlsx)$/i.test(name)) found.push(full);
    }
  };
  if (withFixtures) walk(path.join(ROOT, 'test', 'fixtures'));
  return found;
}

export async function main(argv: string[]): Promise<number> {
  const option = (name: string): string | undefined => {
    const index = argv.indexOf(name);
    return index >= 0 ? argv[index + 1] : undefined;
  };
  const before = option('--before') ?? defaultBefore();
  const sizes = (option('--rows') ?? '100000,1000000')
    .split(',')
    .map(Number)
    .filter((size) => size > 0);
  const formats = (option('--formats') ?? 'xlsx,csv').split(',');
  if (
    sizes.some((size) => !Number.isInteger(size)) ||
    formats.some((format) => format !== 'xlsx' && format !== 'csv')
  ) {
    throw new Error(
      'Uso: npx tsx bench/same-plan.ts [--before <ref>] [--rows 100000,1000000] [--formats xlsx,csv] [--no-fixtures]',
    );
  }
  const directory = mkdtempSync(path.join(tmpdir(), 'casa-same-plan-'));
  try {
    const commit = git(['rev-parse', '--short', before]);
    console.log(
      `Before: ${before} (${commit}), built from git archive. After: this working copy (${git(['rev-parse', '--short', 'HEAD'])}${git(['status', '--porcelain', '--', 'src']) ? ', with changes' : ''}).`,
    );
    const oldCli = buildBefore(before, path.join(directory, 'before'));
    execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'build-cli.js')], { cwd: ROOT });
    const newCli = path.join(ROOT, 'bin', 'casa-piano.js');

    const files = inventories(!argv.includes('--no-fixtures'));
    for (const rows of sizes) {
      for (const format of formats) {
        const big = path.join(directory, `inventario-${rows}.${format}`);
        process.stderr.write(`Writing ${rows.toLocaleString('en-US')} dwellings (${format})...\n`);
        if (format === 'csv') await writeCsvInventory(big, rows);
        else await writeInventory(big, rows);
        files.push(big);
      }
    }
    let different = 0;
    const fingerprints: string[] = [];
    for (const file of files) {
      const name = file.startsWith(ROOT) ? path.relative(ROOT, file) : path.basename(file);
      // The same output name for both: the JSON names it.
      const old = runCli(oldCli, file, path.join(directory, 'piano.xlsx'));
      const now = runCli(newCli, file, path.join(directory, 'piano.xlsx'));
      let verdict: string;
      if (old.code !== now.code) verdict = `DIFFERENT exit code ${old.code} -> ${now.code}`;
      else if (!old.json || !now.json)
        verdict = old.stderr === now.stderr ? 'SAME (refused, same message)' : 'DIFFERENT message';
      else {
        const added: string[] = [];
        const where = firstDifference(comparable(old.json), comparable(now.json), added);
        verdict = where ? `DIFFERENT at ${where}` : added.length > 0 ? `SAME (adds ${added.join(', ')})` : 'SAME';
        if (old.json.impronta !== now.json.impronta)
          fingerprints.push(`  ${name}: ${String(old.json.impronta)} -> ${String(now.json.impronta)}`);
      }
      if (verdict.startsWith('DIFFERENT')) different += 1;
      const totals = now.json?.totali as { alloggi?: number } | undefined;
      const size = totals?.alloggi !== undefined ? ` (${totals.alloggi.toLocaleString('en-US')} dwellings)` : '';
      console.log(`${verdict.padEnd(34)} ${name}${size}`);
    }
    console.log(
      `\n${different === 0 ? 'SAME' : 'DIFFERENT'}: ${files.length - different} of ${files.length} inputs give the same plan.`,
    );
    if (fingerprints.length > 0) {
      console.log(
        '\nFingerprints that changed (the merge used to hash the dwellings group by group; it now hashes them in row order, as the pane and the ribbon always did):',
      );
      for (const line of fingerprints) console.log(line);
    }
    return different === 0 ? 0 : 1;
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
      process.exitCode = 1;
    },
  );
}
