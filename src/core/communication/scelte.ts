/**
 * The "Scelte dell'ente" sheet of an owner's communication (R.R. 4/2017 art. 5 c. 1): a table
 * `Parametro | Valore | Articolo e valori ammessi`, a first row `Ente proprietario | <name>`, then
 * the communication's date and plan year, then one row per choice the owner makes. The rows of
 * choices are the per-owner parameters of the plan (OWNER_PARAM_KEYS, with their definitions for
 * the plan year), so a parameter added to the engine appears here without a hand-made list.
 *
 * `parseScelte` reads such a grid back into one owner's parameters; `Parametro` may hold the key
 * (`maggiorazione`) or the label as the pane shows it, in Italian or English. Every problem names
 * its file, sheet and cell. Pure.
 */
import { formatDecimal, readCount, readPercent } from '../numbers';
import {
  CATEGORIE_ART14,
  CATEGORIE_ART14_LABELS,
  OWNER_PARAM_KEYS,
  categoryOf,
  defaultParams,
  paramDefinitions,
  validateParams,
  type CategoriaArt14,
  type OwnerParamKey,
  type OwnerValues,
  type ParamDefinition,
} from '../plan/params';
import { FIRST_PLAN_YEAR, LAST_PLAN_YEAR, rulesFor, toPpm } from '../rules';
import { columnLetter } from '../address';
import {
  cellValue,
  displayValue,
  excelErrorOf,
  isEmptyValue,
  normaliseKey,
  toDate,
  toText,
  INVALID,
} from '../inventory/values';
import { bilingual, format } from '../messages';
import type { DateOnly, Grid, InventoryIssue, SourcePlace } from '../types';
import { COMMUNICATION_MESSAGES as M } from './messages';
import { placedProblem, quoted, quotedList, type Bilingual } from './place';

/** The sheet's name: always the Italian one (the communication is written in Italian). */
export const SCELTE_SHEET_NAME = format(M['scelte-sheet'], 'it');

/** The headers of the table and the labels of its fixed rows, as written in the sheet. */
export const SCELTE_LABELS = {
  parameter: bilingual(M['label-parameter']),
  value: bilingual(M['label-value']),
  reference: bilingual(M['label-reference']),
  owner: bilingual(M['label-owner']),
  date: bilingual(M['label-date']),
  year: bilingual(M['label-year']),
  /** As the pane names the reserve's categories (art. 4 c. 3 lett. c bis). */
  categories: bilingual(M['label-categories']),
} as const;

/** What a "Scelte dell'ente" row sets: a per-owner share or count, or the reserve's categories. */
export type ChoiceKey = OwnerParamKey | 'riservaCategorie';

/** Every per-owner parameter of a plan year, in the order the pane shows them (what a sheet may set). */
export function ownerDefinitions(year: number): ParamDefinition[] {
  return paramDefinitions(year).filter((definition) =>
    (OWNER_PARAM_KEYS as readonly string[]).includes(definition.key),
  );
}

/**
 * The rows of choices the sheet offers for a plan year: the per-owner parameters an owner can
 * choose, without those the rule fixes (the 20 % indigenza) or does not provide that year.
 */
export function choiceDefinitions(year: number): ParamDefinition[] {
  return ownerDefinitions(year).filter(
    (definition) => !definition.fixed && !(definition.kind === 'percent' && definition.max === 0),
  );
}

/** True when the plan year has the art. 14 reserve, so the sheet asks for its categories. */
export function offersCategories(year: number): boolean {
  return rulesFor(year).riservaCategorie.maxPpm > 0;
}

/** "anziani; disabili" or "Anziani, Persone con disabilità": the categories and the names not recognised. */
export function readCategories(text: string): { categories: CategoriaArt14[]; unknown: string[] } {
  const categories: CategoriaArt14[] = [];
  const unknown: string[] = [];
  for (const name of text.split(/[;,\n]/).map((part) => part.trim())) {
    if (name === '') continue;
    const category = categoryOf(name);
    if (category === undefined) unknown.push(name);
    else if (!categories.includes(category)) categories.push(category);
  }
  return { categories, unknown };
}

/** True for "Scelte dell'ente", also as Excel renames a copy ("Scelte dell'ente (2)"). */
export function isScelteSheetName(name: string | undefined): boolean {
  if (!name) return false;
  return normaliseKey(name.replace(/\(\d+\)\s*$/, '')).startsWith(normaliseKey(SCELTE_SHEET_NAME));
}

