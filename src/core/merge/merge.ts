/**
 * The merge of the owners' communications (R.R. 4/2017 art. 5 c. 1) into one set of groups, each
 * owner's choices and the problems found on the way. Sources are folded one at a time
 * (`Merge.add`), so a caller can read, parse and fold one file after the other; what a source
 * leaves behind is its dwellings (by group), the codes that identify them, its choices and its
 * problems.
 *
 * Conflicts are problems, never silent, and each names both places:
 * - the same dwelling (code or regional platform ID) in two sources: both rows are left out of the
 *   calculation until the conflict is resolved;
 * - one owner's choices in two sources that disagree: the value in dispute is not applied (the
 *   plan's general value holds) until one is corrected or the capofila sets it;
 * - a "Scelte dell'ente" sheet naming an owner whose dwellings are not in its file: not applied;
 * - a value out of bounds in a "Scelte dell'ente" sheet (found by parseScelte): not applied.
 * Everything else is computed as usual. Pure.
 */
import { bilingual, defineMessages } from '../messages';
import { cite } from '../messages/citations';
import { COMMUNICATION_DEADLINE } from '../rules';
import { createFingerprintBuilder } from '../fingerprint';
import { formatDate, ownerKindOf } from '../inventory/values';
import { ownerKey, type OwnerValues } from '../plan/params';
import { choiceEntries, choiceLabel, choiceText, sameChoice, type ChoiceValue } from '../communication/choices';
import type { DateOnly, InventoryIssue, OwnerKind, SourcePlace, Unit } from '../types';
import type { ExcludedDwelling } from '../plan/plan';
import { spellingProblems } from '../plan/spellings';
import { createTally, type InventoryTally } from '../plan/tally';
import type { OwnersList } from '../communication/owners';
import { inFile, placeOrUnknown, placedProblem, quotedList, type Bilingual } from '../communication/place';
import type { ChoiceKey, OwnerChoices, ScelteReading } from '../communication/scelte';
import { compareItalian } from '../collation';

/** One inventory table or sheet of a source, as parseInventory gives it. */
export interface InventoryPart {
  /** Sheet (or table) the dwellings were read from. */
  sheet?: string;
  units: Unit[];
  issues: InventoryIssue[];
  /** True when the sheet could not be read as an inventory at all (its one issue says why). */
  fatal?: boolean;
  /**
   * Whether the sheet has a column of assignment dates ("Data assegnazione"): then its owners'
   * lett. g is counted from it, 0 when no date falls in the previous year. Not given: when one of
   * its dwellings has an assignment date.
   */
  assignmentDates?: boolean;
}

/** One owner's communication: a file, or sheets of the open workbook. */
export interface CommunicationSource {
  /** File name as the user knows it; undefined for sheets of the workbook itself. */
  file?: string;
  inventories: InventoryPart[];
  scelte: ScelteReading[];
  /** An "Enti dell'Ambito" list found in this source. */
  entiAmbito?: OwnersList;
  /** Problems of the source as a whole (a sheet that could not be read...). */
  problems?: InventoryIssue[];
}

export type CommunicationStatus = 'ricevuta' | 'in-ritardo' | 'mancante';

/** What the capofila knows of one owner of the Ambito. */
export interface OwnerStatus {
  ente: string;
  tipoEnte: OwnerKind;
  /** Files or sheets where its dwellings or choices were found. */
  fonti: string[];
  /** Dwellings counted (rows in conflict excluded). */
  alloggi: number;
  /** True when at least one of its choices is applied. */
  scelte: boolean;
  dataComunicazione?: DateOnly;
  stato: CommunicationStatus;
  /** True when the owner is in the list of the Ambito's owners (when there is one). */
  inElenco: boolean;
}

