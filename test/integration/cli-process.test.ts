/**
 * The command as a user runs it: `node bin/casa-piano.js`, a real process, from the bundle that
 * `npm run build:cli` (and `prepare`) makes. A damaged workbook used to end this process with exit
 * code 0, nothing printed and no plan written (issue #9).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const CORPUS = path.join(ROOT, 'test/fixtures/bad-inputs');

beforeAll(() => {
  execFileSync(process.execPath, [path.join(ROOT, 'scripts/build-cli.js')], { cwd: ROOT });
}, 60_000);

function runCli(
  file: string,
  extra: string[] = [],
): { status: number | null; stdout: string; stderr: string; dir: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'casa-proc-'));
  copyFileSync(path.join(CORPUS, file), path.join(dir, file));
  const result = spawnSync(process.execPath, [path.join(ROOT, 'bin/casa-piano.js'), file, '--anno', '2022', ...extra], {
    cwd: dir,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, dir };
}

test('a damaged workbook: exit 2 and an Italian sentence, no plan', () => {
  const result = runCli('damaged-data.xlsx');
  expect(result.status).toBe(2);
  expect(result.stderr).toContain('è una cartella di lavoro Excel danneggiata');
  expect(result.stdout).toBe('');
  expect(existsSync(path.join(result.dir, 'out'))).toBe(false);
}, 60_000);

test('a good workbook: exit 0, the summary, the plan written', () => {
  const result = runCli('good.xlsx', ['-o', 'piano.xlsx']);
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  expect(result.stdout).toContain('Foglio del piano scritto in piano.xlsx');
  expect(existsSync(path.join(result.dir, 'piano.xlsx'))).toBe(true);
}, 60_000);