type RowKind =
  | { kind: 'owner' }
  | { kind: 'date' }
  | { kind: 'year' }
  | { kind: 'categories' }
  | { kind: 'parameter'; key: OwnerParamKey };

/** Normalised spellings of every row's label: keys and labels of every rules version, both languages. */
function rowTable(): Map<string, RowKind> {
  const table = new Map<string, RowKind>();
  const add = (spelling: string, kind: RowKind): void => {
    const key = normaliseKey(spelling);
    if (key !== '' && !table.has(key)) table.set(key, kind);
  };
  for (const spelling of [SCELTE_LABELS.owner.it, SCELTE_LABELS.owner.en, 'Ente', 'ente', 'Proprietario'])
    add(spelling, { kind: 'owner' });
  for (const spelling of [SCELTE_LABELS.date.it, SCELTE_LABELS.date.en, 'Data', 'dataComunicazione'])
    add(spelling, { kind: 'date' });
  for (const spelling of [SCELTE_LABELS.year.it, SCELTE_LABELS.year.en, 'anno']) add(spelling, { kind: 'year' });
  for (const spelling of [SCELTE_LABELS.categories.it, SCELTE_LABELS.categories.en, 'riservaCategorie'])
    add(spelling, { kind: 'categories' });
  for (const year of [FIRST_PLAN_YEAR, 2025]) {
    for (const definition of ownerDefinitions(year)) {
      const kind: RowKind = { kind: 'parameter', key: definition.key as OwnerParamKey };
      add(definition.key, kind);
      add(definition.label.it, kind);
      add(definition.label.en, kind);
    }
  }
  return table;
}

let ROWS: Map<string, RowKind> | undefined;
function recogniseRow(label: string): RowKind | undefined {
  ROWS ??= rowTable();
  return ROWS.get(normaliseKey(label));
}

/** One owner's choices as read from a "Scelte dell'ente" sheet. */
export interface OwnerChoices {
  /** The owner as written in the sheet. */
  ente: string;
  /** Where the owner's name was read (file, sheet, cell). */
  place: SourcePlace;
  /** The values the owner chose; a blank value is no choice (the plan's general value applies). */
  values: OwnerValues;
  /** A1 address of each value read. */
  cells: Partial<Record<ChoiceKey, string>>;
  dataComunicazione?: DateOnly;
  /** Cell of the date, for the "late" warning. */
  dataCell?: string;
  /** Plan year the communication was prepared for, when written. */
  anno?: number;
}

export interface ScelteReading {
  /** Undefined when the sheet names no owner (a problem says so). */
  choices?: OwnerChoices;
  problems: InventoryIssue[];
}

export interface ScelteOptions {
  /** The year of the plan being prepared: bounds are those of its rules. */
  anno: number;
  file?: string;
  sheetName?: string;
  /** Excel row number of the grid's first row (default 1). */
  firstRow?: number;
  /** 0-based column of the grid's first column (default 0). */
  firstColumn?: number;
}

const isHeader = (value: unknown, label: Bilingual): boolean => {
  const text = toText(cellValue(value));
  return text !== undefined && [label.it, label.en].some((spelling) => normaliseKey(spelling) === normaliseKey(text));
};

/** The header row and the label and value columns: `Parametro | Valore`, or A and B without headers. */
function locateTable(grid: Grid): { headerIndex: number; labelColumn: number; valueColumn: number } {
  for (let index = 0; index < Math.min(grid.length, 10); index += 1) {
    const row = grid[index] ?? [];
    const labelColumn = row.findIndex((cell) => isHeader(cell, SCELTE_LABELS.parameter));
    if (labelColumn < 0) continue;
    const valueColumn = row.findIndex((cell) => isHeader(cell, SCELTE_LABELS.value));
    return { headerIndex: index, labelColumn, valueColumn: valueColumn > labelColumn ? valueColumn : labelColumn + 1 };
  }
  return { headerIndex: -1, labelColumn: 0, valueColumn: 1 };
}

/**
 * True when the grid looks like a "Scelte dell'ente" table: its `Parametro | Valore` headers, or
 * (headers lost) an owner row and at least one parameter row in its first column.
 */
export function looksLikeScelte(grid: Grid): boolean {
  const { headerIndex, labelColumn } = locateTable(grid);
  if (headerIndex >= 0) return true;
  if (grid.length > 60) return false;
  const kinds = grid.map((row) => {
    const label = toText(cellValue(row?.[labelColumn]));
    return label === undefined ? undefined : recogniseRow(label)?.kind;
  });
  return kinds.includes('owner') && kinds.includes('parameter');
}

