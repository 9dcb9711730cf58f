/**
 * The corpus of bad inventories (issue #9): every file of test/fixtures/bad-inputs/ through the
 * command line, with the outcome its table (cases.json) expects. A refused file exits 2 with an
 * Italian sentence and writes nothing; a file that is read gives the counts a careful reader
 * would; the inventory is never changed.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { main, type Io } from '../../src/cli/main';

const CORPUS = path.resolve(__dirname, '../fixtures/bad-inputs');

interface Case {
  file: string;
  args?: string[];
  exit: 0 | 2;
  why: string;
  stderr?: string;
  alloggi?: number;
  disponibili?: number;
  gruppi?: number;
  problemi?: string[];
  aler?: string[];
  comuni?: string[];
  indigenza?: number;
  maggiorazione?: number;
}

const { cases } = JSON.parse(readFileSync(path.join(CORPUS, 'cases.json'), 'utf8')) as { cases: Case[] };

interface JsonPlan {
  gruppi: { ente: string; tipoEnte: string; indigenza: { percentuale: number } }[];
  totali: { alloggi: number; disponibili: number };
  problemi: { messaggio: string }[];
  parametri: { indigenza: number; maggiorazione: number };
}

const digest = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex');

test('the corpus holds at least 60 bad inputs, each with an expected outcome', () => {
  const files = readdirSync(CORPUS).filter((name) => name !== 'make.ts' && name !== 'cases.json');
  const listed = new Set(cases.map((c) => c.file));
  expect(files.filter((name) => !listed.has(name))).toEqual([]);
  expect(listed.size).toBeGreaterThanOrEqual(60);
});

describe.each(cases.map((c) => [`${c.file}${c.args ? ` ${c.args.join(' ')}` : ''}: ${c.why}`, c] as const))(
  '%s',
  (_title, entry) => {
    test(entry.exit === 2 ? 'is refused: exit 2, an Italian sentence, nothing written' : 'is read right', async () => {
      const workdir = mkdtempSync(path.join(tmpdir(), 'casa-bad-'));
      const input = path.join(workdir, entry.file);
      copyFileSync(path.join(CORPUS, entry.file), input);
      const before = digest(input);
      const out: string[] = [];
      const err: string[] = [];
      const io: Io = {
        out: (text) => out.push(text),
        err: (text) => err.push(text),
        progress: false,
        now: () => new Date(Date.UTC(2021, 10, 15)),
        cwd: workdir,
      };
      const args = entry.args ?? [];
      const output = args.includes('-o') ? [] : ['-o', 'piano.xlsx'];
      const code = await main([entry.file, '--anno', '2022', '--json', ...output, ...args], io);
      const stderr = err.join('\n');
      expect({ code, stderr: code === entry.exit ? '' : stderr }).toEqual({ code: entry.exit, stderr: '' });
      if (entry.stderr) expect(stderr).toContain(entry.stderr);
      expect(stderr).not.toMatch(/Errore imprevisto|at .*\.ts:\d+|Error:/);
      expect(digest(input)).toBe(before);
      if (entry.exit === 2) {
        expect(out).toEqual([]);
        expect(readdirSync(workdir)).toEqual([entry.file]);
        return;
      }
      expect(existsSync(path.join(workdir, 'piano.xlsx'))).toBe(true);
      const plan = JSON.parse(out.join('\n')) as JsonPlan;
      expect({
        alloggi: plan.totali.alloggi,
        disponibili: plan.totali.disponibili,
        gruppi: plan.gruppi.length,
      }).toEqual({ alloggi: entry.alloggi, disponibili: entry.disponibili, gruppi: entry.gruppi });
      const problems = plan.problemi.map((problem) => problem.messaggio).join('\n');
      for (const expected of entry.problemi ?? []) expect(problems).toContain(expected);
      if (!entry.problemi) expect(problems).toBe('');
      for (const owner of entry.aler ?? []) {
        const group = plan.gruppi.find((g) => g.ente === owner);
        expect({ owner, kind: group?.tipoEnte, share: group?.indigenza.percentuale }).toEqual({
          owner,
          kind: 'aler',
          share: 0.2,
        });
      }
      for (const owner of entry.comuni ?? []) {
        expect(plan.gruppi.find((g) => g.ente === owner)?.tipoEnte).toBe('comune');
      }
      if (entry.indigenza !== undefined) expect(plan.parametri.indigenza).toBe(entry.indigenza);
      if (entry.maggiorazione !== undefined) expect(plan.parametri.maggiorazione).toBe(entry.maggiorazione);
      // Whatever the cells held, nothing but text reaches the terminal.
      // eslint-disable-next-line no-control-regex
      expect(out.join('\n') + stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    });
  },
);
