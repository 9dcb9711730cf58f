/** Hand-made dwellings for the plan sheet tests: the Ambito di Cremona in 2022, in miniature. */
import { defaultParams, type PlanParams } from '../../src/core/plan/params';
import type { DateOnly, InventoryIssue, Unit, UnitStatus } from '../../src/core/types';

let nextRow = 2;

export function unit(fields: Partial<Unit> & Pick<Unit, 'owner' | 'comune'>): Unit {
  const row = nextRow;
  nextRow += 1;
  return {
    row,
    code: `U${row}`,
    ownerKind: /^aler/i.test(fields.owner) ? 'aler' : 'comune',
    service: 'SAP',
    status: 'libero',
    carenzaManutentiva: false,
    ...fields,
  };
}

export function units(count: number, fields: Partial<Unit> & Pick<Unit, 'owner' | 'comune'>): Unit[] {
  return Array.from({ length: count }, () => unit(fields));
}

const on = (year: number, month: number, day = 1): DateOnly => ({ year, month, day });
const status = (value: UnitStatus) => ({ status: value });

export const COMUNE_CREMONA = 'Comune di Cremona';
export const COMUNE_CASTELVERDE = 'Comune di Castelverde';
export const ALER = 'ALER Brescia-Cremona-Mantova';

/**
 * Comune di Cremona in Cremona: 18 available in 2022 (12 vacant, 3 turnover, 2 renovated,
 * 1 carenza manutentiva), 5 occupied, 1 freed only in 2023, 3 SAS.
 * ALER in Cremona: 7 available, 6 occupied, 2 SAT occupied. ALER in Castelverde: 3 available.
 * Comune di Castelverde: 2 available (one conferred by a private party), 2 occupied.
 */
export function cremonaUnits(): Unit[] {
  nextRow = 2;
  const cremona = { owner: COMUNE_CREMONA, comune: 'Cremona' };
  const alerCremona = { owner: ALER, comune: 'Cremona' };
  const alerCastelverde = { owner: ALER, comune: 'Castelverde' };
  const castelverde = { owner: COMUNE_CASTELVERDE, comune: 'Castelverde' };
  return [
    ...units(12, cremona),
    ...units(3, { ...cremona, ...status('turnover'), availableFrom: on(2022, 3) }),
    ...units(2, { ...cremona, ...status('ristrutturazione'), availableFrom: on(2022, 6) }),
    unit({ ...cremona, ...status('carenza-manutentiva'), carenzaManutentiva: true, worksCost: 7500 }),
    ...units(5, { ...cremona, ...status('occupato') }),
    unit({ ...cremona, ...status('turnover'), availableFrom: on(2023, 2) }),
    ...units(3, { ...cremona, service: 'SAS' }),
    ...units(4, alerCremona),
    ...units(2, { ...alerCremona, ...status('turnover'), availableFrom: on(2022, 9, 15) }),
    unit({ ...alerCremona, ...status('nuova-costruzione'), availableFrom: on(2022, 11) }),
    ...units(6, { ...alerCremona, ...status('occupato') }),
    ...units(2, { ...alerCremona, service: 'SAT', ...status('occupato') }),
    ...units(3, alerCastelverde),
    unit({ ...alerCastelverde, ...status('occupato') }),
    unit(castelverde),
    unit({ ...castelverde, origin: 'conferito-privati' }),
    ...units(2, { ...castelverde, ...status('occupato') }),
  ];
}

/** Groups of largeAmbito(), and the dwellings of group `group` (0-based). */
export const LARGE_AMBITO_GROUPS = 60;
export const largeGroupSize = (group: number): number => 3 + (group % 4);

/**
 * An Ambito of 60 groups (owner x comune) in 2027, 70 dwellings left out of the count: every
 * table of its plan sheet is longer than a printed page.
 */
export function largeAmbito(): { inventory: Unit[]; issues: InventoryIssue[]; params: PlanParams } {
  nextRow = 2;
  const inventory = Array.from({ length: LARGE_AMBITO_GROUPS }, (_, group) =>
    units(largeGroupSize(group), {
      owner: group % 3 === 0 ? 'ALER Bergamo-Lecco-Sondrio' : `Comune di Paese ${group}`,
      comune: `Paese ${group}`,
    }),
  ).flat();
  const issues: InventoryIssue[] = Array.from({ length: 70 }, (_, index) => ({
    row: 500 + index,
    severity: 'errore',
    message: `Riga ${500 + index}: stato non riconosciuto.`,
    messageEn: `Row ${500 + index}: status not recognised.`,
    code: `E-${index}`,
    exclusion: { reason: 'unknown-status' },
  }));
  return { inventory, issues, params: { ...defaultParams(2027), ambito: 'Ambito di Bergamo', satRichiesti: 1 } };
}