export interface MergeResult {
  /** The dwellings not in conflict, counted per group (no list of dwellings is kept). */
  tally: InventoryTally;
  problems: InventoryIssue[];
  /** Choices applied, by owner as written in its communication. */
  scelte: Record<string, OwnerValues>;
  /** Where each applied choice was read. */
  sceltePlaces: Record<string, Partial<Record<ChoiceKey, SourcePlace>>>;
  /** Sources of each group, by `groupKey(ente, comune)`. */
  fonti: Map<string, string[]>;
  enti: OwnerStatus[];
  /** Owners of the Ambito's list with no communication. */
  mancanti: string[];
  /** True when a list of the Ambito's owners was given. */
  elenco: boolean;
  /** Number of sources that brought dwellings or choices (an owners' list alone is not one). */
  sorgenti: number;
  /** Fingerprint of the dwellings not in conflict (see fingerprint.ts). */
  impronta: string;
  /** Ambito and capofila named above an "Enti dell'Ambito" list, when written. */
  ambito?: string;
  capofila?: string;
  /** The rows left out because the same dwelling is in two sources, for the plan sheet's annex. */
  esclusi: ExcludedDwelling[];
  /**
   * The groups (`groupKey(ente, comune)`) with dwellings read from an inventory that has a column of
   * assignment dates: lett. g is counted from the inventory for them only, "not given" for others.
   */
  assignmentDates: Set<string>;
}

/** Key of a group (owner x comune), matched as computePlan does: case and spacing ignored. */
export function groupKey(ente: string, comune: string): string {
  return `${ownerKey(ente)}\u0000${ownerKey(comune)}`;
}

/** The deadline for the communications of a plan year: 31 October of the year before. */
export function communicationDeadline(anno: number): DateOnly {
  return { year: anno - 1, month: COMMUNICATION_DEADLINE.month, day: COMMUNICATION_DEADLINE.day };
}

const dateValue = (date: DateOnly): number => date.year * 10_000 + date.month * 100 + date.day;

/**
 * Where a dwelling was read: its unit, the file and sheet (an object shared by the sheet's rows)
 * and its position in the fingerprint, to take it back out on a conflict.
 */
interface Occurrence {
  unit: Unit;
  where: SourcePlace;
  index: number;
  group: GroupState;
}

interface GroupState {
  ente: string;
  tipoEnte: OwnerKind;
  comune: string;
  fonti: Set<string>;
  /** Dwellings of the group not in conflict. */
  count: number;
  /** Some of its dwellings come from an inventory with a column of assignment dates. */
  assignmentDates: boolean;
}

interface ChoiceEntry {
  choices: OwnerChoices;
  source: number;
}

interface SourceState {
  file?: string;
  /** Owners with dwellings in the source. */
  owners: Set<string>;
  hasUnits: boolean;
  labels: Set<string>;
}

