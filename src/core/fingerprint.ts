/**
 * A short, stable fingerprint of the inventory a plan was computed from, printed on the plan
 * sheet so that a reader can tell whether two plans come from the same dwellings.
 * FNV-1a (32 bit) over a canonical serialisation; pure, no Node crypto, same result everywhere.
 */
import type { DateOnly, Unit } from './types';

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
/** Separators that cannot occur in a cell's text as users type it. */
const FIELD_SEPARATOR = '\u001f';
const UNIT_SEPARATOR = '\u001e';

const text = (value: string | number | boolean | undefined): string => (value === undefined ? '\u0000' : String(value));
const dateText = (date: DateOnly | undefined): string =>
  date === undefined ? '\u0000' : `${date.year}-${date.month}-${date.day}`;

/**
 * Every field that can change the plan or the way a dwelling is identified, in a fixed order.
 * The worksheet row number is left out: inserting an empty row does not change the dwellings.
 */
function canonicalUnit(unit: Unit): string {
  return [
    text(unit.code),
    text(unit.owner),
    text(unit.ownerKind),
    text(unit.comune),
    text(unit.address),
    text(unit.service),
    text(unit.status),
    dateText(unit.availableFrom),
    text(unit.carenzaManutentiva),
    text(unit.surface),
    text(unit.rooms),
    text(unit.platformId),
    text(unit.origin),
    text(unit.worksCost),
  ].join(FIELD_SEPARATOR);
}

/** FNV-1a over the UTF-8 bytes of `input`, as 8 lowercase hex digits. */
export function fnv1a32(input: string): string {
  let hash = FNV_OFFSET;
  const addByte = (byte: number): void => {
    hash ^= byte;
    hash = Math.imul(hash, FNV_PRIME);
  };
  for (const character of input) {
    const codePoint = character.codePointAt(0) as number;
    if (codePoint < 0x80) {
      addByte(codePoint);
    } else if (codePoint < 0x800) {
      addByte(0xc0 | (codePoint >> 6));
      addByte(0x80 | (codePoint & 0x3f));
    } else if (codePoint < 0x10000) {
      addByte(0xe0 | (codePoint >> 12));
      addByte(0x80 | ((codePoint >> 6) & 0x3f));
      addByte(0x80 | (codePoint & 0x3f));
    } else {
      addByte(0xf0 | (codePoint >> 18));
      addByte(0x80 | ((codePoint >> 12) & 0x3f));
      addByte(0x80 | ((codePoint >> 6) & 0x3f));
      addByte(0x80 | (codePoint & 0x3f));
    }
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** Fingerprint of the dwellings in inventory order (reordering the rows changes it). */
export function inventoryFingerprint(units: Unit[]): string {
  return fnv1a32(`${units.length}${UNIT_SEPARATOR}${units.map(canonicalUnit).join(UNIT_SEPARATOR)}`);
}
