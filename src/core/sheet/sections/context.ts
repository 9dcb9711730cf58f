/**
 * What every section of the plan sheet gets: the plan, the words, the builder, the parameter
 * definitions, and the cells earlier sections wrote that later ones refer to.
 */
import type { Plan, PlanGroup } from '../../plan/plan';
import { OWNER_PARAM_KEYS, type OwnerParamKey, type ParamDefinition } from '../../plan/params';
import type { SheetBuilder } from '../builder';
import type { SheetLanguage, SheetStrings } from '../strings';

export interface LayoutOptions {
  language?: SheetLanguage;
  /** Date printed on the sheet; default now. */
  generatedAt?: Date;
  /** inventoryFingerprint(units) of the inventory the plan comes from; omitted when absent. */
  fingerprint?: string;
  /** Wanted sheet name; default "Piano <anno>" ("Plan <anno>" in English). */
  sheetName?: string;
}

/** The parameters shown, in this order; their value cells are what the formulas reference. */
export type SheetParameter = OwnerParamKey | 'ordine' | 'anno';
export const SHEET_PARAMETERS: readonly SheetParameter[] = [...OWNER_PARAM_KEYS, 'ordine', 'anno'];

export interface SectionContext {
  plan: Plan;
  strings: SheetStrings;
  language: SheetLanguage;
  sheet: SheetBuilder;
  definitions: ParamDefinition[];
  options: LayoutOptions;
  /** Cells written by earlier sections that later ones refer to (absolute or relative A1). */
  refs: {
    /** The value cell of each parameter shown (absolute, e.g. $C$7). */
    parameters: Partial<Record<SheetParameter, string>>;
    /** Each group's total of available dwellings, in the order of plan.gruppi. */
    groupAvailable: string[];
  };
}

/** One part of the plan sheet: it appends its rows to the builder. */
export type Section = (context: SectionContext) => void;

export function definitionOf(definitions: ParamDefinition[], key: SheetParameter): ParamDefinition {
  const definition = definitions.find((candidate) => candidate.key === key);
  if (!definition) throw new Error(`No definition for the parameter "${key}"`);
  return definition;
}

export interface OwnerValues {
  ente: string;
  keys: OwnerParamKey[];
  values: PlanGroup['parametri'];
}

/** The owners whose groups use values of their own, in the plan's order, with those values. */
export function ownersWithOwnValues(plan: Plan): OwnerValues[] {
  const seen = new Set<string>();
  const owners: OwnerValues[] = [];
  for (const group of plan.gruppi) {
    if (group.personalizzati.length === 0 || seen.has(group.ente)) continue;
    seen.add(group.ente);
    owners.push({ ente: group.ente, keys: group.personalizzati, values: group.parametri });
  }
  return owners;
}