/** What the merge of the owners' communications says, in Italian and English. */
export const MERGE_MESSAGES = defineMessages('merge', {
  'same-code': {
    it: 'il codice alloggio {id} compare anche in {first}. Lo stesso alloggio non può essere comunicato due volte: le due righe sono escluse dal calcolo finché una delle due comunicazioni non è corretta.',
    en: 'dwelling code {id} also appears in {first}. The same dwelling cannot be communicated twice: both rows are left out of the calculation until one of the two communications is corrected.',
  },
  'same-platform-id': {
    it: "l'ID alloggio della piattaforma {id} compare anche in {first}. Lo stesso alloggio non può essere comunicato due volte: le due righe sono escluse dal calcolo finché una delle due comunicazioni non è corretta.",
    en: 'regional platform ID {id} also appears in {first}. The same dwelling cannot be communicated twice: both rows are left out of the calculation until one of the two communications is corrected.',
  },
  'different-choice': {
    it: "«{ente}» indica qui {label} {here}, ma {there} in {first}. Finché le due comunicazioni non concordano, per questo ente vale il valore generale del piano: correggete una delle due o indicate il valore per l'ente nei parametri del piano.",
    en: "\"{ente}\" gives {label} {here} here, but {there} in {first}. Until the two communications agree, the plan's general value holds for this owner: correct one of them or set the owner's value in the plan's parameters.",
  },
  'owner-not-in-file': {
    it: "le scelte sono di «{ente}», ma gli alloggi di questo file sono di {others}: le scelte non sono applicate. Correggete il nome dell'ente o inviate le scelte insieme agli alloggi dell'ente.",
    en: 'the choices belong to "{ente}", but the dwellings of this file belong to {others}: the choices are not applied. Correct the owner\'s name or send the choices together with the owner\'s dwellings.',
  },
  late: {
    it: 'la comunicazione di «{ente}» è del {date}, oltre il termine del {deadline} ({reference}): è comunque compresa nel piano.',
    en: 'the communication of "{ente}" is dated {date}, after the deadline of {deadline} ({reference}): it is included in the plan all the same.',
  },
  'capofila-choice': {
    it: "{ente}: {label} {mine} come indicato nei parametri del piano, al posto di {theirs} della comunicazione dell'ente ({place}).",
    en: "{ente}: {label} {mine} as set in the plan's parameters, instead of {theirs} in the owner's communication ({place}).",
  },
  'missing-communications': {
    it: 'Comunicazioni mancanti (R.R. 4/2017 art. 5 c. 1, dovute anche in assenza di alloggi disponibili): {owners}.',
    en: 'Missing communications (R.R. 4/2017 art. 5 c. 1, due even when no dwelling is available): {owners}.',
  },
  'merged-from': {
    it: 'Piano composto da {count} comunicazioni: {owners}.',
    en: 'Plan merged from {count} communications: {owners}.',
  },
  'owner-files': { it: '{ente} ({files})', en: '{ente} ({files})' },
  'no-file': { it: 'nessun file', en: 'no file' },
  'not-listed': {
    it: "«{ente}» ha inviato alloggi o scelte ma non è nell'elenco degli enti dell'Ambito: controllate che il nome sia scritto come nell'elenco, o aggiungetelo all'elenco.",
    en: '"{ente}" sent dwellings or choices but is not in the list of the Ambito\'s owners: check that the name is written as in the list, or add it to the list.',
  },
});

const MESSAGES = {
  sameDwelling: (kind: 'code' | 'platform', id: string, first: Bilingual): Bilingual =>
    bilingual(MERGE_MESSAGES[kind === 'code' ? 'same-code' : 'same-platform-id'], { id, first }),
  differentChoice: (ente: string, label: Bilingual, here: Bilingual, there: Bilingual, first: Bilingual): Bilingual =>
    bilingual(MERGE_MESSAGES['different-choice'], { ente, label, here, there, first }),
  ownerNotInFile: (ente: string, others: string[]): Bilingual =>
    bilingual(MERGE_MESSAGES['owner-not-in-file'], {
      ente,
      others: quotedList(others),
    }),
  late: (ente: string, date: DateOnly, deadline: DateOnly): Bilingual =>
    bilingual(MERGE_MESSAGES.late, {
      ente,
      date: formatDate(date),
      deadline: formatDate(deadline),
      reference: cite(COMMUNICATION_DEADLINE.reference),
    }),
  notListed: (ente: string): Bilingual => bilingual(MERGE_MESSAGES['not-listed'], { ente }),
};

function sourceLabel(file: string | undefined, sheet: string | undefined, parts: number): string {
  if (file && sheet && parts > 1) return `${file} (${sheet})`;
  return file ?? sheet ?? '?';
}

/** Folds communications one at a time; `result()` gives the merged dwellings, choices and problems. */
export class Merge {
  private readonly groups = new Map<string, GroupState>();
  private readonly keys = new Map<string, string>();
  private readonly codes = new Map<string, Occurrence>();
  private readonly platformIds = new Map<string, Occurrence>();
  /** The dwellings counted per group, and their fingerprint: no list of dwellings is kept. */
  private readonly tally = createTally();
  private readonly fingerprint = createFingerprintBuilder();
  /** Positions (in the fingerprint) of the rows left out. */
  private readonly leftOut = new Set<number>();
  /** Rows in conflict, each with the other place the same dwelling is in. */
  private readonly excluded = new Map<Unit, SourcePlace>();
  private readonly problems: InventoryIssue[] = [];
  private readonly choices: ChoiceEntry[] = [];
  private readonly sources: SourceState[] = [];
  private readonly listed: string[] = [];
  private hasList = false;
  private ambito?: string;
  private capofila?: string;

