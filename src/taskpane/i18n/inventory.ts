/** The inventory step: where the inventory is, reading it, its columns and its problems. */
import { defineMessages } from '../../core/messages';

export const INVENTORY_MESSAGES = defineMessages('pane.inventory', {
  sourceHeading: { it: '1. Inventario degli alloggi', en: '1. Dwelling inventory' },
  sourceLabel: { it: 'Dove si trova l’inventario', en: 'Where the inventory is' },
  sourceHint: {
    it: 'Una riga per alloggio, con le intestazioni nella prima riga.',
    en: 'One row per dwelling, with the headers in the first row.',
  },
  sourcesLoading: {
    it: 'Ricerca delle tabelle e degli intervalli denominati del file…',
    en: 'Looking for the tables and named ranges of the file…',
  },
  sourceSelection: { it: 'Usa la selezione', en: 'Use the selection' },
  sourcesError: {
    it: 'Non è stato possibile elencare le tabelle del file: potete comunque usare la selezione.',
    en: 'The tables of the file could not be listed: you can still use the selection.',
  },
  noSources: {
    it: 'Nel file non ci sono tabelle né intervalli denominati: selezionate l’inventario, intestazioni comprese, e scegliete «Usa la selezione».',
    en: 'The file has no tables or named ranges: select the inventory, headers included, and choose "Use the selection".',
  },
  readButton: { it: 'Leggi l’inventario', en: 'Read the inventory' },
  readingStarted: { it: 'Lettura in corso…', en: 'Reading…' },
  cancelButton: { it: 'Annulla', en: 'Cancel' },
  readCancelled: { it: 'Lettura annullata', en: 'Reading cancelled' },
  readCancelledBody: {
    it: 'L’inventario non è stato letto. Potete riprovare quando volete.',
    en: 'The inventory was not read. You can try again whenever you like.',
  },
  readFailed: { it: 'Lettura non riuscita', en: 'Reading failed' },
  inventoryNotRead: { it: 'Inventario non ancora letto.', en: 'Inventory not read yet.' },
  sourceTableOne: { it: 'Tabella {name} ({address}, 1 riga)', en: 'Table {name} ({address}, 1 row)' },
  sourceTableOther: { it: 'Tabella {name} ({address}, {rows} righe)', en: 'Table {name} ({address}, {rows} rows)' },
  sourceNameOne: {
    it: 'Intervallo denominato {name} ({address}, 1 riga)',
    en: 'Named range {name} ({address}, 1 row)',
  },
  sourceNameOther: {
    it: 'Intervallo denominato {name} ({address}, {rows} righe)',
    en: 'Named range {name} ({address}, {rows} rows)',
  },
  readingProgress: { it: 'Lette {rowsRead} di {totalRows} righe', en: 'Read {rowsRead} of {totalRows} rows' },
  readDoneOne: { it: 'Letto {address}: 1 riga di alloggi.', en: 'Read {address}: 1 row of dwellings.' },
  readDoneOther: { it: 'Letto {address}: {rows} righe di alloggi.', en: 'Read {address}: {rows} rows of dwellings.' },
  /** The inventory step, closed: what was read, in one line (its three parts joined by " · "). */
  summaryDwellingsOne: { it: '1 alloggio letto da {source}', en: '1 dwelling read from {source}' },
  summaryDwellingsOther: { it: '{rows} alloggi letti da {source}', en: '{rows} dwellings read from {source}' },
  summaryColumnsOne: { it: '1 colonna riconosciuta', en: '1 column recognised' },
  summaryColumnsOther: { it: '{columns} colonne riconosciute', en: '{columns} columns recognised' },
  issuesCountNone: { it: 'Nessun problema nell’inventario.', en: 'No problems in the inventory.' },
  issuesCountOne: { it: '1 problema nell’inventario.', en: '1 problem in the inventory.' },
  issuesCountOther: { it: '{count} problemi nell’inventario.', en: '{count} problems in the inventory.' },
});

