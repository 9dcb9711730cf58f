/**
 * Two spellings of one owner or one comune. Every quota is computed per group (owner x comune)
 * and rounded up per group (R.R. 4/2017 art. 13 c. 3), so "ALER Brescia-Cremona-Mantova" and
 * "ALER Brescia Cremona Mantova" in Cremona split one group in two and can give one indigenza
 * dwelling more. Case and spacing already make no group of their own (ownerKey); what is left,
 * accents, punctuation, a province in brackets, a leading "Comune di", is warned about here, once
 * per pair, and never merged: the user decides whether the two names are one. The check runs once
 * on the few distinct groups, after the dwellings are counted, never per row. Pure.
 */
import { bilingual, defineMessages, type Bilingual } from '../messages';
import { placeText, quoted } from '../communication/place';
import type { InventoryIssue, SourcePlace } from '../types';
import { ownerKey } from './params';
import type { GroupTally } from './tally';

export const SPELLING_MESSAGES = defineMessages('spellings', {
  'dwellings-one': { it: '{count} alloggio', en: '{count} dwelling' },
  'dwellings-other': { it: '{count} alloggi', en: '{count} dwellings' },
  spelling: { it: '«{name}» ({dwellings})', en: '"{name}" ({dwellings})' },
  'spelling-placed': {
    it: '«{name}» ({dwellings}; prima occorrenza: {place})',
    en: '"{name}" ({dwellings}; first seen: {place})',
  },
  owners: {
    it: "gli enti proprietari {first} e {second} sembrano lo stesso nome scritto in due modi: il piano li conta come due enti distinti, ciascuno con le sue quote. Se sono lo stesso ente, correggete l'inventario perché tutte le righe usino lo stesso nome: le quote sono calcolate per ente e comune e arrotondate per eccesso.",
    en: 'the owners {first} and {second} look like one name written two ways: the plan counts them as two separate owners, each with its own quotas. If they are the same owner, correct the inventory so that every row uses the same name: the quotas are computed per owner and comune and rounded up.',
  },
  comuni: {
    it: "{owner}: i comuni {first} e {second} sembrano lo stesso nome scritto in due modi: il piano ne fa due gruppi distinti, ciascuno con le sue quote. Se sono lo stesso comune, correggete l'inventario perché tutte le righe usino lo stesso nome: le quote sono calcolate per ente e comune e arrotondate per eccesso.",
    en: '{owner}: the comuni {first} and {second} look like one name written two ways: the plan makes them two separate groups, each with its own quotas. If they are the same comune, correct the inventory so that every row uses the same name: the quotas are computed per owner and comune and rounded up.',
  },
});

/** The kinds of the problems below, for the places that pick them out (the plan sheet's notes). */
export const SPELLING_KINDS: ReadonlySet<string> = new Set(['ownerSpellings', 'comuneSpellings']);