  /**
   * `fileInMessages`: name the source's file in front of its inventory problems (several files
   * merged); a single inventory keeps its messages as they are.
   * `onePart`: only one inventory (sheet or table) will be added. Then the same code twice is
   * already a problem of the inventory's own (its parser finds it), and only the regional
   * platform IDs are matched here: no map of every code is kept a second time.
   */
  constructor(
    readonly anno: number,
    private readonly options: { fileInMessages?: boolean; onePart?: boolean } = {},
  ) {}

  private parts = 0;

  /** Folds one source in. */
  add(source: CommunicationSource): void {
    const index = this.sources.length;
    const state: SourceState = { file: source.file, owners: new Set(), hasUnits: false, labels: new Set() };
    this.sources.push(state);
    const named = this.options.fileInMessages === false ? undefined : source.file;
    for (const problem of source.problems ?? []) this.problems.push(inFile(problem, named));
    const parts = source.inventories.length;
    for (const part of source.inventories) {
      const add = this.beginPart(source.file, part.sheet, parts, state);
      for (const issue of part.issues) this.problems.push(inFile(issue, named, part.sheet));
      for (const unit of part.units) add.unit(unit);
      add.end(part.assignmentDates);
    }
    this.addRest(source, index);
  }

  /**
   * Folds in a source whose inventories are read row by row: `read` gets, for each inventory part
   * (sheet or table, `parts` of them), a function taking its dwellings one at a time, and reports
   * the part's problems when its reading ends. Nothing of a dwelling is kept but its counts, its
   * fingerprint and, for a merge of several parts, its identity.
   */
  async addStreaming(
    source: Omit<CommunicationSource, 'inventories'>,
    read: (
      part: (
        sheet: string | undefined,
        parts: number,
      ) => {
        unit: (unit: Unit) => void;
        /** `assignmentDates`: whether the part has a column of assignment dates (see InventoryPart). */
        end: (issues: InventoryIssue[], assignmentDates?: boolean) => void;
      },
    ) => Promise<void>,
  ): Promise<void> {
    const index = this.sources.length;
    const state: SourceState = { file: source.file, owners: new Set(), hasUnits: false, labels: new Set() };
    this.sources.push(state);
    const named = this.options.fileInMessages === false ? undefined : source.file;
    for (const problem of source.problems ?? []) this.problems.push(inFile(problem, named));
    await read((sheet, parts) => {
      // The part's own problems come before those its dwellings raise against other parts.
      const at = this.problems.length;
      const part = this.beginPart(source.file, sheet, parts, state);
      return {
        unit: part.unit,
        end: (issues, assignmentDates) => {
          this.problems.splice(at, 0, ...issues.map((issue) => inFile(issue, named, sheet)));
          part.end(assignmentDates);
        },
      };
    });
    this.addRest(source, index);
  }

  private beginPart(
    file: string | undefined,
    sheet: string | undefined,
    parts: number,
    state: SourceState,
  ): { unit: (unit: Unit) => void; end: (assignmentDates: boolean | undefined) => void } {
    this.parts += 1;
    if (this.options.onePart && this.parts > 1) throw new Error('Merge: onePart, but a second inventory was added');
    const label = sourceLabel(file, sheet, parts);
    const where: SourcePlace = { file, sheet };
    // The groups the part's dwellings went to (few, met in runs) and whether one had an assignment date.
    const groups = new Set<GroupState>();
    let lastGroup: GroupState | undefined;
    let dated = false;
    return {
      unit: (unit) => {
        const group = this.addUnit(unit, where, label, state);
        if (group !== lastGroup) {
          groups.add(group);
          lastGroup = group;
        }
        if (unit.assignedOn !== undefined) dated = true;
      },
      end: (assignmentDates) => {
        if (assignmentDates ?? dated) for (const group of groups) group.assignmentDates = true;
      },
    };
  }

