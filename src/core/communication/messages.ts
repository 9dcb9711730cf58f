/**
 * What the owners' communications say, in Italian and English: the places in a communication
 * ("file «a.xlsx», foglio «Scelte dell'ente», cella B5"), the problems read in its "Scelte
 * dell'ente" sheet and in the list of the Ambito's owners, and every word of the communication
 * workbook the capofila sends an owner. That workbook is written in Italian (it goes from one
 * Italian public body to another); its English texts are the translation kept beside them.
 */
import { defineMessages } from '../messages';

/** The problems read from an owner's communication or from the list of owners (places: place-messages.ts). */
export const COMMUNICATION_MESSAGES = defineMessages('communication', {
  // The "Scelte dell'ente" sheet: the sheet, its headers and its fixed rows.
  'scelte-sheet': { it: "Scelte dell'ente", en: "Owner's choices" },
  'label-parameter': { it: 'Parametro', en: 'Parameter' },
  'label-value': { it: 'Valore', en: 'Value' },
  'label-reference': { it: 'Articolo e valori ammessi', en: 'Article and allowed values' },
  'label-owner': { it: 'Ente proprietario', en: 'Owner' },
  'label-date': { it: 'Data della comunicazione', en: 'Date of the communication' },
  'label-year': { it: 'Anno del piano', en: 'Plan year' },
  'label-categories': { it: 'Categorie a cui è destinata la riserva', en: 'Categories the reserve serves' },

  // What a "Scelte dell'ente" sheet can get wrong (the place is written in front).
  'no-owner': {
    it: "manca il nome dell'ente proprietario. Scrivetelo accanto a «Ente proprietario», come compare nell'elenco degli alloggi: finché manca, le scelte non si possono attribuire e non sono applicate.",
    en: 'the owner\'s name is missing. Write it next to "Ente proprietario", as it appears in the list of dwellings: until then the choices cannot be attributed and are not applied.',
  },
  'error-value': {
    it: "la cella contiene l'errore {error}: il valore non è applicato. Scrivete il valore.",
    en: 'the cell contains the error {error}: the value is not applied. Type the value.',
  },
  'not-percent': {
    it: '«{value}» non è una percentuale: il valore non è applicato. Scrivete per esempio 30 % oppure 0,3.',
    en: '"{value}" is not a percentage: the value is not applied. Write for example 30 % or 0.3.',
  },
  'percent-above-one': {
    it: '{value} è più del 100 %: il valore non è applicato. Scrivete 30 % oppure 0,3, non 30.',
    en: '{value} is more than 100 %: the value is not applied. Write 30 % or 0.3, not 30.',
  },
  'not-count': {
    it: '«{value}» non è un numero intero di alloggi: il valore non è applicato. Scrivete per esempio 5.',
    en: '"{value}" is not a whole number of dwellings: the value is not applied. Write for example 5.',
  },
  'out-of-bounds': {
    it: '{problem} Il valore non è applicato: correggete la cella.',
    en: '{problem} The value is not applied: correct the cell.',
  },
  'invalid-date': {
    it: '«{value}» non è una data valida: scrivete la data come gg/mm/aaaa.',
    en: '"{value}" is not a valid date: write the date as dd/mm/yyyy.',
  },
  'invalid-year': {
    it: '«{value}» non è un anno del piano valido: è ignorato.',
    en: '"{value}" is not a valid plan year: it is ignored.',
  },
  'other-year': {
    it: 'la comunicazione è per il piano {written}, mentre il piano in preparazione è del {year}: le scelte sono applicate, verificate che siano ancora valide.',
    en: 'the communication is for the {written} plan, while the plan being prepared is for {year}: the choices are applied, check that they still hold.',
  },
  repeated: {
    it: '«{label}» compare già nella cella {cell}: vale il primo valore, questo è ignorato.',
    en: '"{label}" already appears in cell {cell}: the first value holds, this one is ignored.',
  },
  'unknown-category': {
    it: "{names} non è una categoria dell'art. 14: le categorie non sono applicate. Scrivete, separate da punto e virgola: {categories}.",
    en: '{names} is not an art. 14 category: the categories are not applied. Write, separated by semicolons: {categories}.',
  },
  'unknown-categories': {
    it: "{names} non sono categorie dell'art. 14: le categorie non sono applicate. Scrivete, separate da punto e virgola: {categories}.",
    en: '{names} are not art. 14 categories: the categories are not applied. Write, separated by semicolons: {categories}.',
  },
  'unknown-parameter': {
    it: '«{label}» non è un parametro riconosciuto: il valore è ignorato. Parametri: {known}.',
    en: '"{label}" is not a recognised parameter: the value is ignored. Parameters: {known}.',
  },

  // The list of the Ambito's owners.
  'owners-sheet': { it: "Enti dell'Ambito", en: 'Owners of the Ambito' },
  'owner-repeated': {
    it: '«{name}» compare già nella cella {cell}: è contato una volta sola.',
    en: '"{name}" already appears in cell {cell}: it is counted once.',
  },
});

