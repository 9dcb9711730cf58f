/**
 * The command line writes its workbooks without ExcelJS (issue #12: loading its Workbook class
 * alone cost every run about 0.1 s). The real command, from its bundle, runs with a hook that makes
 * any `require` of exceljs (the package or one of its files) throw: a plan from a CSV, a plan from
 * the sample workbook, an owner's communication and the merge of two communications must all
 * succeed, and what they write must read back (with ExcelJS, here in the test).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';

const ROOT = path.resolve(__dirname, '../..');
const CLI = path.join(ROOT, 'bin/casa-piano.js');
const SAMPLE = path.join(ROOT, 'assets/inventario-esempio.xlsx');
const CSV = path.join(ROOT, 'test/fixtures/inventory/clean/inventory.csv');
const TIMEOUT = 60_000;

/** Fails every load of exceljs, whoever asks and however it is named. */
const HOOK = `'use strict';
const Module = require('node:module');
const load = Module._load;
Module._load = function (request, parent, isMain) {
  if (/(^|[\\\\/])exceljs([\\\\/]|$)/.test(request)) throw new Error('exceljs required: ' + request);
  return load.call(this, request, parent, isMain);
};
`;

let workdir: string;
let hook: string;

beforeAll(() => {
  execFileSync(process.execPath, [path.join(ROOT, 'scripts/build-cli.js')], { cwd: ROOT });
  workdir = mkdtempSync(path.join(tmpdir(), 'casa-no-exceljs-'));
  hook = path.join(workdir, 'no-exceljs.cjs');
  writeFileSync(hook, HOOK);
}, TIMEOUT);

afterAll(() => rmSync(workdir, { recursive: true, force: true }));

function run(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['--require', hook, ...args], {
    cwd: workdir,
    encoding: 'utf8',
    timeout: TIMEOUT,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

async function sheetNames(file: string): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path.join(workdir, file));
  return workbook.worksheets.map((sheet) => sheet.name);
}

test('the hook does stop a load of exceljs (so the tests below would see one)', () => {
  for (const request of ['exceljs', 'exceljs/lib/doc/workbook']) {
    const result = run(['-e', `require(${JSON.stringify(request)})`]);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain(`exceljs required: ${request}`);
  }
});

test(
  'a plan from a CSV inventory and from the sample workbook, without loading exceljs',
  async () => {
    for (const [input, output] of [
      [CSV, 'piano-csv.xlsx'],
      [SAMPLE, 'piano-xlsx.xlsx'],
    ]) {
      const result = run([CLI, input, '--anno', '2022', '-o', output, '--json']);
      expect({ output, status: result.status, stderr: result.stderr }).toEqual({ output, status: 0, stderr: '' });
      expect(await sheetNames(output)).toEqual(['Piano 2022']);
    }
  },
  TIMEOUT,
);

test(
  'an owner’s communication and the merge of two, without loading exceljs',
  async () => {
    for (const [ente, output] of [
      ['Comune di Cremona', 'cremona.xlsx'],
      ['ALER Brescia-Cremona-Mantova', 'aler.xlsx'],
    ]) {
      const result = run([CLI, '--comunicazione', ente, SAMPLE, '--anno', '2022', '-o', output]);
      expect({ output, status: result.status, stderr: result.stderr }).toEqual({ output, status: 0, stderr: '' });
      expect(await sheetNames(output)).toEqual(['Istruzioni', 'Alloggi', "Scelte dell'ente"]);
    }
    const merged = run([
      CLI,
      'cremona.xlsx',
      'aler.xlsx',
      '--scenario',
      'Venti:maggiorazione=0.2',
      '-o',
      'ambito.xlsx',
    ]);
    expect(merged.status).toBe(0);
    expect(await sheetNames('ambito.xlsx')).toEqual(['Piano 2022', 'Comunicazioni', 'Confronto scenari']);
  },
  TIMEOUT,
);
