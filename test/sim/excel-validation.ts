/**
 * Simulated DataValidation (`Range.dataValidation`, ExcelApi 1.8; see excel.ts for how the
 * classes are kept to the real API).
 *
 * Validation is stored per cell (model.ts `ValidationModel`): a rule, prompt, error alert
 * or ignoreBlanks set on a range applies to every cell of it; setting the rule keeps each
 * cell's prompt and error alert, and a partial prompt / errorAlert object changes only the
 * fields it names. Reading a multi-cell range reports the common value, or null when the
 * cells differ; `type` then says MixedCriteria (some cells without a rule) or Inconsistent.
 * `clear()` removes validation from the cells of the range only.
 *
 * What Excel refuses is refused at sync with InvalidArgument, with Excel's errorLocation
 * ("ListDataValidation.source", "BasicDataValidation.formula2"...):
 * - a rule with no criterion (use clear()), or with more than one (`{ list, wholeNumber }`);
 * - wholeNumber / decimal / textLength: an operator other than the eight of
 *   DataValidationOperator; no formula1; no formula2 with Between / NotBetween; a constant
 *   that is not a number, or not a whole number for wholeNumber and textLength; constant
 *   bounds with formula1 > formula2;
 * - list: an empty source; a literal list over 255 characters; a range source (Range or
 *   "=Sheet!$A$1:$A$9") that is not a single row or column, or on a missing sheet;
 * - prompt / errorAlert: titles over 32 characters, prompt message over 255, error message
 *   over 225 (Excel's limits); a style other than Stop, Warning, Information.
 * Formulas read back as Excel reports them: numbers as "=10", text starting with '=' as
 * given, a Range argument as an absolute reference ("=$A$1:$A$3", sheet-qualified when on
 * another sheet). Not simulated (NotSimulated): `date` and `time` rules, `valid`,
 * getInvalidCells(), and setting validation on whole rows or columns (clear() works there).
 * As in Excel, validation only constrains what a user types: values written through the
 * API are never checked against it.
 *
 * Pure TypeScript, no Node imports.
 */
import { columnsOf, formatRect, parseAddress, quoteSheet, rowsOf } from './address';
import { invalidArgument, itemNotFound, notSimulated } from './errors';
import {
  BasicValidationModel,
  NO_VALIDATION,
  SheetModel,
  ValidationAlertModel,
  ValidationModel,
  ValidationPromptModel,
  ValidationRuleModel,
  WorkbookModel,
} from './model';
import { Kind, LoadArgument, SIM, SimClientObject } from './proxy';
import { RangeEntity, bool, editCells, oneOf } from './excel-shared';

const OPERATORS = [
  'Between',
  'NotBetween',
  'EqualTo',
  'NotEqualTo',
  'GreaterThan',
  'LessThan',
  'GreaterThanOrEqualTo',
  'LessThanOrEqualTo',
] as const;
const ALERT_STYLES = ['Stop', 'Warning', 'Information'] as const;

/** The criteria of `Excel.DataValidationRule` and the `DataValidationType` each one gives. */
const RULE_TYPES = {
  wholeNumber: 'WholeNumber',
  decimal: 'Decimal',
  textLength: 'TextLength',
  list: 'List',
  custom: 'Custom',
  date: 'Date',
  time: 'Time',
} as const;
type RuleKey = keyof typeof RULE_TYPES;

const TITLE_MAX = 32;
const PROMPT_MESSAGE_MAX = 255;
const ALERT_MESSAGE_MAX = 225;
const LIST_SOURCE_MAX = 255;
const NUMBER_TEXT = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

// ---- checking what is set --------------------------------------------------------------

type Fields = Record<string, unknown>;

function describe(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;
}

function fields(value: unknown, location: string, what: string): Fields {
  if (!value || typeof value !== 'object' || Array.isArray(value) || isRangeArgument(value)) {
    throw invalidArgument(location, `${what} must be an object, got ${describe(value)}`);
  }
  return value as Fields;
}

function given(value: unknown): boolean {
  return value !== undefined && value !== null;
}

function text(value: unknown, location: string, max: number): string {
  if (typeof value !== 'string') throw invalidArgument(location, `expected a string, got ${describe(value)}`);
  if (value.length > max) throw invalidArgument(location, `at most ${max} characters, got ${value.length}`);
  return value;
}

function isRangeArgument(value: unknown): value is SimClientObject<RangeEntity> {
  return value instanceof SimClientObject && value[SIM].kind.name === 'Range';
}

