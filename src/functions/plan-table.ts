/** The summary table that =CASA.PIANO(...) spills: a header row, one row per group, a totals row. */
import type { Plan } from '../core/plan/plan';
import type { Language } from './messages';

const HEADERS: Record<Language, string[]> = {
  it: [
    'Ente proprietario',
    'Tipo',
    'Comune',
    'Disponibili',
    'SAT richiesti',
    'SAT consentiti',
    'Base indigenza',
    '% indigenza',
    'Quota indigenza',
    'Alloggi per avviso',
  ],
  en: [
    'Owner',
    'Type',
    'Comune',
    'Available',
    'SAT requested',
    'SAT allowed',
    'Poverty base',
    'Poverty %',
    'Poverty quota',
    'Dwellings by public call',
  ],
};

const KIND: Record<Language, Record<'comune' | 'aler', string>> = {
  it: { comune: 'Comune', aler: 'ALER' },
  en: { comune: 'Comune', aler: 'ALER' },
};

const TOTAL: Record<Language, string> = { it: 'Totale', en: 'Total' };

export function planTable(plan: Plan, language: Language): (string | number)[][] {
  const rows: (string | number)[][] = [HEADERS[language]];
  for (const group of plan.gruppi) {
    rows.push([
      group.ente,
      KIND[language][group.tipoEnte],
      group.comune,
      group.disponibili,
      group.sat.richiesti,
      group.sat.consentiti,
      group.indigenza.base,
      group.indigenza.percentuale,
      group.indigenza.quota,
      group.perAvviso,
    ]);
  }
  const t = plan.totali;
  rows.push([TOTAL[language], '', '', t.disponibili, t.satRichiesti, t.sat, '', '', t.indigenza, t.perAvviso]);
  return rows;
}
