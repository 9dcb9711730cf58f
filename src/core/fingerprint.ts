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

/** The UTF-8 bytes addText feeds for `input` (lone surrogates as 3-byte sequences, as addText does). */
function utf8Bytes(input: string): Uint8Array {
  const out: number[] = [];
  const length = input.length;
  for (let index = 0; index < length; index++) {
    let codePoint = input.charCodeAt(index);
    if (codePoint < 0x80) {
      out.push(codePoint);
      continue;
    }
    if (codePoint < 0x800) {
      out.push(0xc0 | (codePoint >> 6), 0x80 | (codePoint & 0x3f));
      continue;
    }
    if (codePoint >= 0xd800 && codePoint <= 0xdbff && index + 1 < length) {
      const low = input.charCodeAt(index + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        index++;
        codePoint = 0x10000 + ((codePoint - 0xd800) << 10) + (low - 0xdc00);
        out.push(
          0xf0 | (codePoint >> 18),
          0x80 | ((codePoint >> 12) & 0x3f),
          0x80 | ((codePoint >> 6) & 0x3f),
          0x80 | (codePoint & 0x3f),
        );
        continue;
      }
    }
    out.push(0xe0 | (codePoint >> 12), 0x80 | ((codePoint >> 6) & 0x3f), 0x80 | (codePoint & 0x3f));
  }
  return Uint8Array.from(out);
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
 * does not change the dwellings. The assignment date (lett. g) comes last and only when there is
 * one: a dwelling without it hashes as before it was part of the fingerprint, so an inventory
 * without assignment dates keeps the fingerprint it always had.
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
  hash = addField(addByte(hash, FIELD_SEPARATOR_BYTE), unit.worksCost);
  return unit.assignedOn === undefined ? hash : addDate(addByte(hash, FIELD_SEPARATOR_BYTE), unit.assignedOn);
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

// ---- the fingerprint of dwellings read one by one ---------------------------------------------

/** addText over UTF-16 units data[start, end) instead of a string: the same bytes. */
function addCodeUnits(hash: number, data: Uint16Array, start: number, end: number): number {
  for (let index = start; index < end; index++) {
    let codePoint = data[index];
    if (codePoint < 0x80) {
      hash = Math.imul(hash ^ codePoint, FNV_PRIME);
      continue;
    }
    if (codePoint < 0x800) {
      hash = addByte(hash, 0xc0 | (codePoint >> 6));
      hash = addByte(hash, 0x80 | (codePoint & 0x3f));
      continue;
    }
    if (codePoint >= 0xd800 && codePoint <= 0xdbff && index + 1 < end) {
      const low = data[index + 1];
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

/**
 * FNV-1a over a run of bytes in one step. XOR with a byte changes only a state's low 8 bits, so
 * hashing bytes b1..bk from state h = H + L (L its low 8 bits) gives (H * P^k + C[L]) mod 2^32,
 * where C[L] is the hash of b1..bk from the state L alone: `jump` holds C for the 256 values of L.
 * Worth making for a value hashed many times: an owner, a comune, a date, a status (from a few
 * bytes to a few dozen, met again at nearly every dwelling).
 */
function jumpTable(bytes: Uint8Array, start: number, end: number): Int32Array {
  const jump = new Int32Array(256);
  for (let low = 0; low < 256; low++) {
    let h = low;
    for (let i = start; i < end; i++) h = Math.imul(h ^ bytes[i], FNV_PRIME);
    jump[low] = h;
  }
  return jump;
}

/** P^k mod 2^32, P being FNV's prime: what jumpTable's step multiplies a state's upper bits by. */
function fnvPower(k: number): number {
  let power = 1;
  for (let i = 0; i < k; i++) power = Math.imul(power, FNV_PRIME);
  return power;
}

/** A value's bytes are hashed one by one this many times, then in one step (its jumpTable costs 256 such hashings). */
const JUMP_AFTER = 256;

export interface FingerprintBuilder {
  /** Adds a dwelling; returns its position (0 for the first), for `digest`'s `leaveOut`. */
  add(unit: Unit): number;
  /**
   * The fingerprint of the dwellings added so far, in order, without those at the positions in
   * `leaveOut` (rows the merge left out): the one inventoryFingerprint gives for them.
   */
  digest(leaveOut?: ReadonlySet<number>): string;
}

/** Values of the fields after the code, in the order inventoryFingerprint hashes them. */
type FieldValue = string | number | boolean | undefined;

/** True on little-endian machines (all that run Office and Node in practice): a Uint32Array's first byte is its lowest. */
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/**
 * The bytes every text stands for in the digest: FIELD_SEPARATOR, then its UTF-8 bytes (as
 * addText feeds them), each text starting at a multiple of 4 so that it can be read four bytes at
 * a time: text n's are bytes[starts[n], ends[n]).
 */
function byteTable(texts: readonly string[]): { bytes: Uint8Array; starts: Int32Array; ends: Int32Array } {
  const parts = texts.map(utf8Bytes);
  const starts = new Int32Array(parts.length);
  const ends = new Int32Array(parts.length);
  let size = 0;
  for (let index = 0; index < parts.length; index++) {
    starts[index] = size;
    ends[index] = size + 1 + parts[index].length;
    size = (ends[index] + 3) & ~3;
  }
  const bytes = new Uint8Array(size);
  for (let index = 0; index < parts.length; index++) {
    bytes[starts[index]] = FIELD_SEPARATOR_BYTE;
    bytes.set(parts[index], starts[index] + 1);
  }
  return { bytes, starts, ends };
}

/** Writes `value` (a value's number or a text's length + 1) at data[at]: one unit below 2^15, else two. Returns the next position. */
function putNumber(data: Uint16Array, at: number, value: number): number {
  if (value < 0x8000) {
    data[at] = value;
    return at + 1;
  }
  data[at] = 0x8000 | (value >>> 15);
  data[at + 1] = value & 0x7fff;
  return at + 2;
}

/** Writes a text as its length + 1 then its UTF-16 units (0 when absent). Returns the next position. */
function putText(data: Uint16Array, at: number, text: string | undefined): number {
  if (text === undefined) {
    data[at] = 0;
    return at + 1;
  }
  const length = text.length;
  at = putNumber(data, at, length + 1);
  for (let index = 0; index < length; index++) data[at + index] = text.charCodeAt(index);
  return at + length;
}

/**
 * The inventory's fingerprint for dwellings read one by one, without keeping them. The
 * fingerprint starts with the number of dwellings, known only at the end, so what it hashes is
 * kept until then in a compact record of 16-bit units: the values that repeat (owner, comune, dates,
 * address, service, status, origin, numbers) once each, referred to by number (one unit below
 * 2^15, else two); the codes and platform ids as they are (length + 1, then their UTF-16 units;
 * 0 when absent). About 30 bytes per dwelling, against the dwelling itself (several hundred).
 * Each dwelling is written with one position kept in a local variable, and the digest reads the
 * repeated values' bytes from one array: no call, no allocation per field.
 */
export function createFingerprintBuilder(): FingerprintBuilder {
  // Empty until the first dwelling grows it: code first met once optimised (growing, here) makes
  // the engine throw that code away and compile it again.
  let data = new Uint16Array(0);
  let length = 0;
  /** Raw values (a number stays a number: no text made per row) -> their number; texts[number] as hashed. */
  const ids = new Map<string | number | boolean, number>();
  const texts: string[] = [''];
  let count = 0;

  const grow = (needed: number): void => {
    let size = Math.max(data.length, 1 << 10);
    while (size < needed) size = Math.ceil(size * 1.5);
    const grown = new Uint16Array(size);
    grown.set(data.subarray(0, length));
    data = grown;
  };
  /** A value's number (0 when absent), numbered when new. */
  const idOf = (value: FieldValue): number => {
    if (value === undefined) return 0;
    let id = ids.get(value);
    if (id === undefined) {
      id = texts.length;
      texts.push(typeof value === 'string' ? value : String(value));
      ids.set(value, id);
    }
    return id;
  };
  /** Dates by year, month and day -> their number; texts[number] is `year-month-day`, as hashed. */
  const dateIds = new Map<number, number>();
  const dateIdOf = (date: DateOnly | undefined): number => {
    if (date === undefined) return 0;
    const { year, month, day } = date;
    // One number per date when its parts are small integers (always, for dates the parser reads).
    const key =
      Number.isInteger(year) &&
      year >= 0 &&
      year < 1e6 &&
      month >= 0 &&
      month < 32 &&
      day >= 0 &&
      day < 32 &&
      Number.isInteger(month) &&
      Number.isInteger(day)
        ? (year * 32 + month) * 32 + day
        : undefined;
    let id = key === undefined ? undefined : dateIds.get(key);
    if (id === undefined) {
      id = texts.length;
      texts.push(`${String(year)}-${String(month)}-${String(day)}`);
      if (key !== undefined) dateIds.set(key, id);
    }
    return id;
  };

  return {
    add(unit) {
      count += 1;
      const { code, platformId } = unit;
      // At most 2 units for each of the 15 numbers and lengths, then the two texts.
      const needed =
        length + 30 + (code === undefined ? 0 : code.length) + (platformId === undefined ? 0 : platformId.length);
      if (needed > data.length) grow(needed);
      const out = data;
      let at = putText(out, length, code);
      at = putNumber(out, at, idOf(unit.owner));
      at = putNumber(out, at, idOf(unit.ownerKind));
      at = putNumber(out, at, idOf(unit.comune));
      at = putNumber(out, at, idOf(unit.address));
      at = putNumber(out, at, idOf(unit.service));
      at = putNumber(out, at, idOf(unit.status));
      at = putNumber(out, at, dateIdOf(unit.availableFrom));
      at = putNumber(out, at, idOf(unit.carenzaManutentiva));
      at = putNumber(out, at, idOf(unit.surface));
      at = putNumber(out, at, idOf(unit.rooms));
      at = putText(out, at, platformId);
      at = putNumber(out, at, idOf(unit.origin));
      at = putNumber(out, at, idOf(unit.worksCost));
      length = putNumber(out, at, dateIdOf(unit.assignedOn));
      return count - 1;
    },

    digest(leaveOut) {
      // The same bytes, in the same order, as inventoryFingerprint feeds. Each repeated value's
      // bytes (after the field separator) are made once, into one array read four at a time; the
      // loop below keeps its positions in local variables and calls nothing for ASCII text.
      const skip = leaveOut && leaveOut.size > 0 ? leaveOut : undefined;
      let kept = count;
      if (skip) for (const index of skip) if (index >= 0 && index < count) kept -= 1;
      let hash = addByte(addText(FNV_OFFSET, String(kept)), UNIT_SEPARATOR_BYTE);
      const { bytes, starts, ends } = byteTable(texts);
      const words = LITTLE_ENDIAN ? new Uint32Array(bytes.buffer, 0, bytes.length >> 2) : undefined;
      // How often each value was hashed so far, and for those met JUMP_AFTER times, their jump.
      const met = new Int32Array(texts.length);
      const jumps: (Int32Array | undefined)[] = new Array<Int32Array | undefined>(texts.length).fill(undefined);
      const multipliers = new Int32Array(texts.length);
      const units = data;
      let at = 0;
      let written = 0;
      for (let index = 0; index < count; index++) {
        // A dwelling left out is still read, to move past it.
        const keep = skip === undefined || !skip.has(index);
        let h = keep && written > 0 ? Math.imul(hash ^ UNIT_SEPARATOR_BYTE, FNV_PRIME) : hash;
        for (let field = 0; field < 15; field++) {
          // The number (value id, or text length + 1) at `at`: one unit below 2^15, else two.
          let n = units[at++];
          if (n >= 0x8000) n = ((n & 0x7fff) << 15) | units[at++];
          // The assignment date (field 14) is hashed only when there is one (see addUnit).
          if (field === 14 && n === 0) break;
          if (field === 0 || field === 11) {
            if (field > 0) h = Math.imul(h ^ FIELD_SEPARATOR_BYTE, FNV_PRIME);
            if (n === 0) {
              h = Math.imul(h ^ ABSENT, FNV_PRIME);
              continue;
            }
            // The code and the platform ID, as UTF-16 units: ASCII here, the rest by addCodeUnits.
            const end = at + n - 1;
            for (; at < end; at++) {
              const unit = units[at];
              if (unit >= 0x80) break;
              h = Math.imul(h ^ unit, FNV_PRIME);
            }
            if (at < end) {
              h = addCodeUnits(h, units, at, end);
              at = end;
            }
          } else if (n === 0) {
            h = Math.imul(Math.imul(h ^ FIELD_SEPARATOR_BYTE, FNV_PRIME) ^ ABSENT, FNV_PRIME);
          } else {
            const jump = jumps[n];
            if (jump !== undefined) {
              // A value met often: its bytes in one step (see jumpTable).
              h = (Math.imul(h & -256, multipliers[n]) + jump[h & 0xff]) | 0;
              continue;
            }
            // The separator and the value's bytes: whole words, then the last 0 to 3 bytes.
            const last = ends[n];
            let i = starts[n];
            if (words !== undefined) {
              for (const whole = last & ~3; i < whole; i += 4) {
                const word = words[i >> 2];
                h = Math.imul(h ^ (word & 0xff), FNV_PRIME);
                h = Math.imul(h ^ ((word >>> 8) & 0xff), FNV_PRIME);
                h = Math.imul(h ^ ((word >>> 16) & 0xff), FNV_PRIME);
                h = Math.imul(h ^ (word >>> 24), FNV_PRIME);
              }
            }
            for (; i < last; i++) h = Math.imul(h ^ bytes[i], FNV_PRIME);
            if (++met[n] === JUMP_AFTER && last - starts[n] > 2) {
              jumps[n] = jumpTable(bytes, starts[n], last);
              multipliers[n] = fnvPower(last - starts[n]);
            }
          }
        }
        if (keep) {
          hash = h;
          written += 1;
        }
      }
      return hex(hash);
    },
  };
}
