/**
 * Nothing is lost (issue #9 item 2): the plan is written to a temporary file in the target folder
 * and renamed; the inventory is never written over, whatever links lead to it, --force or not;
 * every output error is an Italian sentence naming the path, exit code 2, and leaves nothing
 * half-written behind.
 */
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { main, SAMPLE_INVENTORY, type Io } from '../../src/cli/main';
import { nodeFiles, type OutputFiles } from '../../src/cli/output';

let workdir: string;
let inventory: string;
beforeEach(() => {
  workdir = mkdtempSync(path.join(tmpdir(), 'casa-out-'));
  inventory = path.join(workdir, 'inventario.xlsx');
  copyFileSync(SAMPLE_INVENTORY, inventory);
});

const digest = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex');

async function run(args: string[], files?: OutputFiles): Promise<{ code: number; err: string }> {
  const err: string[] = [];
  const io: Io = {
    out: () => undefined,
    err: (text) => err.push(text),
    progress: false,
    now: () => new Date(Date.UTC(2021, 10, 15)),
    cwd: workdir,
    files,
  };
  return { code: await main(['inventario.xlsx', ...args], io), err: err.join('\n') };
}

/** Files left in a folder, temporary ones included. */
const left = (folder: string): string[] => readdirSync(folder).sort();

describe('the inventory is never written over, whatever leads to it', () => {
  test.each<[string, () => string]>([
    ['the same path', () => 'inventario.xlsx'],
    ['the same path spelt differently', () => './sub/../inventario.xlsx'],
    [
      'a symbolic link to the inventory',
      () => {
        symlinkSync(inventory, path.join(workdir, 'collegamento.xlsx'));
        return 'collegamento.xlsx';
      },
    ],
    [
      'a hard link to the inventory',
      () => {
        linkSync(inventory, path.join(workdir, 'stesso-file.xlsx'));
        return 'stesso-file.xlsx';
      },
    ],
    [
      'the inventory through a linked folder',
      () => {
        symlinkSync(workdir, path.join(workdir, 'cartella-collegata'));
        return 'cartella-collegata/inventario.xlsx';
      },
    ],
  ])('-o %s, with --force: refused, exit 2, the inventory unchanged', async (_name, target) => {
    mkdirSync(path.join(workdir, 'sub'));
    const output = target();
    const before = digest(inventory);
    const result = await run(['-o', output, '--force']);
    expect(result.code).toBe(2);
    expect(result.err).toContain("l'inventario non si modifica mai");
    expect(result.err).toContain(path.basename(output));
    expect(digest(inventory)).toBe(before);
    expect(left(workdir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});

describe('output errors: exit 2, an Italian sentence naming the path, nothing half-written', () => {
  test('a folder in the way (EISDIR)', async () => {
    mkdirSync(path.join(workdir, 'piano.xlsx'));
    const result = await run(['-o', 'piano.xlsx', '--force']);
    expect(result).toEqual({ code: 2, err: expect.stringContaining('piano.xlsx è una cartella') });
  });

  test('a file where a folder should be (ENOTDIR)', async () => {
    writeFileSync(path.join(workdir, 'uscite'), 'un file');
    const result = await run(['-o', 'uscite/piano.xlsx']);
    expect(result).toEqual({ code: 2, err: expect.stringContaining('Non si può creare uscite/piano.xlsx') });
  });

  test('an existing file without --force (EEXIST), also when it appears while the plan is written', async () => {
    const target = path.join(workdir, 'piano.xlsx');
    const racing: OutputFiles = {
      ...nodeFiles,
      async link(existing, to) {
        writeFileSync(to, 'scritto da un altro nel frattempo');
        return nodeFiles.link(existing, to);
      },
    };
    const result = await run(['-o', 'piano.xlsx'], racing);
    expect(result).toEqual({ code: 2, err: expect.stringContaining('Il file piano.xlsx esiste già') });
    expect(readFileSync(target, 'utf8')).toBe('scritto da un altro nel frattempo');
    expect(left(workdir)).toEqual(['inventario.xlsx', 'piano.xlsx']);
  });

  const failing = (code: string, step: 'writeFile' | 'mkdir'): OutputFiles => ({
    ...nodeFiles,
    async [step](file: string, data?: Uint8Array) {
      if (step === 'writeFile' && data) writeFileSync(file, data.subarray(0, data.length >> 1));
      throw Object.assign(new Error(`${code}: simulated`), { code });
    },
  });

  test.each<[string, 'writeFile' | 'mkdir', string]>([
    ['ENOSPC', 'writeFile', 'Spazio su disco esaurito scrivendo uscite/piano.xlsx'],
    ['EDQUOT', 'writeFile', 'Spazio su disco esaurito scrivendo uscite/piano.xlsx'],
    ['EACCES', 'writeFile', 'Non è permesso scrivere uscite/piano.xlsx'],
    ['EPERM', 'mkdir', 'Non è permesso scrivere uscite/piano.xlsx'],
    ['EROFS', 'mkdir', 'la cartella uscite è su un disco di sola lettura'],
    ['EIO', 'writeFile', 'Errore del disco scrivendo uscite/piano.xlsx'],
  ])('%s while %s', async (code, step, message) => {
    mkdirSync(path.join(workdir, 'uscite'));
    const result = await run(['-o', 'uscite/piano.xlsx'], failing(code, step));
    expect(result.code).toBe(2);
    expect(result.err).toContain(message);
    expect(result.err).not.toMatch(/Errore imprevisto|simulated|at /);
    // No plan under the final name and no temporary file: a full disk leaves nothing half-written.
    expect(left(path.join(workdir, 'uscite'))).toEqual([]);
  });
});

test('--force replaces an existing plan in one step, with a complete workbook', async () => {
  writeFileSync(path.join(workdir, 'piano.xlsx'), 'vecchio piano');
  const result = await run(['-o', 'piano.xlsx', '--force']);
  expect(result.code).toBe(0);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path.join(workdir, 'piano.xlsx'));
  expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Piano 2022']);
  expect(left(workdir)).toEqual(['inventario.xlsx', 'piano.xlsx']);
});

test('-o with an extension other than .xlsx is refused before anything is read or written', async () => {
  const result = await run(['-o', 'piano.csv']);
  expect(result).toEqual({ code: 2, err: expect.stringContaining("deve avere l'estensione .xlsx") });
  expect(left(workdir)).toEqual(['inventario.xlsx']);
});
