/**
 * What the command line prints after writing the plan (src/cli/summary.ts, ambito-summary.ts):
 * counted sentences agree with their count, in Italian.
 */
import { communicationsSummary } from '../../src/cli/ambito-summary';
import { planJson, planSummary } from '../../src/cli/summary';
import { Merge } from '../../src/core/merge/merge';
import { planFromMerge } from '../../src/core/merge/plan';
import { OWNER_PARAM_KEYS, defaultParams, type PlanParams } from '../../src/core/plan/params';
import { computePlan } from '../../src/core/plan/plan';
import type { InventoryIssue, Unit } from '../../src/core/types';
import { ALER, COMUNE_CREMONA, cremonaUnits } from '../helpers/plan-units';

const issue = (row: number): InventoryIssue => ({
  row,
  severity: 'avviso',
  message: `Riga ${row}: manca il servizio.`,
  messageEn: `Row ${row}: the service is missing.`,
});
const issues = (count: number): InventoryIssue[] => Array.from({ length: count }, (_, index) => issue(index + 2));

describe('the plan summary', () => {
  test.each([
    [1, "1 problema nell'inventario:"],
    [2, "2 problemi nell'inventario:"],
  ])('%i problems: %s', (count, heading) => {
    const text = planSummary(computePlan(cremonaUnits(), defaultParams(2022), issues(count)), undefined);
    expect(text.split('\n')).toContain(heading);
  });

  test('past 30 problems, how many more and where to read them', () => {
    const text = planSummary(computePlan(cremonaUnits(), defaultParams(2022), issues(32)), 'out/piano.xlsx');
    expect(text).toContain("\n  ... e altri 2 (usate --json per l'elenco completo).\n");
    expect(text.endsWith('Foglio del piano scritto in out/piano.xlsx')).toBe(true);
  });
});

// Audit D7: `--anno 2027 --param poliziaLocale=5%` gave the groups' poliziaLocale but no parametri.poliziaLocale.
describe('--json: parametri', () => {
  const params: PlanParams = {
    ...defaultParams(2027),
    forzePolizia: 0.1,
    poliziaLocale: 0.05,
    categoriaQuota: 0.1,
    riservaCategorie: ['anziani', 'disabili'],
  };
  const parametri = (
    planJson(computePlan(cremonaUnits(), params), { fingerprint: 'x' }) as { parametri: Record<string, unknown> }
  ).parametri;

  test('every share of the plan, the Polizia Locale and the art. 14 reserve with its categories included', () => {
    expect(parametri).toMatchObject({
      indigenza: 0.2,
      forzePolizia: 0.1,
      poliziaLocale: 0.05,
      categoriaQuota: 0.1,
      riservaCategorie: ['anziani', 'disabili'],
      ordine: 'sat-prima',
    });
  });

  test('no parameter of the plan is left out', () => {
    const general = Object.keys(params).filter((key) => key !== 'anno' && key !== 'categoria');
    expect(Object.keys(parametri).sort()).toEqual(general.sort());
    for (const key of OWNER_PARAM_KEYS) expect(parametri[key]).toBe(params[key]);
  });
});

describe('the communications summary', () => {
  const owners: Record<string, Unit[]> = {};
  for (const dwelling of cremonaUnits()) (owners[dwelling.owner] ??= []).push(dwelling);
  const summary = (expected: string[]): string[] => {
    const merge = new Merge(2022);
    merge.add({
      file: 'cremona.xlsx',
      inventories: [{ sheet: 'Alloggi', units: owners[COMUNE_CREMONA], issues: [] }],
      scelte: [],
    });
    merge.expect([COMUNE_CREMONA, ...expected]);
    return communicationsSummary(planFromMerge(merge.result(), defaultParams(2022)));
  };

  test('one missing communication is singular, two are plural', () => {
    expect(summary([ALER])).toContain(`Manca 1 comunicazione: ${ALER}.`);
    expect(summary([ALER, 'Comune di Lodi'])).toContain(`Mancano 2 comunicazioni: ${ALER}, Comune di Lodi.`);
  });

  test('each owner with its state, dwellings and files', () => {
    expect(summary([])).toEqual([
      '',
      'Comunicazioni degli enti:',
      `  ${COMUNE_CREMONA.padEnd(34)} ricevuta - ${owners[COMUNE_CREMONA].length} alloggi - cremona.xlsx`,
    ]);
  });
});