/** The Range objects a rule carries (list.source, formula1, formula2). */
function rangesIn(rule: unknown): Array<SimClientObject<RangeEntity>> {
  if (!rule || typeof rule !== 'object') return [];
  const out: Array<SimClientObject<RangeEntity>> = [];
  for (const criterion of Object.values(rule as Fields)) {
    if (!criterion || typeof criterion !== 'object') continue;
    for (const key of ['source', 'formula1', 'formula2']) {
      const v = (criterion as Fields)[key];
      if (isRangeArgument(v)) out.push(v);
    }
  }
  return out;
}

function resolveRange(range: SimClientObject<RangeEntity>, location: string): RangeEntity {
  const e = range[SIM].resolve();
  if (e === null) throw itemNotFound(location, 'the Range argument is a null object');
  return e;
}

/** The absolute reference Excel reports for a range argument of a rule on `target`. */
function referenceTo(target: SheetModel, e: RangeEntity): string {
  const ref = formatRect(e.rect, { absolute: true, entireRows: e.entireRows, entireColumns: e.entireColumns });
  return e.sheet === target ? `=${ref}` : `=${quoteSheet(e.sheet.name)}!${ref}`;
}

/** The numeric constant a formula stands for ("=0.25" -> 0.25), if it is one. */
function constantOf(formula: string): number | undefined {
  const body = formula.slice(1).trim();
  return NUMBER_TEXT.test(body) ? Number(body) : undefined;
}

function basicFormula(value: unknown, target: SheetModel, location: string, whole: boolean): string {
  if (isRangeArgument(value)) return referenceTo(target, resolveRange(value, location));
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw invalidArgument(location, `${value} is not a valid bound`);
    if (whole && !Number.isInteger(value)) throw invalidArgument(location, `${value} is not a whole number`);
    return `=${value}`;
  }
  if (typeof value === 'string') {
    const t = value.trim();
    if (t.startsWith('=') && t.length > 1) return t;
    if (NUMBER_TEXT.test(t)) return basicFormula(Number(t), target, location, whole);
    throw invalidArgument(location, `'${value}' is neither a number nor a formula`);
  }
  throw invalidArgument(location, `expected a number, a formula string or a Range, got ${describe(value)}`);
}

function basicCriterion(input: unknown, key: RuleKey, target: SheetModel): BasicValidationModel {
  const loc = 'BasicDataValidation';
  const o = fields(input, loc, `DataValidationRule.${key}`);
  const operator = oneOf(o.operator, OPERATORS, `${loc}.operator`);
  const whole = key !== 'decimal';
  if (!given(o.formula1)) throw invalidArgument(`${loc}.formula1`, 'formula1 is required');
  const formula1 = basicFormula(o.formula1, target, `${loc}.formula1`, whole);
  if (operator !== 'Between' && operator !== 'NotBetween') return { operator, formula1 };
  if (!given(o.formula2)) throw invalidArgument(`${loc}.formula2`, `formula2 is required with ${operator}`);
  const formula2 = basicFormula(o.formula2, target, `${loc}.formula2`, whole);
  const low = constantOf(formula1);
  const high = constantOf(formula2);
  if (low !== undefined && high !== undefined && low > high) {
    throw invalidArgument(`${loc}.formula2`, `the upper bound ${high} is below the lower bound ${low}`);
  }
  return { operator, formula1, formula2 };
}

function listCriterion(input: unknown, target: SheetModel, model: WorkbookModel): ValidationRuleModel['list'] {
  const loc = 'ListDataValidation';
  const o = fields(input, loc, 'DataValidationRule.list');
  const inCellDropDown = given(o.inCellDropDown) ? bool(o.inCellDropDown, `${loc}.inCellDropDown`) : true;
  const source = o.source;
  const sourceLoc = `${loc}.source`;
  const checkShape = (e: { rect: RangeEntity['rect'] }): void => {
    if (rowsOf(e.rect) > 1 && columnsOf(e.rect) > 1) {
      throw invalidArgument(sourceLoc, 'a list source range must be a single row or a single column');
    }
  };
  if (isRangeArgument(source)) {
    const e = resolveRange(source, sourceLoc);
    checkShape(e);
    return { inCellDropDown, source: referenceTo(target, e) };
  }
  if (typeof source !== 'string') {
    throw invalidArgument(sourceLoc, `expected a comma-separated list or a Range, got ${describe(source)}`);
  }
  const t = source.trim();
  if (t === '' || t === '=') throw invalidArgument(sourceLoc, 'the list source is empty');
  if (t.startsWith('=')) {
    const ref = parseAddress(t.slice(1));
    if (ref) {
      if (ref.sheet !== undefined && !model.findSheet(ref.sheet)) {
        throw invalidArgument(sourceLoc, `no worksheet '${ref.sheet}'`);
      }
      checkShape(ref);
    }
    return { inCellDropDown, source: t };
  }
  if (source.length > LIST_SOURCE_MAX) {
    throw invalidArgument(
      sourceLoc,
      `a literal list is limited to ${LIST_SOURCE_MAX} characters, got ${source.length}`,
    );
  }
  return { inCellDropDown, source };
}