export const COLUMN_MESSAGES = defineMessages('pane.columns', {
  columnsHeading: { it: 'Colonne dell’inventario', en: 'Inventory columns' },
  columnsRecognised: { it: 'Colonne riconosciute', en: 'Recognised columns' },
  columnsNoneRecognised: { it: 'Nessuna intestazione è stata riconosciuta.', en: 'No header was recognised.' },
  mappedByHand: { it: 'scelta a mano', en: 'chosen by hand' },
  noHeader: { it: '(senza intestazione)', en: '(no header)' },
  columnsToMap: { it: 'Colonne da abbinare', en: 'Columns to match' },
  columnsToMapHint: {
    it: 'Indicate quale dato contiene ciascuna colonna; quelle senza dato sono ignorate.',
    en: 'Say which data each column holds; columns without data are ignored.',
  },
  ignoreColumn: { it: 'Nessun dato (colonna ignorata)', en: 'No data (column ignored)' },
  missingHeading: { it: 'Colonne obbligatorie mancanti', en: 'Missing required columns' },
  chooseColumn: { it: 'Scegliete una colonna…', en: 'Choose a column…' },
  missingFieldMessage: {
    it: 'Scegliete la colonna: senza questo dato l’inventario non si può usare.',
    en: 'Choose the column: without this data the inventory cannot be used.',
  },
  fatalTitle: { it: 'L’inventario non si può ancora usare', en: 'The inventory cannot be used yet' },
  columnsRecognisedShowOne: { it: 'Mostra la colonna riconosciuta', en: 'Show the recognised column' },
  columnsRecognisedShowOther: {
    it: 'Mostra le {count} colonne riconosciute',
    en: 'Show the {count} recognised columns',
  },
  columnsRecognisedHideOne: { it: 'Nascondi la colonna riconosciuta', en: 'Hide the recognised column' },
  columnsRecognisedHideOther: {
    it: 'Nascondi le {count} colonne riconosciute',
    en: 'Hide the {count} recognised columns',
  },
  recognisedColumn: { it: '{field}: colonna {letter} «{header}»', en: '{field}: column {letter} "{header}"' },
  columnFieldLabel: { it: 'Colonna {letter} «{header}»', en: 'Column {letter} "{header}"' },
  missingFieldLabel: { it: 'Colonna con «{field}»', en: 'Column with "{field}"' },
});

export const ISSUE_MESSAGES = defineMessages('pane.issues', {
  issuesHeading: { it: 'Problemi nell’inventario', en: 'Problems in the inventory' },
  issuesNone: { it: 'Nessun problema trovato.', en: 'No problems found.' },
  issuesErrors: { it: 'Errori (righe escluse dal calcolo)', en: 'Errors (rows left out of the calculation)' },
  issuesWarnings: { it: 'Avvisi', en: 'Warnings' },
  goToRowFailed: { it: 'Non è stato possibile selezionare la cella', en: 'The cell could not be selected' },
  recheck: { it: 'Ricontrolla l’inventario', en: 'Check the inventory again' },
  correctingHint: {
    it: 'Correggete la cella in Excel e tornate qui: l’elenco si aggiorna da solo.',
    en: 'Correct the cell in Excel and come back here: the list refreshes by itself.',
  },
  issuesTruncated: {
    it: 'Sono mostrati i primi {shown} problemi su {total}.',
    en: 'Showing the first {shown} problems of {total}.',
  },
  issuesShowAll: { it: 'Mostra tutti i problemi ({total})', en: 'Show all the problems ({total})' },
  issuesShowFirst: { it: 'Mostra solo i primi {count}', en: 'Show only the first {count}' },
  goToRow: { it: 'Vai alla riga {row}', en: 'Go to row {row}' },
  goToCell: { it: 'Vai alla cella {cell}', en: 'Go to cell {cell}' },
  rereadDoneNone: {
    it: 'Inventario riletto: nessun problema (prima {before}).',
    en: 'Inventory read again: no problems ({before} before).',
  },
  rereadDoneOne: {
    it: 'Inventario riletto: 1 problema (prima {before}).',
    en: 'Inventory read again: 1 problem ({before} before).',
  },
  rereadDoneOther: {
    it: 'Inventario riletto: {now} problemi (prima {before}).',
    en: 'Inventory read again: {now} problems ({before} before).',
  },
});