/** The plan year a "Scelte dell'ente" table says it is for ("Anno del piano"), when it says one. */
export function scelteYear(grid: Grid): number | undefined {
  const { headerIndex, labelColumn, valueColumn } = locateTable(grid);
  for (let index = headerIndex + 1; index < grid.length; index += 1) {
    const label = toText(cellValue(grid[index]?.[labelColumn]));
    if (label === undefined || recogniseRow(label)?.kind !== 'year') continue;
    const year = readCount(cellValue(grid[index]?.[valueColumn]));
    return year.ok && year.value >= FIRST_PLAN_YEAR && year.value <= LAST_PLAN_YEAR ? year.value : undefined;
  }
  return undefined;
}

const MESSAGES = {
  noOwner: (): Bilingual => bilingual(M['no-owner']),
  errorValue: (error: string): Bilingual => bilingual(M['error-value'], { error }),
  notPercent: (value: Bilingual): Bilingual => bilingual(M['not-percent'], { value }),
  percentAboveOne: (value: Bilingual): Bilingual => bilingual(M['percent-above-one'], { value }),
  notCount: (value: Bilingual): Bilingual => bilingual(M['not-count'], { value }),
  outOfBounds: (problem: Bilingual): Bilingual => bilingual(M['out-of-bounds'], { problem }),
  invalidDate: (value: string): Bilingual => bilingual(M['invalid-date'], { value }),
  invalidYear: (value: string): Bilingual => bilingual(M['invalid-year'], { value }),
  otherYear: (written: number, year: number): Bilingual => bilingual(M['other-year'], { written, year }),
  repeated: (label: string, cell: string): Bilingual => bilingual(M.repeated, { label, cell }),
  // The names to type are the Italian ones (the sheet is in Italian): quoted in English.
  unknownCategories: (names: string[]): Bilingual =>
    bilingual(M[names.length === 1 ? 'unknown-category' : 'unknown-categories'], {
      names: quotedList(names),
      categories: {
        it: CATEGORIE_ART14.map((category) => CATEGORIE_ART14_LABELS[category].it).join('; '),
        en: CATEGORIE_ART14.map((category) => quoted(CATEGORIE_ART14_LABELS[category].it).en).join('; '),
      },
    }),
  unknownParameter: (label: string, known: string): Bilingual => bilingual(M['unknown-parameter'], { label, known }),
};

/** A typed value as the reader writes it: 2,5 in Italian, 2.5 in English. */
const shown = (raw: unknown): Bilingual =>
  typeof raw === 'number'
    ? { it: formatDecimal(raw, 'it'), en: formatDecimal(raw, 'en') }
    : { it: displayValue(raw), en: displayValue(raw) };