function customCriterion(input: unknown): ValidationRuleModel['custom'] {
  const loc = 'CustomDataValidation';
  const o = fields(input, loc, 'DataValidationRule.custom');
  const formula = typeof o.formula === 'string' ? o.formula.trim() : '';
  if (formula === '' || formula === '=') throw invalidArgument(`${loc}.formula`, 'a formula is required');
  return { formula: formula.startsWith('=') ? formula : `=${formula}` };
}

/** Checks a rule as Excel does and puts it in the form Excel reports it. */
function normalizeRule(
  input: unknown,
  target: SheetModel,
  location: string,
  model: WorkbookModel,
): ValidationRuleModel {
  const rule = fields(input, location, 'the rule');
  const present = Object.keys(rule).filter((k) => given(rule[k]));
  const known = present.filter((k): k is RuleKey => k in RULE_TYPES);
  if (known.length === 0) {
    const seen = present.length ? ` (got ${present.join(', ')})` : '';
    throw invalidArgument(
      location,
      `the rule needs one of ${Object.keys(RULE_TYPES).join(', ')}${seen}; use DataValidation.clear() to remove validation`,
    );
  }
  if (known.length > 1) {
    throw invalidArgument(location, `a rule takes one criterion at a time, got ${known.join(' and ')}`);
  }
  const key = known[0];
  switch (key) {
    case 'wholeNumber':
    case 'decimal':
    case 'textLength':
      return { [key]: basicCriterion(rule[key], key, target) };
    case 'list':
      return { list: listCriterion(rule.list, target, model) };
    case 'custom':
      return { custom: customCriterion(rule.custom) };
    default:
      throw notSimulated(`DataValidationRule.${key}`);
  }
}

function promptPatch(input: unknown): Partial<ValidationPromptModel> {
  const loc = 'DataValidationPrompt';
  const o = fields(input, loc, 'the prompt');
  const patch: Partial<ValidationPromptModel> = {};
  if (given(o.showPrompt)) patch.showPrompt = bool(o.showPrompt, `${loc}.showPrompt`);
  if (given(o.title)) patch.title = text(o.title, `${loc}.title`, TITLE_MAX);
  if (given(o.message)) patch.message = text(o.message, `${loc}.message`, PROMPT_MESSAGE_MAX);
  return patch;
}

function alertPatch(input: unknown): Partial<ValidationAlertModel> {
  const loc = 'DataValidationErrorAlert';
  const o = fields(input, loc, 'the error alert');
  const patch: Partial<ValidationAlertModel> = {};
  if (given(o.showAlert)) patch.showAlert = bool(o.showAlert, `${loc}.showAlert`);
  if (given(o.style)) patch.style = oneOf(o.style, ALERT_STYLES, `${loc}.style`);
  if (given(o.title)) patch.title = text(o.title, `${loc}.title`, TITLE_MAX);
  if (given(o.message)) patch.message = text(o.message, `${loc}.message`, ALERT_MESSAGE_MAX);
  return patch;
}

/** Replaces the validation of every cell of the range by `change(current)`. */
function editValidation(e: RangeEntity, location: string, change: (v: ValidationModel) => ValidationModel): void {
  editCells(e, location, (cell) => void (cell.validation = change(cell.validation ?? NO_VALIDATION)));
}

// ---- reading ---------------------------------------------------------------------------

function copy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** The common value of `pick` over the cells of the range (a copy), or null when they differ. */
function common<T>(e: RangeEntity, pick: (v: ValidationModel) => T): T | null {
  const distinct = new Map<string, T>();
  let seen = 0;
  const visit = (v: ValidationModel): void => {
    const value = pick(v);
    distinct.set(JSON.stringify(value), value);
  };
  e.sheet.eachCell(e.rect, (_r, _c, cell) => {
    seen += 1;
    if (distinct.size < 2) visit(cell.validation ?? NO_VALIDATION);
  });
  if (seen < rowsOf(e.rect) * columnsOf(e.rect)) visit(NO_VALIDATION);
  if (distinct.size !== 1) return null;
  return copy([...distinct.values()][0]);
}

