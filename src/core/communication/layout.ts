/**
 * The communication workbook the capofila sends an owner (R.R. 4/2017 art. 5 c. 1) and gets
 * back filled in: "Istruzioni" (the deadline and what to send back, in plain Italian), "Alloggi"
 * (the owner's dwellings taken from an inventory, or an empty table with the headers the add-in
 * recognises and drop-down lists for the coded columns) and "Scelte dell'ente" (one row per
 * per-owner parameter, with data validation on each value). The workbook is in Italian: it goes
 * from one Italian public body to another. Pure: both writers render these layouts.
 */
import {
  CATEGORIE_ART14,
  CATEGORIE_ART14_LABELS,
  OWNER_PARAM_KEYS,
  ownerKey,
  type OwnerValues,
  type ParamDefinition,
} from '../plan/params';
import { FIRST_PLAN_YEAR, LAST_PLAN_YEAR, rulesFor } from '../rules';
import { formatPercent } from '../numbers';
import { cellAddress, rangeAddress } from '../address';
import { FIELD_LABELS, FIELD_NAMES } from '../inventory/headers';
import {
  STATUS_SPELLINGS,
  SERVICE_SPELLINGS,
  ORIGIN_SPELLINGS,
  cellValue,
  excelErrorOf,
  excelSerialOf,
  formatDate,
  ownerKindOf,
  toText,
} from '../inventory/values';
import {
  COUNT_FORMAT,
  SheetBuilder,
  STYLE,
  TEXT_FORMAT,
  heightFor,
  percentFormat,
  text,
  wrappedLines,
} from '../sheet/builder';
import type { DataValidationRule, LayoutCell, SheetLayout } from '../sheet/types';
import type { ColumnMapping, DateOnly, FieldName, Grid } from '../types';
import { communicationDeadline } from '../merge/merge';
import { bindMessages } from '../messages';
import { COMMUNICATION_WORKBOOK } from './messages';
import { SCELTE_LABELS, SCELTE_SHEET_NAME, choiceDefinitions, offersCategories } from './scelte';

/** The workbook is written in Italian: every text is its table's Italian one. */
const W = bindMessages(COMMUNICATION_WORKBOOK, 'it');

export const INSTRUCTIONS_SHEET_NAME = W['instructions-sheet'];
export const DWELLINGS_SHEET_NAME = W['dwellings-sheet'];
/** Rows below the dwellings that keep the drop-down lists, for the dwellings the owner adds. */
export const BLANK_ROWS_WITH_LISTS = 200;
const DATE_FORMAT = 'dd/mm/yyyy';

export interface CommunicationOptions {
  ente: string;
  /** The plan year the communication is for. */
  anno: number;
  ambito?: string;
  capofila?: string;
  /** Choices already known for the owner, written in "Scelte dell'ente". */
  values?: OwnerValues;
  /** An inventory to take the owner's dwellings from: its grid (header row first) and its columns. */
  inventory?: { grid: Grid; columns: ColumnMapping };
  generatedAt?: Date;
}

export interface CommunicationWorkbook {
  /** A file name for it: "Comunicazione 2027 - Comune di Castelverde.xlsx". */
  fileName: string;
  /** Sheets in order: Istruzioni, Alloggi, Scelte dell'ente. */
  sheets: SheetLayout[];
  /** Dwellings written in "Alloggi". */
  alloggi: number;
}

/** A name Excel accepts for a table: letters, digits and underscores, starting with a letter. */
export function tableName(prefix: string, owner: string): string {
  const slug = owner
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  return `${prefix}_${slug || 'ente'}`.slice(0, 120);
}

