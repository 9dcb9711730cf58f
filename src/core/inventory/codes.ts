/**
 * The dwellings' codes seen so far, for the duplicate-code check: the only per-row memory of the
 * row parser. Codes are compared without regard to case (`code.toLowerCase()`, as the check always
 * did), exactly: two codes are the same when their lower-case texts are equal, never on a hash
 * alone.
 *
 * A Map from lower-case text to row kept one string and one map entry per dwelling: about 70
 * bytes, a new string per row, and a heap the garbage collector walked again and again as it
 * grew (at a million rows that Map alone took more time than reading the file). Here the codes
 * live in three typed arrays (their characters one after the other, where each starts, its row)
 * and an open-addressing table of their positions: about 30 bytes per dwelling, no object per
 * row, nothing for the collector to walk.
 */

const EMPTY = -1;
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** `array` with room for `needed` elements (doubled as often as needed), its content kept. */
function grownChars(array: Uint16Array, needed: number): Uint16Array {
  let size = Math.max(array.length, 256);
  while (size < needed) size *= 2;
  const bigger = new Uint16Array(size);
  bigger.set(array);
  return bigger;
}
function grownInts(array: Int32Array, needed: number): Int32Array {
  let size = Math.max(array.length, 16);
  while (size < needed) size *= 2;
  const bigger = new Int32Array(size);
  bigger.set(array);
  return bigger;
}

/*
 * The arrays start empty and grow by doubling: the first code grows them, and the table is
 * rehashed in the first rows too, so that the optimised code that reads the rest has already seen
 * both (code first met once optimised makes the engine throw that code away and compile it again).
 */
export class CodeIndex {
  /** Characters of every code kept, lower case, one after the other. */
  private chars: Uint16Array = new Uint16Array(0);
  private charCount = 0;
  /** Entry i: its characters are chars[starts[i], starts[i + 1]), its row rows[i]. */
  private starts: Int32Array = new Int32Array(0);
  private rows: Int32Array = new Int32Array(0);
  private count = 0;
  /**
   * Open addressing, linear probing, at most half full: slot i is table[2i] (the hash of its
   * code) and table[2i + 1] (its entry, or EMPTY), side by side so that a probe reads one cache line.
   */
  private table = new Int32Array(2 << 5).fill(EMPTY);

  /** Codes kept. */
  get size(): number {
    return this.count;
  }

  /**
   * The row that first used `code` (any case), or undefined after recording `row` for it when
   * it is new.
   */
  firstRow(code: string, row: number): number | undefined {
    // ASCII codes (nearly all) are lowered character by character as they are copied and hashed
    // (one pass); others by toLowerCase, which may change their length. The characters are copied
    // after the codes kept, and left there to be written over when the code is known.
    const length = code.length;
    const at = this.charCount;
    if (at + length > this.chars.length) this.chars = grownChars(this.chars, at + length);
    const chars = this.chars;
    let hash = FNV_OFFSET;
    for (let index = 0; index < length; index++) {
      let unit = code.charCodeAt(index);
      if (unit >= 0x80) return this.record(code.toLowerCase(), row);
      if (unit >= 0x41 && unit <= 0x5a) unit |= 0x20;
      chars[at + index] = unit;
      hash = Math.imul(hash ^ unit, FNV_PRIME);
    }
    return this.find(hash, at, length, row);
  }

  /** firstRow for a key already lowered (toLowerCase). */
  private record(key: string, row: number): number | undefined {
    const length = key.length;
    const at = this.charCount;
    if (at + length > this.chars.length) this.chars = grownChars(this.chars, at + length);
    const chars = this.chars;
    let hash = FNV_OFFSET;
    for (let index = 0; index < length; index++) {
      const unit = lowerAscii(key.charCodeAt(index));
      chars[at + index] = unit;
      hash = Math.imul(hash ^ unit, FNV_PRIME);
    }
    return this.find(hash, at, length, row);
  }

  /** The row of the code whose characters are chars[at, at + length), or undefined after keeping it with `row`. */
  private find(hash: number, at: number, length: number, row: number): number | undefined {
    const table = this.table;
    const mask = (table.length >> 1) - 1;
    let slot = hash & mask;
    for (;;) {
      const entry = table[2 * slot + 1];
      if (entry === EMPTY) break;
      if (table[2 * slot] === hash && this.matches(entry, at, length)) return this.rows[entry];
      slot = (slot + 1) & mask;
    }

    const entry = this.count;
    this.count += 1;
    if (this.count + 1 > this.starts.length) {
      this.starts = grownInts(this.starts, this.count + 1);
      this.rows = grownInts(this.rows, this.count + 1);
    }
    this.starts[entry] = at;
    this.charCount = at + length;
    this.starts[entry + 1] = this.charCount;
    this.rows[entry] = row;
    table[2 * slot] = hash;
    table[2 * slot + 1] = entry;
    if (this.count * 4 > table.length) this.rehash();
    return undefined;
  }

  /** True when entry's characters are chars[at, at + length). */
  private matches(entry: number, at: number, length: number): boolean {
    const start = this.starts[entry];
    if (this.starts[entry + 1] - start !== length) return false;
    const chars = this.chars;
    for (let index = 0; index < length; index++) {
      if (chars[start + index] !== chars[at + index]) return false;
    }
    return true;
  }

  private rehash(): void {
    const old = this.table;
    const table = new Int32Array(old.length * 2).fill(EMPTY);
    const mask = (table.length >> 1) - 1;
    for (let from = 1; from < old.length; from += 2) {
      if (old[from] === EMPTY) continue;
      const hash = old[from - 1];
      let slot = hash & mask;
      while (table[2 * slot + 1] !== EMPTY) slot = (slot + 1) & mask;
      table[2 * slot] = hash;
      table[2 * slot + 1] = old[from];
    }
    this.table = table;
  }
}

/** A-Z to a-z; every other code unit as it is (a code with any other character was lowered whole). */
function lowerAscii(unit: number): number {
  return unit >= 0x41 && unit <= 0x5a ? unit | 0x20 : unit;
}