function ruleKeyOf(rule: Readonly<ValidationRuleModel> | undefined): RuleKey | undefined {
  if (!rule) return undefined;
  return (Object.keys(rule) as RuleKey[]).find((k) => given(rule[k as keyof ValidationRuleModel]));
}

function typeOf(e: RangeEntity): Excel.DataValidation['type'] {
  const rules = new Set<string>();
  let type: Excel.DataValidation['type'] = 'None';
  let without = false;
  let seen = 0;
  e.sheet.eachCell(e.rect, (_r, _c, cell) => {
    seen += 1;
    const rule = cell.validation?.rule;
    const key = ruleKeyOf(rule);
    if (!key) without = true;
    else {
      rules.add(JSON.stringify(rule));
      type = RULE_TYPES[key];
    }
  });
  if (seen < rowsOf(e.rect) * columnsOf(e.rect)) without = true;
  if (rules.size === 0) return 'None';
  if (without) return 'MixedCriteria';
  return rules.size === 1 ? type : 'Inconsistent';
}

// ---- DataValidation --------------------------------------------------------------------

export const DataValidationKind: Kind<RangeEntity> = {
  name: 'DataValidation',
  scalars: {
    rule: {
      get: (e) => common(e, (v) => v.rule),
      set: (e, v, loc, model) => {
        const rule = normalizeRule(v, e.sheet, loc, model);
        editValidation(e, loc, (old) => ({ ...old, rule }));
      },
    },
    prompt: {
      get: (e) => common(e, (v) => v.prompt),
      set: (e, v, loc) => {
        const patch = promptPatch(v);
        editValidation(e, loc, (old) => ({ ...old, prompt: { ...old.prompt, ...patch } }));
      },
    },
    errorAlert: {
      get: (e) => common(e, (v) => v.errorAlert),
      set: (e, v, loc) => {
        const patch = alertPatch(v);
        editValidation(e, loc, (old) => ({ ...old, errorAlert: { ...old.errorAlert, ...patch } }));
      },
    },
    ignoreBlanks: {
      get: (e) => common(e, (v) => v.ignoreBlanks),
      set: (e, v, loc) => {
        const ignoreBlanks = bool(v, loc);
        editValidation(e, loc, (old) => ({ ...old, ignoreBlanks }));
      },
    },
    type: { get: typeOf },
  },
};

type DataValidationScalars = 'rule' | 'prompt' | 'errorAlert' | 'ignoreBlanks' | 'type';

export class SimDataValidation
  extends SimClientObject<RangeEntity>
  implements Pick<Excel.DataValidation, DataValidationScalars>
{
  get rule(): Excel.DataValidation['rule'] {
    return this._read('rule') as Excel.DataValidation['rule'];
  }
  set rule(value: Excel.DataValidation['rule']) {
    // As in Office.js, a Range of another request context is refused right away.
    for (const range of rangesIn(value)) this._sameContext(range, 'DataValidation.rule');
    this._write('rule', value);
  }

  get prompt(): Excel.DataValidation['prompt'] {
    return this._read('prompt') as Excel.DataValidation['prompt'];
  }
  set prompt(value: Excel.DataValidation['prompt']) {
    this._write('prompt', value);
  }

  get errorAlert(): Excel.DataValidation['errorAlert'] {
    return this._read('errorAlert') as Excel.DataValidation['errorAlert'];
  }
  set errorAlert(value: Excel.DataValidation['errorAlert']) {
    this._write('errorAlert', value);
  }

  get ignoreBlanks(): Excel.DataValidation['ignoreBlanks'] {
    return this._read('ignoreBlanks') as boolean;
  }
  set ignoreBlanks(value: Excel.DataValidation['ignoreBlanks']) {
    this._write('ignoreBlanks', value);
  }

  get type(): Excel.DataValidation['type'] {
    return this._read('type') as Excel.DataValidation['type'];
  }

  /** Removes validation from the cells of this range (only those). */
  clear(): void {
    this[SIM].call('clear', [], (e) => {
      e.sheet.eachCell(e.rect, (_r, _c, cell) => void (cell.validation = undefined));
    });
  }

  load(option?: LoadArgument): this {
    this._load(option);
    return this;
  }

  set(properties: Record<string, unknown>): void {
    for (const range of rangesIn(properties?.rule)) this._sameContext(range, 'DataValidation.set');
    this._setMany(properties);
  }

  toJSON(): Record<string, unknown> {
    return this._toJSON();
  }
}