/** A file name without the characters Windows refuses. */
export function communicationFileName(ente: string, anno: number): string {
  const owner = ente.replace(/[\\/:*?"<>|]+/g, '-').trim();
  return W['file-name']({ year: String(anno), owner: owner || W['unnamed-owner'] });
}

const canonicalSpellings = <T>(spellings: ReadonlyArray<readonly [T, readonly string[]]>): string[] =>
  spellings.map(([, names]) => names[0]);

/** The drop-down lists of the coded columns, in the spellings the parser reads first. */
function listValues(field: FieldName, ente: string): string[] | undefined {
  switch (field) {
    case 'service':
      return canonicalSpellings(SERVICE_SPELLINGS);
    case 'status':
      return canonicalSpellings(STATUS_SPELLINGS);
    case 'origin':
      return canonicalSpellings(ORIGIN_SPELLINGS);
    case 'carenzaManutentiva':
      return [W.yes, W.no];
    case 'owner':
      return [ente];
    default:
      return undefined;
  }
}

const LIST_PROMPTS: Partial<Record<FieldName, string>> = {
  service: W['prompt-service'],
  status: W['prompt-status'],
  origin: W['prompt-origin'],
  carenzaManutentiva: W['prompt-carenza'],
  owner: W['prompt-owner'],
};

const FIELD_WIDTHS: Partial<Record<FieldName, number>> = {
  code: 16,
  owner: 30,
  comune: 18,
  address: 26,
  service: 10,
  status: 20,
  availableFrom: 14,
  carenzaManutentiva: 12,
  surface: 10,
  rooms: 7,
  platformId: 16,
  origin: 20,
  worksCost: 14,
};

/** A cell of the inventory as a layout cell: dates become Excel serials, errors their text. */
function layoutCellOf(raw: unknown): LayoutCell | null {
  const value = cellValue(raw);
  if (value === null || value === undefined || value === '') return null;
  if (value instanceof Date) {
    const date: DateOnly = { year: value.getUTCFullYear(), month: value.getUTCMonth() + 1, day: value.getUTCDate() };
    return { value: excelSerialOf(date) };
  }
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return { value };
  const error = excelErrorOf(value);
  return error === undefined ? null : { value: error };
}

/** "Alloggi": the owner's rows of the inventory with its own headers, or the recognised headers. */
function layoutDwellings(options: CommunicationOptions): { layout: SheetLayout; count: number } {
  const { ente, inventory } = options;
  let headers: string[];
  let fields: (FieldName | undefined)[];
  let rows: (LayoutCell | null)[][] = [];
  if (inventory) {
    const width = inventory.grid[0]?.length ?? 0;
    headers = Array.from({ length: width }, (_, index) => toText(cellValue(inventory.grid[0][index])) ?? '');
    fields = headers.map((_, index) => FIELD_NAMES.find((field) => inventory.columns[field] === index));
    const ownerColumn = inventory.columns.owner;
    const wanted = ownerKey(ente);
    if (ownerColumn !== undefined) {
      for (let index = 1; index < inventory.grid.length; index += 1) {
        const row = inventory.grid[index];
        const owner = toText(cellValue(row?.[ownerColumn]));
        if (owner === undefined || ownerKey(owner) !== wanted) continue;
        rows.push(headers.map((_, column) => layoutCellOf(row[column])));
      }
    }
  } else {
    headers = FIELD_NAMES.map((field) => FIELD_LABELS[field].it);
    fields = [...FIELD_NAMES];
    rows = [];
  }
  // Wide enough for the header's longest word, so that a wrapped header never splits a word.
  const widths = headers.map((header, index) => {
    const field = fields[index];
    const longestWord = Math.max(0, ...header.split(/\s+/).map((word) => word.length));
    return Math.min(40, Math.max(field ? (FIELD_WIDTHS[field] ?? 12) : 10, longestWord + 3));
  });
  const sheet = new SheetBuilder(headers.length, widths, '');
  const header = sheet.addTableHeader(headers);
  for (const cells of rows) sheet.addRow(cells);
  // An Excel table needs a data row: an empty one when the owner has no dwelling yet.
  if (rows.length === 0) sheet.addRow();
  const lastTableRow = sheet.rows.length;
  const lastColumn = headers.length - 1;
  sheet.tables.push({
    name: tableName('Alloggi', ente),
    range: rangeAddress(header, 0, lastTableRow, lastColumn),
    style: 'TableStyleMedium2',
  });
  const lastListRow = lastTableRow + BLANK_ROWS_WITH_LISTS;
  fields.forEach((field, column) => {
    if (!field) return;
    const range = rangeAddress(header + 1, column, lastListRow, column);
    const values = listValues(field, ente);
    if (values) {
      const rule: DataValidationRule = {
        range,
        type: 'list',
        values,
        title: FIELD_LABELS[field].it.slice(0, 32),
        prompt: LIST_PROMPTS[field],
        error: W['list-error']({ values: values.join(', ') }).slice(0, 255),
      };
      sheet.validations.push(rule);
    }
    if (field === 'availableFrom') sheet.format(range, DATE_FORMAT);
    if (field === 'code' || field === 'platformId') sheet.format(range, TEXT_FORMAT);
  });
  return {
    layout: sheet.toLayout(DWELLINGS_SHEET_NAME, { titleRows: 1, orientation: 'landscape' }),
    count: rows.length,
  };
}

const SCELTE_WIDTHS = [44, 30, 60];

/** Why a share cannot go higher: the article that sets the bound, or the reason; none when nothing sets it. */
function boundWhy(definition: ParamDefinition): string | undefined {
  return definition.maxReference ?? definition.maxReason?.it;
}

/** "Da 0 % a 20 % (R.R. 4/2017 art. 7 bis)": the bound, blamed on an article only where one sets it. */
function boundText(definition: ParamDefinition): string {
  const max = formatPercent(definition.max, 'it');
  const why = boundWhy(definition);
  return why ? W['bound-why']({ max, why }) : W.bound({ max });
}

/** What the third column says about a choice: its article, its range, what a blank means. */
function choiceNote(ente: string, anno: number, key: string): string {
  const definition = choiceDefinitions(anno).find((candidate) => candidate.key === key);
  if (!definition) return '';
  const parts = [W['note-reference']({ reference: definition.reference })];
  if (definition.kind === 'percent') {
    parts.push(W['note-percent']({ bound: boundText(definition) }));
  } else {
    parts.push(W['note-count']({ max: String(definition.max) }));
  }
  if (key === 'maggiorazione' && ownerKindOf(ente) === 'aler') parts.push(W['note-aler']);
  parts.push(W['note-blank']({ key }));
  return parts.join(' ');
}

/** "Scelte dell'ente": Parametro | Valore | Articolo e valori ammessi. */
export function layoutScelteSheet(options: CommunicationOptions): SheetLayout {
  const { ente, anno } = options;
  const sheet = new SheetBuilder(3, [...SCELTE_WIDTHS], '');
  sheet.addTableHeader([SCELTE_LABELS.parameter.it, SCELTE_LABELS.value.it, SCELTE_LABELS.reference.it]);
  const fixed = (label: string, value: LayoutCell | null, note: string): number => {
    const row = sheet.addRow([text(label), value, text(note)]);
    sheet.height(row, heightFor(wrappedLines(note, SCELTE_WIDTHS[2])));
    return row;
  };
  const ownerRow = fixed(SCELTE_LABELS.owner.it, text(ente), W['note-owner']);
  sheet.format(cellAddress(ownerRow, 1), TEXT_FORMAT);
  sheet.style(cellAddress(ownerRow, 1), { bold: true });
  const dateRow = fixed(SCELTE_LABELS.date.it, null, W['note-date']);
  sheet.format(cellAddress(dateRow, 1), DATE_FORMAT);
  const yearRule = W['year-rule']({ first: String(FIRST_PLAN_YEAR), last: String(LAST_PLAN_YEAR) });
  const yearRow = fixed(SCELTE_LABELS.year.it, { value: anno }, W['note-year']);
  sheet.validations.push({
    range: cellAddress(yearRow, 1),
    type: 'whole',
    min: FIRST_PLAN_YEAR,
    max: LAST_PLAN_YEAR,
    title: SCELTE_LABELS.year.it,
    prompt: yearRule,
    error: W['invalid-value']({ rule: yearRule }),
  });
  const firstChoice = sheet.rows.length + 1;
  for (const definition of choiceDefinitions(anno)) {
    const key = definition.key as (typeof OWNER_PARAM_KEYS)[number];
    const chosen = options.values?.[key];
    const row = fixed(
      definition.label.it,
      chosen === undefined ? null : { value: chosen },
      choiceNote(ente, anno, key),
    );
    const cell = cellAddress(row, 1);
    const title = definition.label.it.slice(0, 32);
    if (definition.kind === 'percent') {
      // A blank cell stays 'General': Excel formats "30 %" as a percentage when it is typed.
      if (chosen !== undefined) sheet.format(cell, percentFormat([chosen]));
      const max = formatPercent(definition.max, 'it');
      const why = boundWhy(definition);
      const rule = why ? W['percent-rule-why']({ max, why }) : W['percent-rule']({ max });
      sheet.validations.push({
        range: cell,
        type: 'decimal',
        min: 0,
        max: definition.max,
        title,
        prompt: rule,
        error: W['invalid-value']({ rule }),
      });
    } else {
      sheet.format(cell, COUNT_FORMAT);
      const rule = W['count-rule']({ max: String(definition.max) });
      sheet.validations.push({
        range: cell,
        type: 'whole',
        min: 0,
        max: definition.max,
        title,
        prompt: rule,
        error: W['invalid-value']({ rule }),
      });
    }
  }
  if (offersCategories(anno)) {
    // From 2025 the reserve serves one or more art. 14 categories: typed as text, by name.
    const chosen = options.values?.riservaCategorie;
    const names = CATEGORIE_ART14.map((category) => CATEGORIE_ART14_LABELS[category].it).join('; ');
    const note = W['note-categories']({ reference: rulesFor(anno).riservaCategorie.reference, names });
    const row = fixed(
      SCELTE_LABELS.categories.it,
      chosen && chosen.length > 0
        ? text(chosen.map((category) => CATEGORIE_ART14_LABELS[category].it).join('; '))
        : null,
      note,
    );
    sheet.format(cellAddress(row, 1), TEXT_FORMAT);
    sheet.style(cellAddress(row, 1), { wrapText: true });
  }
  const last = sheet.rows.length;
  sheet.style(rangeAddress(2, 0, last, 2), STYLE.body);
  sheet.style(rangeAddress(2, 1, last, 1), STYLE.parameterValue);
  sheet.style(rangeAddress(2, 2, last, 2), { wrapText: true, fontColor: '#404040' });
  sheet.style(rangeAddress(2, 0, last, 0), { wrapText: true });
  sheet.anchor('scelte.ente', ownerRow, 1);
  sheet.anchor('scelte.data', dateRow, 1);
  sheet.anchor('scelte.prima', firstChoice, 1);
  sheet.addRow();
  sheet.addTextRow(W['scelte-footer'], { italic: true });
  return sheet.toLayout(SCELTE_SHEET_NAME, { titleRows: 1 });
}

/** "Istruzioni": the deadline and what to send back. */
function layoutInstructions(options: CommunicationOptions, dwellings: number): SheetLayout {
  const { ente, anno } = options;
  const deadline = communicationDeadline(anno);
  const sheet = new SheetBuilder(1, [90], '');
  const title = sheet.addRow([text(W.title({ year: String(anno) }))]);
  sheet.style(cellAddress(title, 0), STYLE.title);
  sheet.height(title, 24);
  const capofila = options.capofila?.trim() ?? '';
  const place = [options.ambito?.trim() ?? '', capofila ? W.capofila({ capofila }) : ''].filter((part) => part !== '');
  sheet.addTextRow(W.owner({ ente }), STYLE.subtitle);
  if (place.length > 0) sheet.addTextRow(place.join(' - '));
  sheet.addRow();
  const recipient = capofila ? W['recipient-named']({ capofila }) : W.recipient;
  sheet.addTextRow(W.deadline({ recipient, deadline: formatDate(deadline) }), { bold: true, fontColor: '#C00000' });
  sheet.addRow();
  sheet.addTextRow(W['what-to-do'], STYLE.subtitle);
  const steps = [
    dwellings === 0
      ? W['step-no-dwellings']({ sheet: DWELLINGS_SHEET_NAME, first: String(anno), last: String(anno + 2) })
      : dwellings === 1
        ? W['step-dwelling']({ sheet: DWELLINGS_SHEET_NAME })
        : W['step-dwellings']({ sheet: DWELLINGS_SHEET_NAME, count: String(dwellings) }),
    W['step-menus'],
    W['step-choices']({ sheet: SCELTE_SHEET_NAME, year: String(anno) }),
    W['step-names'],
    W['step-send']({ recipient }),
  ];
  for (const step of steps) sheet.addTextRow(step);
  sheet.addRow();
  sheet.addTextRow(W.prepared({ date: formatDate(dateOnly(options.generatedAt ?? new Date())) }), STYLE.generated);
  return sheet.toLayout(INSTRUCTIONS_SHEET_NAME);
}

const dateOnly = (date: Date): DateOnly => ({
  year: date.getFullYear(),
  month: date.getMonth() + 1,
  day: date.getDate(),
});

/** The whole communication workbook for one owner. */
export function layoutCommunication(options: CommunicationOptions): CommunicationWorkbook {
  const dwellings = layoutDwellings(options);
  return {
    fileName: communicationFileName(options.ente, options.anno),
    sheets: [layoutInstructions(options, dwellings.count), dwellings.layout, layoutScelteSheet(options)],
    alloggi: dwellings.count,
  };
}