/**
 * The communication workbook's own words (sheets "Istruzioni", "Alloggi", "Scelte dell'ente"),
 * written in Italian; the English is their translation.
 */
export const COMMUNICATION_WORKBOOK = defineMessages('communication.workbook', {
  'instructions-sheet': { it: 'Istruzioni', en: 'Instructions' },
  'dwellings-sheet': { it: 'Alloggi', en: 'Dwellings' },
  'file-name': { it: 'Comunicazione {year} - {owner}.xlsx', en: 'Communication {year} - {owner}.xlsx' },
  'unnamed-owner': { it: 'ente', en: 'owner' },

  // Drop-down lists of the "Alloggi" sheet.
  'prompt-service': { it: 'SAP, SAS o SAT: scegliete dal menu.', en: 'SAP, SAS or SAT: choose from the menu.' },
  'prompt-status': {
    it: "Lo stato dell'alloggio: scegliete dal menu.",
    en: "The dwelling's state: choose from the menu.",
  },
  'prompt-origin': {
    it: "Da dove viene la disponibilità dell'alloggio: scegliete dal menu.",
    en: 'Where the dwelling becomes available from: choose from the menu.',
  },
  'prompt-carenza': {
    it: 'sì se è assegnabile nello stato di fatto (R.R. 4/2017 art. 10).',
    en: 'yes if it can be assigned as it stands (R.R. 4/2017 art. 10).',
  },
  'prompt-owner': {
    it: "L'ente proprietario, come nel foglio «Scelte dell'ente».",
    en: 'The owner, as in the "Scelte dell\'ente" sheet.',
  },
  'list-error': {
    it: 'Scegliete uno dei valori del menu: {values}.',
    en: 'Choose one of the values of the menu: {values}.',
  },
  yes: { it: 'sì', en: 'yes' },
  no: { it: 'no', en: 'no' },

  // The "Scelte dell'ente" sheet.
  bound: { it: 'Da 0 % a {max}', en: 'From 0 % to {max}' },
  'bound-why': { it: 'Da 0 % a {max} ({why})', en: 'From 0 % to {max} ({why})' },
  'note-reference': { it: '{reference}.', en: '{reference}.' },
  'note-percent': { it: '{bound}; scrivete 30 % oppure 0,3.', en: '{bound}; write 30 % or 0.3.' },
  'note-count': {
    it: "Numero intero di alloggi da 0 a {max}, per ciascun comune in cui l'ente ha alloggi.",
    en: 'Whole number of dwellings from 0 to {max}, for each comune where the owner has dwellings.',
  },
  'note-aler': {
    it: "Vale solo per gli alloggi dei Comuni: per un'ALER non ha effetto.",
    en: 'It applies to Comune-owned dwellings only: it has no effect for an ALER.',
  },
  'note-blank': {
    it: 'Vuoto: vale il valore generale del piano. Chiave: {key}.',
    en: "Blank: the plan's general value holds. Key: {key}.",
  },
  'note-owner': {
    it: 'Il nome dell’ente come negli alloggi comunicati.',
    en: "The owner's name as in the dwellings communicated.",
  },
  'note-date': {
    it: 'La data in cui inviate la comunicazione (gg/mm/aaaa).',
    en: 'The date you send the communication (dd/mm/yyyy).',
  },
  'note-year': { it: 'Il piano a cui si riferisce la comunicazione.', en: 'The plan the communication is for.' },
  'year-rule': { it: 'Un anno da {first} a {last}.', en: 'A year from {first} to {last}.' },
  'percent-rule': { it: 'Una percentuale: da 0 % a {max}.', en: 'A percentage: from 0 % to {max}.' },
  'percent-rule-why': {
    it: 'Una percentuale: da 0 % a {max} ({why}).',
    en: 'A percentage: from 0 % to {max} ({why}).',
  },
  'count-rule': {
    it: 'Un numero intero di alloggi da 0 a {max}.',
    en: 'A whole number of dwellings from 0 to {max}.',
  },
  'invalid-value': { it: 'Valore non valido. {rule}', en: 'Value not valid. {rule}' },
  'note-categories': {
    it: '{reference}. Una o più, separate da punto e virgola: {names}. Vuoto: valgono le categorie generali del piano. Chiave: riservaCategorie.',
    en: "{reference}. One or more, separated by semicolons: {names}. Blank: the plan's general categories hold. Key: riservaCategorie.",
  },
  'scelte-footer': {
    it: 'Lasciate vuoto un valore per applicare quello generale del piano. Le percentuali sono percentuali di Excel: scrivete 30 % (oppure 0,3), non 30.',
    en: "Leave a value blank to apply the plan's general one. Percentages are Excel percentages: write 30 % (or 0.3), not 30.",
  },

  // The "Istruzioni" sheet.
  title: {
    it: "Comunicazione per il Piano Annuale dell'Offerta Abitativa {year}",
    en: "Communication for the Piano Annuale dell'Offerta Abitativa {year}",
  },
  owner: { it: 'Ente proprietario: {ente}', en: 'Owner: {ente}' },
  capofila: { it: 'Comune capofila: {capofila}', en: 'Lead Comune: {capofila}' },
  'recipient-named': { it: 'al {capofila}', en: 'to {capofila}' },
  recipient: { it: 'al Comune capofila dell’Ambito', en: 'to the lead Comune of the Ambito' },
  deadline: {
    it: "Da restituire {recipient} entro il {deadline} (R.R. 4/2017 art. 5 c. 1), anche se l'ente non ha alloggi che diventeranno disponibili.",
    en: 'To be returned {recipient} by {deadline} (R.R. 4/2017 art. 5 c. 1), even if the owner has no dwelling that will become available.',
  },
  'what-to-do': { it: 'Cosa fare', en: 'What to do' },
  'step-dwelling': {
    it: "1. Nel foglio «{sheet}» trovate l'alloggio dell'ente che risulta al Comune capofila: controllatelo, correggete ciò che è cambiato e aggiungete gli alloggi mancanti, uno per riga.",
    en: '1. In the "{sheet}" sheet you find the dwelling of the owner known to the lead Comune: check it, correct what has changed and add the missing dwellings, one per row.',
  },
  'step-dwellings': {
    it: "1. Nel foglio «{sheet}» trovate i {count} alloggi dell'ente che risultano al Comune capofila: controllateli, correggete ciò che è cambiato e aggiungete gli alloggi mancanti, uno per riga.",
    en: '1. In the "{sheet}" sheet you find the {count} dwellings of the owner known to the lead Comune: check them, correct what has changed and add the missing dwellings, one per row.',
  },
  'step-no-dwellings': {
    it: "1. Nel foglio «{sheet}» scrivete gli alloggi dell'ente, uno per riga: quelli liberi, quelli che si libereranno e quelli nuovi o recuperati nel triennio {first}-{last}.",
    en: '1. In the "{sheet}" sheet write the owner\'s dwellings, one per row: the vacant ones, those that will become vacant and those new or recovered in the three years {first}-{last}.',
  },
  'step-menus': {
    it: '2. Per ogni alloggio scegliete dal menu il servizio (SAP, SAS, SAT) e lo stato; per gli alloggi che si libereranno scrivete la data prevista di disponibilità (gg/mm/aaaa).',
    en: '2. For each dwelling choose the service (SAP, SAS, SAT) and the state from the menu; for the dwellings that will become vacant write the expected date of availability (dd/mm/yyyy).',
  },
  'step-choices': {
    it: "3. Nel foglio «{sheet}» scrivete nella colonna «Valore» le scelte dell'ente per il piano {year} (maggiorazione della quota per l'indigenza sugli alloggi comunali, alloggi SAT, quote riservate...) e la data della comunicazione. Lasciate vuoto ciò che non volete cambiare: vale il valore generale del piano.",
    en: '3. In the "{sheet}" sheet write in the "Valore" column the owner\'s choices for the {year} plan (increase of the poverty share on Comune-owned dwellings, SAT dwellings, reserved shares...) and the date of the communication. Leave blank what you do not want to change: the plan\'s general value holds.',
  },
  'step-names': {
    it: '4. Non cambiate i nomi dei fogli né le intestazioni delle colonne: il Comune capofila unisce le comunicazioni di tutti gli enti con il componente aggiuntivo del piano.',
    en: "4. Do not change the sheets' names or the columns' headers: the lead Comune merges the communications of every owner with the plan's add-in.",
  },
  'step-send': {
    it: '5. Salvate il file in formato .xlsx e inviatelo {recipient}.',
    en: '5. Save the file in .xlsx format and send it {recipient}.',
  },
  prepared: {
    it: 'Preparato il {date} con il componente aggiuntivo «Piano Offerta Abitativa».',
    en: 'Prepared on {date} with the "Piano Offerta Abitativa" add-in.',
  },
});
