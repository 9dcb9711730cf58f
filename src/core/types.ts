/** Domain types shared by the whole engine. Plain data only: no Office, React or Node types. */

/** Raw grid as Excel gives it: header row first, then data rows of raw cell values. */
export type Grid = unknown[][];

export type OwnerKind = 'comune' | 'aler';
export type Service = 'SAP' | 'SAS' | 'SAT';
export type UnitStatus =
  'libero' | 'turnover' | 'ristrutturazione' | 'nuova-costruzione' | 'occupato' | 'carenza-manutentiva';
export type Origin = 'turnover' | 'nuova-edificazione' | 'recupero' | 'carenza-manutentiva' | 'conferito-privati';

/** A calendar date without time zone, as written in the inventory. */
export interface DateOnly {
  year: number;
  month: number; // 1..12
  day: number; // 1..31
}

/** One dwelling of the inventory. */
export interface Unit {
  /** Row number as Excel shows it (1-based, in the worksheet). */
  row: number;
  code?: string;
  owner: string;
  ownerKind: OwnerKind;
  comune: string;
  address?: string;
  /** Without a service column every dwelling is SAP. */
  service: Service;
  status: UnitStatus;
  availableFrom?: DateOnly;
  carenzaManutentiva: boolean;
  surface?: number;
  rooms?: number;
  platformId?: string;
  origin?: Origin;
  worksCost?: number;
  /** Where the dwelling was read, when a plan merges several sources (one object shared by a sheet's rows). */
  source?: SourcePlace;
  /** When it was last assigned (R.R. 4/2017 art. 4 c. 3 lett. g: the dwellings assigned in the previous year). */
  assignedOn?: DateOnly;
}

export type Severity = 'errore' | 'avviso';

/**
 * Where something was read when a plan merges several sources: the file (command line, imported
 * communication), the sheet, and the row and cell when known.
 */
export interface SourcePlace {
  file?: string;
  sheet?: string;
  row?: number;
  cell?: string;
}

/**
 * Why a dwelling of the inventory is left out of the plan's count, as a key the plan sheet's
 * annex renders in a few words: an error in its row leaves it out of the plan
 * (inventory/messages.ts), or it lacks the date that would count it among the available ones.
 */
export type Exclusion =
  | {
      reason:
        | 'missing-owner'
        | 'missing-comune'
        | 'missing-status'
        | 'unknown-status'
        | 'unknown-service'
        | 'invalid-date'
        | 'no-availability-date';
    }
  /** `column`: the header of the cell holding the error value, as written in the inventory. */
  | { reason: 'error-value'; column: string }
  | { reason: 'duplicate-code'; firstRow: number }
  /** The same dwelling (code or regional platform ID) in two communications: `other` is the other row. */
  | { reason: 'same-dwelling'; other: SourcePlace };

/** A problem found in the inventory, shown to the user with its place. */
export interface InventoryIssue {
  /** Excel row number; the header row for column problems; 0 when it concerns the whole range. */
  row: number;
  /** Header of the column concerned, as written in the inventory (or the field's Italian name). */
  column?: string;
  /** A1 address of the cell when known (without sheet name). */
  cell?: string;
  severity: Severity;
  /** Full Italian sentence. */
  message: string;
  /** Same sentence in English. */
  messageEn: string;
  /** File the problem was found in, when the plan merges several files. */
  file?: string;
  /** Sheet the problem was found in, when known. */
  sheet?: string;
  /** The other place of a conflict between two sources (the message names both). */
  other?: SourcePlace;
  /** Key of the message in the inventory's table (inventory/messages.ts), e.g. 'noServiceColumn'. */
  kind?: string;
  /** Set when the problem leaves its row out of the plan: why, for the plan sheet's annex. */
  exclusion?: Exclusion;
  /** The code of the dwelling in that row, when it has one. */
  code?: string;
}

/** Names of the inventory fields the engine understands. */
export type FieldName =
  | 'code'
  | 'owner'
  | 'comune'
  | 'address'
  | 'service'
  | 'status'
  | 'availableFrom'
  | 'carenzaManutentiva'
  | 'surface'
  | 'rooms'
  | 'platformId'
  | 'origin'
  | 'worksCost'
  | 'assignedOn';

/** Explicit mapping field -> 0-based column index in the grid (overrides header recognition). */
export type ColumnMapping = Partial<Record<FieldName, number>>;

export interface ParseOptions {
  /** Excel row number of the header row (default 1). */
  headerRow?: number;
  /** Excel column index (0 = A) of the grid's first column (default 0), for cell addresses. */
  firstColumn?: number;
  /** Sheet name, for messages. */
  sheetName?: string;
  mapping?: ColumnMapping;
}

export interface InventoryResult {
  units: Unit[];
  issues: InventoryIssue[];
  /** field -> column index actually used (recognised or mapped). */
  columns: ColumnMapping;
  /** Headers that matched no field (index -> header text). */
  unrecognised: { index: number; header: string }[];
  /** True when the required columns are missing: `units` is then empty and `issues` has one error. */
  fatal: boolean;
}
