/**
 * The Italian order of names, as `a.localeCompare(b, 'it', { sensitivity: 'base' })` gives it,
 * without waking ICU's collator for names that do not need it: the collator's first use loads its
 * data, about 65 million instructions (more than reading a 10,000-row CSV), at every run of the
 * command line, to order a handful of owners named in plain ASCII.
 *
 * For printable ASCII the Italian collation (CLDR root: Italian has no tailoring) gives each
 * character one primary weight, case aside, and compares texts by those weights in order, a
 * shorter text first when it is the start of the longer one: space, then the punctuation and
 * symbols in the order below, then the digits, then the letters (a = A). Any other character
 * (accents, NBSP, anything outside printable ASCII) leaves the comparison to ICU. A test checks
 * this order against ICU's, character by character and on random texts.
 */

/** Printable ASCII (0x20-0x7e) in the Italian collation's order, upper case beside lower case. */
const ORDER = ' _-,;:!?.\'"()[]{}@*/\\&#%`^+<=>|~$0123456789';

/** rank[code] for printable ASCII: the character's place in the order; letters by their lower case. */
const RANK: Int8Array = (() => {
  const rank = new Int8Array(128).fill(-1);
  for (let index = 0; index < ORDER.length; index++) rank[ORDER.charCodeAt(index)] = index;
  for (let letter = 0; letter < 26; letter++) {
    rank[0x61 + letter] = ORDER.length + letter;
    rank[0x41 + letter] = ORDER.length + letter;
  }
  return rank;
})();

/**
 * Compares two texts as `a.localeCompare(b, 'it', { sensitivity: 'base' })` does: negative when
 * `a` comes first, 0 when they are the same at base strength ('Aler' and 'ALER'), positive after.
 */
export function compareItalian(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let index = 0; index < length; index++) {
    const x = a.charCodeAt(index);
    const y = b.charCodeAt(index);
    const rankX = x < 128 ? RANK[x] : -1;
    const rankY = y < 128 ? RANK[y] : -1;
    if (rankX < 0 || rankY < 0) return a.localeCompare(b, 'it', { sensitivity: 'base' });
    if (rankX !== rankY) return rankX - rankY;
  }
  // One is the start of the other: what follows decides, unless it needs ICU.
  const longer = a.length > b.length ? a : b;
  for (let index = length; index < longer.length; index++) {
    const code = longer.charCodeAt(index);
    if (code >= 128 || RANK[code] < 0) return a.localeCompare(b, 'it', { sensitivity: 'base' });
  }
  return a.length - b.length;
}

/**
 * `a.localeCompare(b)` (the default locale's order, as files and sheets are listed), with ICU left
 * asleep when the texts are the same: the places of an inventory read from one file are all alike.
 */
export function compareInDefaultOrder(a: string, b: string): number {
  return a === b ? 0 : a.localeCompare(b);
}
