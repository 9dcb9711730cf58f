/**
 * Places in the owners' communications ("file «a.xlsx», foglio «Alloggi», riga 5"), names quoted,
 * a problem of one file among several, in Italian and English. A table of its own, apart from the
 * communication's (messages.ts): the check of two spellings of one name runs with every
 * inventory read, in the add-in's entry, and names places without needing the rest.
 */
import { defineMessages } from '../messages';

export const PLACE_MESSAGES = defineMessages('place', {
  'place-file': { it: 'file «{file}»', en: 'file "{file}"' },
  'place-sheet': { it: 'foglio «{sheet}»', en: 'sheet "{sheet}"' },
  'place-row': { it: 'riga {row}', en: 'row {row}' },
  'place-cell': { it: 'cella {cell}', en: 'cell {cell}' },
  'place-cell-label': { it: 'cella {cell} ({label})', en: 'cell {cell} ({label})' },
  'unknown-source': { it: 'origine sconosciuta', en: 'unknown source' },
  /** A problem of one file among several, when the problem already names its sheet. */
  'in-file-placed': { it: 'File «{file}», {problem}', en: 'File "{file}", {problem}' },
  'in-file': { it: 'File «{file}»: {problem}', en: 'File "{file}": {problem}' },
  /** A name the user wrote, quoted. */
  quoted: { it: '«{name}»', en: '"{name}"' },
});
