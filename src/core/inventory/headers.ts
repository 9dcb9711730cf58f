/**
 * Recognition of inventory headers. Offices spell their columns in many ways; headers are
 * compared after `normaliseKey` (case, accents, spaces and punctuation ignored) against the
 * spellings below, and the user can map any remaining column by hand.
 */
import { bilingual, defineMessages, type Bilingual } from '../messages';
import type { ColumnMapping, FieldName } from '../types';
import { normaliseKey, toText } from './values';

/** Every field, in the order the task pane lists them. */
export const FIELD_NAMES: readonly FieldName[] = [
  'code',
  'owner',
  'comune',
  'address',
  'service',
  'status',
  'availableFrom',
  'carenzaManutentiva',
  'surface',
  'rooms',
  'platformId',
  'origin',
  'worksCost',
  'assignedOn',
];

/** Without these a plan cannot be computed: groups and availability (docs/NORMATIVA.md, "Groups"). */
export const REQUIRED_FIELDS: readonly FieldName[] = ['owner', 'comune', 'status'];

/** How each field is named to the user. */
export const FIELD_MESSAGES = defineMessages('inventory.fields', {
  code: { it: 'Codice alloggio', en: 'Dwelling code' },
  owner: { it: 'Ente proprietario', en: 'Owner' },
  comune: { it: 'Comune', en: 'Municipality' },
  address: { it: 'Indirizzo', en: 'Address' },
  service: { it: 'Servizio', en: 'Service' },
  status: { it: 'Stato', en: 'Status' },
  availableFrom: { it: 'Data disponibilità', en: 'Available from' },
  carenzaManutentiva: { it: 'Carenza manutentiva', en: 'Maintenance shortfall' },
  surface: { it: 'Superficie (mq)', en: 'Floor area (m²)' },
  rooms: { it: 'Vani', en: 'Rooms' },
  platformId: { it: 'ID alloggio (piattaforma)', en: 'Regional platform ID' },
  origin: { it: 'Origine disponibilità', en: 'Source of availability' },
  worksCost: { it: 'Costo stimato lavori', en: 'Estimated works cost' },
  assignedOn: { it: 'Data assegnazione', en: 'Assignment date' },
});

/** Both names of each field, as the pane and the inventory's problems show them. */
export const FIELD_LABELS: Readonly<Record<FieldName, Bilingual>> = Object.fromEntries(
  FIELD_NAMES.map((field) => [field, bilingual(FIELD_MESSAGES[field])]),
) as Record<FieldName, Bilingual>;

/**
 * Header spellings recognised for each field. Matching is exact on the normalised form, so a
 * longer spelling never falls back to a shorter one: 'ID alloggio (piattaforma)' is the
 * platform id, not the code 'ID alloggio'; 'Stato di fatto' is the maintenance flag, not 'Stato'.
 */
export const HEADER_SYNONYMS: Readonly<Record<FieldName, readonly string[]>> = {
  code: [
    'Codice alloggio',
    'Cod. U.I.',
    'Codice UI',
    'ID',
    'ID alloggio',
    'Codice',
    'Cod. alloggio',
    'Codice unità immobiliare',
  ],
  owner: ['Ente proprietario', 'Proprietà', 'Proprietario', 'Ente'],
  comune: ['Comune', 'Località'],
  address: ['Indirizzo', 'Via'],
  service: ['Destinazione', 'Servizio', 'Tipologia servizio', 'Tipo servizio', 'Servizio abitativo'],
  status: ['Stato', 'Stato alloggio', "Stato dell'alloggio"],
  availableFrom: [
    'Data disponibilità',
    'Data disponibilità prevista',
    'Disponibile dal',
    'Data disponibilita',
    'Data prevista disponibilità',
    'Disponibilità dal',
  ],
  carenzaManutentiva: ['Carenza manutentiva', 'Stato di fatto'],
  surface: ['Superficie', 'Superficie (mq)', 'Superficie utile', 'Mq', 'Superficie utile (mq)'],
  rooms: ['Vani', 'Locali', 'N. vani', 'N. locali', 'Numero vani', 'Numero locali'],
  platformId: ['ID alloggio (piattaforma)', 'ID piattaforma', 'Codice piattaforma'],
  origin: ['Origine disponibilità', 'Origine'],
  worksCost: ['Costo stimato lavori', 'Costo lavori', 'Costo stimato dei lavori'],
  assignedOn: [
    'Data assegnazione',
    'Data ultima assegnazione',
    "Data dell'ultima assegnazione",
    'Data di assegnazione',
    'Assegnato il',
    'Assegnato dal',
  ],
};

/** The same function as `normaliseKey`, named for what it does to headers. */
export const normaliseHeader = normaliseKey;

function buildHeaderTable(): ReadonlyMap<string, FieldName> {
  const table = new Map<string, FieldName>();
  for (const field of FIELD_NAMES) {
    for (const spelling of HEADER_SYNONYMS[field]) table.set(normaliseKey(spelling), field);
  }
  return table;
}

const HEADER_TABLE = buildHeaderTable();

/**
 * A trailing parenthesis that only states a unit or a format, e.g. '(mq)', '(€)',
 * '(gg/mm/aaaa)', '(sì/no)'. Such headers are also tried without it. Other parentheses are
 * meaningful ('ID alloggio (piattaforma)') and are never dropped.
 */
const TRAILING_PARENTHESIS = /\(([^()]*)\)\s*$/;
const UNIT_NOTES: ReadonlySet<string> = new Set([
  '',
  'mq',
  'm2',
  'metriquadri',
  'eur',
  'euro',
  'ggmmaaaa',
  'ggmmaa',
  'ddmmyyyy',
  'sino',
  'n',
  'num',
  'numero',
]);

/** The field a header names, or undefined when it names none. */
export function recogniseHeader(header: unknown): FieldName | undefined {
  const text = toText(header);
  if (text === undefined) return undefined;
  const exact = HEADER_TABLE.get(normaliseKey(text));
  if (exact !== undefined) return exact;
  const note = TRAILING_PARENTHESIS.exec(text);
  if (note && UNIT_NOTES.has(normaliseKey(note[1]))) {
    return HEADER_TABLE.get(normaliseKey(text.slice(0, note.index)));
  }
  return undefined;
}

/** A column whose header names a field already read from an earlier column. */
export interface DuplicateHeader {
  field: FieldName;
  /** 0-based grid index of the ignored column. */
  index: number;
  /** 0-based grid index of the column that is used. */
  firstIndex: number;
}

export interface HeaderMatch {
  /** field -> 0-based grid index of the first column naming it. */
  columns: ColumnMapping;
  /** Later columns naming a field already found: ignored, reported as a warning. */
  duplicates: DuplicateHeader[];
  /** Non-empty headers that name no field. */
  unrecognised: { index: number; header: string }[];
}

/** Recognises a header row. When two columns name the same field the first one wins. */
export function matchHeaders(headers: readonly unknown[]): HeaderMatch {
  const columns: ColumnMapping = {};
  const duplicates: DuplicateHeader[] = [];
  const unrecognised: { index: number; header: string }[] = [];
  for (let index = 0; index < headers.length; index++) {
    const field = recogniseHeader(headers[index]);
    if (field === undefined) {
      const header = toText(headers[index]);
      if (header !== undefined) unrecognised.push({ index, header });
      continue;
    }
    const firstIndex = columns[field];
    if (firstIndex === undefined) columns[field] = index;
    else duplicates.push({ field, index, firstIndex });
  }
  return { columns, duplicates, unrecognised };
}