/** Reads one "Scelte dell'ente" grid. The values out of the rules of `anno` are problems, not applied. */
export function parseScelte(grid: Grid, options: ScelteOptions): ScelteReading {
  const firstRow = options.firstRow ?? 1;
  const firstColumn = options.firstColumn ?? 0;
  const definitions = ownerDefinitions(options.anno);
  const problems: InventoryIssue[] = [];
  const { headerIndex, labelColumn, valueColumn } = locateTable(grid);
  const valueLetter = columnLetter(firstColumn + valueColumn);
  const at = (index: number, label?: string) => ({
    file: options.file,
    sheet: options.sheetName,
    row: firstRow + index,
    cell: `${valueLetter}${firstRow + index}`,
    ...(label ? { label } : {}),
  });

  let ente: string | undefined;
  let enteIndex: number | undefined;
  let dataComunicazione: DateOnly | undefined;
  let dataCell: string | undefined;
  let anno: number | undefined;
  const values: OwnerValues = {};
  const cells: Partial<Record<ChoiceKey, string>> = {};
  const pending: { key: ChoiceKey; index: number; label: string }[] = [];
  const seen = new Map<string, string>();

  for (let index = headerIndex + 1; index < grid.length; index += 1) {
    const row = grid[index] ?? [];
    const label = toText(cellValue(row[labelColumn]));
    if (label === undefined) continue;
    const raw = cellValue(row[valueColumn]);
    const kind = recogniseRow(label);
    if (!kind) {
      // Free text under the table (notes, instructions) has no value beside it.
      if (!isEmptyValue(raw)) {
        const known = choiceDefinitions(options.anno)
          .map((definition) => definition.key)
          .join(', ');
        problems.push(placedProblem('avviso', at(index, label), MESSAGES.unknownParameter(label, known)));
      }
      continue;
    }
    const identity = kind.kind === 'parameter' ? kind.key : kind.kind;
    const first = seen.get(identity);
    if (first !== undefined) {
      if (!isEmptyValue(raw)) problems.push(placedProblem('avviso', at(index, label), MESSAGES.repeated(label, first)));
      continue;
    }
    seen.set(identity, at(index).cell);
    if (kind.kind === 'owner') enteIndex = index;
    if (isEmptyValue(raw)) continue;
    const error = excelErrorOf(raw);
    if (error !== undefined) {
      problems.push(placedProblem('errore', at(index, label), MESSAGES.errorValue(error)));
      continue;
    }
    switch (kind.kind) {
      case 'owner': {
        ente = toText(raw);
        break;
      }
      case 'date': {
        const date = toDate(raw);
        if (date === INVALID || date === undefined) {
          problems.push(placedProblem('avviso', at(index, label), MESSAGES.invalidDate(displayValue(raw))));
        } else {
          dataComunicazione = date;
          dataCell = at(index).cell;
        }
        break;
      }
      case 'year': {
        const year = readCount(raw);
        if (!year.ok || year.value < FIRST_PLAN_YEAR || year.value > LAST_PLAN_YEAR) {
          problems.push(placedProblem('avviso', at(index, label), MESSAGES.invalidYear(displayValue(raw))));
        } else {
          anno = year.value;
          if (anno !== options.anno) {
            problems.push(placedProblem('avviso', at(index, label), MESSAGES.otherYear(anno, options.anno)));
          }
        }
        break;
      }
      case 'categories': {
        const { categories, unknown } = readCategories(toText(raw) ?? '');
        if (unknown.length > 0) {
          problems.push(
            placedProblem('errore', at(index, SCELTE_LABELS.categories.it), MESSAGES.unknownCategories(unknown)),
          );
          break;
        }
        values.riservaCategorie = categories;
        cells.riservaCategorie = at(index).cell;
        pending.push({ key: 'riservaCategorie', index, label: SCELTE_LABELS.categories.it });
        break;
      }
      case 'parameter': {
        const definition = definitions.find((candidate) => candidate.key === kind.key);
        if (!definition) break;
        const labelIt = definition.label.it;
        if (definition.kind === 'percent') {
          const reading = readPercent(raw);
          // The share the rule fixes (the 20 % indigenza), written as it is, is no choice.
          if (definition.fixed && reading.ok && toPpm(reading.value) === toPpm(definition.default as number)) break;
          if (!reading.ok) {
            const body =
              reading.problem === 'percent-above-one'
                ? MESSAGES.percentAboveOne(shown(raw))
                : MESSAGES.notPercent(shown(raw));
            problems.push(placedProblem('errore', at(index, labelIt), body));
            break;
          }
          values[kind.key] = reading.value;
        } else {
          const reading = readCount(raw);
          if (!reading.ok) {
            problems.push(placedProblem('errore', at(index, labelIt), MESSAGES.notCount(shown(raw))));
            break;
          }
          values[kind.key] = reading.value;
        }
        cells[kind.key] = at(index).cell;
        pending.push({ key: kind.key, index, label: labelIt });
        break;
      }
    }
  }

  // The bounds of the plan year's rules, with the article, as for a value typed in the pane.
  if (pending.length > 0) {
    const owner = ente ?? '';
    const checked = validateParams({ ...defaultParams(options.anno), enti: { [owner]: values } });
    for (const problem of checked) {
      if (problem.ente === undefined) continue;
      const entry = pending.find((candidate) => candidate.key === problem.key);
      if (!entry || values[entry.key] === undefined) continue;
      delete values[entry.key];
      delete cells[entry.key];
      problems.push(
        placedProblem(
          'errore',
          at(entry.index, entry.label),
          MESSAGES.outOfBounds({ it: problem.message, en: problem.messageEn }),
        ),
      );
    }
  }

  if (ente === undefined || enteIndex === undefined) {
    const place =
      enteIndex !== undefined
        ? at(enteIndex, SCELTE_LABELS.owner.it)
        : { file: options.file, sheet: options.sheetName };
    problems.push(placedProblem('errore', place, MESSAGES.noOwner()));
    return { problems };
  }
  const choices: OwnerChoices = {
    ente,
    place: at(enteIndex),
    values,
    cells,
    ...(dataComunicazione ? { dataComunicazione, dataCell } : {}),
    ...(anno !== undefined ? { anno } : {}),
  };
  return { choices, problems };
}
