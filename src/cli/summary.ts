/** What the command line prints: a readable summary, or the plan as JSON for scripts. */
import { calendarWarnings } from '../core/plan/calendar';
import { OWNER_PARAM_KEYS } from '../core/plan/params';
import { quotasShown, type Plan } from '../core/plan/plan';
import { formatCount } from '../core/messages';
import { SPLIT_QUOTAS } from '../core/quota';
import { CLI, CLI_MESSAGES } from './messages';

/** The plan for scripts (`--json`): stable Italian keys, numbers as numbers. */
export function planJson(plan: Plan, extra: { fingerprint: string; output?: string }): unknown {
  const p = plan.parametri;
  return {
    anno: plan.anno,
    parametri: {
      // Every share, from the one list of them: a new share cannot be left out (poliziaLocale was).
      ...Object.fromEntries(OWNER_PARAM_KEYS.map((key) => [key, p[key]])),
      riservaCategorie: p.riservaCategorie,
      misure: p.misure,
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
      categorieRiserva: group.categorieRiserva,
      // Lett. g: null when unknown (no assignment dates, nothing declared for this group).
      assegnatiAnnoPrecedente: group.assegnatiAnnoPrecedente,
      // Art. 5 c. 1: the plan year and the two following.
      triennio: group.triennio,
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
      assegnatiAnnoPrecedente: plan.totali.assegnatiAnnoPrecedente,
      triennio: plan.totali.triennio,
    },
    // Lett. g declared by owners for all their comuni together (the groups then say null).
    assegnatiDichiarati: plan.assegnatiDichiarati,
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

/** A plain-text summary for a terminal, in Italian: one column per quota the plan shows. */
export function planSummary(plan: Plan, output: string | undefined, now?: Date): string {
  const quotas = quotasShown(plan);
  const lines: string[] = [];
  const year = String(plan.anno);
  lines.push(
    plan.parametri.ambito
      ? CLI['summary-title-ambito']({ year, ambito: plan.parametri.ambito })
      : CLI['summary-title']({ year }),
  );
  lines.push(CLI['summary-read']({ count: String(plan.alloggi), groups: String(plan.gruppi.length) }));
  lines.push('');
  const widths = [6, 8, 6, ...quotas.map((definition) => Math.max(4, definition.abbreviation.length)), 7];
  const row = (ente: string, comune: string, figures: (string | number)[]): string =>
    [pad(ente, 34), pad(comune, 18), ...figures.map((figure, index) => padLeft(figure, widths[index] ?? 7))].join(' ');
  lines.push(
    row(CLI['column-owner'], CLI['column-comune'], [
      CLI['column-available'],
      CLI['column-sat'],
      CLI['column-base'],
      ...quotas.map((definition) => definition.abbreviation),
      CLI['column-call'],
    ]),
  );
  for (const group of plan.gruppi) {
    lines.push(
      row(group.ente, group.comune, [
        group.disponibili,
        `${group.sat.consentiti}/${group.sat.richiesti}`,
        group.baseRipartizione,
        ...quotas.map((definition) => group[definition.key].quota),
        group.perAvviso,
      ]),
    );
  }
  const t = plan.totali;
  lines.push(
    row(CLI.total, '', [
      t.disponibili,
      `${t.sat}/${t.satRichiesti}`,
      t.baseRipartizione,
      ...quotas.map((definition) => t[definition.key]),
      t.perAvviso,
    ]),
  );
  lines.push(
    CLI['summary-legend']({
      quotas: quotas
        .map((definition) => CLI['legend-quota']({ abbreviation: definition.abbreviation, label: definition.label.it }))
        .join('; '),
    }),
  );
  lines.push(
    CLI['summary-triennium']({
      years: t.triennio
        .map((entry) => CLI['triennium-year']({ year: String(entry.anno), count: String(entry.disponibili) }))
        .join(', '),
    }),
  );
  const measures = plan.parametri.misure.length;
  lines.push(
    CLI['summary-assigned']({
      year: String(plan.anno - 1),
      assigned: String(t.assegnatiAnnoPrecedente ?? CLI['assigned-unknown']),
      measures: measures === 0 ? CLI['no-measures'] : String(measures),
    }),
  );
  lines.push('');
  if (now)
    for (const warning of calendarWarnings(plan.anno, now))
      lines.push(CLI['calendar-line']({ warning: warning.message }));
  for (const note of plan.note) lines.push(CLI['note-line']({ note: note.message }));
  if (plan.problemi.length > 0) {
    lines.push('');
    const count = plan.problemi.length;
    lines.push(
      formatCount(count, CLI_MESSAGES['problems-one'], CLI_MESSAGES['problems-other'], 'it', { count: String(count) }),
    );
    for (const issue of plan.problemi.slice(0, 30)) lines.push(`  - ${issue.message}`);
    if (count > 30) lines.push(`  ${CLI['more-problems']({ count: String(count - 30) })}`);
  }
  if (output) {
    lines.push('');
    lines.push(CLI['sheet-written']({ file: output }));
  }
  return lines.join('\n');
}
