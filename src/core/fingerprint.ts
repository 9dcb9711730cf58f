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

/** Bytes 0x00 (an absent field), FIELD_SEPARATOR, UNIT_SEPARATOR and '-' as hashed. */
const ABSENT = 0x00;
const FIELD_SEPARATOR_BYTE = FIELD_SEPARATOR.charCodeAt(0);
const UNIT_SEPARATOR_BYTE = UNIT_SEPARATOR.charCodeAt(0);
const DASH = 0x2d;

const addByte = (hash: number, byte: number): number => Math.imul(hash ^ byte, FNV_PRIME);

/**
 * Feeds the UTF-8 bytes of `input` into `hash`. A surrogate pair is one code point (4 bytes); a
 * lone surrogate is encoded as its own 3-byte sequence, as iterating the string by code point does.
 */
function addText(hash: number, input: string): number {
  const length = input.length;
  for (let index = 0; index < length; index++) {
    let codePoint = input.charCodeAt(index);
    if (codePoint < 0x80) {
      hash = Math.imul(hash ^ codePoint, FNV_PRIME);
      continue;
    }
    if (codePoint < 0x800) {
      hash = addByte(hash, 0xc0 | (codePoint >> 6));
      hash = addByte(hash, 0x80 | (codePoint & 0x3f));
      continue;
    }
    if (codePoint >= 0xd800 && codePoint <= 0xdbff && index + 1 < length) {
      const low = input.charCodeAt(index + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        index++;
        codePoint = 0x10000 + ((codePoint - 0xd800) << 10) + (low - 0xdc00);
        hash = addByte(hash, 0xf0 | (codePoint >> 18));
        hash = addByte(hash, 0x80 | ((codePoint >> 12) & 0x3f));
        hash = addByte(hash, 0x80 | ((codePoint >> 6) & 0x3f));
        hash = addByte(hash, 0x80 | (codePoint & 0x3f));
        continue;
      }
    }
    hash = addByte(hash, 0xe0 | (codePoint >> 12));
    hash = addByte(hash, 0x80 | ((codePoint >> 6) & 0x3f));
    hash = addByte(hash, 0x80 | (codePoint & 0x3f));
  }
  return hash;
}

/** A field as text, or the byte 0x00 when it is absent. */
const addField = (hash: number, value: string | number | boolean | undefined): number =>
  value === undefined ? addByte(hash, ABSENT) : addText(hash, typeof value === 'string' ? value : String(value));

/** A date as `year-month-day`, or the byte 0x00 when it is absent. */
function addDate(hash: number, date: DateOnly | undefined): number {
  if (date === undefined) return addByte(hash, ABSENT);
  hash = addText(hash, String(date.year));
  hash = addByte(hash, DASH);
  hash = addText(hash, String(date.month));
  hash = addByte(hash, DASH);
  return addText(hash, String(date.day));
}

/**
 * Every field that can change the plan or the way a dwelling is identified, in a fixed order,
 * separated by FIELD_SEPARATOR. The worksheet row number is left out: inserting an empty row
 * does not change the dwellings.
 */
function addUnit(hash: number, unit: Unit): number {
  hash = addField(hash, unit.code);
  hash = addField(addByte(hash, FIELD_SEPARATOR_BYTE), unit.owner);
  hash = addField(addByte(hash, FIELD_SEPARATOR_BYTE), unit.ownerKind);
  hash = addField(addByte(hash, FIELD_SEPARATOR_BYTE), unit.comune);
  hash = addField(addByte(hash, FIELD_SEPARATOR_BYTE), unit.address);
  hash = addField(addByte(hash, FIELD_SEPARATOR_BYTE), unit.service);
  hash = addField(addByte(hash, FIELD_SEPARATOR_BYTE), unit.status);
  hash = addDate(addByte(hash, FIELD_SEPARATOR_BYTE), unit.availableFrom);
  hash = addField(addByte(hash, FIELD_SEPARATOR_BYTE), unit.carenzaManutentiva);
  hash = addField(addByte(hash, FIELD_SEPARATOR_BYTE), unit.surface);
  hash = addField(addByte(hash, FIELD_SEPARATOR_BYTE), unit.rooms);
  hash = addField(addByte(hash, FIELD_SEPARATOR_BYTE), unit.platformId);
  hash = addField(addByte(hash, FIELD_SEPARATOR_BYTE), unit.origin);
  return addField(addByte(hash, FIELD_SEPARATOR_BYTE), unit.worksCost);
}

const hex = (hash: number): string => (hash >>> 0).toString(16).padStart(8, '0');

/** FNV-1a over the UTF-8 bytes of `input`, as 8 lowercase hex digits. */
export function fnv1a32(input: string): string {
  return hex(addText(FNV_OFFSET, input));
}

/**
 * Fingerprint of the dwellings in inventory order (reordering the rows changes it): FNV-1a of
 * `<count>` UNIT_SEPARATOR then the dwellings separated by UNIT_SEPARATOR, fed piece by piece
 * (every piece is bounded by ASCII separators, so no surrogate pair spans two pieces).
 */
export function inventoryFingerprint(units: Unit[]): string {
  let hash = addByte(addText(FNV_OFFSET, String(units.length)), UNIT_SEPARATOR_BYTE);
  for (let index = 0; index < units.length; index++) {
    if (index > 0) hash = addByte(hash, UNIT_SEPARATOR_BYTE);
    hash = addUnit(hash, units[index]);
  }
  return hex(hash);
}
