/** Messages the custom functions show in a cell's error tooltip: one table, Italian and English. */

import { languageOf, type Language } from '../core/language';
import { format, defineMessages, type NamesOfMessage, type Value } from '../core/messages';

export type { Language };

/** Office's display language decides; Italian unless Office runs in English (or outside Office). */
export function currentLanguage(): Language {
  const office = (globalThis as { Office?: { context?: { displayLanguage?: string } } }).Office;
  return languageOf(office?.context?.displayLanguage);
}

export const FUNCTION_MESSAGES = defineMessages('functions', {
  'count.not-a-number': {
    it: 'Il valore «{value}» dell’argomento {name} non è un numero di alloggi. Scrivete un numero intero, ad esempio 18.',
    en: 'The value "{value}" of the argument {name} is not a number of dwellings. Type a whole number, e.g. 18.',
  },
  'count.negative': {
    it: 'L’argomento {name} vale {value}: un numero di alloggi non può essere negativo.',
    en: 'The argument {name} is {value}: a number of dwellings cannot be negative.',
  },
  'count.not-whole': {
    it: 'L’argomento {name} vale {value}: serve un numero intero di alloggi, ad esempio 3 (gli alloggi non si dividono).',
    en: 'The argument {name} is {value}: a whole number of dwellings is needed, e.g. 3 (dwellings cannot be split).',
  },
  'count.too-large': {
    it: 'L’argomento {name} vale {value}: è troppo grande per un numero di alloggi.',
    en: 'The argument {name} is {value}: too large for a number of dwellings.',
  },
  'percent.not-a-number': {
    it: 'Il valore «{value}» dell’argomento {name} non è una percentuale. Scrivete ad esempio 30 % oppure 0,3.',
    en: 'The value "{value}" of the argument {name} is not a percentage. Type e.g. 30 % or 0.3.',
  },
  'percent.negative': {
    it: 'L’argomento {name} vale {value}: una percentuale non può essere negativa.',
    en: 'The argument {name} is {value}: a percentage cannot be negative.',
  },
  'percent.percent-above-one': {
    it: 'L’argomento {name} vale {value}, cioè più del 100 %. Scrivete 30 % oppure 0,3, non 30.',
    en: 'The argument {name} is {value}, that is more than 100 %. Type 30 % or 0.3, not 30.',
  },
  'percent.sum-above-one': {
    it: 'Percentuale e maggiorazione insieme superano il 100 % ({value}).',
    en: 'Percentage and increase together exceed 100 % ({value}).',
  },
  'percent.below-rule': {
    it: 'La quota per l’indigenza ({value}) è inferiore al {min} fissato dal {reference}: il Comune può solo aumentarla, sugli alloggi di sua proprietà.',
    en: 'The poverty share ({value}) is below the {min} set by {reference}: a Comune may only raise it, on its own stock.',
  },
  'percent.not-provided': {
    it: 'Questa quota non è prevista per il piano {year} ({reference}): lasciate l’argomento {name} a 0 %.',
    en: 'This quota is not provided for the {year} plan ({reference}): leave the argument {name} at 0 %.',
  },
  'percent.above-legal-max': {
    it: 'L’argomento {name} vale {value}: supera il massimo del {max} consentito per il piano {year} ({reference}).',
    en: 'The argument {name} is {value}: more than the maximum of {max} allowed for the {year} plan ({reference}).',
  },
  'percent.above-legal-cap': {
    it: 'L’argomento {name} vale {value}: supera il massimo del {max} consentito dalle regole in vigore ({reference}).',
    en: 'The argument {name} is {value}: more than the maximum of {max} allowed by the rules in force ({reference}).',
  },
  'year.invalid': {
    it: "L'anno del piano «{value}» non è valido: scrivete un anno tra {min} e {max}, ad esempio 2022.",
    en: 'The plan year "{value}" is not valid: type a year between {min} and {max}, e.g. 2022.',
  },
  'inventory.fatal': {
    it: "L'inventario non si può leggere: {detail}",
    en: 'The inventory cannot be read: {detail}',
  },
  'inventory.too-large': {
    it: "L'intervallo dell'inventario occupa {size} MB: oltre i 5 MB che Excel sul web consente agli argomenti di una funzione. Scrivete invece il nome della tabella o dell'intervallo denominato tra virgolette, ad esempio =CASA.{function}(\"Inventario\"; 2022): la funzione lo legge a blocchi e segue le modifiche.",
    en: 'The inventory range takes {size} MB: more than the 5 MB Excel on the web allows for the arguments of a function. Write the name of the table or named range in quotes instead, e.g. =CASA.{function}("Inventario", 2022): the function reads it in chunks and follows its changes.',
  },
  'inventory.no-such-name': {
    it: "Nella cartella di lavoro non c'è una tabella né un intervallo denominato «{name}». Controllate il nome (Formule > Gestione nomi) oppure indicate l'intervallo, ad esempio A1:L200.",
    en: 'The workbook has no table or named range "{name}". Check the name (Formulas > Name Manager) or give the range, e.g. A1:L200.',
  },
  'inventory.read-failed': {
    it: "L'inventario «{name}» non si è potuto leggere: {detail}",
    en: 'The inventory "{name}" could not be read: {detail}',
  },
  'inventory.not-a-range': {
    it: 'L\'argomento inventario deve essere un intervallo che comprende la riga di intestazione, ad esempio A1:L200, oppure il nome di una tabella o di un intervallo denominato tra virgolette, ad esempio "Inventario".',
    en: 'The inventory argument must be a range that includes the header row, e.g. A1:L200, or the name of a table or named range in quotes, e.g. "Inventario".',
  },
  'plan.params': {
    it: '{detail}',
    en: '{detail}',
  },
});

export type MessageId = keyof typeof FUNCTION_MESSAGES;

/** The values message `Id` needs, one per placeholder (none for a message without). */
export type MessageValues<Id extends MessageId> = [NamesOfMessage<(typeof FUNCTION_MESSAGES)[Id]>] extends [never]
  ? Record<string, never>
  : Record<NamesOfMessage<(typeof FUNCTION_MESSAGES)[Id]>, Value>;

/** The message `id` in `language` (Office's by default), its placeholders filled. */
export function message<Id extends MessageId>(
  id: Id,
  values: MessageValues<Id>,
  language: Language = currentLanguage(),
): string {
  return format(FUNCTION_MESSAGES[id] as never, language, values as never);
}
