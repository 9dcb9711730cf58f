/**
 * The "Comunicazioni" sheet written next to a merged plan: every owner of the Ambito (listed or
 * seen), the state of its communication (received, late, missing), the date, the dwellings
 * counted, whether its choices apply, and the files or sheets it came from. Pure.
 */
import { rangeAddress } from '../address';
import { formatDate } from '../inventory/values';
import {
  COUNT_FORMAT,
  SheetBuilder,
  STYLE,
  TEXT_FORMAT,
  heightFor,
  number,
  text,
  wrappedLines,
} from '../sheet/builder';
import type { SheetLanguage } from '../sheet/strings';
import type { SheetLayout } from '../sheet/types';
import { bindMessages, defineMessages } from '../messages';
import { cite } from '../messages/citations';
import { COMMUNICATION_DEADLINE } from '../rules';
import { communicationDeadline } from './merge';
import type { MergedPlan } from './plan';

/** The sheet's words, in Italian and English. */
export const OWNERS_SHEET_MESSAGES = defineMessages('merge.sheet', {
  'sheet-name': { it: 'Comunicazioni', en: 'Communications' },
  title: {
    it: 'Comunicazioni degli enti proprietari - Piano {year}',
    en: "Owners' communications - Plan {year}",
  },
  deadline: {
    it: 'Termine: {date} ({reference}); la comunicazione è dovuta anche in assenza di alloggi disponibili.',
    en: 'Deadline: {date} ({reference}); the communication is due even when no dwelling is available.',
  },
  'no-list': {
    it: 'Nessun elenco degli enti dell’Ambito: sono elencati gli enti che hanno inviato una comunicazione. Indicate l’elenco (foglio «Enti dell’Ambito») per sapere chi manca.',
    en: 'No list of the Ambito’s owners: the owners that sent a communication are listed. Give the list ("Enti dell’Ambito" sheet) to see who is missing.',
  },
  'header-owner': { it: 'Ente proprietario', en: 'Owner' },
  'header-kind': { it: 'Tipo', en: 'Kind' },
  'header-status': { it: 'Stato', en: 'State' },
  'header-date': { it: 'Data', en: 'Date' },
  'header-dwellings': { it: 'Alloggi', en: 'Dwellings' },
  'header-choices': { it: 'Scelte proprie', en: 'Own choices' },
  'header-sources': { it: 'File o fogli', en: 'Files or sheets' },
  'kind-comune': { it: 'Comune', en: 'Comune' },
  'kind-aler': { it: 'ALER', en: 'ALER' },
  ricevuta: { it: 'ricevuta', en: 'received' },
  'in-ritardo': { it: 'in ritardo', en: 'late' },
  mancante: { it: 'MANCANTE', en: 'MISSING' },
  yes: { it: 'sì', en: 'yes' },
  no: { it: 'no', en: 'no' },
  'not-listed': { it: '{ente} (non in elenco)', en: '{ente} (not listed)' },
  summary: {
    it: 'Comunicazioni ricevute: {received}, di cui in ritardo: {late}; mancanti: {missing}.',
    en: 'Communications received: {received}, late: {late}; missing: {missing}.',
  },
});

/** The owners and their communications, as a sheet. `listed`: whether the Ambito's list was given. */
export function layoutOwnersSheet(
  plan: MergedPlan,
  options: { language?: SheetLanguage; listed?: boolean } = {},
): SheetLayout {
  const language = options.language ?? 'it';
  const strings = bindMessages(OWNERS_SHEET_MESSAGES, language);
  const widths = [34, 10, 14, 12, 10, 10, 44];
  const sheet = new SheetBuilder(widths.length, widths, '');
  const last = widths.length - 1;
  const title = sheet.addRow([text(strings.title({ year: String(plan.anno) }))]);
  sheet.merge(title, 0, last);
  sheet.style(sheet.wholeRow(title), STYLE.title);
  sheet.height(title, 24);
  sheet.addTextRow(
    strings.deadline({
      date: formatDate(communicationDeadline(plan.anno)),
      reference: cite(COMMUNICATION_DEADLINE.reference),
    }),
    STYLE.generated,
  );
  const received = plan.enti.filter((owner) => owner.stato !== 'mancante').length;
  const late = plan.enti.filter((owner) => owner.stato === 'in-ritardo').length;
  sheet.addTextRow(
    strings.summary({
      received: String(received),
      late: String(late),
      missing: String(plan.entiMancanti.length),
    }),
    STYLE.subtitle,
  );
  if (options.listed === false) sheet.addTextRow(strings['no-list'], { italic: true });
  sheet.addRow();
  const header = sheet.addTableHeader([
    strings['header-owner'],
    strings['header-kind'],
    strings['header-status'],
    strings['header-date'],
    strings['header-dwellings'],
    strings['header-choices'],
    strings['header-sources'],
  ]);
  for (const owner of plan.enti) {
    const row = sheet.addRow([
      text(options.listed && !owner.inElenco ? strings['not-listed']({ ente: owner.ente }) : owner.ente),
      text(strings[owner.tipoEnte === 'aler' ? 'kind-aler' : 'kind-comune']),
      text(strings[owner.stato]),
      owner.dataComunicazione ? text(formatDate(owner.dataComunicazione)) : null,
      owner.stato === 'mancante' ? null : number(owner.alloggi),
      owner.stato === 'mancante' ? null : text(owner.scelte ? strings.yes : strings.no),
      text(owner.fonti.join(', ')),
    ]);
    const files = owner.fonti.join(', ');
    sheet.height(row, heightFor(Math.max(wrappedLines(files, widths[last]), wrappedLines(owner.ente, widths[0]))));
    if (owner.stato === 'mancante') sheet.style(sheet.wholeRow(row), { bold: true, fontColor: '#C00000' });
    else if (owner.stato === 'in-ritardo') sheet.style(rangeAddress(row, 2, row, 3), { fontColor: '#C55A11' });
  }
  const lastRow = sheet.rows.length;
  if (lastRow > header) {
    sheet.style(rangeAddress(header + 1, 0, lastRow, last), STYLE.body);
    sheet.style(rangeAddress(header + 1, 0, lastRow, 0), { wrapText: true });
    sheet.style(rangeAddress(header + 1, last, lastRow, last), { wrapText: true });
    sheet.style(rangeAddress(header + 1, 1, lastRow, 5), { horizontalAlignment: 'center' });
    sheet.format(rangeAddress(header + 1, 0, lastRow, 3), TEXT_FORMAT);
    sheet.format(rangeAddress(header + 1, 4, lastRow, 4), COUNT_FORMAT);
  }
  return sheet.toLayout(strings['sheet-name'], { titleRows: 0, orientation: 'landscape' });
}