  private addRest(source: Omit<CommunicationSource, 'inventories'>, index: number): void {
    for (const reading of source.scelte) {
      for (const problem of reading.problems) this.problems.push(problem);
      if (reading.choices) this.choices.push({ choices: reading.choices, source: index });
    }
    if (source.entiAmbito) {
      this.hasList = true;
      this.listed.push(...source.entiAmbito.names);
      this.ambito ??= source.entiAmbito.ambito;
      this.capofila ??= source.entiAmbito.capofila;
      for (const problem of source.entiAmbito.problems) this.problems.push(problem);
    }
  }

  /** Adds owners of the Ambito given as a parameter. */
  expect(names: readonly string[]): void {
    this.hasList = true;
    this.listed.push(...names);
  }

  /** ownerKey normalises with a regular expression: once per distinct spelling, not per dwelling. */
  private keyOf(name: string): string {
    let key = this.keys.get(name);
    if (key === undefined) {
      key = ownerKey(name);
      this.keys.set(name, key);
    }
    return key;
  }

  /** The group of the last dwelling added, and what it was added with: consecutive rows share them. */
  private last?: {
    owner: string;
    comune: string;
    group: GroupState;
    label: string;
    state: SourceState;
    /** The groups met with this label and state, by owner and comune as written. */
    written: Map<string, Map<string, GroupState>>;
  };

  private addUnit(unit: Unit, where: SourcePlace, label: string, state: SourceState): GroupState {
    let group: GroupState;
    let known: GroupState | undefined;
    const last = this.last;
    if (
      last &&
      last.owner === unit.owner &&
      last.comune === unit.comune &&
      last.label === label &&
      last.state === state
    ) {
      group = last.group;
    } else if (
      last &&
      last.label === label &&
      last.state === state &&
      (known = last.written.get(unit.owner)?.get(unit.comune)) !== undefined
    ) {
      // A group met before with this label and state, under the same spellings: what the branch
      // below does for a group (its sources, the state's owners and labels) is done already.
      group = known;
      last.owner = unit.owner;
      last.comune = unit.comune;
      last.group = group;
    } else {
      const ownerName = this.keyOf(unit.owner);
      const key = `${ownerName}\u0000${this.keyOf(unit.comune)}`;
      let found = this.groups.get(key);
      if (!found) {
        found = {
          ente: unit.owner.trim(),
          tipoEnte: unit.ownerKind,
          comune: unit.comune.trim(),
          fonti: new Set(),
          count: 0,
          assignmentDates: false,
        };
        this.groups.set(key, found);
      }
      group = found;
      group.fonti.add(label);
      state.owners.add(ownerName);
      state.hasUnits = true;
      state.labels.add(label);
      const written = last && last.label === label && last.state === state ? last.written : new Map();
      let byComune = written.get(unit.owner);
      if (!byComune) {
        byComune = new Map();
        written.set(unit.owner, byComune);
      }
      byComune.set(unit.comune, group);
      this.last = { owner: unit.owner, comune: unit.comune, group, label, state, written };
    }
    // The dwelling keeps where it was read (the annex names the file of a row left out).
    unit.source = where;
    group.count += 1;
    this.tally.add(unit);
    const index = this.fingerprint.add(unit);

    // Per dwelling only a map entry per identity: the place is written out on a conflict.
    if (unit.code !== undefined && !this.options.onePart) {
      this.identify(this.codes, 'code', unit.code, { unit, where, index, group });
    }
    if (unit.platformId !== undefined && unit.platformId !== unit.code) {
      this.identify(this.platformIds, 'platform', unit.platformId, { unit, where, index, group });
    }
    return group;
  }

  private identify(seen: Map<string, Occurrence>, kind: 'code' | 'platform', id: string, occurrence: Occurrence): void {
    const key = id.trim().toLowerCase();
    const first = seen.get(key);
    if (!first) {
      seen.set(key, occurrence);
      return;
    }
    const { unit, where } = occurrence;
    if (first.unit === unit) return;
    const alreadyOut = this.excluded.has(unit);
    const firstPlace: SourcePlace = { ...first.where, row: first.unit.row };
    const place: SourcePlace = { ...where, row: unit.row };
    if (!this.excluded.has(first.unit)) this.leaveOut(first, place);
    if (!alreadyOut) this.leaveOut(occurrence, firstPlace);
    // One problem per row in conflict: a code and a platform ID both repeated say it once.
    if (!alreadyOut) {
      this.problems.push(
        placedProblem('errore', place, MESSAGES.sameDwelling(kind, id, placeOrUnknown(firstPlace)), firstPlace),
      );
    }
  }

