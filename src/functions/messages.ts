/** Messages the custom functions show in a cell's error tooltip, one entry per message and language. */

import { languageOf, type Language } from '../core/language';

export type { Language };

/** Office's display language decides; Italian unless Office runs in English (or outside Office). */
export function currentLanguage(): Language {
  const office = (globalThis as { Office?: { context?: { displayLanguage?: string } } }).Office;
  return languageOf(office?.context?.displayLanguage);
}

const MESSAGES = {
  'count.not-a-number': {
    it: 'Il valore «{value}» di {name} non è un numero di alloggi. Scrivete un numero intero, ad esempio 18.',
    en: 'The value "{value}" of {name} is not a number of dwellings. Type a whole number, e.g. 18.',
  },
  'count.negative': {
    it: 'Il numero di alloggi {name} non può essere negativo ({value}).',
    en: 'The number of dwellings {name} cannot be negative ({value}).',
  },
  'count.not-whole': {
    it: 'Il numero di alloggi {name} deve essere intero ({value}): gli alloggi non si dividono.',
    en: 'The number of dwellings {name} must be whole ({value}): dwellings cannot be split.',
  },
  'count.too-large': {
    it: 'Il numero di alloggi {name} ({value}) è troppo grande.',
    en: 'The number of dwellings {name} ({value}) is too large.',
  },
  'percent.not-a-number': {
    it: 'Il valore «{value}» di {name} non è una percentuale. Scrivete ad esempio 30 % oppure 0,3.',
    en: 'The value "{value}" of {name} is not a percentage. Type e.g. 30 % or 0.3.',
  },
  'percent.negative': {
    it: 'La percentuale {name} non può essere negativa ({value}).',
    en: 'The percentage {name} cannot be negative ({value}).',
  },
  'percent.percent-above-one': {
    it: 'La percentuale {name} vale {value}, cioè più del 100 %. Scrivete 30 % oppure 0,3, non 30.',
    en: 'The percentage {name} is {value}, that is more than 100 %. Type 30 % or 0.3, not 30.',
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
    it: 'Questa quota non è prevista per il piano {year} ({reference}): lasciate {name} a 0 %.',
    en: 'This quota is not provided for the {year} plan ({reference}): leave {name} at 0 %.',
  },
  'percent.above-legal-max': {
    it: 'La percentuale {name} ({value}) supera il massimo del {max} consentito per il piano {year} ({reference}).',
    en: 'The percentage {name} ({value}) exceeds the maximum of {max} allowed for the {year} plan ({reference}).',
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
} satisfies Record<string, Record<Language, string>>;

export type MessageId = keyof typeof MESSAGES;

export function message(
  id: MessageId,
  values: Record<string, string | number> = {},
  language: Language = currentLanguage(),
): string {
  return MESSAGES[id][language].replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));
}
