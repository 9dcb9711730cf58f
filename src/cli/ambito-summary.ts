/**
 * What the command line adds to the plan's summary and JSON when it merges communications or
 * compares scenarios: the source of each group, the owners' communications (who is missing, who
 * is late), and the scenarios side by side.
 */
import { formatDate } from '../core/inventory/values';
import type { CommunicationStatus } from '../core/merge/merge';
import type { MergedPlan } from '../core/merge/plan';
import { OWNERS_SHEET_MESSAGES } from '../core/merge/layout';
import { formatCount, format } from '../core/messages';
import { COMPARISON_MESSAGES } from '../core/scenarios/layout';
import { SCENARIO_FIGURES, type ScenarioComparison } from '../core/scenarios/scenarios';
import { CLI, CLI_MESSAGES } from './messages';
import { planJson } from './summary';

/** The state of a communication, as the "Comunicazioni" sheet names it. */
const status = (state: CommunicationStatus): string => format(OWNERS_SHEET_MESSAGES[state], 'it');

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
  const lines = ['', CLI['communications-heading']];
  for (const owner of plan.enti) {
    const date = owner.dataComunicazione
      ? ` ${CLI['communication-date']({ date: formatDate(owner.dataComunicazione) })}`
      : '';
    const values = { count: String(owner.alloggi), sources: owner.fonti.join(', ') };
    const detail =
      owner.stato === 'mancante'
        ? ''
        : ` - ${owner.scelte ? CLI['communication-detail-choices'](values) : CLI['communication-detail'](values)}`;
    lines.push(`  ${pad(owner.ente, 34)} ${status(owner.stato)}${date}${detail}`);
  }
  const missing = plan.entiMancanti.length;
  if (missing > 0) {
    lines.push(
      formatCount(missing, CLI_MESSAGES['missing-one'], CLI_MESSAGES['missing-other'], 'it', {
        count: String(missing),
        owners: plan.entiMancanti.join(', '),
      }),
    );
  }
  return lines;
}

/** The scenarios side by side, for the terminal: totals, then the groups that change. */
export function scenariosSummary(comparison: ScenarioComparison): string[] {
  const names = comparison.scenari.map((scenario) => scenario.nome);
  const width = Math.max(10, ...names.map((name) => Math.min(name.length, 22)));
  const lines = ['', CLI['scenarios-heading']];
  for (const parameter of comparison.parametri) {
    const label = parameter.ente
      ? CLI['scenario-owner-value']({ label: parameter.label.it, ente: parameter.ente })
      : parameter.label.it;
    lines.push(`  ${pad(label, 52)} ${parameter.valori.map((value) => padLeft(value.it, width)).join(' ')}`);
  }
  lines.push(`  ${pad('', 52)} ${names.map((name) => padLeft(name.slice(0, width), width)).join(' ')}`);
  for (const figure of SCENARIO_FIGURES) {
    const values = comparison.scenari.map((scenario) => padLeft(scenario.totali[figure.key], width));
    const mark = comparison.totaliCheCambiano.includes(figure.key) ? '*' : ' ';
    lines.push(`${mark} ${pad(figure.label.it, 52)} ${values.join(' ')}`);
  }
  if (comparison.gruppi.length === 0) {
    lines.push(`  ${format(COMPARISON_MESSAGES['no-groups'], 'it')}`);
  } else {
    lines.push(`  ${CLI['scenario-groups']}`);
    for (const group of comparison.gruppi) {
      for (const key of group.cambiano) {
        const figure = SCENARIO_FIGURES.find((candidate) => candidate.key === key);
        const values = group.valori.map((figures) => padLeft(figures ? figures[key] : '-', width));
        const name = CLI['scenario-group']({ ente: group.ente, comune: group.comune, figure: figure?.label.it ?? key });
        lines.push(`    ${pad(name, 50)} ${values.join(' ')}`);
      }
    }
  }
  lines.push(`  ${CLI['scenarios-legend']}`);
  return lines;
}
