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

function grown<T extends Int32Array | Uint16Array>(array: T, needed: number, make: (size: number) => T): T {
  if (needed <= array.length) return array;
  let size = array.length;
  while (size < needed) size *= 2;
  const bigger = make(size);
  bigger.set(array);
  return bigger;
}

export class CodeIndex {
  /** Characters of every code kept, lower case, one after the other. */
  private chars = new Uint16Array(1 << 12);
  private charCount = 0;
  /** Entry i: its characters are chars[starts[i], starts[i + 1]), its row rows[i]. */
  private starts = new Int32Array(1 << 10);
  private rows = new Int32Array(1 << 10);
  private count = 0;
  /**
   * Open addressing, linear probing, at most half full: slot i is table[2i] (the hash of its code)
   * and table[2i + 1] (its entry, or EMPTY), side by side so that a probe reads one cache line.
   */
  private table = new Int32Array(2 << 11).fill(EMPTY);

  /** Codes kept. */
  get size(): number {
    return this.count;
  }

  /**
   * The row that first used `code` (any case), or undefined after recording `row` for it when
   * it is new.
   */
  firstRow(code: string, row: number): number | undefined {
    // ASCII codes (nearly all) are lowered character by character as they are copied; others by
    // toLowerCase, which may change their length.
    for (let index = 0; index < code.length; index++) {
      if (code.charCodeAt(index) >= 0x80) return this.record(code.toLowerCase(), row);
    }
    return this.record(code, row);
  }

  /**
   * `key`'s characters are copied, lowered, after the codes kept while they are hashed (one pass);
   * kept when new, left there to be written over when the code is known.
   */
  private record(key: string, row: number): number | undefined {
    const length = key.length;
    const at = this.charCount;
    const chars = (this.chars = grown(this.chars, at + length, (size) => new Uint16Array(size)));
    let hash = FNV_OFFSET;
    for (let index = 0; index < length; index++) {
      const unit = lowerAscii(key.charCodeAt(index));
      chars[at + index] = unit;
      hash = Math.imul(hash ^ unit, FNV_PRIME);
    }

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
    this.starts = grown(this.starts, this.count + 1, (size) => new Int32Array(size));
    this.rows = grown(this.rows, this.count, (size) => new Int32Array(size));
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
