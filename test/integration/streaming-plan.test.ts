/**
 * Issue #12 item 1, "the numbers of the plan are the same before and after": the streaming path
 * (rows -> row parser -> per-group counts, no list of dwellings) against the plan's counts as they
 * were computed before, from the list of every dwelling (test/helpers/reference-plan.ts), on the
 * sample inventory and every inventory among the test fixtures, for several plan years. Both
 * doors are checked: the pane, ribbon and functions (planFromGrid) and the command line (the
 * file streamed into the merge, runAmbito). bench/same-plan.ts does the same at 1M rows against
 * the command line as it was built before the change.
 */
import { mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { runAmbito } from '../../src/cli/ambito';
import { SAMPLE_INVENTORY } from '../../src/cli/main';
import { InputError, readInventoryFile } from '../../src/cli/read';
import { parseInventory } from '../../src/core/inventory';
import { defaultParams } from '../../src/core/plan/params';
import { computePlan } from '../../src/core/plan/plan';
import { planFromGrid } from '../../src/core/pipeline';
import { planGroups, referenceGroups, referenceUndatedRows } from '../helpers/reference-plan';

const FIXTURES = path.resolve(__dirname, '../fixtures');
const YEARS = [2021, 2022, 2023, 2027];

/** The sample and every .csv/.xlsx inventory under test/fixtures. */
function inventories(): string[] {
  const found: string[] = [SAMPLE_INVENTORY];
  const walk = (directory: string): void => {
    for (const name of readdirSync(directory).sort()) {
      const full = path.join(directory, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.(csv|xlsx)$/i.test(name)) found.push(full);
    }
  };
  walk(FIXTURES);
  return found;
}

const files = inventories();

test('the inventories checked include the sample and the fixtures', () => {
  expect(files.length).toBeGreaterThan(20);
});

describe.each(files.map((file) => [path.relative(path.resolve(FIXTURES, '..', '..'), file), file]))(
  '%s',
  (_name, file) => {
    test('same groups, stock, available dwellings by source, excluded rows and problems as the list of dwellings gave', async () => {
      let source;
      try {
        source = await readInventoryFile(file);
      } catch (error) {
        // Refused files are refused before any count (test/integration/bad-inputs.test.ts).
        expect(error).toBeInstanceOf(InputError);
        return;
      }
      const parsed = parseInventory(source.grid, { headerRow: source.headerRow, sheetName: source.sheetName });
      for (const year of YEARS) {
        const params = defaultParams(year);
        const outcome = planFromGrid(source, params);
        if (parsed.fatal) {
          expect(outcome.plan).toBeUndefined();
          continue;
        }
        const plan = outcome.plan!;
        const dates = parsed.columns.assignedOn !== undefined;
        expect(planGroups(plan.gruppi)).toEqual(referenceGroups(parsed.units, year, dates));
        expect(plan.alloggi).toBe(parsed.units.length);
        expect(plan.problemi).toEqual(parsed.issues);
        const undated = plan.esclusi.filter((entry) => entry.reasons.some((r) => r.reason === 'no-availability-date'));
        expect(undated.map((entry) => entry.row).sort((a, b) => a - b)).toEqual(referenceUndatedRows(parsed.units));
        // The plan from the list of dwellings (merge, tests) is the same plan.
        expect(computePlan(parsed.units, params, parsed.issues)).toEqual(plan);
      }

      // The command line: the file streamed into the merge gives the same groups.
      if (parsed.fatal) return;
      const run = await runAmbito([file], {
        params: defaultParams(2022),
        annoIndicato: true,
        scenari: [],
        now: new Date(Date.UTC(2021, 9, 4)),
      });
      // Lett. g as the pane counts it: from the inventory when it has a column of assignment dates.
      const dates = parsed.columns.assignedOn !== undefined;
      expect(planGroups(run.plan.gruppi)).toEqual(referenceGroups(parsed.units, 2022, dates));
      expect(run.plan.alloggi).toBe(parsed.units.length);
      expect(run.plan.problemi.map((issue) => issue.message)).toEqual(parsed.issues.map((issue) => issue.message));
    });
  },
);

describe('lett. g: the command line and the pane count it alike', () => {
  const csv = (lines: string[]): string => {
    const directory = mkdtempSync(path.join(tmpdir(), 'casa-lettg-'));
    const file = path.join(directory, 'inventario.csv');
    writeFileSync(file, `${lines.join('\n')}\n`);
    return file;
  };
  const run = (files: string[]) =>
    runAmbito(files, {
      params: defaultParams(2027),
      annoIndicato: true,
      scenari: [],
      now: new Date(Date.UTC(2026, 9, 4)),
    });

  test('a column "Data assegnazione" with no date filled: 0 assigned in both, no note asking for the column', async () => {
    const file = csv([
      'Codice;Ente proprietario;Comune;Stato;Destinazione;Data assegnazione',
      'A1;Comune di Cremona;Cremona;occupato;SAP;',
      'A2;Comune di Cremona;Cremona;libero;SAP;',
    ]);
    const cli = await run([file]);
    const pane = planFromGrid(await readInventoryFile(file), defaultParams(2027)).plan!;
    expect(cli.plan.gruppi.map((group) => group.assegnatiAnnoPrecedente)).toEqual([0]);
    expect(pane.gruppi.map((group) => group.assegnatiAnnoPrecedente)).toEqual([0]);
    expect(cli.plan.note.map((note) => note.message).join(' ')).not.toContain('Aggiungete all’inventario la colonna');
  });

  test('two owners, only one with assignment dates: the other is "not given", not 0', async () => {
    const withDates = csv([
      'Codice;Ente proprietario;Comune;Stato;Destinazione;Data assegnazione',
      'A1;Comune di Cremona;Cremona;occupato;SAP;15/03/2026',
      'A2;Comune di Cremona;Cremona;libero;SAP;',
    ]);
    const without = csv([
      'Codice;Ente proprietario;Comune;Stato;Destinazione',
      'B1;Comune di Castelverde;Castelverde;occupato;SAP',
    ]);
    const cli = await run([withDates, without]);
    const assigned = Object.fromEntries(cli.plan.gruppi.map((group) => [group.ente, group.assegnatiAnnoPrecedente]));
    expect(assigned).toEqual({ 'Comune di Cremona': 1, 'Comune di Castelverde': null });
    expect(cli.plan.note.map((note) => note.message).join(' ')).toContain('non indicati per «Comune di Castelverde»');
  });
});