  /** Takes a dwelling in conflict out of the counts and the fingerprint. */
  private leaveOut(occurrence: Occurrence, other: SourcePlace): void {
    this.excluded.set(occurrence.unit, other);
    this.tally.remove(occurrence.unit);
    this.leftOut.add(occurrence.index);
    occurrence.group.count -= 1;
  }

  /** The merged dwellings, choices and problems so far. */
  result(): MergeResult {
    const tally = this.tally.result();
    // Owners and comuni spelt two ways across the sources: once on the groups, not per dwelling.
    const spellings = spellingProblems(tally.groups, { file: this.options.fileInMessages !== false });
    const problems = [...this.problems, ...spellings];
    const anno = this.anno;

    // Choices: attributed to an owner whose dwellings are in the same file, then agreed between files.
    const byOwner = new Map<string, { ente: string; entries: ChoiceEntry[] }>();
    for (const entry of this.choices) {
      const source = this.sources[entry.source];
      const key = ownerKey(entry.choices.ente);
      if (source.hasUnits && !source.owners.has(key)) {
        const others = [...this.groups.values()]
          .filter((group) => source.owners.has(ownerKey(group.ente)))
          .map((group) => group.ente);
        problems.push(
          placedProblem(
            'errore',
            { ...entry.choices.place, label: 'Ente proprietario' },
            MESSAGES.ownerNotInFile(entry.choices.ente, [...new Set(others)]),
          ),
        );
        continue;
      }
      const owner = byOwner.get(key) ?? { ente: entry.choices.ente.trim(), entries: [] };
      owner.entries.push(entry);
      byOwner.set(key, owner);
    }

    const scelte: Record<string, OwnerValues> = {};
    const sceltePlaces: Record<string, Partial<Record<ChoiceKey, SourcePlace>>> = {};
    const dates = new Map<string, DateOnly>();
    const deadline = communicationDeadline(anno);
    for (const [key, { ente, entries }] of byOwner) {
      const values: OwnerValues = {};
      const places: Partial<Record<ChoiceKey, SourcePlace>> = {};
      const disputed = new Set<ChoiceKey>();
      for (const { choices } of entries) {
        for (const [name, value] of choiceEntries(choices.values)) {
          const place: SourcePlace = { ...choices.place, cell: choices.cells[name] };
          const current = values[name] as ChoiceValue | undefined;
          if (disputed.has(name)) continue;
          if (current === undefined) {
            (values as Record<ChoiceKey, ChoiceValue>)[name] = value;
            places[name] = place;
          } else if (!sameChoice(name, current, value, anno)) {
            const label = choiceLabel(name, anno);
            const firstPlace = places[name] as SourcePlace;
            problems.push(
              placedProblem(
                'errore',
                { ...place, label: label.it },
                MESSAGES.differentChoice(
                  ente,
                  label,
                  choiceText(name, value, anno),
                  choiceText(name, current, anno),
                  placeOrUnknown(firstPlace),
                ),
                firstPlace,
              ),
            );
            disputed.add(name);
            delete values[name];
            delete places[name];
          }
        }
        if (choices.dataComunicazione) {
          const known = dates.get(key);
          if (!known || dateValue(choices.dataComunicazione) > dateValue(known))
            dates.set(key, choices.dataComunicazione);
          if (dateValue(choices.dataComunicazione) > dateValue(deadline)) {
            problems.push(
              placedProblem(
                'avviso',
                { ...choices.place, cell: choices.dataCell, label: 'Data della comunicazione' },
                MESSAGES.late(ente, choices.dataComunicazione, deadline),
              ),
            );
          }
        }
      }
      if (Object.keys(values).length > 0) {
        scelte[ente] = values;
        sceltePlaces[ente] = places;
      }
    }

    const fonti = new Map<string, string[]>();
    const owners = new Map<string, OwnerStatus>();
    const ownerOf = (ente: string, tipoEnte: OwnerKind): OwnerStatus => {
      const key = ownerKey(ente);
      let status = owners.get(key);
      if (!status) {
        status = { ente, tipoEnte, fonti: [], alloggi: 0, scelte: false, stato: 'ricevuta', inElenco: false };
        owners.set(key, status);
      }
      return status;
    };
    for (const [key, group] of this.groups) {
      const labels = [...group.fonti];
      fonti.set(key, labels);
      const status = ownerOf(group.ente, group.tipoEnte);
      status.alloggi += group.count;
      for (const label of labels) if (!status.fonti.includes(label)) status.fonti.push(label);
    }
    const applied = new Set(Object.keys(scelte).map(ownerKey));
    for (const [key, { ente, entries }] of byOwner) {
      const status = ownerOf(ente, ownerKindOf(ente));
      status.scelte = applied.has(key);
      for (const { choices, source } of entries) {
        const label = choices.place.file ?? choices.place.sheet ?? sourceLabel(this.sources[source].file, undefined, 1);
        if (!status.fonti.includes(label)) status.fonti.push(label);
      }
      const date = dates.get(key);
      if (date) {
        status.dataComunicazione = date;
        if (dateValue(date) > dateValue(deadline)) status.stato = 'in-ritardo';
      }
    }

    // The Ambito's list: who has not answered, and who answered without being listed.
    const mancanti: string[] = [];
    const listedKeys = new Set<string>();
    for (const name of this.listed) {
      const key = ownerKey(name);
      if (listedKeys.has(key)) continue;
      listedKeys.add(key);
      const status = owners.get(key);
      if (status) {
        status.inElenco = true;
        continue;
      }
      mancanti.push(name.trim());
      owners.set(key, {
        ente: name.trim(),
        tipoEnte: ownerKindOf(name),
        fonti: [],
        alloggi: 0,
        scelte: false,
        stato: 'mancante',
        inElenco: true,
      });
    }
    if (this.hasList) {
      for (const status of owners.values()) {
        if (!status.inElenco) problems.push(placedProblem('avviso', {}, MESSAGES.notListed(status.ente)));
      }
    }

    const listedOrder = [...listedKeys];
    const enti = [...owners.entries()]
      .sort(([a, first], [b, second]) => {
        const i = listedOrder.indexOf(a);
        const j = listedOrder.indexOf(b);
        if (i >= 0 && j >= 0) return i - j;
        if (i >= 0 || j >= 0) return i >= 0 ? -1 : 1;
        // As the plan orders its groups: the Comuni, then the ALER, by name.
        if (first.tipoEnte !== second.tipoEnte) return first.tipoEnte === 'comune' ? -1 : 1;
        return compareItalian(first.ente, second.ente);
      })
      .map(([, status]) => status);

    return {
      tally,
      problems,
      scelte,
      sceltePlaces,
      fonti,
      enti,
      mancanti,
      elenco: this.hasList,
      sorgenti: this.sources.filter(
        (source, index) => source.hasUnits || this.choices.some((entry) => entry.source === index),
      ).length,
      impronta: this.fingerprint.digest(this.leftOut),
      esclusi: [...this.excluded].map(([unit, other]) => ({
        row: unit.row,
        ...(unit.code !== undefined ? { code: unit.code } : {}),
        ...(unit.source?.file !== undefined ? { file: unit.source.file } : {}),
        ...(unit.source?.sheet !== undefined ? { sheet: unit.source.sheet } : {}),
        reasons: [{ reason: 'same-dwelling' as const, other }],
      })),
      ...(this.ambito ? { ambito: this.ambito } : {}),
      ...(this.capofila ? { capofila: this.capofila } : {}),
      assignmentDates: new Set(
        [...this.groups.values()]
          .filter((group) => group.assignmentDates)
          .map((group) => groupKey(group.ente, group.comune)),
      ),
    };
  }
}
