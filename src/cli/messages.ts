/**
 * Every sentence the command line prints, in Italian and English: its usage, the refusals of its
 * arguments and of the files it reads or writes, what it says after writing, the summaries. The
 * command line speaks Italian (`CLI`, the table read in Italian); the English texts sit beside
 * them as for every other front door, and the message harness reads them.
 */
import { bindMessages, defineMessages } from '../core/messages';

export const CLI_MESSAGES = defineMessages('cli', {
  usage: {
    it: `Uso: casa-piano <inventario.xlsx|.csv|cartella> [altri file o cartelle...] [opzioni]
     casa-piano --comunicazione "ENTE" [inventario] [-o FILE.xlsx]

  Più file (o una cartella): le comunicazioni degli enti unite in un solo piano; il foglio
  «Scelte dell'ente» di ogni file dà i parametri di quell'ente (--param "ENTE:..." li supera).
  --sheet NOME            foglio dell'inventario (predefinito: i fogli con gli alloggi)
  --anno 2022             anno del piano
  --preset ID             {presets}
  --param chiave=valore   parametro per tutti gli enti: anno, indigenza (20 %, fisso), maggiorazione,
                          satRichiesti, satSoglia, forzePolizia, poliziaLocale (dal 2025), categoriaQuota
                          (dal 2025), ordine (sat-prima | indigenza-su-tutti), ambito, capofila, categoria,
                          categoriaDescrizione,
                          riservaCategorie (dal 2025, separate da virgole: {categories}),
                          misure ("Testo|importo; Altro testo", si aggiungono a ogni --param misure=...)
  --param "ENTE:chiave=valore"   parametro per un solo ente, come scritto nell'inventario; solo per ente:
                          assegnatiAnnoPrecedente (alloggi assegnati nell'anno prima del piano, lett. g)
  -o, --output FILE       cartella di lavoro del piano da creare (predefinito: out/<inventario>-piano-<anno>.xlsx)
  --enti "A; B; C"        gli enti proprietari dell'Ambito: il piano elenca chi non ha inviato la
                          comunicazione (oppure un foglio «Enti dell'Ambito» in uno dei file)
  --scenario "Nome:chiave=valore,chiave=valore"   uno scenario da confrontare con il piano (fino a 3;
                          "Nome:ENTE:chiave=valore" per un solo ente); foglio «Confronto scenari»
  --usa-scenario NOME     il piano usa i parametri di quello scenario
  --comunicazione "ENTE"  scrive la cartella di lavoro da inviare all'ente: i suoi alloggi (dall'inventario
                          indicato, o una tabella vuota), il foglio «Scelte dell'ente», scadenza e istruzioni
  --force                 sostituisce il file indicato con -o se esiste già
  --json                  stampa il piano in JSON
Senza file, usa l'inventario di esempio (assets/inventario-esempio.xlsx).
Percentuali: 0.3, 0,3 oppure 30%.`,
    en: `Usage: casa-piano <inventory.xlsx|.csv|folder> [more files or folders...] [options]
       casa-piano --comunicazione "OWNER" [inventory] [-o FILE.xlsx]

  Several files (or a folder): the owners' communications merged into one plan; the
  "Scelte dell'ente" sheet of each file gives that owner's parameters (--param "OWNER:..." overrides them).
  --sheet NAME            the inventory's sheet (default: the sheets with dwellings)
  --anno 2022             the plan year
  --preset ID             {presets}
  --param key=value       a parameter for every owner (keys as typed): "anno", "indigenza" (20 %, fixed),
                          "maggiorazione", "satRichiesti", "satSoglia", "forzePolizia", "poliziaLocale"
                          (from 2025), "categoriaQuota" (from 2025), "ordine" (sat-prima | indigenza-su-tutti),
                          "ambito", "capofila", "categoria", "categoriaDescrizione",
                          "riservaCategorie" (from 2025, separated by commas: {categories}),
                          "misure" ("Text|amount; Other text", each --param adds to the measures)
  --param "OWNER:key=value"   a parameter for one owner, as written in the inventory; per owner only:
                          assegnatiAnnoPrecedente (dwellings assigned in the year before the plan, lett. g)
  -o, --output FILE       the plan workbook to create (default: out/<inventory>-piano-<year>.xlsx)
  --enti "A; B; C"        the owners of the Ambito: the plan lists who has not sent the
                          communication (or an "Enti dell'Ambito" sheet in one of the files)
  --scenario "Name:key=value,key=value"   a scenario to compare with the plan (up to 3;
                          "Name:OWNER:key=value" for one owner); "Confronto scenari" sheet
  --usa-scenario NAME     the plan uses the parameters of that scenario
  --comunicazione "OWNER" writes the workbook to send the owner: its dwellings (from the inventory
                          given, or an empty table), the "Scelte dell'ente" sheet, deadline and instructions
  --force                 replaces the file given with -o if it already exists
  --json                  prints the plan as JSON
Without files, uses the sample inventory (assets/inventario-esempio.xlsx).
Percentages: 0.3, 0,3 or 30%.`,
  },
  preset: { it: '{id} ({label})', en: '{id} ({label})' },
  alternative: { it: '{first} oppure {second}', en: '{first} or {second}' },
  none: { it: 'nessuno', en: 'none' },
  /** The plan's name among the scenarios compared. */
  'plan-scenario': { it: 'Piano', en: 'Plan' },
  quoted: { it: '«{name}»', en: '"{name}"' },

  // --param and the other options.
  'percent-above-one': {
    it: 'Parametro {key}={raw}: è più del 100 %. Scrivete 30% oppure 0,3, non 30.',
    en: 'Parameter {key}={raw}: it is more than 100 %. Write 30% or 0.3, not 30.',
  },
  'not-percent': {
    it: 'Parametro {key}={raw}: non è una percentuale valida (esempi: 0.3, 0,3, 30%).',
    en: 'Parameter {key}={raw}: not a valid percentage (examples: 0.3, 0,3, 30%).',
  },
  'not-count': {
    it: 'Parametro {key}={raw}: serve un numero intero di alloggi, non negativo.',
    en: 'Parameter {key}={raw}: a whole, non-negative number of dwellings is needed.',
  },
  'bad-year': {
    it: "Anno «{raw}» non valido: serve l'anno del piano in quattro cifre, ad esempio --anno {example}.",
    en: 'Year "{raw}" not valid: the plan year is needed in four digits, for example --anno {example}.',
  },
  'unknown-category': {
    it: "Parametro {key}: «{name}» non è una categoria dell'art. 14. Categorie: {categories}.",
    en: 'Parameter {key}: "{name}" is not an art. 14 category. Categories: {categories}.',
  },
  'measure-without-text': {
    it: 'Parametro misure: «{item}» non ha la descrizione della misura.',
    en: 'Parameter "misure": "{item}" has no description of the measure.',
  },
  'measure-bad-amount': {
    it: "Parametro misure: l'importo «{amount}» della misura «{measure}» non è un importo in euro (esempi: 25000, 25.000, 12.500,50).",
    en: 'Parameter "misure": the amount "{amount}" of the measure "{measure}" is not an amount in euro (examples: 25000, 25.000, 12.500,50).',
  },
  'bad-assignment': {
    it: 'Parametro «{assignment}» non valido: scrivete chiave=valore, ad esempio indigenza=0.2.',
    en: 'Parameter "{assignment}" not valid: write key=value, for example indigenza=0.2.',
  },
  'assigned-per-owner': {
    it: 'Il parametro assegnatiAnnoPrecedente si dà per un ente: --param "Comune di Cremona:assegnatiAnnoPrecedente=12" (gli alloggi che quell\'ente ha assegnato nell\'anno prima del piano).',
    en: 'The parameter assegnatiAnnoPrecedente is given for an owner: --param "Comune di Cremona:assegnatiAnnoPrecedente=12" (the dwellings that owner assigned in the year before the plan).',
  },
  'not-per-owner': {
    it: 'Il parametro {key} non si può dare per un singolo ente: valgono per ente {keys}.',
    en: 'The parameter {key} cannot be given for a single owner: per owner, {keys} apply.',
  },
  'bad-order': { it: 'Parametro ordine={raw}: scegliete {choices}.', en: 'Parameter ordine={raw}: choose {choices}.' },
  'unknown-parameter': {
    it: 'Parametro sconosciuto «{key}». Parametri: {keys}.',
    en: 'Unknown parameter "{key}". Parameters: {keys}.',
  },
  'missing-value': { it: 'Manca il valore dopo {flag}.', en: 'The value after {flag} is missing.' },
  'unknown-option': { it: 'Opzione sconosciuta {option}.\n\n{usage}', en: 'Unknown option {option}.\n\n{usage}' },
  'unknown-preset': {
    it: 'Preset «{preset}» sconosciuto: scegliete {choices}.',
    en: 'Unknown preset "{preset}": choose {choices}.',
  },
  'unknown-scenario': {
    it: '--usa-scenario {name}: nessuno scenario con questo nome. Scenari indicati: {names}.',
    en: '--usa-scenario {name}: no scenario has this name. Scenarios given: {names}.',
  },

  // What the run says.
  'sample-used': {
    it: "Nessun inventario indicato: uso l'inventario di esempio {file}.",
    en: 'No inventory given: using the sample inventory {file}.',
  },
  progress: { it: '{file}: {rows} righe…', en: '{file}: {rows} rows…' },
  warning: { it: 'Attenzione: {warning}', en: 'Warning: {warning}' },
  'year-from-communications': {
    it: "Piano {year}, l'anno indicato nelle comunicazioni (--anno per un altro anno).",
    en: 'Plan {year}, the year stated in the communications (--anno for another year).',
  },
  'sheet-written': { it: 'Foglio del piano scritto in {file}', en: 'Plan sheet written to {file}' },
  'sheets-written': { it: 'Fogli {sheets} scritti in {file}', en: 'Sheets {sheets} written to {file}' },
  unexpected: {
    it: "Errore imprevisto: {detail}\nNessun piano è stato scritto. Se l'errore si ripete, segnalatelo con questo messaggio (CASA_DEBUG=1 mostra i dettagli).",
    en: 'Unexpected error: {detail}\nNo plan was written. If the error happens again, report it with this message (CASA_DEBUG=1 shows the details).',
  },
  'output-not-xlsx': {
    it: "Il file del piano «{output}» deve avere l'estensione .xlsx (il piano è una cartella di lavoro Excel): per esempio -o {example}.",
    en: 'The plan file "{output}" must have the .xlsx extension (the plan is an Excel workbook): for example -o {example}.',
  },
  'default-plan-name': { it: 'piano', en: 'plan' },

  // --comunicazione.
  'communication-one-inventory': {
    it: "--comunicazione prende al massimo un inventario da cui copiare gli alloggi dell'ente (ricevuti {inputs}).",
    en: "--comunicazione takes at most one inventory to copy the owner's dwellings from (given {inputs}).",
  },
  'communication-no-owner': {
    it: '--comunicazione: indicate il nome dell\'ente proprietario, per esempio --comunicazione "Comune di Castelverde".',
    en: '--comunicazione: give the name of the owner, for example --comunicazione "Comune di Castelverde".',
  },
  'communication-owner-absent': {
    it: "«{ente}» non compare tra gli enti dell'inventario ({owners}): la tabella degli alloggi è vuota, da compilare a cura dell'ente.",
    en: '"{ente}" is not among the owners of the inventory ({owners}): the table of dwellings is empty, for the owner to fill in.',
  },
  'communication-dwellings': { it: '{count} alloggi', en: '{count} dwellings' },
  'communication-empty-table': { it: 'tabella degli alloggi vuota', en: 'empty table of dwellings' },
  'communication-written': {
    it: "Comunicazione per «{ente}» (piano {year}, {dwellings}) scritta in {file}.\nDa inviare all'ente, che la restituisce compilata entro il {deadline}.",
    en: 'Communication for "{ente}" ({year} plan, {dwellings}) written to {file}.\nTo be sent to the owner, who returns it filled in by {deadline}.',
  },

  // Reading a file: what it is when it is not an inventory, and how to fix it.
  'file-empty': {
    it: 'Il file {name} è vuoto (0 byte): non contiene nessun inventario. Controllate di aver indicato il file giusto, oppure salvatelo di nuovo da Excel.',
    en: 'The file {name} is empty (0 bytes): it holds no inventory. Check that you gave the right file, or save it again from Excel.',
  },
  'file-encrypted': {
    it: 'Il file {name} è protetto da password (cifrato) e non si può leggere. In Excel aprite il file, togliete la password (File > Informazioni > Proteggi cartella di lavoro > Crittografa con password, lasciando il campo vuoto), salvate una copia e indicate quella.',
    en: 'The file {name} is protected by a password (encrypted) and cannot be read. In Excel open the file, remove the password (File > Info > Protect Workbook > Encrypt with Password, leaving the field blank), save a copy and give that one.',
  },
  'file-xls': {
    it: 'Il file {name} è nel vecchio formato di Excel 97-2003 (.xls), che il comando non legge. In Excel salvatelo come «Cartella di lavoro di Excel (.xlsx)» e indicate il nuovo file.',
    en: 'The file {name} is in the old Excel 97-2003 format (.xls), which the command does not read. In Excel save it as "Excel Workbook (.xlsx)" and give the new file.',
  },
  'file-pdf': {
    it: "Il file {name} è un documento PDF, non un inventario: indicate il file .xlsx o .csv con l'elenco degli alloggi.",
    en: 'The file {name} is a PDF document, not an inventory: give the .xlsx or .csv file with the list of dwellings.',
  },
  'file-html': {
    it: 'Il file {name} è una pagina web (HTML), anche se si chiama {extension}: apritelo in Excel, salvatelo come «Cartella di lavoro di Excel (.xlsx)» e indicate il nuovo file.',
    en: 'The file {name} is a web page (HTML), even though it is named {extension}: open it in Excel, save it as "Excel Workbook (.xlsx)" and give the new file.',
  },
  'file-html-no-extension': {
    it: 'Il file {name} è una pagina web (HTML), anche se si chiama così: apritelo in Excel, salvatelo come «Cartella di lavoro di Excel (.xlsx)» e indicate il nuovo file.',
    en: 'The file {name} is a web page (HTML), whatever its name says: open it in Excel, save it as "Excel Workbook (.xlsx)" and give the new file.',
  },
  'file-xml-spreadsheet': {
    it: 'Il file {name} è un «Foglio di calcolo XML 2003», che il comando non legge: in Excel salvatelo come «Cartella di lavoro di Excel (.xlsx)» e indicate il nuovo file.',
    en: 'The file {name} is an "XML Spreadsheet 2003", which the command does not read: in Excel save it as "Excel Workbook (.xlsx)" and give the new file.',
  },
  'file-binary': {
    it: "Il file {name} non è né un file di testo (CSV) né una cartella di lavoro Excel: contiene dati binari (un'immagine, un archivio o un programma). Indicate il file .xlsx o .csv con l'elenco degli alloggi.",
    en: 'The file {name} is neither a text file (CSV) nor an Excel workbook: it holds binary data (an image, an archive or a program). Give the .xlsx or .csv file with the list of dwellings.',
  },
  'file-workbook-named-text': {
    it: 'Il file {name} si chiama {extension} ma è una cartella di lavoro Excel (.xlsx). Rinominatelo in {stem}.xlsx, oppure in Excel salvatelo come «CSV (delimitato dal separatore di elenco)».',
    en: 'The file {name} is named {extension} but is an Excel workbook (.xlsx). Rename it {stem}.xlsx, or in Excel save it as "CSV (Comma delimited)".',
  },
  'file-text-named-workbook': {
    it: 'Il file {name} si chiama {extension} ma è un file di testo (CSV), non una cartella di lavoro Excel. Rinominatelo in {stem}.csv, oppure apritelo in Excel e salvatelo come «Cartella di lavoro di Excel (.xlsx)».',
    en: 'The file {name} is named {extension} but is a text file (CSV), not an Excel workbook. Rename it {stem}.csv, or open it in Excel and save it as "Excel Workbook (.xlsx)".',
  },
  'zip-unsupported': {
    it: 'Il file {name} usa una variante del formato .xlsx che il comando non legge ({detail}). In Excel salvatelo di nuovo come «Cartella di lavoro di Excel (.xlsx)» e riprovate.',
    en: 'The file {name} uses a variant of the .xlsx format that the command does not read ({detail}). In Excel save it again as "Excel Workbook (.xlsx)" and try again.',
  },
  'zip-zip64': { it: 'archivio ZIP64', en: 'ZIP64 archive' },
  'zip-method': {
    it: 'la parte {part} è compressa con il metodo {method}',
    en: 'part {part} is compressed with method {method}',
  },
  'zip-truncated': {
    it: 'Il file {name} è una cartella di lavoro Excel incompleta (ne manca una parte: il file è troncato): leggerla darebbe un conteggio sbagliato degli alloggi, quindi non è letta. Apritela in Excel, che può provare a ripararla, e salvatela con un altro nome; oppure usate una copia di backup.',
    en: 'The file {name} is an incomplete Excel workbook (a part of it is missing: the file is truncated): reading it would give a wrong count of dwellings, so it is not read. Open it in Excel, which can try to repair it, and save it under another name; or use a backup copy.',
  },
  'zip-damaged': {
    it: 'Il file {name} è una cartella di lavoro Excel danneggiata: leggerla darebbe un conteggio sbagliato degli alloggi, quindi non è letta. Apritela in Excel, che può provare a ripararla, e salvatela con un altro nome; oppure usate una copia di backup.',
    en: 'The file {name} is a damaged Excel workbook: reading it would give a wrong count of dwellings, so it is not read. Open it in Excel, which can try to repair it, and save it under another name; or use a backup copy.',
  },
  'csv-place': { it: 'riga {row}, colonna {column}', en: 'row {row}, column {column}' },
  'csv-place-line': {
    it: 'riga {row}, colonna {column} (riga {line} del file)',
    en: 'row {row}, column {column} (line {line} of the file)',
  },
  'csv-unterminated-quote': {
    it: "Il file {name}, {place}: le virgolette aperte all'inizio del campo non si chiudono mai, e tutto il resto del file finirebbe in quella cella. Chiudete le virgolette (o togliete quella aperta) e riprovate.",
    en: 'The file {name}, {place}: the quotes opened at the start of the field never close, and all the rest of the file would end up in that cell. Close the quotes (or remove the opening one) and try again.',
  },
  'csv-quote-across-rows': {
    it: 'Il file {name}, {place}: il campo tra virgolette che comincia qui continua per più righe e contiene il separatore, segno che manca una virgoletta di chiusura: le righe seguenti finirebbero in quella cella. Controllate le virgolette e riprovate.',
    en: 'The file {name}, {place}: the quoted field that starts here runs over several rows and holds the separator, a sign that a closing quotation mark is missing: the following rows would end up in that cell. Check the quotes and try again.',
  },
  'no-sheets': { it: 'Il file {name} non contiene fogli.', en: 'The file {name} has no sheets.' },
  'no-such-sheet': {
    it: 'Il file {name} non ha un foglio «{sheet}». Fogli presenti: {sheets}.',
    en: 'The file {name} has no sheet "{sheet}". Sheets present: {sheets}.',
  },
  'empty-sheet': { it: 'Il foglio «{sheet}» di {name} è vuoto.', en: 'The sheet "{sheet}" of {name} is empty.' },
  'empty-sheets': {
    it: 'Il file {name} è vuoto: nessuno dei suoi fogli contiene dati.',
    en: 'The file {name} is empty: none of its sheets holds data.',
  },
  'blank-rows-only': {
    it: "Il file {name} contiene solo righe vuote: non c'è nessun inventario da leggere.",
    en: 'The file {name} holds only blank rows: there is no inventory to read.',
  },
  'windows-1252': {
    it: 'Il file {name} non è in UTF-8: è letto come Windows-1252 (il «CSV» di Excel in italiano). Se le lettere accentate risultano sbagliate, salvatelo da Excel come «CSV UTF-8».',
    en: 'The file {name} is not in UTF-8: it is read as Windows-1252 (the "CSV" of Excel in Italian). If accented letters come out wrong, save it from Excel as "CSV UTF-8".',
  },
  'file-missing': {
    it: 'Il file {file} non esiste o non si può leggere.',
    en: 'The file {file} does not exist or cannot be read.',
  },
  'file-is-folder': {
    it: "{file} è una cartella, non un file: indicate il file dell'inventario.",
    en: "{file} is a folder, not a file: give the inventory's file.",
  },
  'file-unreadable': {
    it: 'Il file {file} non si può leggere ({code}).',
    en: 'The file {file} cannot be read ({code}).',
  },
  'file-unreadable-unknown': {
    it: 'Il file {file} non si può leggere (errore).',
    en: 'The file {file} cannot be read (error).',
  },
  'file-ods-named': {
    it: 'Il file {name} è un foglio di calcolo OpenDocument (.ods, di LibreOffice), anche se si chiama {extension}: salvatelo come «Cartella di lavoro di Excel (.xlsx)» e indicate il nuovo file.',
    en: 'The file {name} is an OpenDocument spreadsheet (.ods, from LibreOffice), even though it is named {extension}: save it as "Excel Workbook (.xlsx)" and give the new file.',
  },
  'file-ods': {
    it: 'Il file {name} è un foglio di calcolo OpenDocument (.ods, di LibreOffice): salvatelo come «Cartella di lavoro di Excel (.xlsx)» e indicate il nuovo file.',
    en: 'The file {name} is an OpenDocument spreadsheet (.ods, from LibreOffice): save it as "Excel Workbook (.xlsx)" and give the new file.',
  },
  'file-zip-not-workbook': {
    it: "Il file {name} è un archivio ZIP che non contiene una cartella di lavoro Excel: indicate il file .xlsx dell'inventario.",
    en: "The file {name} is a ZIP archive that holds no Excel workbook: give the inventory's .xlsx file.",
  },
  'file-format': {
    it: 'Formato di {name} non supportato (estensione {extension}): usate un file .xlsx oppure .csv.',
    en: 'Format of {name} not supported (extension {extension}): use an .xlsx or .csv file.',
  },
  'file-format-no-extension': {
    it: 'Formato di {name} non supportato (estensione assente): usate un file .xlsx oppure .csv.',
    en: 'Format of {name} not supported (no extension): use an .xlsx or .csv file.',
  },
  'formula-without-result': {
    it: 'Una cella contiene una formula senza un risultato salvato nel file, letta come vuota: aprite il file in Excel e salvatelo, così i risultati sono salvati.',
    en: 'A cell holds a formula without a result saved in the file, read as empty: open the file in Excel and save it, so that the results are saved.',
  },
  'formulas-without-result': {
    it: '{count} celle contengono formule senza un risultato salvato nel file, lette come vuote: aprite il file in Excel e salvatelo, così i risultati sono salvati.',
    en: '{count} cells hold formulas without a result saved in the file, read as empty: open the file in Excel and save it, so that the results are saved.',
  },
  'folder-empty': {
    it: 'La cartella {folder} non contiene file .xlsx o .csv da leggere: indicate la cartella delle comunicazioni degli enti.',
    en: "The folder {folder} holds no .xlsx or .csv file to read: give the folder of the owners' communications.",
  },

  // The summary printed after writing the plan.
  'summary-title': {
    it: "Piano Annuale dell'Offerta Abitativa {year}",
    en: "Piano Annuale dell'Offerta Abitativa {year}",
  },
  'summary-title-ambito': {
    it: "Piano Annuale dell'Offerta Abitativa {year} - {ambito}",
    en: "Piano Annuale dell'Offerta Abitativa {year} - {ambito}",
  },
  'summary-read': {
    it: '{count} alloggi letti, {groups} gruppi (ente x comune).',
    en: '{count} dwellings read, {groups} groups (owner x comune).',
  },
  'column-owner': { it: 'Ente proprietario', en: 'Owner' },
  'column-comune': { it: 'Comune', en: 'Comune' },
  'column-available': { it: 'Disp.', en: 'Avail.' },
  'column-sat': { it: 'SAT', en: 'SAT' },
  'column-base': { it: 'Base', en: 'Base' },
  'column-call': { it: 'Avviso', en: 'Call' },
  total: { it: 'Totale', en: 'Total' },
  'summary-legend': {
    it: '(SAT: consentiti/richiesti; Base: base delle quote; {quotas})',
    en: '(SAT: allowed/requested; Base: base of the quotas; {quotas})',
  },
  'legend-quota': { it: '{abbreviation}: {label}', en: '{abbreviation}: {label}' },
  'summary-triennium': {
    it: 'Triennio (art. 5 c. 1): {years} alloggi disponibili.',
    en: 'Three years (art. 5 c. 1): {years} available dwellings.',
  },
  'triennium-year': { it: '{year} {count}', en: '{year} {count}' },
  'summary-assigned': {
    it: 'Alloggi assegnati nel {year} (lett. g): {assigned}. Misure (lett. f): {measures}.',
    en: 'Dwellings assigned in {year} (lett. g): {assigned}. Measures (lett. f): {measures}.',
  },
  'assigned-unknown': { it: 'non indicati', en: 'not given' },
  'no-measures': { it: 'nessuna indicata', en: 'none given' },
  'calendar-line': { it: 'Calendario: {warning}', en: 'Calendar: {warning}' },
  'note-line': { it: 'Nota: {note}', en: 'Note: {note}' },
  'problems-one': { it: "1 problema nell'inventario:", en: '1 problem in the inventory:' },
  'problems-other': { it: "{count} problemi nell'inventario:", en: '{count} problems in the inventory:' },
  'more-problems': {
    it: "... e altri {count} (usate --json per l'elenco completo).",
    en: '... and {count} more (use --json for the full list).',
  },
  'communications-heading': { it: 'Comunicazioni degli enti:', en: "Owners' communications:" },
  'communication-date': { it: 'del {date}', en: 'dated {date}' },
  'communication-detail': { it: '{count} alloggi - {sources}', en: '{count} dwellings - {sources}' },
  'communication-detail-choices': {
    it: '{count} alloggi, scelte proprie - {sources}',
    en: '{count} dwellings, own choices - {sources}',
  },
  'missing-one': { it: 'Manca 1 comunicazione: {owners}.', en: '1 communication is missing: {owners}.' },
  'missing-other': {
    it: 'Mancano {count} comunicazioni: {owners}.',
    en: '{count} communications are missing: {owners}.',
  },
  'scenarios-heading': { it: 'Confronto scenari:', en: 'Scenario comparison:' },
  'scenario-owner-value': { it: '{label} ({ente})', en: '{label} ({ente})' },
  'scenario-groups': { it: 'Gruppi che cambiano:', en: 'Groups that change:' },
  'scenario-group': { it: '{ente}, {comune}: {figure}', en: '{ente}, {comune}: {figure}' },
  'scenarios-legend': {
    it: '(* i totali che cambiano; il foglio «Confronto scenari» è scritto accanto al piano)',
    en: '(* the totals that change; the "Confronto scenari" sheet is written next to the plan)',
  },

  // Writing the plan workbook.
  'output-is-input': {
    it: "Il file di uscita {file} è l'inventario stesso (o un collegamento ad esso): l'inventario non si modifica mai. Scegliete un altro nome con -o.",
    en: 'The output file {file} is the inventory itself (or a link to it): the inventory is never changed. Choose another name with -o.',
  },
  'current-folder': { it: 'la cartella corrente', en: 'the current folder' },
  folder: { it: 'la cartella {folder}', en: 'the folder {folder}' },
  'output-is-folder': {
    it: '{file} è una cartella: indicate con -o il nome di un file .xlsx (per esempio {example}).',
    en: '{file} is a folder: give with -o the name of an .xlsx file (for example {example}).',
  },
  'output-exists': {
    it: 'Il file {file} esiste già: scegliete un altro nome con -o, oppure aggiungete --force per sostituirlo.',
    en: 'The file {file} already exists: choose another name with -o, or add --force to replace it.',
  },
  'output-denied': {
    it: 'Non è permesso scrivere {file}: {folder} (o il file) è protetta. Scegliete con -o una cartella in cui potete scrivere; il piano non è stato scritto.',
    en: 'Writing {file} is not allowed: {folder} (or the file) is protected. Choose with -o a folder you can write to; the plan was not written.',
  },
  'output-read-only': {
    it: "Non si può scrivere {file}: {folder} è su un disco di sola lettura. Scegliete con -o un'altra cartella; il piano non è stato scritto.",
    en: '{file} cannot be written: {folder} is on a read-only disk. Choose another folder with -o; the plan was not written.',
  },
  'output-disk-full': {
    it: "Spazio su disco esaurito scrivendo {file}: il piano non è stato scritto e non resta nessun file a metà. Liberate spazio o scegliete con -o un'altra cartella.",
    en: 'The disk ran out of space writing {file}: the plan was not written and no half-written file is left. Free some space or choose another folder with -o.',
  },
  'output-no-path': {
    it: 'Non si può creare {file}: una parte del percorso non è una cartella o non esiste. Controllate il percorso indicato con -o.',
    en: '{file} cannot be created: a part of the path is not a folder or does not exist. Check the path given with -o.',
  },
  'output-name-too-long': {
    it: 'Il nome {file} è troppo lungo per il disco: scegliete con -o un nome più corto.',
    en: 'The name {file} is too long for the disk: choose a shorter name with -o.',
  },
  'output-disk-error': {
    it: "Errore del disco scrivendo {file}: il piano non è stato scritto. Riprovate o scegliete con -o un'altra cartella.",
    en: 'Disk error writing {file}: the plan was not written. Try again or choose another folder with -o.',
  },
});

/** The command line's messages as it prints them: in Italian. */
export const CLI = bindMessages(CLI_MESSAGES, 'it');
