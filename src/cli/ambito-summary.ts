/**
 * What the command line adds to the plan's summary and JSON when it merges communications or
 * compares scenarios: the source of each group, the owners' communications (who is missing, who
 * is late), and the scenarios side by side.
 */
import { formatDate } from '../core/inventory/values';
import type { CommunicationStatus } from '../core/merge/merge';
import type { MergedPlan } from '../core/merge/plan';
import { SCENARIO_FIGURES, type ScenarioComparison } from '../core/scenarios/scenarios';
import { planJson } from './summary';

const STATUS: Record<CommunicationStatus, string> = {
  ricevuta: 'ricevuta',
  'in-ritardo': 'in ritardo',
  mancante: 'MANCANTE',
};

/** The scenarios for scripts: `scenari: [{ nome, parametri, totali, gruppi }]`, `gruppi` = the groups that change. */
export function scenariosJson(comparison: ScenarioComparison): unknown[] {
  return comparison.scenari.map((scenario, index) => ({
    nome: scenario.nome,
    parametri: comparison.parametri.map((parameter) => ({
      chiave: parameter.key,
      ...(parameter.ente ? { ente: parameter.ente } : {}),
      valore: parameter.valori[index].it,
    })),
    totali: scenario.totali,
    gruppi: comparison.gruppi.map((group) => ({
      ente: group.ente,
      comune: group.comune,
      cambiano: group.cambiano,
      ...(group.valori[index] ?? {}),
    })),
  }));
}

/** The merged plan as JSON: the plan's keys, plus `fonti` per group, `comunicazioni`, `entiMancanti`, `scenari`. */
export function mergedPlanJson(
  plan: MergedPlan,
  extra: { output?: string; comparison?: ScenarioComparison; scenario?: string },
): unknown {
  const json = planJson(plan, { fingerprint: plan.impronta, output: extra.output }) as Record<string, unknown> & {
    gruppi: Record<string, unknown>[];
  };
  return {
    ...json,
    gruppi: json.gruppi.map((group, index) => ({ ...group, fonti: plan.gruppi[index].fonti })),
    comunicazioni: plan.enti.map((owner) => ({
      ente: owner.ente,
      stato: owner.stato,
      ...(owner.dataComunicazione ? { data: formatDate(owner.dataComunicazione) } : {}),
      alloggi: owner.alloggi,
      scelte: owner.scelte,
      fonti: owner.fonti,
    })),
    entiMancanti: plan.entiMancanti,
    ...(extra.comparison ? { scenari: scenariosJson(extra.comparison) } : {}),
    ...(extra.scenario ? { scenarioUsato: extra.scenario } : {}),
  };
}

const pad = (text: string | number, width: number): string => String(text).padEnd(width).slice(0, width);
const padLeft = (text: string | number, width: number): string => String(text).padStart(width);

/** The owners' communications, for the terminal. */
export function communicationsSummary(plan: MergedPlan): string[] {
  if (plan.enti.length === 0) return [];
  const lines = ['', 'Comunicazioni degli enti:'];
  for (const owner of plan.enti) {
    const date = owner.dataComunicazione ? ` del ${formatDate(owner.dataComunicazione)}` : '';
    const detail =
      owner.stato === 'mancante'
        ? ''
        : ` - ${owner.alloggi} alloggi${owner.scelte ? ', scelte proprie' : ''} - ${owner.fonti.join(', ')}`;
    lines.push(`  ${pad(owner.ente, 34)} ${STATUS[owner.stato]}${date}${detail}`);
  }
  if (plan.entiMancanti.length > 0)
    lines.push(`Mancano ${plan.entiMancanti.length} comunicazioni: ${plan.entiMancanti.join(', ')}.`);
  return lines;
}

/** The scenarios side by side, for the terminal: totals, then the groups that change. */
export function scenariosSummary(comparison: ScenarioComparison): string[] {
  const names = comparison.scenari.map((scenario) => scenario.nome);
  const width = Math.max(10, ...names.map((name) => Math.min(name.length, 22)));
  const lines = ['', 'Confronto scenari:'];
  for (const parameter of comparison.parametri) {
    const label = `${parameter.label.it}${parameter.ente ? ` (${parameter.ente})` : ''}`;
    lines.push(`  ${pad(label, 52)} ${parameter.valori.map((value) => padLeft(value.it, width)).join(' ')}`);
  }
  lines.push(`  ${pad('', 52)} ${names.map((name) => padLeft(name.slice(0, width), width)).join(' ')}`);
  for (const figure of SCENARIO_FIGURES) {
    const values = comparison.scenari.map((scenario) => padLeft(scenario.totali[figure.key], width));
    const mark = comparison.totaliCheCambiano.includes(figure.key) ? '*' : ' ';
    lines.push(`${mark} ${pad(figure.label.it, 52)} ${values.join(' ')}`);
  }
  if (comparison.gruppi.length === 0) {
    lines.push('  Nessun gruppo cambia da uno scenario all’altro.');
  } else {
    lines.push('  Gruppi che cambiano:');
    for (const group of comparison.gruppi) {
      for (const key of group.cambiano) {
        const figure = SCENARIO_FIGURES.find((candidate) => candidate.key === key);
        const values = group.valori.map((figures) => padLeft(figures ? figures[key] : '-', width));
        lines.push(`    ${pad(`${group.ente}, ${group.comune}: ${figure?.label.it ?? key}`, 50)} ${values.join(' ')}`);
      }
    }
  }
  lines.push('  (* i totali che cambiano; il foglio «Confronto scenari» è scritto accanto al piano)');
  return lines;
}