/** "(CR)", "( cr )", "(Cr.)": the province's two letters in brackets at the end of a name. */
const PROVINCE = /\(\s*\p{L}{2}\.?\s*\)\s*$/u;
/** "Comune di Cremona", "Comune d'Adda": a comune written with its title. */
const COMUNE_TITLE = /^\s*comune\s+d(?:i\s+|['’]\s*)/u;
const MARKS = /\p{M}/gu;
/** Everything that is not a letter or a digit: spaces, hyphens, dots, apostrophes, underscores... */
const NOT_ALPHANUMERIC = /[^\p{L}\p{N}]+/gu;

/**
 * A name with what does not tell two names apart taken away: case, accents, spaces and
 * punctuation, a trailing province in brackets and, for a comune, a leading "Comune di".
 */
export function looseName(name: string, kind: 'owner' | 'comune'): string {
  let text = name.normalize('NFD').replace(MARKS, '').toLowerCase().replace(PROVINCE, '');
  if (kind === 'comune') text = text.replace(COMUNE_TITLE, '');
  return text.replace(NOT_ALPHANUMERIC, '');
}

/**
 * True when two names are written differently (so they make two groups) but differ only in what
 * `looseName` takes away: "ALER Brescia-Cremona-Mantova" and "ALER Brescia Cremona Mantova", not
 * "Comune di Cremona" and "Comune di Crema".
 */
export function similarNames(first: string, second: string, kind: 'owner' | 'comune'): boolean {
  if (ownerKey(first) === ownerKey(second)) return false;
  const loose = looseName(first, kind);
  return loose !== '' && loose === looseName(second, kind);
}

/** One spelling: the name as first written, its dwellings, where it first appears. */
interface Spelling {
  name: string;
  count: number;
  first?: SourcePlace;
}

/** Spellings that are one name loosely, each once, the one with most dwellings first. */
function similarSpellings(spellings: Iterable<Spelling>, kind: 'owner' | 'comune'): Spelling[][] {
  const byLoose = new Map<string, Spelling[]>();
  for (const spelling of spellings) {
    const loose = looseName(spelling.name, kind);
    if (loose === '') continue;
    const found = byLoose.get(loose);
    if (found) found.push(spelling);
    else byLoose.set(loose, [spelling]);
  }
  const sets: Spelling[][] = [];
  for (const set of byLoose.values()) {
    // Stable: of two spellings with as many dwellings, the one met first.
    if (set.length > 1) sets.push([...set].sort((a, b) => b.count - a.count));
  }
  return sets;
}

/** Adds a group's dwellings to its spelling, which keeps the first group's name and place. */
function addTo(spellings: Map<string, Spelling>, key: string, name: string, group: GroupTally, place?: SourcePlace) {
  const spelling = spellings.get(key);
  if (spelling) spelling.count += group.count;
  else spellings.set(key, { name, count: group.count, ...(place ? { first: place } : {}) });
}

export interface SpellingOptions {
  /** The sheet of a single inventory (the groups' dwellings do not carry it). */
  sheet?: string;
  /** False when the file is not to be named (one file only, as its other problems): default true. */
  file?: boolean;
}

/**
 * One warning per pair of spellings of one owner, and per pair of spellings of one comune under
 * one owner: each names both spellings as written, their dwellings and where each first appears.
 * Of three spellings, the two others are each paired with the one with most dwellings.
 */
export function spellingProblems(groups: readonly GroupTally[], options: SpellingOptions = {}): InventoryIssue[] {
  const placeOf = (group: GroupTally): SourcePlace | undefined => {
    if (group.firstRow === undefined) return undefined;
    const file = options.file === false ? undefined : group.firstSource?.file;
    const sheet = group.firstSource?.sheet ?? options.sheet;
    return { ...(file ? { file } : {}), ...(sheet ? { sheet } : {}), row: group.firstRow };
  };
  // Groups come in the order first met: a spelling's first group is where it first appears.
  const owners = new Map<string, Spelling>();
  for (const group of groups) {
    if (group.count > 0) addTo(owners, ownerKey(group.ente), group.ente, group, placeOf(group));
  }
  const problems: InventoryIssue[] = [];
  for (const [reference, ...others] of similarSpellings(owners.values(), 'owner')) {
    for (const other of others) {
      problems.push(warning('ownerSpellings', bilingual(SPELLING_MESSAGES.owners, pair(reference, other))));
    }
  }

  // Comuni under one owner, the owner's spellings taken as one: they would split its groups.
  const comuni = new Map<string, { owner: string; spellings: Map<string, Spelling> }>();
  for (const group of groups) {
    if (group.count <= 0) continue;
    const owner = looseName(group.ente, 'owner') || ownerKey(group.ente);
    let entry = comuni.get(owner);
    if (!entry) {
      entry = { owner: group.ente, spellings: new Map() };
      comuni.set(owner, entry);
    }
    addTo(entry.spellings, ownerKey(group.comune), group.comune, group, placeOf(group));
  }
  for (const { owner, spellings } of comuni.values()) {
    for (const [reference, ...others] of similarSpellings(spellings.values(), 'comune')) {
      for (const other of others) {
        const body = bilingual(SPELLING_MESSAGES.comuni, {
          owner: quoted(owner),
          ...pair(reference, other),
        });
        problems.push(warning('comuneSpellings', body));
      }
    }
  }
  return problems;
}

function described(spelling: Spelling): Bilingual {
  const dwellings = bilingual(
    spelling.count === 1 ? SPELLING_MESSAGES['dwellings-one'] : SPELLING_MESSAGES['dwellings-other'],
    { count: spelling.count },
  );
  const place = spelling.first ? placeText(spelling.first) : undefined;
  return place
    ? bilingual(SPELLING_MESSAGES['spelling-placed'], { name: spelling.name, dwellings, place })
    : bilingual(SPELLING_MESSAGES.spelling, { name: spelling.name, dwellings });
}

function pair(first: Spelling, second: Spelling): { first: Bilingual; second: Bilingual } {
  return { first: described(first), second: described(second) };
}

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** A warning about the inventory as a whole (row 0): the sentence names its rows. */
function warning(kind: string, body: Bilingual): InventoryIssue {
  return { row: 0, severity: 'avviso', message: capitalise(body.it), messageEn: capitalise(body.en), kind };
}
