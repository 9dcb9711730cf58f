/** What the command line prints: a readable summary, or the plan as JSON for scripts. */
import type { Plan } from '../core/plan/plan';
import { SPLIT_QUOTAS } from '../core/quota';

/** The plan for scripts (`--json`): stable Italian keys, numbers as numbers. */
export function planJson(plan: Plan, extra: { fingerprint: string; output?: string }): unknown {
  const p = plan.parametri;
  return {
    anno: plan.anno,
    parametri: {
      indigenza: p.indigenza,
      maggiorazione: p.maggiorazione,
      satRichiesti: p.satRichiesti,
      satSoglia: p.satSoglia,
      forzePolizia: p.forzePolizia,
      categoriaQuota: p.categoriaQuota,
      ordine: p.ordine,
      ambito: p.ambito,
      capofila: p.capofila,
      ...(p.categoria ? { categoria: p.categoria } : {}),
      enti: p.enti,
    },
    gruppi: plan.gruppi.map((group) => ({
      ente: group.ente,
      tipoEnte: group.tipoEnte,
      comune: group.comune,
      patrimonio: group.patrimonio,
      disponibili: group.disponibili,
      perFonte: group.perFonte,
      sat: {
        richiesti: group.sat.richiesti,
        consentiti: group.sat.consentiti,
        soglia: group.sat.soglia,
        tetto: group.sat.tetto,
      },
      baseRipartizione: group.baseRipartizione,
      // Every quota of the split by its key (quota.ts): indigenza, forzePolizia, categoria...
      ...Object.fromEntries(SPLIT_QUOTAS.map((definition) => [definition.key, group[definition.key]])),
      perAvviso: group.perAvviso,
      parametriPersonalizzati: group.personalizzati,
    })),
    totali: {
      alloggi: plan.alloggi,
      patrimonio: plan.totali.patrimonio,
      disponibili: plan.totali.disponibili,
      perFonte: plan.totali.perFonte,
      sat: plan.totali.sat,
      baseRipartizione: plan.totali.baseRipartizione,
      ...Object.fromEntries(SPLIT_QUOTAS.map((definition) => [definition.key, plan.totali[definition.key]])),
      perAvviso: plan.totali.perAvviso,
    },
    note: plan.note.map((note) => note.message),
    problemi: plan.problemi.map((issue) => ({
      riga: issue.row,
      ...(issue.column ? { colonna: issue.column } : {}),
      ...(issue.cell ? { cella: issue.cell } : {}),
      gravita: issue.severity,
      messaggio: issue.message,
    })),
    impronta: extra.fingerprint,
    ...(extra.output ? { file: extra.output } : {}),
  };
}

const pad = (text: string | number, width: number): string => String(text).padEnd(width).slice(0, width);
const padLeft = (text: string | number, width: number): string => String(text).padStart(width);

/** A plain-text summary for a terminal, in Italian. */
export function planSummary(plan: Plan, output: string | undefined): string {
  const lines: string[] = [];
  lines.push(
    `Piano Annuale dell'Offerta Abitativa ${plan.anno}${plan.parametri.ambito ? ` - ${plan.parametri.ambito}` : ''}`,
  );
  lines.push(`${plan.alloggi} alloggi letti, ${plan.gruppi.length} gruppi (ente x comune).`);
  lines.push('');
  lines.push(
    `${pad('Ente proprietario', 34)} ${pad('Comune', 18)} ${padLeft('Disp.', 6)} ${padLeft('SAT', 8)} ${padLeft('Indig.', 7)} ${padLeft('FdP', 4)} ${padLeft('Avviso', 7)}`,
  );
  for (const group of plan.gruppi) {
    lines.push(
      `${pad(group.ente, 34)} ${pad(group.comune, 18)} ${padLeft(group.disponibili, 6)} ${padLeft(`${group.sat.consentiti}/${group.sat.richiesti}`, 8)} ${padLeft(group.indigenza.quota, 7)} ${padLeft(group.forzePolizia.quota, 4)} ${padLeft(group.perAvviso, 7)}`,
    );
  }
  const t = plan.totali;
  lines.push(
    `${pad('Totale', 34)} ${pad('', 18)} ${padLeft(t.disponibili, 6)} ${padLeft(`${t.sat}/${t.satRichiesti}`, 8)} ${padLeft(t.indigenza, 7)} ${padLeft(t.forzePolizia, 4)} ${padLeft(t.perAvviso, 7)}`,
  );
  lines.push('(SAT: consentiti/richiesti; FdP: Forze di Polizia e Vigili del Fuoco)');
  lines.push('');
  for (const note of plan.note) lines.push(`Nota: ${note.message}`);
  if (plan.problemi.length > 0) {
    lines.push('');
    lines.push(`${plan.problemi.length} problemi nell'inventario:`);
    for (const issue of plan.problemi.slice(0, 30)) lines.push(`  - ${issue.message}`);
    if (plan.problemi.length > 30)
      lines.push(`  ... e altri ${plan.problemi.length - 30} (usate --json per l'elenco completo).`);
  }
  if (output) {
    lines.push('');
    lines.push(`Foglio del piano scritto in ${output}`);
  }
  return lines.join('\n');
}
