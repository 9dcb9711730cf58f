import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { bareCsvReadAndSplit, csvFloor, main } from '../../bench/bare-read';

describe('bench/bare-read.ts: the CSV floors the command line is compared with', () => {
  let directory: string;
  beforeAll(() => {
    directory = mkdtempSync(path.join(tmpdir(), 'casa-floor-'));
  });
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  const csv = [
    'Codice alloggio;Ente proprietario;Comune;Stato alloggio',
    'A-1;Comune di Cremona;Cremona;libero',
    'a-1;Comune di Cremona;Cremona;occupato',
    '',
    'A-2;ALER Brescia-Cremona-Mantova;Cremona;libero',
    '',
  ].join('\n');

  test('the floor reads the same rows as the bare read-and-split, a duplicate code included (blank lines are not rows)', () => {
    const file = path.join(directory, 'inventario.csv');
    writeFileSync(file, csv);
    expect(bareCsvReadAndSplit(file)).toBe(4);
    expect(csvFloor(file)).toBe(4);
  });

  test('run as a child, --floor prints the rows the floor read', async () => {
    const file = path.join(directory, 'due.csv');
    writeFileSync(file, csv.split('\n').slice(0, 3).join('\n'));
    const written: string[] = [];
    const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    try {
      expect(await main(['--floor', file])).toBe(0);
      expect(await main([file])).toBe(0);
    } finally {
      spy.mockRestore();
    }
    expect(written).toEqual(['3\n', '3\n']);
  });

  test('--floor is for CSV files only: an .xlsx, or no file, is the usage line and exit code 2', async () => {
    const errors: string[] = [];
    const spy = jest.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      errors.push(String(chunk));
      return true;
    });
    try {
      expect(await main(['--floor', path.join(directory, 'inventario.xlsx')])).toBe(2);
      expect(await main(['--floor'])).toBe(2);
    } finally {
      spy.mockRestore();
    }
    expect(errors).toEqual([
      expect.stringContaining('--floor <file.csv>'),
      expect.stringContaining('--floor <file.csv>'),
    ]);
  });
});
