/**
 * The custom functions as the pane offers them ("Funzioni"): one example each, shown as a clerk
 * types it (Italian Excel separates arguments with ";") and written in the cell in Excel's
 * invariant form (Range.formulas takes ","). Every @customfunction of src/functions has an entry
 * here (a test checks it).
 */
import { FUNCTIONS_MESSAGES } from './i18n/app';
import type { Language } from './i18n/strings';

export const FUNCTION_NAMESPACE = 'CASA';

export type CasaFunction =
  'QUOTA_INDIGENZA' | 'SAT_ALLOCATION' | 'QUOTA_FORZE_POLIZIA' | 'QUOTA_POLIZIA_LOCALE' | 'DISPONIBILI' | 'PIANO';

export interface FunctionExample {
  name: CasaFunction;
  /** Arguments in Excel's invariant form; undefined while the example needs an inventory. */
  args?: string[];
}

export interface ExampleContext {
  /** The inventory's range as a formula names it ("Inventario!A1:L168"), when known. */
  inventory?: string;
  /** The plan year of the pane. */
  year: number;
}

/** The examples, in the order of the help page. */
export function functionExamples({ inventory, year }: ExampleContext): FunctionExample[] {
  return [
    // 14 dwellings by avviso, the regional 20 % and the Comune's 10 %: 5 (4.2 rounded up).
    { name: 'QUOTA_INDIGENZA', args: ['14', '20%', '10%'] },
    // 5 SAT requested on 18 available, at most 25 % of them: 4 (4.5 rounded down).
    { name: 'SAT_ALLOCATION', args: ['18', '5'] },
    { name: 'QUOTA_FORZE_POLIZIA', args: ['14', '10%', String(year)] },
    { name: 'QUOTA_POLIZIA_LOCALE', args: ['14', '5%', String(Math.max(year, 2025))] },
    { name: 'DISPONIBILI', args: inventory ? [inventory, String(year)] : undefined },
    { name: 'PIANO', args: inventory ? [inventory, String(year)] : undefined },
  ];
}

/** The formula as Excel shows it in the display language: "=CASA.SAT_ALLOCATION(18;5)". */
export function formulaText(name: CasaFunction, args: string[], language: Language): string {
  return `=${FUNCTION_NAMESPACE}.${name}(${args.join(FUNCTIONS_MESSAGES.argumentSeparator[language])})`;
}

/** The formula as Range.formulas takes it, whatever the language: "=CASA.SAT_ALLOCATION(18,5)". */
export function formulaInvariant(name: CasaFunction, args: string[]): string {
  return `=${FUNCTION_NAMESPACE}.${name}(${args.join(',')})`;
}

/** A range of a sheet as a formula names it: the sheet quoted when its name needs it. */
export function rangeReference(sheetName: string, address: string): string {
  const cells = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const plain = /^[A-Za-z_\u00C0-\u024F][A-Za-z0-9_.\u00C0-\u024F]*$/.test(sheetName);
  return `${plain ? sheetName : `'${sheetName.replace(/'/g, "''")}'`}!${cells}`;
}
