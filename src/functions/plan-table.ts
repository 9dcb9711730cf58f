/** The summary table that =CASA.PIANO(...) spills: a header row, one row per group, a totals row. */
import { bindMessages, defineMessages } from '../core/messages';
import type { Plan } from '../core/plan/plan';
import type { Language } from './messages';

/** The table's header row, in the order of its columns, then the words of its cells. */
export const PLAN_TABLE_MESSAGES = defineMessages('functions.planTable', {
  owner: { it: 'Ente proprietario', en: 'Owner' },
  kind: { it: 'Tipo', en: 'Type' },
  comune: { it: 'Comune', en: 'Comune' },
  available: { it: 'Disponibili', en: 'Available' },
  satRequested: { it: 'SAT richiesti', en: 'SAT requested' },
  satAllowed: { it: 'SAT consentiti', en: 'SAT allowed' },
  base: { it: 'Base indigenza', en: 'Poverty base' },
  share: { it: '% indigenza', en: 'Poverty %' },
  quota: { it: 'Quota indigenza', en: 'Poverty quota' },
  byCall: { it: 'Alloggi per avviso', en: 'Dwellings by public call' },
  /** The kind of owner, in the second column. */
  'kind.comune': { it: 'Comune', en: 'Comune' },
  'kind.aler': { it: 'ALER', en: 'ALER' },
  total: { it: 'Totale', en: 'Total' },
});

export function planTable(plan: Plan, language: Language): (string | number)[][] {
  const words = bindMessages(PLAN_TABLE_MESSAGES, language);
  const header = [
    words.owner,
    words.kind,
    words.comune,
    words.available,
    words.satRequested,
    words.satAllowed,
    words.base,
    words.share,
    words.quota,
    words.byCall,
  ];
  const rows: (string | number)[][] = [header];
  for (const group of plan.gruppi) {
    rows.push([
      group.ente,
      words[`kind.${group.tipoEnte}`],
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
  rows.push([words.total, '', '', t.disponibili, t.satRichiesti, t.sat, '', '', t.indigenza, t.perAvviso]);
  return rows;
}
