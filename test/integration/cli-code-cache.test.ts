/**
 * The launcher's code cache (bin/casa-piano.js): V8's compiled bundle kept next to it after a run,
 * so that later runs start faster. It must never change what a run does: the same output with or
 * without it, a damaged or foreign cache ignored and replaced, a rebuilt bundle never run with the
 * old bundle's cache. Run on a copy of bin/ and build/cli/ in a temporary folder, so that the
 * cache of the working copy (and the other tests using it) is left alone.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const CSV = path.join(ROOT, 'test/fixtures/inventory/clean/inventory.csv');
const TIMEOUT = 60_000;

let copy: string;
let bundle: string;
let cache: string;

beforeAll(() => {
  execFileSync(process.execPath, [path.join(ROOT, 'scripts/build-cli.js')], { cwd: ROOT });
  copy = mkdtempSync(path.join(tmpdir(), 'casa-code-cache-'));
  cpSync(path.join(ROOT, 'bin'), path.join(copy, 'bin'), { recursive: true });
  for (const name of ['casa-piano.cjs', 'casa-piano.cjs.map']) {
    cpSync(path.join(ROOT, 'build/cli', name), path.join(copy, 'build/cli', name), { preserveTimestamps: true });
  }
  bundle = path.join(copy, 'build/cli/casa-piano.cjs');
  cache = `${bundle}.v8-cache`;
}, TIMEOUT);

afterAll(() => rmSync(copy, { recursive: true, force: true }));

function run(): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(
    process.execPath,
    [
      path.join(copy, 'bin/casa-piano.js'),
      CSV,
      '--anno',
      '2022',
      '--json',
      '-o',
      path.join(copy, 'piano.xlsx'),
      '--force',
    ],
    { cwd: copy, encoding: 'utf8', timeout: TIMEOUT, env: { ...process.env, CASA_DEBUG: '' } },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const cacheFile = (): { bytes: Buffer; modified: number } => ({
  bytes: readFileSync(cache),
  modified: statSync(cache).mtimeMs,
});
/** The same cache file, not written again (Buffer.equals: a deep comparison of 900 KB takes seconds). */
const unchanged = (now: { bytes: Buffer; modified: number }, before: { bytes: Buffer; modified: number }): boolean =>
  now.modified === before.modified && now.bytes.equals(before.bytes);

test(
  'the first run writes the cache, the next ones use it and print the same plan',
  () => {
    rmSync(cache, { force: true });
    const first = run();
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    const written = cacheFile();
    expect(written.bytes.subarray(0, 4).toString('latin1')).toBe('CAS1');

    const second = run();
    expect(second).toEqual(first);
    // Accepted, so not written again.
    expect(unchanged(cacheFile(), written)).toBe(true);
  },
  TIMEOUT,
);

test(
  'a damaged cache is ignored and replaced: the same plan',
  () => {
    const good = run();
    const bytes = readFileSync(cache);
    const data = 8 + statSync(bundle).size;
    const garbage = Buffer.alloc(4096, 0x5a);
    // The right bundle, garbage for V8's data; then a file cut short.
    for (const damaged of [Buffer.concat([bytes.subarray(0, data), garbage]), bytes.subarray(0, 10)]) {
      writeFileSync(cache, damaged);
      expect(run()).toEqual(good);
      const repaired = cacheFile();
      expect(repaired.bytes.equals(damaged)).toBe(false);
      expect(repaired.bytes.subarray(0, data).equals(bytes.subarray(0, data))).toBe(true);
      // The new one is accepted: not written again.
      expect(run()).toEqual(good);
      expect(unchanged(cacheFile(), repaired)).toBe(true);
    }
  },
  TIMEOUT,
);

test(
  "a rebuilt bundle is never run with the old bundle's cache, even of the same size and time",
  () => {
    const good = run();
    const source = readFileSync(bundle, 'utf8');
    const { mtime } = statSync(bundle);
    // What the run prints changes, the bundle's length and time do not.
    const changed = source.replace('JSON.stringify(json, null, 2)', 'JSON.stringify(json, null, 3)');
    expect(changed).not.toBe(source);
    expect(changed.length).toBe(source.length);
    try {
      writeFileSync(bundle, changed);
      utimesSync(bundle, mtime, mtime);
      const rebuilt = run();
      expect(rebuilt.status).toBe(0);
      expect(rebuilt.stdout).not.toBe(good.stdout);
      expect(rebuilt.stdout).toContain('\n   "anno": 2022');
      expect(JSON.parse(rebuilt.stdout)).toEqual(JSON.parse(good.stdout));
      // Its own cache from then on.
      expect(
        readFileSync(cache)
          .subarray(8, 8 + Buffer.byteLength(changed))
          .toString('utf8'),
      ).toBe(changed);
    } finally {
      writeFileSync(bundle, source);
      utimesSync(bundle, mtime, mtime);
    }
  },
  TIMEOUT,
);
