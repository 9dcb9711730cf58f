/**
 * Browser tests close every Chromium they start, also when they fail. This file starts runs of
 * its own (jest, the same configuration) over deliberately failing scenarios (test/e2e/fixtures)
 * and counts their Chromium processes before, during and after. The processes are tagged
 * (test/workbench/chromium-processes.ts), so that browsers of other runs on the machine do not
 * count.
 * - failing/ (one process, --runInBand, so that nothing ends with a worker): a test that throws,
 *   one that times out on a page stuck in a loop, a beforeAll that gives up before Chromium has
 *   started. The run's own teardown, in the same live process, must find nothing to end.
 * - killed/ (two workers): a test process killed outright (SIGKILL, no hook runs), beside a
 *   passing one.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { RUN_TAG_ENV, chromiumProcessesOf, endProcesses, newRunTag } from '../workbench/chromium-processes';
import { ROOT } from '../workbench/paths';
import { baseUrl } from './support';

/** A run that has not ended by then is stopped (a browser kept it alive): the test fails on it. */
const RUN_LIMIT_MS = 150_000;

interface FixtureRun {
  tag: string;
  code: number | null;
  /** The run did not end by itself within RUN_LIMIT_MS. */
  hung: boolean;
  output: string;
  before: number;
  /** Processes of the run each fixture saw with its page open. */
  during: Record<string, number>;
  after: number[];
}

async function runFixtures(set: 'failing' | 'killed', extraArgs: string[]): Promise<FixtureRun> {
  const tag = newRunTag();
  const out = mkdtempSync(path.join(tmpdir(), 'casa-clean-runs-'));
  try {
    const before = chromiumProcessesOf(tag).length;
    const jest = require.resolve('jest/bin/jest', { paths: [ROOT] });
    const env = {
      ...process.env,
      CASA_E2E_FIXTURES: set,
      CASA_E2E_URL: baseUrl(),
      CASA_E2E_FIXTURE_OUT: out,
      [RUN_TAG_ENV]: tag,
    };
    let hung = false;
    const { code, output } = await new Promise<{ code: number | null; output: string }>((resolve, reject) => {
      const child = spawn(process.execPath, [jest, '-c', 'jest.e2e.config.js', ...extraArgs], {
        cwd: ROOT,
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      const timer = setTimeout(() => {
        hung = true;
        child.kill('SIGTERM');
      }, RUN_LIMIT_MS);
      let text = '';
      child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (text += chunk.toString()));
      child.on('error', reject);
      child.on('close', (exit) => {
        clearTimeout(timer);
        resolve({ code: exit, output: text });
      });
    });
    const left = chromiumProcessesOf(tag);
    // Whatever the outcome, this test leaves nothing running either.
    endProcesses(left);
    const after = left.map((found) => found.pid);
    const during = Object.fromEntries(
      readdirSync(out).map((file) => [
        path.basename(file, '.json'),
        (JSON.parse(readFileSync(path.join(out, file), 'utf8')) as { processes: number }).processes,
      ]),
    );
    console.log(
      `Chromium processes of the "${set}" run (${RUN_TAG_ENV}=${tag}): before ${before}, ` +
        `with pages open ${JSON.stringify(during)}, after ${after.length}.`,
    );
    return { tag, code, hung, output, before, during, after };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

const nothingLeft = (tag: string): string => `No Chromium process of this run (${RUN_TAG_ENV}=${tag}) is left running.`;

test('tests that throw, time out on a stuck page or lose their launch leave no Chromium behind', async () => {
  const run = await runFixtures('failing', ['--runInBand', '--testTimeout=20000']);
  // The run ended by itself and failed, in each of the ways it was meant to.
  expect(run.hung).toBe(false);
  expect(run.code).toBe(1);
  expect(run.output).toContain('deliberate failure (clean-runs fixture)');
  expect(run.output).toMatch(/Exceeded timeout of 10000 ms for a test/);
  expect(run.output).toMatch(/Exceeded timeout of 50 ms for a hook/);
  // While the pages were open the count saw their browsers; afterwards none is left, and the
  // teardown (in the same process, still alive) did not have to end any.
  expect(run.before).toBe(0);
  expect(run.during.thrown).toBeGreaterThan(0);
  expect(run.during.stuck).toBeGreaterThan(0);
  expect(run.output).toContain(nothingLeft(run.tag));
  expect(run.after).toEqual([]);
}, 240_000);

test('a test process killed outright leaves no Chromium behind', async () => {
  const run = await runFixtures('killed', ['--maxWorkers=2', '--testTimeout=20000']);
  expect(run.hung).toBe(false);
  expect(run.code).toBe(1);
  expect(run.output).toMatch(/killed\.fixture\.ts/);
  expect(run.output).toMatch(/PASS test\/e2e\/fixtures\/killed\/passes\.fixture\.ts/);
  expect(run.before).toBe(0);
  expect(run.during.killed).toBeGreaterThan(0);
  expect(run.during.passes).toBeGreaterThan(0);
  expect(run.output).toContain(nothingLeft(run.tag));
  expect(run.after).toEqual([]);
}, 240_000);
